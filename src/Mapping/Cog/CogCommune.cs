namespace Hub.Mapping.Cog;

/// <summary>A line of the current COG: a commune (<c>C</c>), a municipal arrondissement (<c>A</c>), a delegated (<c>D</c>) or associated (<c>S</c>) commune.</summary>
/// <param name="Parent">For <c>A</c>, <c>D</c> and <c>S</c>: the commune they belong to.</param>
internal sealed record CogCommune(string Code, string Type, string Name, string? Parent)
{
    /// <summary>Communes and arrondissements carry a valid code of their own today (Paris, Lyon and Marseille births use arrondissements).</summary>
    public bool IsCurrent => Type is "C" or "A";
}
