using Refit;

namespace Hub.Connectors.Siao;

/// <summary>
/// The SI-SIAO contract (<c>schemas/external/siao/openapi.yaml</c>, v1.0.0). Lists and pushes return the raw
/// <see cref="HttpResponseMessage"/>: the hub archives the exact bytes of a page and reads problem codes itself.
/// </summary>
internal interface ISiaoApi
{
    [Get("/v1/menages")]
    Task<HttpResponseMessage> ListerMenagesAsync(string? curseur, int? limite, CancellationToken cancellationToken);

    [Get("/v1/demandes")]
    Task<HttpResponseMessage> ListerDemandesAsync(string? curseur, int? limite, CancellationToken cancellationToken);

    [Get("/v1/orientations")]
    Task<HttpResponseMessage> ListerOrientationsAsync(string? curseur, int? limite, CancellationToken cancellationToken);

    [Get("/v1/mouvements")]
    Task<HttpResponseMessage> ListerMouvementsAsync(string? curseur, int? limite, CancellationToken cancellationToken);

    [Get("/v1/menages/{idMenage}")]
    Task<IApiResponse<Menage>> LireMenageAsync(string idMenage, CancellationToken cancellationToken);

    [Get("/v1/demandes/{idDemande}")]
    Task<IApiResponse<Demande>> LireDemandeAsync(string idDemande, CancellationToken cancellationToken);

    [Post("/v1/retours/accompagnements")]
    Task<HttpResponseMessage> RetourAccompagnementAsync(
        [Header("Idempotency-Key")] string idempotencyKey, [Body(buffered: true)] RetourAccompagnement retour, CancellationToken cancellationToken);

    [Post("/v1/retours/logements")]
    Task<HttpResponseMessage> RetourLogementAsync(
        [Header("Idempotency-Key")] string idempotencyKey, [Body(buffered: true)] RetourLogement retour, CancellationToken cancellationToken);

    [Get("/v1/etat")]
    Task<IApiResponse<Etat>> EtatAsync(CancellationToken cancellationToken);
}
