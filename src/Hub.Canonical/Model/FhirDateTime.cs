using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text.Json.Serialization;
using System.Text.RegularExpressions;
using Hub.Canonical.Serialization;

namespace Hub.Canonical.Model;

/// <summary>
/// A FHIR <c>dateTime</c>: a partial date (<c>2024</c>, <c>2024-03</c>, <c>2024-03-18</c>) or a full date and time with a
/// mandatory time zone (<c>2024-03-18T09:30:00+01:00</c>). The original text is kept, so a value read and written back
/// is unchanged (<c>Z</c> stays <c>Z</c>, <c>.500</c> stays <c>.500</c>); equality is equality of that text.
/// Compare instants through <see cref="Instant"/>.
/// </summary>
[JsonConverter(typeof(FhirDateTimeJsonConverter))]
public readonly partial record struct FhirDateTime : IParsable<FhirDateTime>
{
    /// <summary>The JSON Schema pattern of the <c>dateTime</c> datatype (common.schema.json); a test keeps them equal.</summary>
    public const string Pattern =
        "^[1-9][0-9]{3}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01])(T" + TimePattern + ")?)?)?$";

    /// <summary>The JSON Schema pattern of the <c>instant</c> datatype: a full date and time with a time zone.</summary>
    public const string InstantPattern =
        "^[1-9][0-9]{3}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])T" + TimePattern + "$";

    private const string TimePattern =
        "([01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9](\\.[0-9]{1,9})?(Z|[+-]((0[0-9]|1[0-3]):[0-5][0-9]|14:00))";

    private readonly string? _text;

    private FhirDateTime(string text, FhirDate date, DateTimeOffset? instant)
    {
        _text = text;
        Date = date;
        Instant = instant;
    }

    /// <summary>The date part (partial when the value is a partial date).</summary>
    public FhirDate Date { get; }

    /// <summary>The instant, when the value has a time; null for a (partial) date.</summary>
    public DateTimeOffset? Instant { get; }

    /// <summary>True when the value has a time and a time zone.</summary>
    [MemberNotNullWhen(true, nameof(Instant))]
    public bool HasTime => Instant is not null;

    /// <summary>A date-only value.</summary>
    public static FhirDateTime FromDate(FhirDate date) => new(date.ToString(), date, null);

    /// <summary>An instant, written <c>yyyy-MM-ddTHH:mm:ss[.fffffff]</c> then <c>Z</c> for UTC or <c>±hh:mm</c>.</summary>
    public static FhirDateTime FromInstant(DateTimeOffset instant)
    {
        var text = instant.ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFF", CultureInfo.InvariantCulture)
            + (instant.Offset == TimeSpan.Zero ? "Z" : instant.ToString("zzz", CultureInfo.InvariantCulture));
        return new FhirDateTime(text, new FhirDate(instant.Year, instant.Month, instant.Day), instant);
    }

    /// <summary>A partial date is also a dateTime.</summary>
    public static implicit operator FhirDateTime(FhirDate date) => FromDate(date);

    /// <summary>Parses a FHIR dateTime.</summary>
    /// <exception cref="FormatException">The text is not a FHIR dateTime.</exception>
    public static FhirDateTime Parse(string s) =>
        TryParse(s, out var result) ? result : throw new FormatException("Not a FHIR dateTime.");

    // The format is culture-invariant by definition: the provider overloads exist only for IParsable (minimal API binding).
    static FhirDateTime IParsable<FhirDateTime>.Parse(string s, IFormatProvider? provider) => Parse(s);

    static bool IParsable<FhirDateTime>.TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, out FhirDateTime result) =>
        TryParse(s, out result);

    /// <summary>Parses a FHIR dateTime; false for anything else, including impossible days.</summary>
    public static bool TryParse([NotNullWhen(true)] string? s, out FhirDateTime result)
    {
        result = default;
        if (s is null)
        {
            return false;
        }

        if (s.Length <= 10)
        {
            if (!FhirDate.TryParse(s.AsSpan(), out var dateOnly))
            {
                return false;
            }

            result = new FhirDateTime(s, dateOnly, null);
            return true;
        }

        var match = TimeRegex().Match(s);
        if (!match.Success || !FhirDate.TryParse(s.AsSpan(0, 10), out var date))
        {
            return false;
        }

        var offset = match.Groups["tz"].Value is "Z" ? TimeSpan.Zero : TimeSpan.ParseExact(
            match.Groups["tz"].ValueSpan[1..], @"hh\:mm", CultureInfo.InvariantCulture)
            * (match.Groups["tz"].Value[0] == '-' ? -1 : 1);
        var fraction = match.Groups["f"].Value.PadRight(7, '0')[..7];
        try
        {
            var instant = new DateTimeOffset(
                date.Year, date.Month!.Value, date.Day!.Value,
                int.Parse(match.Groups["h"].ValueSpan, CultureInfo.InvariantCulture),
                int.Parse(match.Groups["m"].ValueSpan, CultureInfo.InvariantCulture),
                int.Parse(match.Groups["s"].ValueSpan, CultureInfo.InvariantCulture),
                offset).AddTicks(long.Parse(fraction, CultureInfo.InvariantCulture));
            result = new FhirDateTime(s, date, instant);
            return true;
        }
        catch (ArgumentOutOfRangeException)
        {
            // Only reachable at the edges of the calendar (e.g. 9999-12-31T23:00:00-02:00 is past DateTimeOffset.MaxValue).
            return false;
        }
    }

    /// <summary>The original text.</summary>
    public override string ToString() => _text ?? string.Empty;

    [GeneratedRegex(
        @"^[0-9]{4}-[0-9]{2}-[0-9]{2}T(?<h>[01][0-9]|2[0-3]):(?<m>[0-5][0-9]):(?<s>[0-5][0-9])(\.(?<f>[0-9]{1,9}))?(?<tz>Z|[+-]((0[0-9]|1[0-3]):[0-5][0-9]|14:00))$",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex TimeRegex();
}
