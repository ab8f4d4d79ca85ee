namespace Hub.Connectors.Caf.RsaFlow;

/// <summary>
/// One RSA dossier (<c>InfosFoyerRSA</c>) of the CNAF flow vrsb0801, reduced to what the hub maps: who manages it,
/// the people (identity traits, NIR of 13 characters without key, roles) and the state of the right. Resources,
/// activity and address are not read (data minimisation). Holds personal data: never log it.
/// </summary>
public sealed record FoyerRsa(
    RsaFlowHeader Flux,
    RsaOrganisme Organisme,
    string? NumeroDemandeRsa,
    DateOnly? DateDemandeRsa,
    IReadOnlyList<PersonneRsa> Personnes,
    SituationDossierRsa Situation,
    DateOnly? DateOrigineDemandeRsa);

/// <summary><c>IdentificationFlux</c>: kind of flow (<c>M</c> monthly, <c>I</c> initial...), creation time and reference date.</summary>
public sealed record RsaFlowHeader(string? TypeFlux, string? NatureFlux, DateOnly? DateCreation, TimeOnly? HeureCreation, DateOnly? DateReference);

/// <summary><c>Organisme</c>: <c>FONORG</c> (CAF or MSA), <c>NUMORG</c> (fund code, 3 digits), <c>MATRICULE</c> (file number, 15 digits).</summary>
public sealed record RsaOrganisme(string Fonction, string Numero, string Matricule);

/// <summary>A person of the dossier (<c>Personne/Identification</c>, <c>DossierCAF</c>, <c>Prestations</c>).</summary>
public sealed record PersonneRsa(
    string? Qualite,
    string? Nom,
    string? NomNaissance,
    IReadOnlyList<string> Prenoms,
    string? CommuneNaissance,
    string? DateNaissance,
    string? TypeDateNaissance,
    string? Nir,
    bool? EtatCivilValide,
    string? Sexe,
    bool? ResponsableDossier,
    IReadOnlyList<PrestationRsa> Prestations,
    bool? SoumisDroitsDevoirs);

/// <summary>A benefit of the person: <c>NATPREST</c> (RSA, PFA...) and role <c>ROLEPERS</c> (DEM, CJT, ENF...).</summary>
public sealed record PrestationRsa(string? Nature, string? Role, bool? Charge);

/// <summary><c>SituationDossierRSA</c>: <c>ETATDOSRSA</c> with the block of its state (refusal, suspensions, closure).</summary>
public sealed record SituationDossierRsa(
    string? Etat,
    DateOnly? DateRefus,
    string? MotifRefus,
    IReadOnlyList<SuspensionRsa> SuspensionsDroit,
    IReadOnlyList<SuspensionRsa> SuspensionsVersement,
    DateOnly? DateCloture,
    string? MotifCloture);

/// <summary>A suspension of the right or of the payment, with its reason code and start.</summary>
public sealed record SuspensionRsa(string? Motif, DateOnly? Debut);
