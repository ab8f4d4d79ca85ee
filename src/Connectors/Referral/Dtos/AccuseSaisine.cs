namespace Hub.Connectors.Referral.Dtos;

/// <summary>The 202 answer to a saisine: the organisation's id of it.</summary>
public sealed record AccuseSaisine(string IdSaisine, string Statut, DateTimeOffset RecueLe);
