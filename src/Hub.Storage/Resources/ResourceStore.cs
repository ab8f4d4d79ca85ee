using System.Text.Json.Nodes;
using Hub.Storage.Entities;
using Microsoft.EntityFrameworkCore;

namespace Hub.Storage.Resources;

/// <summary>EF Core implementation of <see cref="IResourceStore"/>; every write is one transaction (document, history, indexes).</summary>
internal sealed partial class ResourceStore(HubDbContext db, TimeProvider time) : IResourceStore
{
    private const string HouseholdType = "Household";
    private const string TimelineEventType = "TimelineEvent";

    public async Task<WriteResult> CreateAsync(string resourceType, JsonObject resource, ResourceAttribution? attribution, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(resource);
        var now = Now();
        // Version 7 GUIDs are time-ordered: new rows append to the primary key index instead of scattering.
        var id = Guid.CreateVersion7(now).ToString("N");
        if (await FindIdentifierConflictAsync(resourceType, id, resource, cancellationToken) is { } conflict)
        {
            return new WriteResult(WriteOutcome.DuplicateIdentifier, Conflict: conflict);
        }

        return await TryWriteAsync(() => WriteVersionAsync(resourceType, id, resource, current: null, now, "create", attribution, cancellationToken), WriteOutcome.Created);
    }

    public async Task<StoredResource?> ReadAsync(string resourceType, string id, CancellationToken cancellationToken)
    {
        var row = await db.Resources.AsNoTracking()
            .SingleOrDefaultAsync(r => r.ResourceType == resourceType && r.Id == id, cancellationToken);
        return row is null ? null : ToStored(row);
    }

    public Task<bool> IsLiveAsync(string resourceType, string id, CancellationToken cancellationToken) =>
        db.Resources.AnyAsync(r => r.ResourceType == resourceType && r.Id == id && !r.IsDeleted, cancellationToken);

    public async Task<StoredResource?> ReadVersionAsync(string resourceType, string id, long versionId, CancellationToken cancellationToken)
    {
        var row = await db.ResourceVersions.AsNoTracking()
            .SingleOrDefaultAsync(r => r.ResourceType == resourceType && r.Id == id && r.VersionId == versionId, cancellationToken);
        return row is null ? null : ToStored(row);
    }

    public async Task<WriteResult> UpdateAsync(
        string resourceType, string id, JsonObject resource, long? expectedVersionId, ResourceAttribution? attribution, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(resource);
        await FlushIfPendingAsync(resourceType, id, cancellationToken);
        var current = await db.Resources.SingleOrDefaultAsync(r => r.ResourceType == resourceType && r.Id == id, cancellationToken);
        if (current is null)
        {
            if (expectedVersionId is not null)
            {
                return new WriteResult(WriteOutcome.NotFound);
            }

            if (await FindIdentifierConflictAsync(resourceType, id, resource, cancellationToken) is { } createConflict)
            {
                return new WriteResult(WriteOutcome.DuplicateIdentifier, Conflict: createConflict);
            }

            return await TryWriteAsync(() => WriteVersionAsync(resourceType, id, resource, current: null, Now(), "create", attribution, cancellationToken), WriteOutcome.Created);
        }

        if (expectedVersionId is { } expected && expected != current.VersionId)
        {
            return new WriteResult(WriteOutcome.VersionConflict, CurrentVersionId: current.VersionId);
        }

        if (!current.IsDeleted && ResourceJson.SameContent(resource, current.Json))
        {
            return new WriteResult(WriteOutcome.Unchanged, ToStored(current), current.VersionId);
        }

        if (await FindIdentifierConflictAsync(resourceType, id, resource, cancellationToken) is { } conflict)
        {
            return new WriteResult(WriteOutcome.DuplicateIdentifier, Conflict: conflict);
        }

        return await TryWriteAsync(() => WriteVersionAsync(resourceType, id, resource, current, Now(), "update", attribution, cancellationToken), WriteOutcome.Updated);
    }

    public async Task<WriteResult> DeleteAsync(string resourceType, string id, long? expectedVersionId, CancellationToken cancellationToken)
    {
        await FlushIfPendingAsync(resourceType, id, cancellationToken);
        var current = await db.Resources.SingleOrDefaultAsync(r => r.ResourceType == resourceType && r.Id == id, cancellationToken);
        if (current is null)
        {
            return new WriteResult(WriteOutcome.NotFound);
        }

        if (expectedVersionId is { } expected && expected != current.VersionId)
        {
            return new WriteResult(WriteOutcome.VersionConflict, CurrentVersionId: current.VersionId);
        }

        if (current.IsDeleted)
        {
            return new WriteResult(WriteOutcome.Deleted, ToStored(current), current.VersionId);
        }

        var now = Now();
        var tombstone = ResourceJson.Stamp(new JsonObject(), resourceType, id, current.VersionId + 1, now);
        return await TryWriteAsync(() => SaveAsync(resourceType, id, tombstone, current, now, "delete", isDeleted: true, attribution: null, cancellationToken), WriteOutcome.Deleted);
    }

    public async Task<Page<StoredResource>> HistoryAsync(
        string resourceType, string id, int offset, int count, CancellationToken cancellationToken)
    {
        var query = db.ResourceVersions.AsNoTracking().Where(v => v.ResourceType == resourceType && v.Id == id);
        var total = await query.CountAsync(cancellationToken);
        var rows = await query.OrderByDescending(v => v.VersionId).Skip(offset).Take(count).ToListAsync(cancellationToken);
        return new Page<StoredResource>(rows.ConvertAll(ToStored), total, offset, count);
    }

    /// <summary>Runs a write; a concurrent writer that got there first (version or key) surfaces as a conflict, not a 500.</summary>
    private static async Task<WriteResult> TryWriteAsync(Func<Task<StoredResource>> write, WriteOutcome success)
    {
        try
        {
            var stored = await write();
            return new WriteResult(success, stored, stored.VersionId);
        }
        catch (DbUpdateConcurrencyException)
        {
            return new WriteResult(WriteOutcome.VersionConflict);
        }
        catch (DbUpdateException)
        {
            // A unique index (primary key or identifier) rejected the row: another writer won the race.
            return new WriteResult(WriteOutcome.VersionConflict);
        }
    }

    private async Task<IdentifierConflict?> FindIdentifierConflictAsync(
        string resourceType, string id, JsonObject resource, CancellationToken cancellationToken)
    {
        foreach (var identifier in ResourceIndexer.Identifiers(resourceType, id, resource))
        {
            if (CachedHolders(identifier.System, identifier.Value) is { } cached)
            {
                if (cached.FirstOrDefault(h => h.ResourceType == resourceType && h.Id != id) is { Id: not null } other)
                {
                    return new IdentifierConflict(identifier.System, identifier.Value, other.Id);
                }

                continue;
            }

            var holder = await db.Identifiers.AsNoTracking()
                .Where(i => i.ResourceType == resourceType && i.System == identifier.System && i.Value == identifier.Value && i.ResourceId != id)
                .Select(i => i.ResourceId)
                .FirstOrDefaultAsync(cancellationToken);
            if (holder is not null)
            {
                return new IdentifierConflict(identifier.System, identifier.Value, holder);
            }
        }

        return null;
    }

    private DateTimeOffset Now()
    {
        // Millisecond precision: what meta.lastUpdated shows is exactly what the database holds and compares.
        var now = time.GetUtcNow();
        return new DateTimeOffset(now.Ticks - (now.Ticks % TimeSpan.TicksPerMillisecond), TimeSpan.Zero);
    }

    private Task<StoredResource> WriteVersionAsync(
        string resourceType, string id, JsonObject resource, ResourceRow? current, DateTimeOffset now, string operation,
        ResourceAttribution? attribution, CancellationToken cancellationToken)
    {
        var version = (current?.VersionId ?? 0) + 1;
        var stamped = ResourceJson.Stamp(resource, resourceType, id, version, now);
        return SaveAsync(resourceType, id, stamped, current, now, operation, isDeleted: false, attribution, cancellationToken);
    }

    private async Task<StoredResource> SaveAsync(
        string resourceType, string id, JsonObject stamped, ResourceRow? current, DateTimeOffset now, string operation,
        bool isDeleted, ResourceAttribution? attribution, CancellationToken cancellationToken)
    {
        var json = ResourceJson.Serialize(stamped);
        var source = ResourceJson.MetaSource(stamped);
        var version = (current?.VersionId ?? 0) + 1;
        var previousJson = current is { IsDeleted: false } ? current.Json : null;

        // The sync pipeline writes a page's resources, outbox entries and cursor in one transaction it owns; the API has none.
        await using var owned = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(cancellationToken) : null;
        var identifiers = isDeleted ? new List<IdentifierRow>() : ResourceIndexer.Identifiers(resourceType, id, stamped).ToList();
        if (current is null)
        {
            current = new ResourceRow { ResourceType = resourceType, Id = id, Json = json };
            AddRow(current);
        }
        else
        {
            await DeleteIndexesAsync(resourceType, id, cancellationToken);
        }

        current.VersionId = version;
        current.LastUpdated = now;
        current.IsDeleted = isDeleted;
        current.Source = source;
        current.Json = json;

        AddRow(new ResourceVersionRow
        {
            ResourceType = resourceType,
            Id = id,
            VersionId = version,
            LastUpdated = now,
            IsDeleted = isDeleted,
            Operation = operation,
            Source = source,
            Json = json,
        });

        if (!isDeleted)
        {
            AddRows(identifiers);
            AddIndexes(resourceType, id, stamped);
        }

        await StampProvenanceAsync(resourceType, id, previousJson, isDeleted ? null : stamped, attribution, now, cancellationToken);
        if (_batch is not null)
        {
            // Saved by the batch's flush, in the caller's transaction.
            TrackIdentifiers(resourceType, id, identifiers);
            return new StoredResource(resourceType, id, version, now, isDeleted, json);
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
            if (owned is not null)
            {
                await owned.CommitAsync(cancellationToken);
            }
        }
        finally
        {
            db.ChangeTracker.Clear();
        }

        return new StoredResource(resourceType, id, version, now, isDeleted, json);
    }

    private async Task FlushIfPendingAsync(string resourceType, string id, CancellationToken cancellationToken)
    {
        if (IsPending(resourceType, id))
        {
            await FlushAsync(cancellationToken);
        }
    }

    private void AddIndexes(string resourceType, string id, JsonObject resource)
    {
        AddRows(ResourceIndexer.References(resourceType, id, resource));
        if (resourceType == HouseholdType)
        {
            AddRows(ResourceIndexer.HouseholdMembers(id, resource));
        }
        else if (resourceType == TimelineEventType && ResourceIndexer.TimelineEvent(id, resource) is { } row)
        {
            AddRow(row);
        }
    }

    private async Task DeleteIndexesAsync(string resourceType, string id, CancellationToken cancellationToken)
    {
        await db.Identifiers.Where(i => i.ResourceType == resourceType && i.ResourceId == id).ExecuteDeleteAsync(cancellationToken);
        await db.References.Where(r => r.SourceType == resourceType && r.SourceId == id).ExecuteDeleteAsync(cancellationToken);
        if (resourceType == HouseholdType)
        {
            await db.HouseholdMembers.Where(m => m.HouseholdId == id).ExecuteDeleteAsync(cancellationToken);
        }
        else if (resourceType == TimelineEventType)
        {
            await db.TimelineEvents.Where(t => t.EventId == id).ExecuteDeleteAsync(cancellationToken);
        }
    }

    private static StoredResource ToStored(ResourceRow row) =>
        new(row.ResourceType, row.Id, row.VersionId, row.LastUpdated, row.IsDeleted, row.Json);

    private static StoredResource ToStored(ResourceVersionRow row) =>
        new(row.ResourceType, row.Id, row.VersionId, row.LastUpdated, row.IsDeleted, row.Json);
}
