namespace Hub.Simulators.Generation;

/// <summary>A country of birth, by COG code (99xxx).</summary>
public sealed record Country(string Code, string Name);
