using Hub.Canonical.Model;
using Hub.Canonical.Serialization;
using Hub.Identity.Matching;
using Hub.Storage;
using Hub.Storage.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Hub.Sync.Identity;

/// <summary>
/// The <see cref="PersonIndex"/> of the persons the hub holds, shared by every page: loaded from the store at first use
/// (one record per stored Person, named by its hub id), then kept in step by the resolver, which adds each incoming
/// person it matched. Memory stays bounded by the index's compact keys (about 100 bytes a record): no resource JSON is
/// kept, a linked person's identifiers are read from the store when needed. Its thresholds are <c>Hub:Identity</c>.
/// </summary>
public sealed class PersonIndexCache(IOptions<IdentityOptions> options) : IDisposable
{
    private readonly MatchOptions _options = options.Value.ToMatchOptions();
    private readonly SemaphoreSlim _loading = new(1, 1);
    private PersonIndex? _index;

    /// <summary>The index, loaded from <paramref name="db"/> on first use (never-link pairs included).</summary>
    public async Task<PersonIndex> GetAsync(HubDbContext db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        if (Volatile.Read(ref _index) is { } loaded)
        {
            return loaded;
        }

        await _loading.WaitAsync(cancellationToken);
        try
        {
            if (_index is not null)
            {
                return _index;
            }

            var index = new PersonIndex(_options);
            var persons = db.Resources.AsNoTracking().Where(r => r.ResourceType == Person.TypeName && !r.IsDeleted).Select(r => new { r.Id, r.Json });
            await foreach (var row in persons.AsAsyncEnumerable().WithCancellation(cancellationToken))
            {
                if (CanonicalJson.Deserialize(row.Json) is Person person)
                {
                    index.Add(PersonRecords.From(person, PersonRecords.HubSource, row.Id));
                }
            }

            // Never linked again: a rejected pair, a merge undone, a split in force. The undo of a split re-merged the
            // pair: it is not one of them.
            var decisions = await db.IdentityDecisions.AsNoTracking()
                .Where(d => (d.Kind == IdentityDecisionRow.Reject || d.Kind == IdentityDecisionRow.Undo || (d.Kind == IdentityDecisionRow.Split && d.Status == "applied"))
                    && d.LeftPersonId != null && d.RightPersonId != null)
                .Select(d => new { d.Kind, d.LeftPersonId, d.RightPersonId, d.RelatedDecisionId })
                .ToListAsync(cancellationToken);
            var splits = await db.IdentityDecisions.AsNoTracking().Where(d => d.Kind == IdentityDecisionRow.Split).Select(d => d.Id).ToListAsync(cancellationToken);
            foreach (var pair in decisions.Where(d => d.Kind != IdentityDecisionRow.Undo || d.RelatedDecisionId is null || !splits.Contains(d.RelatedDecisionId)))
            {
                index.NeverLink(new SourceRecordRef(PersonRecords.HubSource, pair.LeftPersonId!), new SourceRecordRef(PersonRecords.HubSource, pair.RightPersonId!));
            }

            Volatile.Write(ref _index, index);
            return index;
        }
        finally
        {
            _loading.Release();
        }
    }

    /// <summary>Drops the index: the next use reloads it (after a merge or undo moved records, or when the store was emptied).</summary>
    public void Forget() => Volatile.Write(ref _index, null);

    public void Dispose() => _loading.Dispose();
}
