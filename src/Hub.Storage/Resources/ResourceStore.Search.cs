using Hub.Storage.Entities;
using Microsoft.EntityFrameworkCore;

namespace Hub.Storage.Resources;

internal sealed partial class ResourceStore
{
    public async Task<Page<StoredResource>> SearchAsync(string resourceType, SearchQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var resources = db.Resources.AsNoTracking().Where(r => r.ResourceType == resourceType && !r.IsDeleted);

        foreach (var alternatives in query.Identifiers)
        {
            var matching = MatchingIds(resourceType, alternatives);
            resources = resources.Where(r => matching.Contains(r.Id));
        }

        foreach (var range in query.LastUpdated)
        {
            resources = ApplyRange(resources, range);
        }

        if (query.Within is { } scope)
        {
            resources = InScope(resources, resourceType, scope);
        }

        var total = await resources.CountAsync(cancellationToken);
        var rows = await resources
            .OrderBy(r => r.LastUpdated).ThenBy(r => r.Id)
            .Skip(query.Offset).Take(query.Count)
            .ToListAsync(cancellationToken);
        return new Page<StoredResource>(rows.ConvertAll(ToStored), total, query.Offset, query.Count);
    }

    public async Task<(string ResourceType, string Id)?> FindByIdentifierAsync(
        string? resourceType, string system, string value, CancellationToken cancellationToken)
    {
        if (CachedHolders(system, value) is { } cached)
        {
            return cached.Where(h => resourceType is null || h.ResourceType == resourceType).Select(h => ((string, string)?)h).FirstOrDefault();
        }

        var rows = db.Identifiers.AsNoTracking().Where(i => i.System == system && i.Value == value);
        if (resourceType is not null)
        {
            rows = rows.Where(i => i.ResourceType == resourceType);
        }

        var hit = await rows.Select(i => new { i.ResourceType, i.ResourceId }).FirstOrDefaultAsync(cancellationToken);
        return hit is null ? null : (hit.ResourceType, hit.ResourceId);
    }

    public async Task<IReadOnlyList<StoredResource>> ReferencingAsync(string sourceType, string targetType, string targetId, CancellationToken cancellationToken)
    {
        var targetIdentifiers = await db.Identifiers.AsNoTracking()
            .Where(i => i.ResourceType == targetType && i.ResourceId == targetId)
            .Select(i => i.System + "|" + i.Value)
            .ToListAsync(cancellationToken);
        var ids = db.References.AsNoTracking()
            .Where(r => r.SourceType == sourceType
                && ((r.TargetType == targetType && r.TargetId == targetId)
                    || (r.TargetType == ResourceIndexer.IdentifierTarget && targetIdentifiers.Contains(r.TargetId))))
            .Select(r => r.SourceId);
        var rows = await db.Resources.AsNoTracking()
            .Where(r => r.ResourceType == sourceType && !r.IsDeleted && ids.Contains(r.Id))
            .OrderBy(r => r.Id)
            .Take(1000)
            .ToListAsync(cancellationToken);
        return rows.ConvertAll(ToStored);
    }

    private IQueryable<string> MatchingIds(string resourceType, IReadOnlyList<IdentifierToken> alternatives)
    {
        IQueryable<string>? union = null;
        foreach (var token in alternatives)
        {
            var rows = db.Identifiers.Where(i => i.ResourceType == resourceType);
            if (token.System is { } system)
            {
                rows = rows.Where(i => i.System == system);
            }

            if (token.Value is { } value)
            {
                rows = rows.Where(i => i.Value == value);
            }

            var ids = rows.Select(i => i.ResourceId);
            union = union is null ? ids : union.Union(ids);
        }

        return union ?? Enumerable.Empty<string>().AsQueryable();
    }

    private static IQueryable<ResourceRow> ApplyRange(IQueryable<ResourceRow> resources, DateRange range)
    {
        if (range.After is { } after)
        {
            var bound = after.ToUniversalTime();
            resources = range.AfterInclusive ? resources.Where(r => r.LastUpdated >= bound) : resources.Where(r => r.LastUpdated > bound);
        }

        if (range.Before is { } before)
        {
            var bound = before.ToUniversalTime();
            resources = range.BeforeInclusive ? resources.Where(r => r.LastUpdated <= bound) : resources.Where(r => r.LastUpdated < bound);
        }

        return resources;
    }
}
