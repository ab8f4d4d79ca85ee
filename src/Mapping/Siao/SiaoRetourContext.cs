namespace Hub.Mapping.Siao;

/// <summary>What a retour to SI-SIAO needs beyond the canonical resource: the SI-SIAO ids and when the hub saw the change.</summary>
/// <param name="IdMenage">The household's SI-SIAO id (<c>urn:lda-hub:id:siao:menage</c>).</param>
/// <param name="Horodatage">When the hub recorded the change: orders the messages of one accompaniment.</param>
public sealed record SiaoRetourContext(string IdMenage, DateTimeOffset Horodatage)
{
    public string? IdDemande { get; init; }

    public string? IdOrientation { get; init; }

    /// <summary>Why an accompaniment ended (<c>motifFin</c> of the contract); the canonical model has no such field.</summary>
    public string? MotifFin { get; init; }
}
