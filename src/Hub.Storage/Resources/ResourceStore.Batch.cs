using Hub.Storage.Bulk;
using Hub.Storage.Entities;
using Microsoft.EntityFrameworkCore;

namespace Hub.Storage.Resources;

/// <summary>
/// Batch mode, for the sync pipeline's pages. Saving after every resource costs a round trip (and a savepoint) per
/// row, which capped ingest at a few hundred rows a second; in a batch the writes stay in the unit of work and one
/// <see cref="FlushAsync"/> saves them all, inside the caller's transaction.
/// <para>
/// What the database does not hold yet must still be seen by the batch's own lookups, so identifier lookups are
/// answered from a cache: <see cref="PrefetchIdentifiersAsync"/> loads every identifier a page mentions in one query
/// per system, and each write keeps the cache true (identifiers added, those it dropped removed). A key the cache
/// has not seen goes to the database, which is then right: every pending insert's key is in the cache. A resource
/// written twice in one batch is flushed before its second write, so reads of it always see its last version.
/// </para>
/// </summary>
internal sealed partial class ResourceStore
{
    private WriteBatch? _batch;

    public void BeginBatch()
    {
        if (db.Database.CurrentTransaction is null)
        {
            throw new InvalidOperationException("A write batch runs inside the caller's transaction: begin one first.");
        }

        _batch = new WriteBatch();
        // One SaveChanges per page inside the page's transaction: EF's automatic savepoint would only add round trips.
        db.Database.AutoSavepointsEnabled = false;
    }

    public void EndBatch()
    {
        _batch = null;
        db.Database.AutoSavepointsEnabled = true;
    }

    public bool IsPending(string resourceType, string id) => _batch?.Pending.Contains((resourceType, id)) == true;

    public async Task FlushAsync(CancellationToken cancellationToken)
    {
        try
        {
            if (_batch is { NewRows.Count: > 0 } batch)
            {
                await BulkSave.InsertAsync(db, batch.NewRows, cancellationToken);
            }

            await db.SaveChangesAsync(cancellationToken);
        }
        finally
        {
            db.ChangeTracker.Clear();
            _batch?.NewRows.Clear();
            _batch?.Pending.Clear();
        }
    }

    public async Task PrefetchIdentifiersAsync(IEnumerable<(string System, string Value)> identifiers, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(identifiers);
        var batch = _batch ?? throw new InvalidOperationException("Prefetching identifiers needs a write batch.");
        foreach (var group in identifiers.Where(k => !batch.Known.ContainsKey(k)).Distinct().GroupBy(k => k.System, StringComparer.Ordinal))
        {
            var system = group.Key;
            var values = group.Select(k => k.Value).ToList();
            // Chunks keep each statement's parameter list reasonable whatever the page size.
            foreach (var chunk in values.Chunk(2_000))
            {
                var rows = await db.Identifiers.AsNoTracking()
                    .Where(i => i.System == system && chunk.Contains(i.Value))
                    .Select(i => new { i.ResourceType, i.ResourceId, i.Value })
                    .ToListAsync(cancellationToken);
                foreach (var value in chunk)
                {
                    batch.Known.TryAdd((system, value), []);
                }

                foreach (var row in rows)
                {
                    batch.Add((system, row.Value), (row.ResourceType, row.ResourceId));
                }
            }
        }
    }

    /// <summary>A new row: kept for the batch's bulk insert, or added to the unit of work outside a batch.</summary>
    private void AddRow(object row)
    {
        if (_batch is { } batch)
        {
            batch.NewRows.Add(row);
        }
        else
        {
            db.Add(row);
        }
    }

    private void AddRows(IEnumerable<object> rows)
    {
        foreach (var row in rows)
        {
            AddRow(row);
        }
    }

    /// <summary>The batch's answer for an identifier, or <c>null</c> when the batch has not seen it (ask the database).</summary>
    private List<(string ResourceType, string Id)>? CachedHolders(string system, string value) =>
        _batch is { } batch && batch.Known.TryGetValue((system, value), out var holders) ? holders : null;

    /// <summary>After a write in a batch: the cache now says which identifiers the resource holds.</summary>
    private void TrackIdentifiers(string resourceType, string id, IEnumerable<IdentifierRow> current)
    {
        if (_batch is not { } batch)
        {
            return;
        }

        batch.Pending.Add((resourceType, id));
        batch.Replace((resourceType, id), current.Select(i => (i.System, i.Value)));
    }

    private sealed class WriteBatch
    {
        /// <summary>Identifier → its holders (one per resource type), for every identifier the batch has seen.</summary>
        public Dictionary<(string System, string Value), List<(string ResourceType, string Id)>> Known { get; } = [];

        /// <summary>Resource → the identifiers it holds in <see cref="Known"/>, so a write can drop the ones it lost.</summary>
        public Dictionary<(string ResourceType, string Id), List<(string System, string Value)>> Held { get; } = [];

        /// <summary>New rows of the resources written since the last flush, inserted in bulk by the flush, never tracked by EF.</summary>
        public List<object> NewRows { get; } = [];

        /// <summary>Resources written since the last flush.</summary>
        public HashSet<(string ResourceType, string Id)> Pending { get; } = [];

        public void Add((string System, string Value) key, (string ResourceType, string Id) holder)
        {
            if (!Known.TryGetValue(key, out var holders))
            {
                Known[key] = holders = [];
            }

            if (!holders.Contains(holder))
            {
                holders.Add(holder);
            }

            if (!Held.TryGetValue(holder, out var held))
            {
                Held[holder] = held = [];
            }

            held.Add(key);
        }

        public void Replace((string ResourceType, string Id) holder, IEnumerable<(string System, string Value)> keys)
        {
            if (Held.Remove(holder, out var previous))
            {
                foreach (var key in previous)
                {
                    Known[key].Remove(holder);
                }
            }

            foreach (var key in keys)
            {
                Add(key, holder);
            }
        }
    }
}
