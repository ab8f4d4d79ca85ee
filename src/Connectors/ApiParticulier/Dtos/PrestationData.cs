namespace Hub.Connectors.ApiParticulier.Dtos;

/// <summary>
/// <c>data</c> of the RSA, prime d'activité, AAH and ASF routes. <c>avec_majoration</c> exists on RSA and prime
/// d'activité only. <c>date_debut_droit</c> stays text: a date the hub cannot read is reported by mapping, not lost here.
/// </summary>
public sealed record PrestationData(bool? EstBeneficiaire, bool? AvecMajoration, string? DateDebutDroit);
