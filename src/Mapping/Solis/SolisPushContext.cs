using Hub.Canonical.Model;

namespace Hub.Mapping.Solis;

/// <summary>
/// What an entrant to SOLIS needs beyond the canonical resource. <see cref="Consent"/> is the household's consent:
/// nothing is sent without an active one naming the CD68 and the purpose of the message.
/// </summary>
/// <param name="Horodatage">When the hub recorded the change: orders the messages about one object.</param>
public sealed record SolisPushContext(DateTimeOffset Horodatage, Consent Consent)
{
    /// <summary>The SOLIS dossier when the hub knows it; otherwise the household goes by its members' identity traits.</summary>
    public string? IdDossier { get; init; }

    public Household? Household { get; init; }

    /// <summary>The persons of <see cref="Household"/> (for the identity traits).</summary>
    public IReadOnlyList<Person> Members { get; init; } = [];

    public string? IdMenageSiao { get; init; }

    public string? IdDemandeSiao { get; init; }

    public DateOnly? DateCommission { get; init; }

    public Referent? ReferentAccompagnement { get; init; }

    /// <summary>Contract codes: <c>ASLL</c>, <c>AVDL</c>, <c>FSL_ACCES</c>, <c>FSL_MAINTIEN</c>.</summary>
    public IReadOnlyList<string>? MesuresDemandees { get; init; }

    /// <summary>Contract codes: <c>DEPOT_GARANTIE</c>, <c>PREMIER_LOYER</c>, <c>ASSURANCE_HABITATION</c>...</summary>
    public IReadOnlyList<string>? AidesPackInstallation { get; init; }

    /// <summary>For an entry into housing: the <c>referenceHub</c> of the Housing First orientation it follows.</summary>
    public string? ReferenceOrientationHub { get; init; }

    public decimal? LoyerMensuel { get; init; }

    public decimal? ChargesMensuelles { get; init; }
}
