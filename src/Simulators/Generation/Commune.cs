namespace Hub.Simulators.Generation;

/// <summary>A commune of the COG (INSEE code, not the postcode); <see cref="PostalCode"/> only when known for sure.</summary>
public sealed record Commune(string Code, string Name, string? PostalCode);
