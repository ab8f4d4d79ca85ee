using System.Collections.Frozen;
using Hub.Canonical.Model;

namespace Hub.Mapping.Cog;

/// <summary>
/// The INSEE Code officiel géographique: current communes, their history since 1943 (merges, new codes) and the 99xxx
/// country codes, from compact data embedded in this assembly (see <c>build-cog-data.py</c>). Partners send birth and
/// address communes as codes valid at some date, or only as a name; this directory brings them to one form.
/// </summary>
public sealed partial class CogDirectory
{
    private static readonly Lazy<CogDirectory> Embedded = new(LoadEmbedded);

    private readonly FrozenDictionary<string, CogCommune> _current;
    private readonly FrozenDictionary<string, CogCommune> _attached;
    private readonly FrozenDictionary<string, CogMovement[]> _byCodeBefore;
    private readonly FrozenDictionary<string, CogMovement[]> _byCodeAfter;
    private readonly FrozenDictionary<string, string> _countries;
    private readonly FrozenDictionary<string, string[]> _byName;
    private readonly FrozenDictionary<string, string[]> _byFormerName;

    /// <summary>The directory built from the embedded COG (loaded once, on first use).</summary>
    public static CogDirectory Default => Embedded.Value;

    /// <summary>The code of France in the 99xxx country list.</summary>
    public const string France = "99100";

    /// <summary>True for the code of a commune (or municipal arrondissement) that exists today.</summary>
    public bool IsKnownCommune(string? code) => code is not null && _current.ContainsKey(code);

    /// <summary>True for a 99xxx code of a current country or territory.</summary>
    public bool IsKnownCountry(string? code) => code is not null && _countries.ContainsKey(code);

    /// <summary>True when <paramref name="code"/> is a country code (99xxx), known or not.</summary>
    public static bool IsCountryCode(string? code) => code is { Length: 5 } && code.StartsWith("99", StringComparison.Ordinal);

    /// <summary>The name of a commune (with its article: "La Wantzenau"); for a former code, its last name before it disappeared.</summary>
    public string? CommuneName(string? code)
    {
        if (code is null)
        {
            return null;
        }

        if (_current.TryGetValue(code, out var commune) || _attached.TryGetValue(code, out commune))
        {
            return commune.Name;
        }

        return _byCodeBefore.TryGetValue(code, out var moves) ? moves[0].NameBefore : null;
    }

    /// <summary>The French name of a country (<c>99352</c> → Algérie).</summary>
    public string? CountryName(string? code) => code is not null && _countries.TryGetValue(code, out var name) ? name : null;

    /// <summary>A commune or a country name, for a birth place given as a code.</summary>
    public string? PlaceName(string? code) => IsCountryCode(code) ? CountryName(code) : CommuneName(code);

    /// <summary>
    /// Today's commune for a code of any date: itself when current; the commune that absorbed it after a merge; the new
    /// code after a renumbering; the parent of a delegated or associated commune. <c>null</c> for an unknown code.
    /// </summary>
    public string? CurrentCode(string? code)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        while (code is not null && seen.Add(code))
        {
            if (_current.ContainsKey(code))
            {
                return code;
            }

            code = _attached.TryGetValue(code, out var attached) ? attached.Parent : Successor(code);
        }

        return null;
    }

    /// <summary>
    /// The code under which the commune was registered on <paramref name="date"/> (a birth commune must be coded as it
    /// was at the birth date): <paramref name="code"/> itself if it was valid then; else today's commune walked back
    /// through renumberings. <c>null</c> when unknown or when the commune did not exist yet.
    /// </summary>
    public string? CodeAt(string? code, DateOnly date)
    {
        if (code is null)
        {
            return null;
        }

        if (!_current.ContainsKey(code) && LastExit(code) is { } exit && exit.Date > date)
        {
            return code;
        }

        var current = CurrentCode(code);
        return current is null ? null : WalkBack(current, date);
    }

    /// <summary>
    /// True when the code ever took part in a COG movement (merge, renumbering, attachment); for the others
    /// <see cref="CodeAt(string?, DateOnly)"/> is the code itself at any date, so bulk callers can skip the history walk.
    /// </summary>
    public bool HasHistory(string? code) =>
        code is not null && (_byCodeBefore.ContainsKey(code) || _byCodeAfter.ContainsKey(code) || _attached.ContainsKey(code));

    /// <summary>Same as <see cref="CodeAt(string?, DateOnly)"/> for a possibly partial date (its first day).</summary>
    public string? CodeAt(string? code, FhirDate date) => CodeAt(code, date.Start);

    /// <summary>
    /// Today's code of the commune named <paramref name="name"/> (accents, case, hyphens, "St"/"Saint" and leading article
    /// ignored; former names of merged communes accepted), within a département when given. <c>null</c> when no commune
    /// or several communes match: a guess would put a person in the wrong place.
    /// </summary>
    public string? FindByName(string? name, string? departement = null)
    {
        var matches = FindAllByName(name, departement);
        return matches.Count == 1 ? matches[0] : null;
    }

    /// <summary>Every current code matching a name (see <see cref="FindByName"/>), current names first.</summary>
    public IReadOnlyList<string> FindAllByName(string? name, string? departement = null)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return [];
        }

        var key = CogNames.Normalize(name);
        var current = Lookup(_byName, key, departement);
        return current.Count > 0 ? current : Lookup(_byFormerName, key, departement);
    }

    private static List<string> Lookup(FrozenDictionary<string, string[]> index, string key, string? departement)
    {
        var found = new List<string>();
        foreach (var candidate in new[] { key, CogNames.WithoutArticle(key) }.Distinct())
        {
            if (!index.TryGetValue(candidate, out var codes))
            {
                continue;
            }

            foreach (var code in codes)
            {
                if ((departement is null || InDepartement(code, departement)) && !found.Contains(code))
                {
                    found.Add(code);
                }
            }
        }

        return found;
    }

    private static bool InDepartement(string code, string departement) =>
        code.StartsWith(departement.Trim(), StringComparison.OrdinalIgnoreCase);

    /// <summary>Where a code that is no longer a commune went: the latest movement that took it to another commune.</summary>
    private string? Successor(string code)
    {
        if (!_byCodeBefore.TryGetValue(code, out var moves))
        {
            return null;
        }

        // Newest first: a commune merged, re-established, then merged again follows its last merge.
        foreach (var move in moves)
        {
            if (move.IsCommuneAfter && move.CodeAfter != code)
            {
                return move.CodeAfter;
            }
        }

        return null;
    }

    private CogMovement? LastExit(string code) =>
        _byCodeBefore.TryGetValue(code, out var moves)
            ? moves.FirstOrDefault(m => m.IsCommuneBefore && !(m.IsCommuneAfter && m.CodeAfter == code))
            : null;

    private string? WalkBack(string code, DateOnly date)
    {
        if (!_byCodeAfter.TryGetValue(code, out var moves))
        {
            return code;
        }

        foreach (var group in moves.Where(m => m.Date > date).GroupBy(m => (m.Date, m.Kind)))
        {
            if (group.Key.Kind == 20)
            {
                return null;
            }

            var before = group.Where(m => m.IsCommuneBefore).Select(m => m.CodeBefore).Distinct().ToList();
            if (before.Count == 1 && before[0] != code)
            {
                // Renumbered (new département, new chef-lieu): the same commune had another code before.
                return WalkBack(before[0], date);
            }
        }

        return code;
    }
}
