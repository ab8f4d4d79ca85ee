using System.Globalization;

namespace Hub.Identity.Normalisation;

/// <summary>
/// A birth date whose day or month may be unknown (0), as identity sources carry it: INS writes an unknown day or month
/// as 00 ("1984-00-00"), and civil registries record a wholly unknown date as 31/12 of the presumed year, so 31/12 (and
/// 01/01, the other habit) is flagged as possibly conventional: it is compared as a year only, never as a precise day.
/// </summary>
public readonly record struct PartialDate(int Year, int Month, int Day)
{
    /// <summary>No date at all.</summary>
    public static PartialDate Unknown => default;

    /// <summary>True when nothing is known.</summary>
    public bool IsUnknown => Year == 0;

    /// <summary>True when year, month and day are known.</summary>
    public bool IsComplete => Year != 0 && Month != 0 && Day != 0;

    /// <summary>True for 31/12 or 01/01: the conventions for a date known only by its year.</summary>
    public bool IsConventional => IsComplete && ((Month == 12 && Day == 31) || (Month == 1 && Day == 1));

    /// <summary>yyyymmdd with 0 for unknown parts: a compact key for blocking and storage.</summary>
    public int Packed => (Year * 10000) + (Month * 100) + Day;

    /// <summary>The inverse of <see cref="Packed"/>.</summary>
    public static PartialDate FromPacked(int packed) => new(packed / 10000, packed / 100 % 100, packed % 100);

    /// <summary>The same date with day and month exchanged, when that is still a date (a common keying error).</summary>
    public PartialDate? Transposed =>
        IsComplete && Day <= 12 && Day != Month ? new PartialDate(Year, Day, Month) : null;

    /// <summary>
    /// Parses "1984-05-17", "17/05/1984", "1984-05", "1984", and the unknown forms "1984-00-00", "00/00/1984".
    /// Returns <see cref="Unknown"/> for anything else: a wrong date must not count as evidence.
    /// </summary>
    public static PartialDate Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return Unknown;
        }

        var parts = text.Trim().Split('-', '/', '.');
        int year, month = 0, day = 0;
        if (parts[0].Length == 4)
        {
            if (!TryPart(parts[0], out year) || (parts.Length > 1 && !TryPart(parts[1], out month)) || (parts.Length > 2 && !TryPart(parts[2], out day)))
            {
                return Unknown;
            }
        }
        else if (parts.Length == 3 && parts[2].Length == 4)
        {
            if (!TryPart(parts[2], out year) || !TryPart(parts[1], out month) || !TryPart(parts[0], out day))
            {
                return Unknown;
            }
        }
        else
        {
            return Unknown;
        }

        return Create(year, month, day);
    }

    /// <summary>A date from its parts, 0 for unknown; impossible parts become unknown rather than wrong.</summary>
    public static PartialDate Create(int year, int month, int day)
    {
        if (year is < 1800 or > 9999)
        {
            return Unknown;
        }

        if (month is < 0 or > 12)
        {
            month = 0;
        }

        if (month == 0 || day < 0 || day > DateTime.DaysInMonth(year, month))
        {
            day = 0;
        }

        return new PartialDate(year, month, day);
    }

    /// <summary>The first day the date can be (unknown parts as 1), for the COG lookup of the birthplace at birth.</summary>
    public DateOnly FirstDay => new(Year == 0 ? 1 : Year, Month == 0 ? 1 : Month, Day == 0 ? 1 : Day);

    /// <inheritdoc />
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Year:0000}-{Month:00}-{Day:00}");

    private static bool TryPart(string part, out int value) =>
        int.TryParse(part, NumberStyles.None, CultureInfo.InvariantCulture, out value);
}
