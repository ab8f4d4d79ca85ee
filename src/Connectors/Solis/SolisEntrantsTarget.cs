using System.Text.Json;
using Hub.Connectors.Core;
using Hub.Connectors.Siao;
using Microsoft.Extensions.DependencyInjection;

namespace Hub.Connectors.Solis;

/// <summary>The two SOLIS <i>entrants</i>: Housing First orientation and entry into housing.</summary>
internal sealed class SolisEntrantsTarget(IServiceProvider services, TimeProvider time) : IPushTarget
{
    private const string Reference = "idEntrant";

    public string Connector => SolisConnectorModule.ConnectorName;

    public IReadOnlyCollection<string> Kinds { get; } = [SolisMessageKinds.OrientationLda, SolisMessageKinds.EntreeLogement];

    public async Task<PushResult> PushAsync(OutboundMessage message, string idempotencyKey, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        var api = services.GetRequiredService<ISolisApi>();
        var (referenceHub, call) = (message.Kind, message.Dto) switch
        {
            (SolisMessageKinds.OrientationLda, OrientationLda orientation) =>
                (orientation.ReferenceHub, (Func<string, CancellationToken, Task<HttpResponseMessage>>)((key, ct) => api.EntrantOrientationLdaAsync(key, orientation, ct))),
            (SolisMessageKinds.EntreeLogement, EntreeLogement entree) =>
                (entree.ReferenceHub, (key, ct) => api.EntrantEntreeLogementAsync(key, entree, ct)),
            _ => throw new ArgumentException($"SOLIS does not accept '{message.Kind}' with a {message.Dto.GetType().Name}.", nameof(message)),
        };

        var (result, body) = await IdempotentPush.SendWithBodyAsync(
            Connector, $"POST entrants ({message.Kind})", idempotencyKey, call, Reference, time, cancellationToken);
        await NotifyAsync(referenceHub, body, cancellationToken);
        return result;
    }

    private async Task NotifyAsync(string referenceHub, byte[] body, CancellationToken cancellationToken)
    {
        var observers = services.GetServices<ISolisMatchObserver>().ToList();
        if (observers.Count == 0 || Read(body) is not { } ack)
        {
            return;
        }

        foreach (var observer in observers)
        {
            await observer.OnMatchedAsync(referenceHub, ack.Rapprochement, ack.IdDossier, cancellationToken);
        }
    }

    private static AccuseReception? Read(byte[] body)
    {
        try
        {
            return JsonSerializer.Deserialize(body, SolisJsonContext.Default.AccuseReception);
        }
        catch (JsonException)
        {
            // The push was accepted; an unreadable acknowledgement only means the match comes later through /v1/dossiers.
            return null;
        }
    }
}
