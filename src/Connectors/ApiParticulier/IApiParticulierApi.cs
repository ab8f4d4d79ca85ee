using Refit;

namespace Hub.Connectors.ApiParticulier;

/// <summary>
/// API Particulier v3, identity variants of the DSS routes (<c>GET /v3/dss/{api}/identite</c>), per
/// shared/external/api-particulier/openapi_files/api_particulier.yaml. The answer is read as a raw message because
/// errors carry a body the hub must read (codes, <c>retry_in</c>) and every answer carries RateLimit-* headers.
/// Null parameters are left out of the query string.
/// </summary>
internal interface IApiParticulierApi
{
    [Get("/v3/dss/{api}/identite")]
    Task<HttpResponseMessage> IdentiteAsync(
        string api,
        string recipient,
        string? nomNaissance,
        string? nomUsage,
        [AliasAs("prenoms[]")][Query(CollectionFormat.Multi)] IEnumerable<string>? prenoms,
        int? anneeDateNaissance,
        int? moisDateNaissance,
        int? jourDateNaissance,
        string? sexeEtatCivil,
        string? codeCogInseePaysNaissance,
        string? codeCogInseeCommuneNaissance,
        int? annee,
        int? mois,
        [Header("Cache-Control")] string? cacheControl,
        CancellationToken cancellationToken);
}
