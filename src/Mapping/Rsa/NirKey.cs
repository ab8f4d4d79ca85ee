using System.Text.RegularExpressions;

namespace Hub.Mapping.Rsa;

/// <summary>
/// NIR of 13 characters (as the CNAF flow carries it) → the 15-character NIR the hub stores (README §5, pattern of
/// <c>urn:oid:1.2.250.1.213.1.4.8</c>): key = 97 − (number mod 97), Corsica 2A/2B counting as 19/18.
/// </summary>
internal static partial class NirKey
{
    [GeneratedRegex("^[12][0-9]{2}(0[1-9]|1[0-2]|[2-9][0-9])(2[AB]|[0-9]{2})[0-9]{6}$")]
    private static partial Regex Nir13();

    [GeneratedRegex("^[78][0-9]{12}([0-9]{2})?$")]
    private static partial Regex Nia();

    public static bool IsNir13(string value) => Nir13().IsMatch(value);

    public static bool IsNia(string value) => Nia().IsMatch(value);

    public static string WithKey(string nir13) => string.Concat(nir13, Cog.Nir.Key(nir13));
}
