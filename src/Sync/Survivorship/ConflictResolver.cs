using System.Text.Json.Nodes;
using Hub.Storage;
using Hub.Storage.Resources;
using Microsoft.EntityFrameworkCore;

namespace Hub.Sync.Survivorship;

/// <summary>
/// Closes a conflict with the value a person chose, one of the two the sources said: when it is not the stored one, the
/// field is written through the store as the hub's (<see cref="ResourceAttribution.Hub"/>), in the same transaction.
/// </summary>
public sealed class ConflictResolver(HubDbContext db, IResourceStore store, TimeProvider time)
{
    public async Task<ConflictResolution> ResolveAsync(string id, JsonNode? chosen, string actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(chosen);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var conflict = await db.Conflicts.AsNoTracking().FirstOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (conflict is null)
        {
            return new ConflictResolution(ConflictResolutionStatus.NotFound, $"No conflict '{id}'.");
        }

        if (conflict.Status != Conflicts.Open)
        {
            return new ConflictResolution(ConflictResolutionStatus.NotOpen, $"Conflict '{id}' is {conflict.Status}.");
        }

        var value = ResourceJson.Serialize(chosen);
        if (!JsonNode.DeepEquals(chosen, JsonNode.Parse(conflict.KeptValue)) && !JsonNode.DeepEquals(chosen, JsonNode.Parse(conflict.OtherValue)))
        {
            return new ConflictResolution(ConflictResolutionStatus.NotAChoice, "The value must be one of the two the sources gave (kept or other).");
        }

        var stored = await store.ReadAsync(conflict.ResourceType, conflict.ResourceId, cancellationToken);
        if (stored is null || stored.IsDeleted || JsonNode.Parse(stored.Json) is not JsonObject resource)
        {
            return new ConflictResolution(ConflictResolutionStatus.NotFound, $"{conflict.ResourceType}/{conflict.ResourceId} no longer exists.");
        }

        var now = time.GetUtcNow();
        if (!JsonNode.DeepEquals(resource[conflict.Path], chosen))
        {
            resource[conflict.Path] = chosen.DeepClone();
            var written = await store.UpdateAsync(
                conflict.ResourceType, conflict.ResourceId, resource, stored.VersionId, new ResourceAttribution(ResourceAttribution.Hub, now), cancellationToken);
            if (written.Outcome is not (WriteOutcome.Updated or WriteOutcome.Unchanged))
            {
                return new ConflictResolution(ConflictResolutionStatus.Concurrent, $"{conflict.ResourceType}/{conflict.ResourceId} could not be written ({written.Outcome}); read the conflict again.");
            }
        }

        // Found again: the store clears the change tracker after each write it saves.
        var row = await db.Conflicts.FirstAsync(c => c.Id == id, cancellationToken);
        row.Status = Conflicts.Resolved;
        row.ResolvedAt = now;
        row.ResolvedBy = actor;
        row.ResolvedValue = value;
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new ConflictResolution(ConflictResolutionStatus.Resolved, null, row);
    }
}

public enum ConflictResolutionStatus
{
    Resolved,
    NotFound,
    NotOpen,
    NotAChoice,
    Concurrent,
}

public sealed record ConflictResolution(ConflictResolutionStatus Status, string? Reason, Storage.Sync.ConflictRow? Conflict = null);
