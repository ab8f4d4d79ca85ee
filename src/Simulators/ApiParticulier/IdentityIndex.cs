using System.Globalization;
using Hub.Simulators.Generation;

namespace Hub.Simulators.ApiParticulier;

/// <summary>
/// Finds a synthetic person from the API Particulier identity traits (birth name, first given name, birth date, sex), so
/// the CAF and CPAM simulators answer for the generated population beyond the sandbox cases. Built on first use, over at
/// most <see cref="SimulatorOptions.IdentityIndexMaxHouseholds"/> households.
/// </summary>
internal sealed class IdentityIndex(HouseholdGenerator generator)
{
    private readonly Lazy<Dictionary<string, PersonKey>> _index = new(() => Build(generator));

    public SyntheticPerson? Find(string? birthName, string? firstName, int? year, int? month, int? day, string? sex)
    {
        if (birthName is null || firstName is null || year is null || month is null || day is null || sex is null)
        {
            return null;
        }

        var key = Key(birthName, firstName, year.Value, month.Value, day.Value, sex);
        return _index.Value.TryGetValue(key, out var person) ? generator.Person(person) : null;
    }

    private static Dictionary<string, PersonKey> Build(HouseholdGenerator generator)
    {
        var count = Math.Min(generator.Options.Households, generator.Options.IdentityIndexMaxHouseholds);
        var index = new Dictionary<string, PersonKey>(StringComparer.Ordinal);
        for (long h = 0; h < count; h++)
        {
            foreach (var p in generator.Household(h).Members)
            {
                index.TryAdd(Key(p.BirthName, p.FirstNames[0], p.BirthDate.Year, p.BirthDate.Month, p.BirthDate.Day, p.Sex == Sex.Female ? "F" : "M"), p.Key);
            }
        }

        return index;
    }

    private static string Key(string name, string firstName, int year, int month, int day, string sex) =>
        string.Create(CultureInfo.InvariantCulture, $"{Normalize(name)}|{Normalize(firstName)}|{year:0000}{month:00}{day:00}|{sex.ToUpperInvariant()}");

    private static string Normalize(string text) => HouseholdGenerator.RemoveAccents(text).ToUpperInvariant().Trim();
}
