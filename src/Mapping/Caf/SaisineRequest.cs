using Hub.Canonical.Model;
using Hub.Connectors.Referral.Dtos;

namespace Hub.Mapping.Caf;

/// <summary>
/// Everything a saisine is built from: the canonical Person, Household (address; composition for the CAF) and Consent,
/// plus what the canonical model does not hold and the hub user supplies (requested rights as <c>type-droit</c> codes,
/// the two referents, urgency, missing documents).
/// </summary>
public sealed record SaisineRequest
{
    /// <summary>The hub's id of the saisine (<c>urn:lda-hub:id:hub</c>), repeated in every status update.</summary>
    public required string ReferenceHub { get; init; }

    public required Person Person { get; init; }

    public Household? Household { get; init; }

    /// <summary>The active consent naming the organisation for purpose <c>ouverture-droits</c>; without it nothing is sent.</summary>
    public Consent? Consent { get; init; }

    /// <summary>How the consent was collected (<c>ECRIT</c> or <c>ORAL_TRACE</c>), which the canonical Consent does not say.</summary>
    public string? ConsentModalite { get; init; }

    /// <summary>Canonical rights (<c>urn:lda-hub:code:type-droit</c>) to open.</summary>
    public required IReadOnlyList<string> RequestedRights { get; init; }

    public required ReferentDestinataire ReferentDestinataire { get; init; }

    public required ReferentDemandeur ReferentDemandeur { get; init; }

    public required Urgence Urgence { get; init; }

    public IReadOnlyList<string>? PiecesManquantes { get; init; }

    public ContexteSaisine? Contexte { get; init; }

    public required DateTimeOffset EmiseLe { get; init; }
}
