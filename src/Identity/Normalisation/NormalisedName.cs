namespace Hub.Identity.Normalisation;

/// <summary>
/// A family name in compared form. <see cref="Full"/> joins every word ("de La Fontaine", "DELAFONTAINE" and
/// "De-la-Fontaine" all give DELAFONTAINE); <see cref="Core"/> drops the particles (FONTAINE), because sources keep or
/// drop them; <see cref="Parts"/> are the core words of a compound name (MARTIN-DUPONT → MARTIN, DUPONT), since a person
/// may use one part only.
/// </summary>
public sealed record NormalisedName(string Full, string Core, IReadOnlyList<string> Parts)
{
    /// <summary>No name.</summary>
    public static NormalisedName Empty { get; } = new(string.Empty, string.Empty, []);

    /// <summary>True when no name was given.</summary>
    public bool IsEmpty => Full.Length == 0;
}
