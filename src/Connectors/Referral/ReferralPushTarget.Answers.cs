using System.Net;
using System.Text.Json;
using Hub.Connectors.Core;
using Hub.Connectors.Referral.Dtos;

namespace Hub.Connectors.Referral;

public sealed partial class ReferralPushTarget
{
    private static readonly TimeSpan InFlightDefault = TimeSpan.FromSeconds(5);

    private async Task<PushResult> InterpretAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var body = await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
        var status = response.StatusCode;
        if (response.IsSuccessStatusCode)
        {
            var replayed = response.Headers.TryGetValues("Idempotent-Replayed", out var values)
                && string.Equals(values.FirstOrDefault(), "true", StringComparison.OrdinalIgnoreCase);
            return new PushResult(status, replayed, ReadReceipt(body)?.IdSaisine);
        }

        var problem = ReadProblem(body);
        var retryAfter = RetryAfterHeader.Read(response, _time);
        var kind = (status, problem?.Code) switch
        {
            // Same key, another body: retrying cannot help; an operator must look (README §2).
            (HttpStatusCode.Conflict, "cle-reutilisee") => ConnectorErrorKind.Permanent,
            (HttpStatusCode.Conflict, _) => ConnectorErrorKind.Retryable,
            _ => ConnectorErrorClassifier.Classify(status),
        };
        if (status == HttpStatusCode.Conflict && kind == ConnectorErrorKind.Retryable)
        {
            retryAfter ??= InFlightDefault;
        }

        var fields = problem?.Erreurs is { Count: > 0 } errors ? " [" + string.Join("; ", errors.Select(e => $"{e.Champ}: {e.Message}")) + "]" : string.Empty;
        throw new ConnectorException(kind, $"{Connector} saisine answered {(int)status} {problem?.Code ?? problem?.Title}{fields}.", status, kind == ConnectorErrorKind.Retryable ? retryAfter : null);
    }

    private static AccuseSaisine? ReadReceipt(byte[] body)
    {
        try
        {
            return body.Length == 0 ? null : JsonSerializer.Deserialize(body, ReferralJsonContext.Default.AccuseSaisine);
        }
        catch (JsonException)
        {
            // Accepted is accepted; a receipt the hub cannot read only loses the partner's reference.
            return null;
        }
    }

    private static Probleme? ReadProblem(byte[] body)
    {
        try
        {
            return body.Length == 0 ? null : JsonSerializer.Deserialize(body, ReferralJsonContext.Default.Probleme);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
