namespace Hub.Connectors.Referral.Dtos;

/// <summary>
/// Body of <c>POST /v1/saisines</c> (schema <c>Saisine</c> of schemas/external/caf-cpam/referral-openapi.yaml): a
/// rights-opening request to the named CAF or CPAM referent. Holds personal data: never log it.
/// </summary>
public sealed record Saisine
{
    public required string ReferenceHub { get; init; }

    /// <summary><c>CAF</c> or <c>CPAM</c>.</summary>
    public required string OrganismeDestinataire { get; init; }

    public required ReferentDestinataire ReferentDestinataire { get; init; }

    public required PersonneSaisine Personne { get; init; }

    public CompositionMenage? CompositionMenage { get; init; }

    /// <summary>CAF: RSA, PRIME_ACTIVITE, AAH, ASF, AIDE_LOGEMENT, QF; CPAM: PUMA, C2S.</summary>
    public required IReadOnlyList<string> DroitsDemandes { get; init; }

    public required ReferentDemandeur ReferentDemandeur { get; init; }

    public IReadOnlyList<string>? PiecesManquantes { get; init; }

    public required Urgence Urgence { get; init; }

    public ContexteSaisine? Contexte { get; init; }

    public required ConsentementSaisine Consentement { get; init; }

    public required DateTimeOffset EmiseLe { get; init; }
}

/// <summary>The organisation's named referent for Housing First.</summary>
public sealed record ReferentDestinataire(string Nom, string? IdReferent = null, string? Service = null);

/// <summary>Household composition as the organisation needs it (no names).</summary>
public sealed record CompositionMenage(string? SituationFamiliale, int? NombreAdultes, int? NombreEnfantsACharge);

/// <summary>The professional who carries the saisine (professional contact details only).</summary>
public sealed record ReferentDemandeur(string Nom, string Prenom, StructureDemandeur Structure, string Courriel, string? Fonction = null, string? Telephone = null);

/// <summary>The requester's organisation.</summary>
public sealed record StructureDemandeur(string Nom, string? Siret = null);

/// <summary><c>NORMALE</c>, <c>PRIORITAIRE</c> or <c>URGENTE</c>, with an optional reason and wished date.</summary>
public sealed record Urgence(string Niveau, string? Motif = null, DateOnly? DateSouhaitee = null);

/// <summary>Context: the Housing First scheme and the planned move-in date.</summary>
public sealed record ContexteSaisine(string? Dispositif, DateOnly? DateEntreeLogementPrevue);

/// <summary>The person's consent to the transmission (required, <c>recueilli</c> always true).</summary>
public sealed record ConsentementSaisine(bool Recueilli, DateOnly Date, string? Modalite = null);
