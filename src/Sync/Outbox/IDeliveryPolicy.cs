using Hub.Canonical.Model;
using Hub.Storage.Sync;

namespace Hub.Sync.Outbox;

/// <summary>
/// Asked before each delivery whether the change may go to that partner for that purpose (consent). A refusal blocks
/// the entry (visible in sync health, audited), it is not retried.
/// </summary>
public interface IDeliveryPolicy
{
    Task<DeliveryDecision> DecideAsync(DeliveryRequest request, CancellationToken cancellationToken);
}

/// <summary>
/// One delivery to decide: the entry, the purpose of its route, the changed resource and what it references (persons,
/// households and their members, and the consents that point at them).
/// </summary>
public sealed record DeliveryRequest(OutboxRow Entry, string Purpose, Resource Resource, IReadOnlyDictionary<string, Resource> Related);

public sealed record DeliveryDecision(bool Allowed, string? Reason = null)
{
    public static DeliveryDecision Allow { get; } = new(true);
}
