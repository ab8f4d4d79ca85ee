using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Hub.Connectors.ApiParticulier;
using Hub.Connectors.Core;
using Hub.Connectors.Referral.Dtos;

namespace Hub.Connectors.Referral;

/// <summary>
/// Sends saisines (<see cref="OutboundMessage"/> kind <c>saisine</c>, DTO <see cref="Saisine"/>) to the CAF or CPAM
/// receiver: body signed with the hub → organisation secret, Idempotency-Key kept identical on every retry.
/// </summary>
public sealed partial class ReferralPushTarget : IPushTarget
{
    public const string SaisineKind = "saisine";

    private readonly IReferralApi _api;
    private readonly string _organisme;
    private readonly string _keyId;
    private readonly string _secret;
    private readonly TimeProvider _time;

    internal ReferralPushTarget(string connector, string organisme, IReferralApi api, string keyId, string secret, TimeProvider time)
    {
        Connector = connector;
        _organisme = organisme;
        _api = api;
        _keyId = keyId;
        _secret = secret;
        _time = time;
    }

    public string Connector { get; }

    public IReadOnlyCollection<string> Kinds { get; } = [SaisineKind];

    public async Task<PushResult> PushAsync(OutboundMessage message, string idempotencyKey, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        ArgumentException.ThrowIfNullOrWhiteSpace(idempotencyKey);
        if (message.Kind != SaisineKind || message.Dto is not Saisine saisine)
        {
            throw new ConnectorException(ConnectorErrorKind.Permanent, $"{Connector}: expects a '{SaisineKind}' message carrying a Saisine, got '{message.Kind}'.");
        }

        if (saisine.OrganismeDestinataire != _organisme)
        {
            throw new ConnectorException(ConnectorErrorKind.Permanent, $"{Connector}: a saisine for {saisine.OrganismeDestinataire} cannot go to the {_organisme} receiver.");
        }

        var body = JsonSerializer.SerializeToUtf8Bytes(saisine, ReferralJsonContext.Default.Saisine);
        using var first = await SendAsync(body, idempotencyKey, _time.GetUtcNow(), cancellationToken).ConfigureAwait(false);
        if (first.StatusCode == HttpStatusCode.Unauthorized
            && ReadProblem(await first.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false))?.Code == "horodatage-hors-fenetre"
            && first.Headers.Date is { } serverNow)
        {
            // The contract allows one new attempt after resynchronising the timestamp: the receiver's Date header is its clock.
            using var second = await SendAsync(body, idempotencyKey, serverNow, cancellationToken).ConfigureAwait(false);
            return await InterpretAsync(second, cancellationToken).ConfigureAwait(false);
        }

        return await InterpretAsync(first, cancellationToken).ConfigureAwait(false);
    }

    private async Task<HttpResponseMessage> SendAsync(byte[] body, string idempotencyKey, DateTimeOffset at, CancellationToken cancellationToken)
    {
        var timestamp = at.ToUnixTimeSeconds();
        using var content = new ByteArrayContent(body);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
        try
        {
            return await _api.DeposerSaisineAsync(
                content,
                timestamp.ToString(CultureInfo.InvariantCulture),
                _keyId,
                SaisineSignature.Sign(_secret, timestamp, body),
                idempotencyKey,
                cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is not ConnectorException && !TransportFailure.IsCallerCancellation(e, cancellationToken))
        {
            throw TransportFailure.ToConnectorException(e, $"{Connector} saisine");
        }
    }
}
