using Hub.Canonical.Model;
using Hub.Mapping.Cog;
using Hub.Mapping.Core;

namespace Hub.Mapping.Siao;

/// <summary>
/// What the SI-SIAO and SOLIS mappers share: code translation, the COG, canonical codings with their French displays,
/// and the small builders every resource needs (identifier references, timeline events).
/// </summary>
internal sealed class MappingKit(CodeTables tables, CogDirectory cog)
{
    public PartnerCodes Codes { get; } = new(tables);

    public CogDirectory Cog => cog;

    public static string Key(Identifier identifier) => $"{identifier.System}|{identifier.Value}";

    public static Identifier Id(string system, string value) => new() { System = system, Value = value };

    /// <summary>Hub ids do not exist yet when a partner record is mapped: resources point to each other by business identifier.</summary>
    public static Reference RefTo(string system, string value) => new() { Identifier = Id(system, value) };

    public static Meta MetaOf(MappingContext context) => new() { Source = context.Source.MetaSource };

    public static FhirDate Date(DateOnly date) => FhirDate.FromDateOnly(date);

    public Coding Coding(string system, string code) => new() { System = system, Code = code, Display = tables.Catalog.Display(system, code) };

    /// <summary>
    /// A timeline event with a stable identifier (<paramref name="eventSystem"/>, <c>{record}/{type}</c>), so a page read
    /// twice or a record sent again updates the same event instead of adding one.
    /// </summary>
    public TimelineEvent Event(
        MappingContext context, string eventSystem, Reference household, string type, FhirDateTime occurredAt,
        Reference? focus, string? summary, string sourceField)
    {
        var identifier = Id(eventSystem, $"{context.Source.RecordKind}/{context.Source.RecordId}/{type}");
        var key = Key(identifier);
        context.Set(key, "TimelineEvent.type", sourceField);
        context.Set(key, "TimelineEvent.occurredAt", sourceField);
        return new TimelineEvent
        {
            Meta = MetaOf(context),
            Identifier = [identifier],
            Household = household,
            Type = Coding(CodeSystems.TypeEvenement, type),
            OccurredAt = occurredAt,
            Source = Coding(CodeSystems.SystemeSource, context.Source.System),
            Focus = focus,
            Summary = summary,
        };
    }

    /// <summary>Names as the INS stores them: upper case, spaces trimmed and collapsed.</summary>
    public static string? Upper(string? name) =>
        string.IsNullOrWhiteSpace(name) ? null : string.Join(' ', name.Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToUpperInvariant();

    public static FhirDate? PartialDate(string? text, MappingContext context, string path, string sourceField)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (FhirDate.TryParse(text, out var date))
        {
            return date;
        }

        context.Warn("invalid-value", path, $"{sourceField} is not a date (AAAA, AAAA-MM or AAAA-MM-JJ); left out.", text);
        return null;
    }

    /// <summary>A NIR/NIA with its key (13 characters: key computed; 15: key checked, dropped with a warning if wrong).</summary>
    public static Identifier? NirOf(string? nir, MappingContext context, string path)
    {
        var identifier = Nir.Normalize(nir, out var problem);
        if (problem is not null)
        {
            // The value is personal data: the issue names the problem, not the number.
            context.Warn("invalid-value", path, $"nir {problem}; not stored.");
        }

        return identifier;
    }

    /// <summary>
    /// The birth place as the INS wants it: the commune code valid at the birth date if born in France, else the
    /// country code 99xxx; a label alone is looked up in the COG.
    /// </summary>
    public BirthPlace? BirthPlaceOf(string? commune, string? pays, string? libelle, FhirDate? birthDate, MappingContext context, string key)
    {
        const string Path = "Person.birthPlace.cog";
        var bornAbroad = pays is not null && pays != CogDirectory.France;
        if (!bornAbroad && commune is not null)
        {
            context.Set(key, Path, "lieuNaissance.codeCommune");
            if (cog.CurrentCode(commune) is null)
            {
                context.Warn("unknown-commune", Path, "Birth commune code is not in the COG; kept as received.", commune);
            }
            else if (birthDate is { } date && cog.CodeAt(commune, date) is { } then && then != commune)
            {
                context.Warn("invalid-value", Path, $"Birth commune code was {then} at the birth date; kept as received.", commune);
            }

            return new BirthPlace { Cog = commune, Display = libelle ?? cog.CommuneName(commune) };
        }

        if (bornAbroad)
        {
            context.Set(key, Path, "lieuNaissance.codePays");
            if (!cog.IsKnownCountry(pays))
            {
                context.Warn("unknown-code", Path, "Birth country code is not in the COG country list; kept as received.", pays);
            }

            return new BirthPlace { Cog = pays, Display = libelle ?? cog.CountryName(pays) };
        }

        if (libelle is null)
        {
            return null;
        }

        // A label alone (CSV drops, old records): only an unambiguous COG match becomes a code.
        var found = cog.FindByName(libelle);
        context.Set(key, found is null ? "Person.birthPlace.display" : Path, "lieuNaissance.libelle");
        return new BirthPlace { Cog = found, Display = libelle };
    }

    /// <summary>An address commune: today's code (a merged commune's code is moved on, with a warning), never the postcode.</summary>
    public Address? AddressOf(string? ligne1, string? ligne2, string? codePostal, string? codeCommune, string? libelle, MappingContext context, string key, string resource)
    {
        if (codeCommune is null && ligne1 is null && ligne2 is null && codePostal is null)
        {
            return null;
        }

        var cogCode = codeCommune;
        if (codeCommune is not null)
        {
            var current = cog.CurrentCode(codeCommune);
            if (current is null)
            {
                context.Warn("unknown-commune", $"{resource}.address.cog", "Commune code is not in the COG; kept as received.", codeCommune);
            }
            else if (current != codeCommune)
            {
                context.Warn("invalid-value", $"{resource}.address.cog", $"Commune code {codeCommune} is now {current} (COG); today's code kept.", codeCommune);
                cogCode = current;
            }
        }

        List<string> lines = [.. new[] { ligne1, ligne2 }.Where(l => !string.IsNullOrWhiteSpace(l)).Select(l => l!.Trim())];
        context.Set(key, $"{resource}.address", "adresse");
        return new Address
        {
            Line = lines.Count > 0 ? lines : null,
            PostalCode = codePostal,
            City = libelle ?? cog.CommuneName(cogCode),
            Cog = cogCode,
        };
    }
}
