using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text.Json.Serialization;
using Hub.Canonical.Serialization;

namespace Hub.Canonical.Model;

/// <summary>
/// A FHIR <c>date</c>: a year, a year and month, or a full date, with no time and no time zone.
/// Birth dates in social files are often partial (only the year is known), and identity matching must compare what is known.
/// </summary>
[JsonConverter(typeof(FhirDateJsonConverter))]
public readonly record struct FhirDate : IParsable<FhirDate>
{
    /// <summary>The JSON Schema pattern of the <c>date</c> datatype (common.schema.json); a test keeps them equal.</summary>
    public const string Pattern = "^[1-9][0-9]{3}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?$";

    /// <summary>Creates a date of year, year-month or day precision.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A component is out of range (year 1000-9999, a real calendar day).</exception>
    public FhirDate(int year, int? month = null, int? day = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(year, 1000);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(year, 9999);
        if (month is { } m)
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(m, 1, nameof(month));
            ArgumentOutOfRangeException.ThrowIfGreaterThan(m, 12, nameof(month));
        }

        if (day is { } d)
        {
            if (month is null)
            {
                throw new ArgumentOutOfRangeException(nameof(day), "A day needs a month.");
            }

            ArgumentOutOfRangeException.ThrowIfLessThan(d, 1, nameof(day));
            ArgumentOutOfRangeException.ThrowIfGreaterThan(d, DateTime.DaysInMonth(year, month.Value), nameof(day));
        }

        Year = year;
        Month = month;
        Day = day;
    }

    /// <summary>The year (always known).</summary>
    public int Year { get; }

    /// <summary>The month (1-12), when known.</summary>
    public int? Month { get; }

    /// <summary>The day of month, when known (then <see cref="Month"/> is known too).</summary>
    public int? Day { get; }

    /// <summary>How much of the date is known.</summary>
    public FhirDatePrecision Precision =>
        Day is not null ? FhirDatePrecision.Day : Month is not null ? FhirDatePrecision.Month : FhirDatePrecision.Year;

    /// <summary>First day the date may denote (<c>1985</c> gives 1985-01-01).</summary>
    public DateOnly Start => new(Year, Month ?? 1, Day ?? 1);

    /// <summary>Last day the date may denote (<c>1985-02</c> gives 1985-02-28).</summary>
    public DateOnly End => (Month, Day) switch
    {
        (_, not null) => Start,
        ({ } m, null) => new DateOnly(Year, m, DateTime.DaysInMonth(Year, m)),
        _ => new DateOnly(Year, 12, 31),
    };

    /// <summary>The full date, or null when the date is partial.</summary>
    public DateOnly? ToDateOnly() => Day is not null ? Start : null;

    /// <summary>A full date.</summary>
    public static FhirDate FromDateOnly(DateOnly date) => new(date.Year, date.Month, date.Day);

    /// <summary>
    /// True when both dates may denote the same day: the components known on both sides are equal
    /// (<c>1985</c> is compatible with <c>1985-03-14</c>, <c>1985-03</c> is not compatible with <c>1985-04-01</c>).
    /// </summary>
    public bool IsCompatibleWith(FhirDate other) =>
        Year == other.Year
        && (Month is null || other.Month is null || Month == other.Month)
        && (Day is null || other.Day is null || Day == other.Day);

    /// <summary>Parses <c>YYYY</c>, <c>YYYY-MM</c> or <c>YYYY-MM-DD</c>.</summary>
    /// <exception cref="FormatException">The text is not a FHIR date.</exception>
    public static FhirDate Parse(string s) =>
        TryParse(s, out var result) ? result : throw new FormatException("Not a FHIR date (YYYY, YYYY-MM or YYYY-MM-DD).");

    /// <inheritdoc cref="TryParse(ReadOnlySpan{char}, out FhirDate)"/>
    public static bool TryParse([NotNullWhen(true)] string? s, out FhirDate result) => TryParse(s.AsSpan(), out result);

    // The format is culture-invariant by definition: the provider overloads exist only for IParsable (minimal API binding).
    static FhirDate IParsable<FhirDate>.Parse(string s, IFormatProvider? provider) => Parse(s);

    static bool IParsable<FhirDate>.TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, out FhirDate result) =>
        TryParse(s, out result);

    /// <summary>Parses <c>YYYY</c>, <c>YYYY-MM</c> or <c>YYYY-MM-DD</c>; false for anything else, including impossible days.</summary>
    public static bool TryParse(ReadOnlySpan<char> s, out FhirDate result)
    {
        result = default;
        if (s.Length is not (4 or 7 or 10) || !TryDigits(s[..4], out var year) || year < 1000)
        {
            return false;
        }

        int? month = null;
        int? day = null;
        if (s.Length >= 7)
        {
            if (s[4] != '-' || !TryDigits(s[5..7], out var m) || m is < 1 or > 12)
            {
                return false;
            }

            month = m;
        }

        if (s.Length == 10)
        {
            if (s[7] != '-' || !TryDigits(s[8..10], out var d) || d < 1 || d > DateTime.DaysInMonth(year, month!.Value))
            {
                return false;
            }

            day = d;
        }

        result = new FhirDate(year, month, day);
        return true;
    }

    /// <summary>The FHIR text: <c>YYYY</c>, <c>YYYY-MM</c> or <c>YYYY-MM-DD</c>.</summary>
    public override string ToString() => (Month, Day) switch
    {
        ({ } m, { } d) => string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-{m:D2}-{d:D2}"),
        ({ } m, null) => string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-{m:D2}"),
        _ => Year.ToString("D4", CultureInfo.InvariantCulture),
    };

    private static bool TryDigits(ReadOnlySpan<char> s, out int value)
    {
        value = 0;
        foreach (var c in s)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }

            value = (value * 10) + (c - '0');
        }

        return true;
    }
}
