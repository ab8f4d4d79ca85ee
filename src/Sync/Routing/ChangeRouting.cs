using System.Text.Json.Nodes;
using Hub.Storage;
using Hub.Storage.Resources;
using Hub.Sync.Outbox;

namespace Hub.Sync.Routing;

/// <summary>
/// Queues the outbox entries a stored change calls for, inside the caller's transaction: a change and the deliveries
/// it implies commit together or not at all, whether it came from a partner's page or from the resource API.
/// </summary>
public sealed class ChangeRouting(HubDbContext db, Router router, IOutboxSignal outbox, TimeProvider time)
{
    /// <summary>Adds one entry per (target, kind) of the matching rules; returns how many. The caller saves.</summary>
    public int Queue(StoredResource stored, string origin, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(stored);
        var node = (JsonObject)JsonNode.Parse(stored.Json)!;
        // Two rules may route the same change to the same partner as the same message (a default route and one added
        // from the environment): it is delivered once. A second entry would also break the outbox's unique key.
        var rules = router.Match(stored.ResourceType, node, origin).DistinctBy(r => (r.To, r.Kind)).ToList();
        foreach (var rule in rules)
        {
            db.Outbox.Add(OutboxEntries.Create(rule, stored, origin, now));
        }

        return rules.Count;
    }

    /// <summary>
    /// Runs a write of the resource API (origin <c>hub</c>: the coordinator's own records) and queues what it
    /// changed, in one transaction, so a record written in the hub reaches the partners its routes name.
    /// </summary>
    public async Task<WriteResult> WriteAsync(Func<Task<WriteResult>> write, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(write);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var result = await write();
        var queued = result.Outcome is WriteOutcome.Created or WriteOutcome.Updated && Queue(result.Resource!, HubOrigin, time.GetUtcNow()) > 0;
        if (queued)
        {
            await db.SaveChangesAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        if (queued)
        {
            outbox.Notify();
        }

        return result;
    }

    /// <summary>The origin of writes made through the hub's own API.</summary>
    public const string HubOrigin = "hub";
}
