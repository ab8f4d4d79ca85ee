namespace Hub.Mapping.Cog;

/// <summary>One row of the INSEE movements file: a commune before (<c>Av</c>) and after (<c>Ap</c>) a change on <see cref="Date"/>.</summary>
/// <param name="Kind">INSEE <c>MOD</c>: 10 rename, 20 creation, 21 re-establishment, 30 suppression, 31-34 merges, 35 end of a delegated commune, 41/50 new code.</param>
/// <param name="TypeBefore"><c>C</c> commune, <c>A</c> arrondissement, <c>D</c> delegated, <c>S</c> associated; empty for a creation.</param>
internal sealed record CogMovement(
    DateOnly Date, int Kind, string TypeBefore, string CodeBefore, string NameBefore, string TypeAfter, string CodeAfter, string NameAfter)
{
    public const string Commune = "C";

    public bool IsCommuneBefore => TypeBefore == Commune;

    public bool IsCommuneAfter => TypeAfter == Commune;
}
