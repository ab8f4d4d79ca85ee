using System.Globalization;
using System.Text.Json.Serialization.Metadata;
using Hub.Connectors.ApiParticulier.Dtos;
using Hub.Connectors.Core;

namespace Hub.Connectors.ApiParticulier;

public sealed partial class ApiParticulierClient
{
    private async Task<ApiParticulierAnswer<TData>> GetAsync<TData>(
        ApiParticulierEndpoint endpoint,
        ApiParticulierIdentity identity,
        int? year,
        int? month,
        bool refresh,
        JsonTypeInfo<ApiParticulierEnvelope<TData>> typeInfo,
        CancellationToken cancellationToken)
        where TData : class
    {
        ArgumentNullException.ThrowIfNull(identity);
        var key = CacheKey(endpoint, identity, year, month);
        if (!refresh && _cache.TryGet<TData>(key, out var cached))
        {
            return cached;
        }

        using (await _gate.EnterAsync(endpoint, cancellationToken).ConfigureAwait(false))
        {
            // Another caller may have asked the same thing while this one waited for the slot.
            if (!refresh && _cache.TryGet(key, out cached))
            {
                return cached;
            }

            _gate.ThrowIfExhausted(endpoint);
            using var response = await SendAsync(endpoint, identity, year, month, refresh, cancellationToken).ConfigureAwait(false);
            var now = _time.GetUtcNow();
            var meta = ApiParticulierResponseMeta.From(response, now);
            _gate.Record(endpoint, meta.RateLimit);
            var body = await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
            var answer = ApiParticulierResponseReader.Read(endpoint, response.StatusCode, body, meta, now, typeInfo);
            _cache.Set(key, answer);
            return answer;
        }
    }

    private async Task<HttpResponseMessage> SendAsync(
        ApiParticulierEndpoint endpoint, ApiParticulierIdentity identity, int? year, int? month, bool refresh, CancellationToken cancellationToken)
    {
        try
        {
            return await _api.IdentiteAsync(
                endpoint.Segment(),
                _recipient,
                identity.NomNaissance,
                identity.NomUsage,
                identity.Prenoms.Count == 0 ? null : identity.Prenoms,
                identity.AnneeDateNaissance,
                identity.MoisDateNaissance,
                identity.JourDateNaissance,
                identity.SexeEtatCivil,
                identity.CodeCogInseePaysNaissance,
                identity.CodeCogInseeCommuneNaissance,
                year,
                month,
                refresh ? "no-cache" : null,
                cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is not ConnectorException && !TransportFailure.IsCallerCancellation(e, cancellationToken))
        {
            // The pipeline has already retried what deserved it; say what happened without the identity (it is in the URL).
            throw TransportFailure.ToConnectorException(e, $"API Particulier {endpoint.Segment()}");
        }
    }

    private string CacheKey(ApiParticulierEndpoint endpoint, ApiParticulierIdentity identity, int? year, int? month)
    {
        if (endpoint == ApiParticulierEndpoint.QuotientFamilial && year is null)
        {
            // "Current month" is what API Particulier answers without annee/mois; it changes on the 1st.
            var now = _time.GetUtcNow();
            (year, month) = (now.Year, now.Month);
        }

        return string.Create(CultureInfo.InvariantCulture, $"{endpoint}|{identity.CacheKey()}|{year}-{month}");
    }
}
