using Hub.Storage.Sync;

namespace Hub.Sync.Outbox;

/// <summary>
/// Asked before each delivery whether the change may go to that partner for that purpose (consent). A refusal blocks
/// the entry (visible in sync health), it is not retried.
/// </summary>
public interface IDeliveryPolicy
{
    Task<DeliveryDecision> DecideAsync(OutboxRow entry, string purpose, CancellationToken cancellationToken);
}

public sealed record DeliveryDecision(bool Allowed, string? Reason = null)
{
    public static DeliveryDecision Allow { get; } = new(true);
}
