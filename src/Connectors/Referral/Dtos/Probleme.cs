namespace Hub.Connectors.Referral.Dtos;

/// <summary>RFC 9457 problem with the contract's <c>code</c> and <c>erreurs[]</c> extensions. <c>detail</c> holds no personal data.</summary>
public sealed record Probleme(string? Type, string? Title, int? Status, string? Detail, string? Code, IReadOnlyList<ErreurChamp>? Erreurs);

/// <summary>One field in error.</summary>
public sealed record ErreurChamp(string Champ, string Message);
