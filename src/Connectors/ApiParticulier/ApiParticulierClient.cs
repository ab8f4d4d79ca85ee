using Hub.Connectors.ApiParticulier.Dtos;

namespace Hub.Connectors.ApiParticulier;

/// <summary>
/// The hub's client of API Particulier v3, one per connector (<c>caf</c>, <c>cpam</c>; resolve it keyed by the connector
/// name). Sends the configured <c>recipient</c> SIRET with every call; answers are cached 24 h; RateLimit-* headers are
/// followed per endpoint. Failures are <see cref="Core.ConnectorException"/>s already classified.
/// </summary>
public sealed partial class ApiParticulierClient
{
    private readonly IApiParticulierApi _api;
    private readonly string _recipient;
    private readonly TimeProvider _time;
    private readonly ApiParticulierAnswerCache _cache;
    private readonly ApiParticulierRateGate _gate;

    internal ApiParticulierClient(string connector, IApiParticulierApi api, string recipient, TimeProvider time, ApiParticulierAnswerCache cache, ApiParticulierRateGate gate)
    {
        Connector = connector;
        _api = api;
        _recipient = recipient;
        _time = time;
        _cache = cache;
        _gate = gate;
    }

    /// <summary>The connector this client belongs to (<c>caf</c> or <c>cpam</c>).</summary>
    public string Connector { get; }

    /// <summary>The RateLimit-* headers last received from <paramref name="endpoint"/>.</summary>
    public RateLimitInfo? RateLimit(ApiParticulierEndpoint endpoint) => _gate.Last(endpoint);

    /// <summary>Quotient familial (CNAF or MSA) of the month given, the current month by default.</summary>
    /// <param name="refresh">Bypass both caches (after a saisine status <c>droits-ouverts</c> or an admin refresh).</param>
    public Task<ApiParticulierAnswer<QuotientFamilialData>> GetQuotientFamilialAsync(
        ApiParticulierIdentity identity, int? year = null, int? month = null, bool refresh = false, CancellationToken cancellationToken = default)
    {
        if (year is null != month is null)
        {
            throw new ArgumentException("Give both the year and the month of the QF, or neither.", nameof(month));
        }

        return GetAsync(ApiParticulierEndpoint.QuotientFamilial, identity, year, month, refresh,
            ApiParticulierJsonContext.Default.ApiParticulierEnvelopeQuotientFamilialData, cancellationToken);
    }

    /// <summary>RSA, prime d'activité, AAH or ASF status.</summary>
    public Task<ApiParticulierAnswer<PrestationData>> GetPrestationAsync(
        ApiParticulierEndpoint endpoint, ApiParticulierIdentity identity, bool refresh = false, CancellationToken cancellationToken = default)
    {
        if (endpoint is ApiParticulierEndpoint.QuotientFamilial or ApiParticulierEndpoint.ComplementaireSanteSolidaire)
        {
            throw new ArgumentOutOfRangeException(nameof(endpoint), endpoint, "Use GetQuotientFamilialAsync or GetComplementaireSanteSolidaireAsync.");
        }

        return GetAsync(endpoint, identity, null, null, refresh, ApiParticulierJsonContext.Default.ApiParticulierEnvelopePrestationData, cancellationToken);
    }

    /// <summary>Complémentaire santé solidaire (C2S) status, read for the CPAM.</summary>
    public Task<ApiParticulierAnswer<ComplementaireSanteSolidaireData>> GetComplementaireSanteSolidaireAsync(
        ApiParticulierIdentity identity, bool refresh = false, CancellationToken cancellationToken = default) =>
        GetAsync(ApiParticulierEndpoint.ComplementaireSanteSolidaire, identity, null, null, refresh,
            ApiParticulierJsonContext.Default.ApiParticulierEnvelopeComplementaireSanteSolidaireData, cancellationToken);
}
