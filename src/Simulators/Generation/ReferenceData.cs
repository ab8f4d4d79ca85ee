using System.Globalization;

namespace Hub.Simulators.Generation;

/// <summary>
/// Frequency tables shipped inside the assembly (INSEE surnames and first names, COG communes and countries).
/// Loaded once; about 80 KB of text.
/// </summary>
internal sealed class ReferenceData
{
    private static readonly Lazy<ReferenceData> LazyInstance = new(Load);

    private ReferenceData(
        WeightedTable<string> surnames,
        WeightedTable<string> maleFirstNames,
        WeightedTable<string> femaleFirstNames,
        IReadOnlyList<Commune> communes68,
        WeightedTable<Commune> residences,
        IReadOnlyList<Commune> birthCommunes,
        WeightedTable<Country> countries)
    {
        Surnames = surnames;
        MaleFirstNames = maleFirstNames;
        FemaleFirstNames = femaleFirstNames;
        Communes68 = communes68;
        Residences = residences;
        BirthCommunesElsewhere = birthCommunes;
        Countries = countries;
    }

    public static ReferenceData Instance => LazyInstance.Value;

    public WeightedTable<string> Surnames { get; }

    public WeightedTable<string> MaleFirstNames { get; }

    public WeightedTable<string> FemaleFirstNames { get; }

    public IReadOnlyList<Commune> Communes68 { get; }

    /// <summary>Where households live: most in Mulhouse and its agglomeration, a tail across the Haut-Rhin.</summary>
    public WeightedTable<Commune> Residences { get; }

    public IReadOnlyList<Commune> BirthCommunesElsewhere { get; }

    public WeightedTable<Country> Countries { get; }

    public Commune Mulhouse => Communes68.First(c => c.Code == "68224");

    private static ReferenceData Load()
    {
        var surnames = new WeightedTable<string>(ReadTsv("surnames.tsv").Select(r => (r[0], ParseLong(r[1]))));
        var firstNames = ReadTsv("first-names.tsv").ToList();
        var male = new WeightedTable<string>(firstNames.Where(r => r[0] == "1").Select(r => (FormatFirstName(r[1]), ParseLong(r[2]))));
        var female = new WeightedTable<string>(firstNames.Where(r => r[0] == "2").Select(r => (FormatFirstName(r[1]), ParseLong(r[2]))));
        var communes = ReadTsv("communes-68.tsv")
            .Select(r => new Commune(r[0], r[1], r.Length > 2 && r[2].Length == 5 ? r[2] : null))
            .ToList();

        // Weights: Mulhouse concentrates the SIAO demand, the towns with a known postcode are the agglomeration and the
        // main towns; the other ~340 communes share the rest.
        var residences = new WeightedTable<Commune>(communes.Select(c => (c, c.Code switch
        {
            "68224" => 5500L,
            _ when c.PostalCode is not null => 120L,
            _ => 3L,
        })));
        var birthCommunes = ReadTsv("birth-communes.tsv").Select(r => new Commune(r[0], r[1], null)).ToList();
        var countries = new WeightedTable<Country>(ReadTsv("countries.tsv").Select(r => (new Country(r[0], r[1]), ParseLong(r[2]))));
        return new ReferenceData(surnames, male, female, communes, residences, birthCommunes, countries);
    }

    private static long ParseLong(string text) => long.Parse(text, NumberStyles.None, CultureInfo.InvariantCulture);

    private static List<string[]> ReadTsv(string name)
    {
        var assembly = typeof(ReferenceData).Assembly;
        using var stream = assembly.GetManifestResourceStream("Hub.Simulators.Data." + name)
            ?? throw new InvalidOperationException($"Embedded data file {name} is missing from {assembly.GetName().Name}.");
        using var reader = new StreamReader(stream);
        var rows = new List<string[]>();
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            rows.Add(line.Split('\t'));
        }

        return rows;
    }

    /// <summary>INSEE writes first names in capitals (JEAN-PIERRE, HÉLÈNE); civil-status files show them as "Jean-Pierre".</summary>
    internal static string FormatFirstName(string upper)
    {
        var chars = upper.ToLowerInvariant().ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            if (i == 0 || chars[i - 1] is '-' or ' ' or '\'')
            {
                chars[i] = char.ToUpperInvariant(chars[i]);
            }
        }

        return new string(chars);
    }
}
