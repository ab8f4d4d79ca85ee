using System.Globalization;
using System.Text.RegularExpressions;
using Hub.Canonical.Model;

namespace Hub.Mapping.Cog;

/// <summary>
/// The INSEE registration number (NIR) and its provisional form (NIA, starting with 7 or 8), as the INS stores them:
/// 15 characters with the control key. Partners send 13 characters (the CNAF flow, SOLIS) or 15.
/// </summary>
public static partial class Nir
{
    /// <summary>Normalises a NIR/NIA: spaces removed, key computed for 13 characters, key checked for 15.</summary>
    /// <param name="problem">Why the value cannot be used (bad format, wrong key); the value must then be dropped, not stored.</param>
    /// <returns>The identifier (system NIR or NIA, 15-character value), or <c>null</c>.</returns>
    public static Identifier? Normalize(string? raw, out string? problem)
    {
        problem = null;
        if (string.IsNullOrWhiteSpace(raw))
        {
            return null;
        }

        var value = raw.Replace(" ", string.Empty, StringComparison.Ordinal).ToUpperInvariant();
        if (!NirRegex().IsMatch(value))
        {
            problem = "not a NIR or NIA (13 or 15 characters)";
            return null;
        }

        var key = Key(value[..13]);
        if (value.Length == 15 && value[13..] != key)
        {
            problem = "control key does not match";
            return null;
        }

        var system = value[0] is '7' or '8' ? IdentifierSystems.Nia : IdentifierSystems.Nir;
        return new Identifier { System = system, Value = value[..13] + key };
    }

    /// <summary>97 − (n mod 97) on the 13 first characters, Corsica's 2A and 2B read as 19 and 18.</summary>
    public static string Key(string first13)
    {
        ArgumentNullException.ThrowIfNull(first13);
        return KeyValue(first13).ToString("D2", CultureInfo.InvariantCulture);
    }

    /// <summary>
    /// The key as a number. 2A/2B are replaced only at the département positions (6–7): the CNAM shortcut that replaces
    /// them anywhere in the string would accept a wrong key for a NIR whose commune or order digits happened to read "2A".
    /// </summary>
    /// <exception cref="FormatException">The 13 characters are not digits (with 2A/2B at positions 6–7).</exception>
    public static int KeyValue(ReadOnlySpan<char> first13)
    {
        if (first13.Length != 13)
        {
            throw new FormatException("a NIR without its key has 13 characters");
        }

        long n = 0;
        for (var i = 0; i < 13; i++)
        {
            var c = first13[i];
            if (i == 5 && c == '2' && char.ToUpperInvariant(first13[6]) is 'A' or 'B')
            {
                n = n * 100 + (char.ToUpperInvariant(first13[6]) == 'A' ? 19 : 18);
                i++;
                continue;
            }

            var digit = c - '0';
            if (digit is < 0 or > 9)
            {
                throw new FormatException("a NIR has digits only (2A/2B for Corsica at positions 6–7)");
            }

            n = n * 10 + digit;
        }

        return (int)(97 - (n % 97));
    }

    [GeneratedRegex(@"^[1278]\d{4}(\d{2}|2[AB])\d{6}(\d{2})?$", RegexOptions.CultureInvariant)]
    private static partial Regex NirRegex();
}
