namespace Hub.Connectors.ApiParticulier.Dtos;

/// <summary><c>data</c> of the C2S route: <c>avec_participation</c> = C2S with a financial contribution.</summary>
public sealed record ComplementaireSanteSolidaireData(bool? EstBeneficiaire, bool? AvecParticipation, string? DateDebutDroit);
