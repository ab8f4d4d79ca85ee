namespace Hub.Connectors.ApiParticulier.Dtos;

/// <summary>
/// <c>data</c> of the quotient familial route. The address block is not modelled and family members are read without
/// their names (data minimisation, docs/connectors/caf.md): the hub only counts them.
/// </summary>
public sealed record QuotientFamilialData(
    QuotientFamilialValue? QuotientFamilial,
    IReadOnlyList<QuotientFamilialMember>? Allocataires,
    IReadOnlyList<QuotientFamilialMember>? Enfants);

/// <summary>The QF itself: who computed it (<c>CNAF</c> or <c>MSA</c>), its value in euros and the month it applies to.</summary>
public sealed record QuotientFamilialValue(string? Fournisseur, int? Valeur, int? Annee, int? Mois, int? AnneeCalcul, int? MoisCalcul);

/// <summary>An allocataire or child of the QF answer. Deliberately empty: names and birth dates are skipped when reading.</summary>
public sealed record QuotientFamilialMember;
