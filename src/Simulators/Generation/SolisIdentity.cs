namespace Hub.Simulators.Generation;

/// <summary>Identity traits of a person as SOLIS recorded them (birth date possibly partial, NIR without key or absent).</summary>
public sealed record SolisIdentity(
    string BirthName,
    string? UsageName,
    IReadOnlyList<string> FirstNames,
    string BirthDate,
    string? Nir,
    IdentityVariation Variation);
