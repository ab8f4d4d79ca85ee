using Hub.Connectors.Core;
using Microsoft.Extensions.DependencyInjection;

namespace Hub.Connectors.Siao;

/// <summary>The two SI-SIAO <i>retours</i>: accompaniment start/change/end and housing entry/exit.</summary>
internal sealed class SiaoRetoursTarget(IServiceProvider services, TimeProvider time) : IPushTarget
{
    private const string Reference = "idRetour";

    public string Connector => SiaoConnectorModule.ConnectorName;

    public IReadOnlyCollection<string> Kinds { get; } = [SiaoMessageKinds.RetourAccompagnement, SiaoMessageKinds.RetourLogement];

    public Task<PushResult> PushAsync(OutboundMessage message, string idempotencyKey, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        var api = services.GetRequiredService<ISiaoApi>();
        return (message.Kind, message.Dto) switch
        {
            (SiaoMessageKinds.RetourAccompagnement, RetourAccompagnement retour) => IdempotentPush.SendAsync(
                Connector, "POST retours/accompagnements", idempotencyKey, (key, ct) => api.RetourAccompagnementAsync(key, retour, ct), Reference, time, cancellationToken),
            (SiaoMessageKinds.RetourLogement, RetourLogement retour) => IdempotentPush.SendAsync(
                Connector, "POST retours/logements", idempotencyKey, (key, ct) => api.RetourLogementAsync(key, retour, ct), Reference, time, cancellationToken),
            _ => throw new ArgumentException($"SI-SIAO does not accept '{message.Kind}' with a {message.Dto.GetType().Name}.", nameof(message)),
        };
    }
}
