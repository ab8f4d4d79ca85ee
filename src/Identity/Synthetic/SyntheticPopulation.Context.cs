using System.Globalization;
using Hub.Identity.Matching;
using Hub.Identity.Normalisation;

namespace Hub.Identity.Synthetic;

public static partial class SyntheticPopulation
{
    private sealed class Context(SyntheticOptions options)
    {
        private readonly HashSet<string> _nirs = new(StringComparer.Ordinal);
        private int _nextId;

        public SyntheticOptions Options { get; } = options;

        public Random Random { get; } = new(options.Seed);

        public List<PersonRecord> Records { get; } = new(options.Records + 8);

        public List<int> Truth { get; } = new(options.Records + 8);

        public SyntheticPerson Person(string birthName, string? usageName, string[] firstNames, PartialDate date, Sex sex, string commune, string? caf,
            SyntheticPerson? sameBirthAs = null)
        {
            var place = sameBirthAs?.BirthPlace ?? FrenchNameLists.BirthPlaces[Random.Next(FrenchNameLists.BirthPlaces.Length)];
            return new SyntheticPerson(_nextId++, birthName, usageName, firstNames, date, sex, place, commune, Nir(sex, date, place), caf, "681");
        }

        // A unique NIR: real NIRs never repeat, and a repeated one would make the deterministic rule link two people.
        private string Nir(Sex sex, PartialDate date, string place)
        {
            while (true)
            {
                var first13 = string.Create(CultureInfo.InvariantCulture,
                    $"{(sex == Sex.Male ? 1 : 2)}{date.Year % 100:00}{date.Month:00}{place}{Random.Next(1, 1000):000}");
                if (_nirs.Add(first13))
                {
                    return first13 + Hub.Mapping.Cog.Nir.Key(first13);
                }
            }
        }
    }
}
