using System.Globalization;
using Hub.Api.Fhir;
using Hub.Api.Hosting;
using Hub.Storage.Resources;

namespace Hub.Api.Features.Resources;

/// <summary>
/// Parses the FHIR search parameters the hub supports. Unknown parameters are refused (FHIR "strict" handling): a
/// filter silently ignored would hand a partner more records than it asked for.
/// </summary>
internal static class SearchParameters
{
    public const string Identifier = "identifier";
    public const string LastUpdated = "_lastUpdated";
    public const string Count = "_count";
    public const string Offset = "_offset";

    private static readonly string[] Supported = [Identifier, LastUpdated, Count, Offset];

    public static (SearchQuery? Query, FhirResult? Error) Parse(IQueryCollection query, HubApiOptions options)
    {
        foreach (var key in query.Keys)
        {
            if (!Supported.Contains(key, StringComparer.Ordinal))
            {
                return Fail($"Unknown search parameter '{key}'. Supported: {string.Join(", ", Supported)}.", key);
            }
        }

        var identifiers = new List<IReadOnlyList<IdentifierToken>>();
        foreach (var value in query[Identifier])
        {
            var alternatives = new List<IdentifierToken>();
            foreach (var part in (value ?? string.Empty).Split(','))
            {
                if (!IdentifierToken.TryParse(part, out var token))
                {
                    return Fail($"identifier '{value}' is not a token (system|value, value or system|).", Identifier);
                }

                alternatives.Add(token);
            }

            identifiers.Add(alternatives);
        }

        var ranges = new List<DateRange>();
        foreach (var value in query[LastUpdated])
        {
            if (!TryParseDateParameter(value, out var range))
            {
                return Fail($"_lastUpdated '{value}' is not [eq|gt|ge|lt|le]YYYY[-MM[-DD[Thh:mm[:ss[.fff]]Z|±hh:mm]]].", LastUpdated);
            }

            ranges.Add(range);
        }

        if (!TryParseInt(query[Count], options.DefaultPageSize, 1, options.MaxPageSize, out var count))
        {
            return Fail($"_count must be an integer between 1 and {options.MaxPageSize}.", Count);
        }

        if (!TryParseInt(query[Offset], 0, 0, int.MaxValue, out var offset))
        {
            return Fail("_offset must be a non-negative integer.", Offset);
        }

        return (new SearchQuery(identifiers, ranges, offset, count), null);
    }

    public static bool TryParseInt(string? text, int fallback, int min, int max, out int value)
    {
        if (string.IsNullOrEmpty(text))
        {
            value = fallback;
            return true;
        }

        return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out value) && value >= min && value <= max;
    }

    /// <summary>A FHIR date parameter: the value names a range by its precision; the prefix compares with that range.</summary>
    public static bool TryParseDateParameter(string? text, out DateRange range)
    {
        range = new DateRange(null, false, null, false);
        if (string.IsNullOrEmpty(text))
        {
            return false;
        }

        var prefix = text.Length > 2 && char.IsLetter(text[0]) ? text[..2] : "eq";
        var value = text.Length > 2 && char.IsLetter(text[0]) ? text[2..] : text;
        if (!TryParseInstantRange(value, out var start, out var end))
        {
            return false;
        }

        range = prefix switch
        {
            "eq" => new DateRange(start, true, end, false),
            "gt" => new DateRange(end, true, null, false),
            "ge" => new DateRange(start, true, null, false),
            "lt" => new DateRange(null, false, start, false),
            "le" => new DateRange(null, false, end, false),
            _ => range,
        };
        return prefix is "eq" or "gt" or "ge" or "lt" or "le";
    }

    private static bool TryParseInstantRange(string value, out DateTimeOffset start, out DateTimeOffset end)
    {
        start = end = default;
        var invariant = CultureInfo.InvariantCulture;
        var universal = DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal;
        switch (value.Length)
        {
            case 4 when DateTimeOffset.TryParseExact(value, "yyyy", invariant, universal, out start):
                end = start.AddYears(1);
                return true;
            case 7 when DateTimeOffset.TryParseExact(value, "yyyy-MM", invariant, universal, out start):
                end = start.AddMonths(1);
                return true;
            case 10 when DateTimeOffset.TryParseExact(value, "yyyy-MM-dd", invariant, universal, out start):
                end = start.AddDays(1);
                return true;
        }

        // A full instant must carry its offset (Z or ±hh:mm): a local time would mean different things to different callers.
        if (value.Length > 10 && (value.EndsWith('Z') || value[^6] is '+' or '-')
            && DateTimeOffset.TryParse(value, invariant, DateTimeStyles.None, out start))
        {
            start = start.ToUniversalTime();
            end = start.AddTicks(1);
            return true;
        }

        return false;
    }

    private static (SearchQuery?, FhirResult?) Fail(string message, string parameter) =>
        (null, OperationOutcomes.Error(StatusCodes.Status400BadRequest, IssueType.Invalid, message, parameter));
}
