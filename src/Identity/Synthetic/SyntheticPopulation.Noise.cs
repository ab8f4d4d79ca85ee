using System.Globalization;
using System.Text;
using Hub.Identity.Matching;
using Hub.Identity.Normalisation;

namespace Hub.Identity.Synthetic;

public static partial class SyntheticPopulation
{
    private static PersonRecord Record(Context c, SyntheticPerson p, string source)
    {
        var o = c.Options;
        var rng = c.Random;
        bool Chance(double rate) => rng.NextDouble() < rate;

        var birthName = p.BirthName;
        var usageName = p.UsageName is not null && Chance(0.7) ? p.UsageName : null;
        if (p.UsageName is not null && Chance(o.UsageAsBirthName))
        {
            birthName = p.UsageName;
            usageName = null;
        }
        else if (p.UsageName is not null && Chance(o.MaritalForm))
        {
            birthName = $"{p.BirthName} EPOUSE {p.UsageName}";
            usageName = null;
        }

        if (Chance(o.NameTypo))
        {
            birthName = Typo(rng, birthName);
        }

        var firstNames = p.FirstNames.ToList();
        if (firstNames.Count > 1 && Chance(o.FirstNamesReordered))
        {
            (firstNames[0], firstNames[1]) = (firstNames[1], firstNames[0]);
        }

        if (Chance(o.OnlyFirstName))
        {
            firstNames = firstNames.Take(1).ToList();
        }

        if (Chance(o.FirstNameTypo))
        {
            firstNames[0] = Typo(rng, firstNames[0]);
        }

        var first = string.Join(' ', firstNames.Select(n => Chance(0.3) ? n.Replace('-', ' ') : n));
        if (Chance(o.NamesSwapped))
        {
            (birthName, first) = (first, birthName);
        }

        if (Chance(o.AccentsDropped))
        {
            birthName = Plain(rng, birthName);
            first = Plain(rng, first);
            usageName = usageName is null ? null : Plain(rng, usageName);
        }

        return new PersonRecord
        {
            Source = source,
            SourceId = string.Create(CultureInfo.InvariantCulture, $"{source}-{c.Records.Count:D7}"),
            BirthName = birthName,
            UsageName = usageName,
            FirstNames = first,
            BirthDate = NoisyDate(c, p.BirthDate),
            Sex = Chance(o.SexMissing) ? Sex.Unknown : p.Sex,
            BirthPlace = Chance(o.PlaceMissing) ? null : p.BirthPlace is "68108" or "68133" && Chance(0.5) ? "68240" : p.BirthPlace,
            AddressCommune = Chance(o.AddressMissing) ? null : Chance(o.Moved) ? FrenchNameLists.Communes[rng.Next(FrenchNameLists.Communes.Length)] : p.Commune,
            Nir = Nir(c, p, source),
            CafNumber = source is "caf" or "solis" ? p.CafNumber : null,
            CafOrganisme = source is "caf" or "solis" && p.CafNumber is not null ? p.CafOrganisme : null,
        };
    }

    private static string? Nir(Context c, SyntheticPerson p, string source)
    {
        var rate = source switch { "cpam" => 0.95, "caf" => 0.9, "solis" => 0.5, _ => 0.2 };
        if (c.Random.NextDouble() >= rate)
        {
            return null;
        }

        // The CAF flow and SOLIS carry 13 characters; CPAM and SI-SIAO the 15 with the key.
        var nir = source == "cpam" && p.InsuredUnder is not null ? p.InsuredUnder : p.Nir;
        nir = source is "caf" or "solis" ? nir[..13] : nir;
        return c.Random.NextDouble() < c.Options.NirTypo ? Typo(c.Random, nir[..12]) + nir[12..] : nir;
    }

    private static PartialDate NoisyDate(Context c, PartialDate date)
    {
        var o = c.Options;
        var rng = c.Random;
        var draw = rng.NextDouble();
        if ((draw -= o.DateMissing) < 0)
        {
            return PartialDate.Unknown;
        }

        if ((draw -= o.PartialDate) < 0)
        {
            return rng.Next(3) switch
            {
                0 => new PartialDate(date.Year, date.Month, 0),
                1 => new PartialDate(date.Year, 0, 0),
                _ => new PartialDate(date.Year, 12, 31),
            };
        }

        if ((draw -= o.DateTransposed) < 0 && date.Transposed is { } transposed)
        {
            return transposed;
        }

        if ((draw -= o.DateTypo) < 0)
        {
            var day = date.Day <= 9 ? date.Day + 10 : date.Day - 10 + (date.Day % 10 == 0 ? 1 : 0);
            return PartialDate.Create(date.Year, date.Month, Math.Max(1, day));
        }

        return date;
    }

    // One keying error: a letter replaced, dropped, doubled, or two letters exchanged (never the first letter).
    private static string Typo(Random rng, string value)
    {
        if (value.Length < 3)
        {
            return value;
        }

        var chars = new StringBuilder(value);
        var i = rng.Next(1, value.Length - 1);
        switch (rng.Next(4))
        {
            case 0:
                chars[i] = (char)('A' + rng.Next(26));
                break;
            case 1:
                chars.Remove(i, 1);
                break;
            case 2:
                chars.Insert(i, chars[i]);
                break;
            default:
                (chars[i], chars[i + 1]) = (chars[i + 1], chars[i]);
                break;
        }

        return chars.ToString();
    }

    // Accents dropped, and a source that writes names in title case.
    private static string Plain(Random rng, string value)
    {
        var folded = string.Concat(value.Normalize(NormalizationForm.FormD).Where(ch => CharUnicodeInfo.GetUnicodeCategory(ch) != UnicodeCategory.NonSpacingMark));
        return rng.Next(2) == 0 ? folded : CultureInfo.InvariantCulture.TextInfo.ToTitleCase(folded.ToLowerInvariant());
    }
}
