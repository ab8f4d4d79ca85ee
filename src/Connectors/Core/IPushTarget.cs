namespace Hub.Connectors.Core;

/// <summary>A partner endpoint the hub pushes to. Pushes carry an idempotency key: a retry never creates a second record.</summary>
public interface IPushTarget
{
    string Connector { get; }

    /// <summary>The message kinds this target accepts.</summary>
    IReadOnlyCollection<string> Kinds { get; }

    /// <exception cref="ConnectorException">Classified failure.</exception>
    Task<PushResult> PushAsync(OutboundMessage message, string idempotencyKey, CancellationToken cancellationToken);
}
