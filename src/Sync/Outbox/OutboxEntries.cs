using Hub.Storage.Resources;
using Hub.Storage.Sync;
using Hub.Sync.Routing;

namespace Hub.Sync.Outbox;

/// <summary>Outbox entry statuses and construction.</summary>
public static class OutboxEntries
{
    public const string Pending = "pending";
    public const string Delivered = "delivered";
    public const string Blocked = "blocked";
    public const string Dead = "dead";

    /// <summary>Routed, but the partner has nothing to learn from this version (its mapping said so).</summary>
    public const string Skipped = "skipped";

    public static OutboxRow Create(RouteRule rule, StoredResource resource, string origin, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(rule);
        ArgumentNullException.ThrowIfNull(resource);
        return new OutboxRow
        {
            Id = Guid.CreateVersion7(now).ToString("N"),
            Target = rule.To,
            Kind = rule.Kind,
            ResourceType = resource.ResourceType,
            ResourceId = resource.Id,
            ResourceVersion = resource.VersionId,
            Origin = origin,
            Rule = rule.Name,
            Status = Pending,
            CreatedAt = now,
            NextAttemptAt = now,
        };
    }
}
