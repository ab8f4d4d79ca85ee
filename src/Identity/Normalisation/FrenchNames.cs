using System.Collections.Frozen;

namespace Hub.Identity.Normalisation;

/// <summary>French family and given names in compared form (see <see cref="NormalisedName"/>).</summary>
public static class FrenchNames
{
    // Particles are kept in the full form and dropped from the core: sources disagree on them (DE GAULLE / GAULLE).
    private static readonly FrozenSet<string> Particles = FrozenSet.ToFrozenSet(
        ["DE", "DU", "DES", "D", "LE", "LA", "LES", "L", "VAN", "VON", "DER", "DEN", "DI", "DA", "DEL", "DELLA", "DOS", "DAS", "Y"],
        StringComparer.Ordinal);

    // Words that introduce the usage name after the birth name (épouse, veuve) or the birth name after the usage name (née).
    private static readonly FrozenSet<string> UsageMarkers = FrozenSet.ToFrozenSet(
        ["EPOUSE", "EPSE", "EP", "VEUVE", "VVE", "VEUF", "DIVORCEE", "DIV"], StringComparer.Ordinal);

    private static readonly FrozenSet<string> BirthMarkers = FrozenSet.ToFrozenSet(["NEE", "NE"], StringComparer.Ordinal);

    /// <summary>The compared form of a family name.</summary>
    public static NormalisedName Normalise(string? name)
    {
        var folded = FrenchText.Fold(name);
        if (folded.Length == 0)
        {
            return NormalisedName.Empty;
        }

        if (folded.IndexOf(' ', StringComparison.Ordinal) < 0)
        {
            return new NormalisedName(folded, folded, [folded]);
        }

        var words = folded.Split(' ');
        var parts = words.Where(w => !Particles.Contains(w)).ToArray();
        if (parts.Length == 0)
        {
            // A name made of particle words only (LE, DU) is the name itself.
            parts = words;
        }

        return new NormalisedName(string.Concat(words), string.Concat(parts), parts);
    }

    /// <summary>
    /// Splits a name field carrying both names: "DUPONT EPOUSE MARTIN" / "DUPONT EP. MARTIN" / "DUPONT VEUVE MARTIN" →
    /// birth DUPONT, usage MARTIN; "MARTIN NEE DUPONT" → birth DUPONT, usage MARTIN; "VVE MARTIN" → usage MARTIN only.
    /// A plain name is a birth name. Both parts are folded (<see cref="FrenchText.Fold"/>).
    /// </summary>
    public static MaritalName SplitMarital(string? field)
    {
        var folded = FrenchText.Fold(field);
        if (folded.IndexOf(' ', StringComparison.Ordinal) < 0)
        {
            // One word (most names): no marker to look for.
            return UsageMarkers.Contains(folded) ? new MaritalName(string.Empty, string.Empty) : new MaritalName(folded, string.Empty);
        }

        var words = folded.Split(' ');
        for (var i = 0; i < words.Length; i++)
        {
            if (UsageMarkers.Contains(words[i]))
            {
                return new MaritalName(string.Join(' ', words[..i]), string.Join(' ', words[(i + 1)..]));
            }

            if (BirthMarkers.Contains(words[i]) && i > 0)
            {
                return new MaritalName(string.Join(' ', words[(i + 1)..]), string.Join(' ', words[..i]));
            }
        }

        return new MaritalName(folded, string.Empty);
    }

    /// <summary>
    /// The given names in order. Commas and spaces separate names; a hyphen joins a compound name into one word
    /// (JEAN-PIERRE → JEANPIERRE), so that "Jean-Pierre" and "JEAN PIERRE" still meet through
    /// <see cref="Matching.FirstNameComparison"/>, which also tries the first two words joined.
    /// </summary>
    public static string[] FirstNames(string? names)
    {
        if (string.IsNullOrWhiteSpace(names))
        {
            return [];
        }

        var joined = names.Replace("-", string.Empty, StringComparison.Ordinal).Replace('\u2010', ' ');
        return FrenchText.Fold(joined).Split(' ', StringSplitOptions.RemoveEmptyEntries);
    }
}
