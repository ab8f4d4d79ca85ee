namespace Hub.Simulators.Referral;

internal sealed record AccuseSaisine(string IdSaisine, string Statut, DateTimeOffset RecueLe);
