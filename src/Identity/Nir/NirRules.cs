using System.Globalization;
using Hub.Identity.Normalisation;

namespace Hub.Identity.Nir;

/// <summary>
/// Deterministic NIR/NIA rules for matching (decree 82-103, INS référentiel). The key arithmetic is
/// <see cref="Hub.Mapping.Cog.Nir.KeyValue"/>, shared with the mapping layer; this class adds what matching needs:
/// the kind (NIR or NIA), the CNAM error codes, a packed number for indexes, and whether a NIR agrees with the traits.
/// </summary>
public static class NirRules
{
    /// <summary>Checks a NIR or a NIA (13 characters as the CAF flow carries it, or 15 with the key; spaces allowed).</summary>
    public static NirCheck Check(string? raw) => Check(raw, allowNia: true);

    /// <summary>Checks a NIR proper: a 7/8 NIA is refused with <see cref="NirErrors.Invalid"/> (the CNAM reading).</summary>
    public static NirCheck CheckNir(string? raw) => Check(raw, allowNia: false);

    private static NirCheck Check(string? raw, bool allowNia)
    {
        if (string.IsNullOrWhiteSpace(raw))
        {
            return NirCheck.Fail(NirErrors.Length);
        }

        Span<char> value = stackalloc char[15];
        var length = 0;
        foreach (var c in raw)
        {
            if (c == ' ')
            {
                continue;
            }

            if (length == 15)
            {
                return NirCheck.Fail(NirErrors.Length);
            }

            value[length++] = char.ToUpperInvariant(c);
        }

        if (length is not (13 or 15))
        {
            return NirCheck.Fail(NirErrors.Length);
        }

        var chars = value[..length];
        var kind = chars[0] switch
        {
            '1' or '2' => NirKind.Nir,
            '7' or '8' when allowNia => NirKind.Nia,
            _ => NirKind.Invalid,
        };
        if (kind == NirKind.Invalid || !WellFormed(chars, kind))
        {
            return NirCheck.Fail(NirErrors.Invalid);
        }

        var key = Hub.Mapping.Cog.Nir.KeyValue(chars[..13]);
        if (length == 15 && ParseTwoDigits(chars[13..]) != key)
        {
            return NirCheck.Fail(NirErrors.KeyInvalid);
        }

        var full = string.Create(CultureInfo.InvariantCulture, $"{chars[..13]}{key:00}");
        return new NirCheck(kind, full, Pack(chars[..13]), null);
    }

    /// <summary>
    /// The 13 first characters as one number, for compact indexes: Corsica reads as 19/18 (as for the key) and a last
    /// digit says whether it was 2A or 2B, so a Corsican NIR never collides with the same digits in Corrèze or Cher.
    /// </summary>
    public static long Pack(ReadOnlySpan<char> first13)
    {
        long n = 0;
        var corsica = 0;
        for (var i = 0; i < 13; i++)
        {
            if (i == 5 && first13[5] == '2' && char.ToUpperInvariant(first13[6]) is 'A' or 'B')
            {
                corsica = char.ToUpperInvariant(first13[6]) == 'A' ? 1 : 2;
                n = n * 100 + (corsica == 1 ? 19 : 18);
                i++;
                continue;
            }

            n = n * 10 + (first13[i] - '0');
        }

        return n * 10 + corsica;
    }

    /// <summary>
    /// True when a NIR is consistent with the person's sex and birth year/month (a NIR encodes them). A parent's NIR
    /// carried by a child (ayant droit) fails this check, so a shared NIR is not taken as proof of identity. A NIA encodes
    /// nothing and always agrees.
    /// </summary>
    public static bool AgreesWithTraits(NirCheck check, Sex sex, PartialDate birthDate)
    {
        ArgumentNullException.ThrowIfNull(check);
        if (check.Kind != NirKind.Nir || check.Value is null)
        {
            return check.Kind == NirKind.Nia;
        }

        var value = check.Value;
        if (sex != Sex.Unknown && (value[0] == '1') != (sex == Sex.Male))
        {
            return false;
        }

        if (birthDate.Year != 0 && ParseTwoDigits(value.AsSpan(1, 2)) != birthDate.Year % 100)
        {
            return false;
        }

        // A conventional 31/12 or 01/01 says nothing about the month the NIR encodes.
        var month = ParseTwoDigits(value.AsSpan(3, 2));
        return birthDate.Month == 0 || birthDate.IsConventional || month > 12 || month == birthDate.Month;
    }

    private static bool WellFormed(ReadOnlySpan<char> chars, NirKind kind)
    {
        for (var i = 0; i < chars.Length; i++)
        {
            var corsica = kind == NirKind.Nir && i == 6 && chars[5] == '2' && chars[6] is 'A' or 'B';
            if (!char.IsAsciiDigit(chars[i]) && !corsica)
            {
                return false;
            }
        }

        if (kind == NirKind.Nia)
        {
            return true;
        }

        // Month 01–12, or 20–99 when the month of birth is unknown (INSEE); 00 and 13–19 do not exist.
        var month = ParseTwoDigits(chars.Slice(3, 2));
        return month is (>= 1 and <= 12) or (>= 20 and <= 99);
    }

    private static int ParseTwoDigits(ReadOnlySpan<char> two) =>
        char.IsAsciiDigit(two[0]) && char.IsAsciiDigit(two[1]) ? ((two[0] - '0') * 10) + (two[1] - '0') : -1;
}
