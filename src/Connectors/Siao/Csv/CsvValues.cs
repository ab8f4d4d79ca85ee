using System.Globalization;
using System.Text.RegularExpressions;

namespace Hub.Connectors.Siao.Csv;

/// <summary>The value formats of the SI-SIAO CSV export (French dates, decimal comma, oui/non, pipe lists).</summary>
internal static partial class CsvValues
{
    private static readonly string[] DateFormats = ["dd/MM/yyyy", "yyyy-MM-dd"];
    private static readonly string[] LocalDateTimeFormats = ["dd/MM/yyyy HH:mm", "dd/MM/yyyy HH:mm:ss", "yyyy-MM-dd'T'HH:mm", "yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd HH:mm:ss"];
    private static readonly TimeZoneInfo Paris = TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris");

    public static bool TryDate(string text, out DateOnly date) =>
        DateOnly.TryParseExact(text, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out date);

    /// <summary>A date whose day or month may be unknown, returned in the API's form (<c>AAAA</c>, <c>AAAA-MM</c>, <c>AAAA-MM-JJ</c>).</summary>
    public static bool TryPartialDate(string text, out string iso)
    {
        iso = string.Empty;
        if (TryDate(text, out var full))
        {
            iso = full.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            return true;
        }

        var match = PartialDateRegex().Match(text);
        if (!match.Success)
        {
            return false;
        }

        var year = match.Groups["y1"].Success ? match.Groups["y1"].Value : match.Groups["y2"].Value;
        var month = match.Groups["m1"].Success ? match.Groups["m1"].Value : match.Groups["m2"].Value;
        iso = month.Length > 0 ? $"{year}-{month}" : year;
        return true;
    }

    /// <summary>ISO 8601 with an offset, or a local time (<c>jj/mm/aaaa hh:mm[:ss]</c>) read as Europe/Paris time.</summary>
    public static bool TryDateTime(string text, out DateTimeOffset instant)
    {
        instant = default;
        if (HasOffset(text))
        {
            return DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out instant);
        }

        if (!DateTime.TryParseExact(text, LocalDateTimeFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var local))
        {
            return false;
        }

        // In the autumn overlap hour the earlier (summer-time) offset is taken; a skipped spring hour is invalid.
        if (Paris.IsInvalidTime(local))
        {
            return false;
        }

        instant = new DateTimeOffset(local, Paris.GetUtcOffset(local));
        return true;
    }

    /// <summary>Decimal comma (<c>646,52</c>) or point; no thousands separator; never negative (amounts in euros).</summary>
    public static bool TryAmount(string text, out decimal amount)
    {
        amount = 0;
        return text.Count(c => c is ',' or '.') <= 1
            && decimal.TryParse(text.Replace(',', '.'), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out amount);
    }

    public static bool TryBoolean(string text, out bool value)
    {
        switch (text.ToLowerInvariant())
        {
            case "oui" or "o" or "1" or "true":
                value = true;
                return true;
            case "non" or "n" or "0" or "false":
                value = false;
                return true;
            default:
                value = false;
                return false;
        }
    }

    public static IReadOnlyList<string> List(string text) =>
        text.Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private static bool HasOffset(string text) =>
        text.Length > 10 && text[10] == 'T' && (text.EndsWith('Z') || text.LastIndexOfAny(['+', '-']) > 10);

    [GeneratedRegex(@"^((?<m1>0[1-9]|1[0-2])/(?<y1>\d{4})|(?<y2>\d{4})(-(?<m2>0[1-9]|1[0-2]))?)$", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex PartialDateRegex();
}
