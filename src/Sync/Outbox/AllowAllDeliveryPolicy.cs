namespace Hub.Sync.Outbox;

/// <summary>Every routed change may be delivered: for tests of the engine's mechanics only, never the hub's default.</summary>
internal sealed class AllowAllDeliveryPolicy : IDeliveryPolicy
{
    public Task<DeliveryDecision> DecideAsync(DeliveryRequest request, CancellationToken cancellationToken) =>
        Task.FromResult(DeliveryDecision.Allow);
}
