using Hub.Storage.Sync;

namespace Hub.Sync.Outbox;

/// <summary>Default until consent enforcement is registered: every routed change may be delivered.</summary>
internal sealed class AllowAllDeliveryPolicy : IDeliveryPolicy
{
    public Task<DeliveryDecision> DecideAsync(OutboxRow entry, string purpose, CancellationToken cancellationToken) =>
        Task.FromResult(DeliveryDecision.Allow);
}
