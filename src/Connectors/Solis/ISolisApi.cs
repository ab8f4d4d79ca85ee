using Refit;

namespace Hub.Connectors.Solis;

/// <summary>
/// The SOLIS contract of the CD68 (<c>schemas/external/solis/openapi.yaml</c>, v1.0.0). Lists and pushes return the
/// raw <see cref="HttpResponseMessage"/>: the hub archives the exact bytes of a page and reads problem codes itself.
/// </summary>
internal interface ISolisApi
{
    [Get("/v1/dossiers")]
    Task<HttpResponseMessage> ListerDossiersAsync(string? curseur, int? limite, CancellationToken cancellationToken);

    [Get("/v1/individus")]
    Task<HttpResponseMessage> ListerIndividusAsync(string? curseur, int? limite, CancellationToken cancellationToken);

    [Get("/v1/mesures")]
    Task<HttpResponseMessage> ListerMesuresAsync(string? curseur, int? limite, CancellationToken cancellationToken);

    [Get("/v1/referents")]
    Task<HttpResponseMessage> ListerReferentsAsync(string? curseur, int? limite, CancellationToken cancellationToken);

    [Get("/v1/dossiers/{idDossier}")]
    Task<IApiResponse<Dossier>> LireDossierAsync(string idDossier, CancellationToken cancellationToken);

    [Post("/v1/entrants/orientations-lda")]
    Task<HttpResponseMessage> EntrantOrientationLdaAsync(
        [Header("Idempotency-Key")] string idempotencyKey, [Body(buffered: true)] OrientationLda orientation, CancellationToken cancellationToken);

    [Post("/v1/entrants/entrees-logement")]
    Task<HttpResponseMessage> EntrantEntreeLogementAsync(
        [Header("Idempotency-Key")] string idempotencyKey, [Body(buffered: true)] EntreeLogement entree, CancellationToken cancellationToken);

    [Get("/v1/etat")]
    Task<IApiResponse<Etat>> EtatAsync(CancellationToken cancellationToken);
}
