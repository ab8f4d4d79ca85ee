using System.Globalization;
using Hub.Identity.Normalisation;

namespace Hub.Identity.Synthetic;

/// <summary>
/// A seeded generator of invented French households and of the records four sources keep about their members, with
/// known truth. Households bring the hard negatives: twins (same date, different first names), fathers and sons with the
/// same names, siblings, children on a parent's NIR, and very common names (MARTIN Marie). Synthetic data only.
/// </summary>
public static partial class SyntheticPopulation
{
    private static readonly string[] Sources = ["siao", "solis", "caf", "cpam"];

    /// <summary>Generates a set of about <see cref="SyntheticOptions.Records"/> records.</summary>
    public static SyntheticSet Generate(SyntheticOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var context = new Context(options);
        while (context.Records.Count < options.Records)
        {
            foreach (var person in Household(context))
            {
                Emit(context, person);
            }
        }

        var count = options.Records;
        return new SyntheticSet(context.Records.Take(count).ToList(), context.Truth.Take(count).ToArray(), context.Truth.Take(count).Distinct().Count());
    }

    private static IEnumerable<SyntheticPerson> Household(Context c)
    {
        var rng = c.Random;
        var caf = rng.NextDouble() < 0.7 ? rng.Next(1_000_000, 9_999_999).ToString(CultureInfo.InvariantCulture) : null;
        var commune = Pick(rng, FrenchNameLists.Communes);
        var kind = rng.NextDouble();
        // A few households of the commonest name and first name: MARTIN Marie as a hard negative.
        var common = rng.NextDouble() < 0.004;
        var surname = common ? "MARTIN" : Surname(c);
        if (kind < 0.4)
        {
            var sex = rng.Next(2) == 0 ? Sex.Male : Sex.Female;
            yield return c.Person(surname, null, FirstNames(c, sex, common), Date(rng, 1940, 2004), sex, commune, caf);
            yield break;
        }

        var father = c.Person(surname, null, FirstNames(c, Sex.Male, false), Date(rng, 1945, 1998), Sex.Male, commune, caf);
        var motherName = Surname(c);
        var married = rng.NextDouble() < 0.6;
        var mother = c.Person(motherName, married ? surname : null, FirstNames(c, Sex.Female, common), Date(rng, father.BirthDate.Year - 5, Math.Min(father.BirthDate.Year + 5, 2002)), Sex.Female, commune, caf);
        yield return father;
        yield return mother;
        if (kind < 0.6)
        {
            yield break;
        }

        var children = rng.Next(1, 5);
        var firstBorn = Math.Max(father.BirthDate.Year, mother.BirthDate.Year) + rng.Next(20, 36);
        var given = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < children && firstBorn + (2 * i) <= 2024; i++)
        {
            var sex = rng.Next(2) == 0 ? Sex.Male : Sex.Female;
            var date = Date(rng, firstBorn + (2 * i), firstBorn + (2 * i) + 1);
            // Father and son with the same names: a classic false merge. Siblings never share a first given name.
            var names = sex == Sex.Male && i == 0 && rng.NextDouble() < 0.08 ? father.FirstNames : FirstNames(c, sex, common);
            while (!given.Add(names[0]))
            {
                names = FirstNames(c, sex, false);
            }

            var child = c.Person(surname, null, names, date, sex, commune, caf);
            if (date.Year >= 2008 && rng.NextDouble() < 0.5)
            {
                // A minor insured under a parent's NIR: the CPAM record carries a NIR that is not the child's.
                child = child with { InsuredUnder = rng.Next(2) == 0 ? father.Nir : mother.Nir };
            }

            yield return child;
            if (i == 0 && rng.NextDouble() < 0.06)
            {
                // Twins: same date, same parents, different first names.
                var twinSex = rng.Next(2) == 0 ? Sex.Male : Sex.Female;
                var twinNames = FirstNames(c, twinSex, false);
                while (!given.Add(twinNames[0]))
                {
                    twinNames = FirstNames(c, twinSex, false);
                }

                yield return c.Person(surname, null, twinNames, date, twinSex, commune, caf, sameBirthAs: child);
            }
        }
    }

    private static void Emit(Context c, SyntheticPerson person)
    {
        var rng = c.Random;
        var draw = rng.NextDouble();
        var appearances = draw < 0.3 ? 1 : draw < 0.65 ? 2 : draw < 0.9 ? 3 : 4;
        var sources = Sources.OrderBy(_ => rng.Next()).Take(appearances);
        foreach (var source in sources)
        {
            c.Records.Add(Record(c, person, source));
            c.Truth.Add(person.Id);
        }
    }

    private static string Surname(Context c)
    {
        var rng = c.Random;
        // France has over a million family names and the commonest, MARTIN, is under 0.4 %: one name in ten comes
        // from the frequent list (MARTIN then near 1 %, common on purpose), the rest are rarer built names.
        if (rng.NextDouble() < 0.1)
        {
            return FrenchNameLists.Surnames[Zipf(rng, FrenchNameLists.Surnames.Length, 3)];
        }

        var syllables = rng.Next(2, 4);
        var name = string.Concat(Enumerable.Range(0, syllables).Select(_ => Pick(rng, FrenchNameLists.Syllables)));
        return name + Pick(rng, FrenchNameLists.Endings);
    }

    private static string[] FirstNames(Context c, Sex sex, bool common)
    {
        var rng = c.Random;
        var list = sex == Sex.Male ? FrenchNameLists.MaleFirstNames : FrenchNameLists.FemaleFirstNames;
        var count = rng.NextDouble() < 0.5 ? 1 : rng.NextDouble() < 0.7 ? 2 : 3;
        var names = new List<string> { common && sex == Sex.Female ? "MARIE" : list[Zipf(rng, list.Length, 10)] };
        while (names.Count < count)
        {
            var next = list[rng.Next(list.Length)];
            if (!names.Contains(next))
            {
                names.Add(next);
            }
        }

        return [.. names];
    }

    private static PartialDate Date(Random rng, int fromYear, int toYear)
    {
        var year = rng.Next(fromYear, toYear + 1);
        var month = rng.Next(1, 13);
        return new PartialDate(year, month, rng.Next(1, DateTime.DaysInMonth(year, month) + 1));
    }

    // Rank r drawn with weight 1/(r + offset): a few names are very common, most are rare.
    private static int Zipf(Random rng, int count, int offset)
    {
        var total = 0.0;
        for (var r = 0; r < count; r++)
        {
            total += 1.0 / (r + offset);
        }

        var target = rng.NextDouble() * total;
        for (var r = 0; r < count; r++)
        {
            target -= 1.0 / (r + offset);
            if (target <= 0)
            {
                return r;
            }
        }

        return count - 1;
    }

    private static T Pick<T>(Random rng, T[] values) => values[rng.Next(values.Length)];
}
