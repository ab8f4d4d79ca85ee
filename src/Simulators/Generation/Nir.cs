using System.Globalization;

namespace Hub.Simulators.Generation;

/// <summary>
/// NIR helpers (decree 82-103): <c>S AA MM DD CCC OOO</c> + key = 97 - (number mod 97). For Corsica the département
/// 2A/2B counts as 19/18 at positions 6-7 only (see shared identity notes; the CNAM shortcut of replacing anywhere is wrong).
/// </summary>
public static class Nir
{
    /// <summary>Builds the 13 characters of a NIR.</summary>
    /// <param name="sexDigit">1 male, 2 female.</param>
    /// <param name="birthYear">Year of birth (two last digits are used).</param>
    /// <param name="birthMonth">1-12, or 20-99 when the month is unknown.</param>
    /// <param name="placeCode">COG code of the commune (5 chars, 2A/2B allowed) or 99 + country code for births abroad.</param>
    /// <param name="order">Order number 1-999.</param>
    public static string Compose(int sexDigit, int birthYear, int birthMonth, string placeCode, int order)
    {
        ArgumentNullException.ThrowIfNull(placeCode);
        if (placeCode.Length != 5)
        {
            throw new ArgumentException("The place code has 5 characters.", nameof(placeCode));
        }

        return string.Create(CultureInfo.InvariantCulture, $"{sexDigit}{birthYear % 100:00}{birthMonth:00}{placeCode}{order:000}");
    }

    /// <summary>The 2-digit key of the first 13 characters of a NIR.</summary>
    public static int Key(string nir13)
    {
        ArgumentNullException.ThrowIfNull(nir13);
        if (nir13.Length < 13)
        {
            throw new ArgumentException("A NIR has at least 13 characters.", nameof(nir13));
        }

        var digits = nir13[..13];
        var department = digits.Substring(5, 2);
        digits = department switch
        {
            "2A" or "2a" => string.Concat(digits.AsSpan(0, 5), "19", digits.AsSpan(7)),
            "2B" or "2b" => string.Concat(digits.AsSpan(0, 5), "18", digits.AsSpan(7)),
            _ => digits,
        };
        var number = ulong.Parse(digits, NumberStyles.None, CultureInfo.InvariantCulture);
        return 97 - (int)(number % 97);
    }

    /// <summary>The 15-character NIR (13 characters followed by the key).</summary>
    public static string WithKey(string nir13) =>
        string.Create(CultureInfo.InvariantCulture, $"{nir13[..13]}{Key(nir13):00}");

    /// <summary>True when <paramref name="nir"/> has 15 characters and a correct key (NIA of 7/8 have no key rule).</summary>
    public static bool IsValid(string? nir)
    {
        if (nir is null || nir.Length != 15 || nir[0] is not ('1' or '2'))
        {
            return false;
        }

        for (var i = 0; i < 15; i++)
        {
            var isCorsica = i == 6 && nir[5] == '2' && nir[6] is 'A' or 'B';
            if (!char.IsAsciiDigit(nir[i]) && !isCorsica)
            {
                return false;
            }
        }

        return Key(nir) == int.Parse(nir.AsSpan(13, 2), NumberStyles.None, CultureInfo.InvariantCulture);
    }
}
