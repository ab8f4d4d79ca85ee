using System.Text.RegularExpressions;

namespace Hub.Api.Security.Logging;

/// <summary>
/// The last line of defence behind the source-level discipline (log ids and codes, never values): removes what has a
/// recognisable shape. NIR/NIA-shaped numbers (13 or 15 characters, 2A/2B for Corsica, with or without single
/// spaces) become <see cref="NirMask"/>; query strings of URLs become <c>?*</c> (API Particulier sends names and birth
/// dates there). Names, birth dates and addresses have no shape a pattern could tell from ordinary words and dates:
/// nothing here protects them, only the code that decides what it logs does.
/// </summary>
internal static partial class LogScrubber
{
    public const string NirMask = "[NIR]";
    public const string QueryMask = "?*";

    // Sex (1/2, 3/4 provisional, 7/8 NIA), year, month, département (2A/2B), commune, order, optional key. Letters or
    // digits around it mean it is part of a longer token (a hex trace id, a hash), not a NIR; a percent-encoded
    // separator before it (identifier=system%7C1840…) does not.
    [GeneratedRegex(@"(?<=^|[^0-9A-Za-z]|%[0-9A-Fa-f]{2})[1-478] ?[0-9]{2} ?[0-9]{2} ?(?:[0-9]{2}|2[ABab]) ?[0-9]{3} ?[0-9]{3}(?: ?[0-9]{2})?(?![0-9A-Za-z])", RegexOptions.CultureInvariant)]
    private static partial Regex NirShape();

    // An absolute URL or a path followed by a query: keep the part before '?'.
    [GeneratedRegex(@"(?<=(?:https?://|/)[^\s?""'<>]*)\?[^\s""'<>]*", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex UrlQuery();

    /// <summary>The text with NIR-shaped numbers and URL query strings masked; the same instance when nothing matched.</summary>
    public static string Scrub(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length < 13 && !text.Contains('?', StringComparison.Ordinal))
        {
            return text;
        }

        var scrubbed = NirShape().Replace(text, NirMask);
        return text.Contains('?', StringComparison.Ordinal) ? UrlQuery().Replace(scrubbed, QueryMask) : scrubbed;
    }

    /// <summary>
    /// A structured value under a key that names a query string (ASP.NET Core's <c>QueryString</c>) is masked whatever
    /// its shape: <c>?name=…</c> has no URL in front of it for <see cref="Scrub"/> to recognise.
    /// </summary>
    public static bool IsQueryKey(string key) => key.Contains("QueryString", StringComparison.OrdinalIgnoreCase);
}
