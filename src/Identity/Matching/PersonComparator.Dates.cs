using Hub.Identity.Normalisation;

namespace Hub.Identity.Matching;

internal sealed partial class PersonComparator
{
    private void CompareDates(in PersonKeys a, in PersonKeys b, ref Comparison c)
    {
        var level = DateLevel(a.BirthDate, b.BirthDate);
        if (level != Agreement.Missing)
        {
            c.Set(Trait.BirthDate, level, _w.Weight(Trait.BirthDate, level));
        }
    }

    internal static Agreement DateLevel(PartialDate a, PartialDate b)
    {
        if (a.IsUnknown || b.IsUnknown)
        {
            return Agreement.Missing;
        }

        if (a.IsComplete && b.IsComplete && a == b && !a.IsConventional)
        {
            return Agreement.Exact;
        }

        if (a.IsComplete && b.IsComplete && !a.IsConventional && !b.IsConventional)
        {
            if (a.Transposed == b)
            {
                return Agreement.Swapped;
            }

            var sameYear = a.Year == b.Year;
            var close = (sameYear && (a.Month == b.Month || a.Day == b.Day)) ||
                        (a.Month == b.Month && a.Day == b.Day && OneDigitApart(a.Year, b.Year));
            return close ? Agreement.Close : Agreement.Different;
        }

        // The same conventional date on both sides: common among people born abroad, so less than an exact date.
        if (a == b)
        {
            return Agreement.Partial;
        }

        // A partial or conventional date (31/12, 01/01) is compared on the parts it really knows.
        if (a.Year != b.Year)
        {
            return Agreement.Different;
        }

        var monthA = a.IsConventional ? 0 : a.Month;
        var monthB = b.IsConventional ? 0 : b.Month;
        var dayA = a.IsConventional ? 0 : a.Day;
        var dayB = b.IsConventional ? 0 : b.Day;
        var compatible = (monthA == 0 || monthB == 0 || monthA == monthB) && (dayA == 0 || dayB == 0 || dayA == dayB);
        if (!compatible)
        {
            return Agreement.Close;
        }

        // Year and month equal is much stronger evidence than the year alone (one month in about a thousand).
        return monthA != 0 && monthB != 0 ? Agreement.Partial : Agreement.Weak;
    }

    /// <summary>
    /// Birth years more than one apart with a different day or month: another generation (father and son with the
    /// same names). The same day and month with another year is left to the score: it may be a typo in the year.
    /// </summary>
    internal static bool IsOtherGeneration(PartialDate a, PartialDate b)
    {
        if (a.IsUnknown || b.IsUnknown || Math.Abs(a.Year - b.Year) <= 1)
        {
            return false;
        }

        return !(a.IsComplete && b.IsComplete && a.Month == b.Month && a.Day == b.Day);
    }

    private static bool OneDigitApart(int yearA, int yearB)
    {
        var differences = 0;
        for (; yearA > 0 || yearB > 0; yearA /= 10, yearB /= 10)
        {
            differences += yearA % 10 != yearB % 10 ? 1 : 0;
        }

        return differences == 1;
    }
}
