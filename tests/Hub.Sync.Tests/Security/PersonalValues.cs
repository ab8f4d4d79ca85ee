using System.Globalization;
using System.Text.RegularExpressions;
using Hub.Simulators.Generation;

namespace Hub.Sync.Tests.Security;

/// <summary>
/// Every personal value the simulators seed, as the partners serve it: NIR (15 and 13 characters), birth and usage
/// names, first names, birth dates (ISO, French and compact forms), address lines; SOLIS's variants of each person
/// (accents dropped, typos, day and month swapped); the professionals' names, e-mails and phones. Matched as whole
/// token sequences, case-insensitively: "Ali" must not be found inside "validation", but "ALI" alone is.
/// </summary>
public sealed partial class PersonalValues
{
    /// <summary>One- and two-character tokens ("Li", "Ng") are skipped: they are ordinary fragments of log text (units, hex, codes).</summary>
    public const int MinimumLength = 3;

    private readonly Dictionary<string, List<string[]>> _byFirstToken = new(StringComparer.OrdinalIgnoreCase);

    public int Count { get; private set; }

    public int Skipped { get; private set; }

    public static PersonalValues Of(HouseholdGenerator generator, long households)
    {
        ArgumentNullException.ThrowIfNull(generator);
        var values = new PersonalValues();
        for (long i = 0; i < households; i++)
        {
            values.AddHousehold(generator, generator.Household(i));
            if (generator.SolisHousehold(i) is { } solis)
            {
                values.AddHousehold(generator, solis);
            }
        }

        for (var i = 0; i < generator.ReferentCount; i++)
        {
            var referent = generator.Referent(i);
            values.Add(referent.LastName, referent.FirstName, referent.Email, referent.Phone);
        }

        return values;
    }

    /// <summary>The values found in <paramref name="line"/>, each once.</summary>
    public IEnumerable<string> FoundIn(string line)
    {
        ArgumentNullException.ThrowIfNull(line);
        // EF Core prints the hub's SQL, whose quoted identifiers are the schema's words: the seeded surname PAGES is
        // also the column "Pages" of sync_runs. Values never appear in that SQL (they are parameters, printed as '?').
        if (line.Contains(" Microsoft.EntityFrameworkCore.Database.Command[", StringComparison.Ordinal))
        {
            line = SqlIdentifier().Replace(line, " ");
        }

        // Percent-encoded URLs hide values behind their escapes (identifier=system%7C1840…): look at both forms.
        var tokens = Tokens(line).Concat(Tokens(Uri.UnescapeDataString(line))).ToArray();
        var found = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < tokens.Length; i++)
        {
            if (!_byFirstToken.TryGetValue(tokens[i], out var candidates))
            {
                continue;
            }

            foreach (var candidate in candidates)
            {
                if (i + candidate.Length <= tokens.Length
                    && candidate.Select((t, k) => string.Equals(t, tokens[i + k], StringComparison.OrdinalIgnoreCase)).All(x => x))
                {
                    found.Add(string.Join(' ', candidate));
                }
            }
        }

        return found;
    }

    private void AddHousehold(HouseholdGenerator generator, SyntheticHousehold household)
    {
        Add(household.AddressLine);
        foreach (var person in household.Members)
        {
            Add(person.Nir, person.Nir.Length == 15 ? person.Nir[..13] : null, person.BirthName, person.UsageName);
            Add([.. person.FirstNames]);
            AddDate(person.BirthDate);
            var solis = generator.SolisIdentityOf(person);
            Add(solis.BirthName, solis.UsageName, solis.Nir);
            Add([.. solis.FirstNames]);
            if (solis.BirthDate.Length == 10)
            {
                Add(solis.BirthDate);
            }
        }
    }

    private void AddDate(DateOnly date) =>
        Add(date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), date.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture), date.ToString("yyyyMMdd", CultureInfo.InvariantCulture));

    private void Add(params string?[] values)
    {
        foreach (var value in values)
        {
            if (string.IsNullOrWhiteSpace(value))
            {
                continue;
            }

            var tokens = Tokens(value);
            if (tokens.Length == 0 || (tokens.Length == 1 && tokens[0].Length < MinimumLength))
            {
                Skipped++;
                continue;
            }

            var list = _byFirstToken.TryGetValue(tokens[0], out var existing) ? existing : _byFirstToken[tokens[0]] = [];
            if (!list.Any(l => l.SequenceEqual(tokens, StringComparer.OrdinalIgnoreCase)))
            {
                list.Add(tokens);
                Count++;
            }
        }
    }

    private static string[] Tokens(string text) => Separators().Split(text).Where(t => t.Length > 0).ToArray();

    [GeneratedRegex("\"[A-Za-z_][A-Za-z0-9_]*\"")]
    private static partial Regex SqlIdentifier();

    [GeneratedRegex(@"[^\p{L}\p{N}]+")]
    private static partial Regex Separators();
}
