using System.Text.Json.Nodes;
using Hub.Canonical.Model;
using Hub.Storage.Resources;
using Hub.Storage.Sync;
using Hub.Sync.Survivorship;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Hub.Sync.Pipeline;

public sealed partial class PagePipeline
{
    /// <summary>
    /// Creates the resource, or merges it field by field onto the one it updates (<see cref="FieldMerger"/>) and
    /// records each disagreement between sources as a conflict, in the page's transaction.
    /// </summary>
    private async Task<WriteResult> UpsertAsync(
        Resource resource, JsonObject node, string connector, DateTimeOffset? modifiedAt, DateTimeOffset now, CancellationToken cancellationToken)
    {
        // Partners stamp changes in their local time (SI-SIAO: +01:00/+02:00); PostgreSQL's timestamptz only takes UTC.
        var changedAt = modifiedAt?.ToUniversalTime() ?? now;
        var attribution = new ResourceAttribution(connector, changedAt);
        var existing = await FindExistingAsync(resource, cancellationToken);
        if (existing is null)
        {
            return await store.CreateAsync(resource.ResourceType, node, attribution, cancellationToken);
        }

        if (store.IsPending(resource.ResourceType, existing))
        {
            // Written earlier in this page: saved first, so that its version, provenance and conflicts are read back.
            await store.FlushAsync(cancellationToken);
        }

        var stored = await store.ReadAsync(resource.ResourceType, existing, cancellationToken);
        if (stored is null || stored.IsDeleted || JsonNode.Parse(stored.Json) is not JsonObject current)
        {
            return await store.UpdateAsync(resource.ResourceType, existing, node, expectedVersionId: null, attribution, cancellationToken);
        }

        var provenance = await db.FieldProvenance.AsNoTracking()
            .Where(p => p.ResourceType == resource.ResourceType && p.ResourceId == existing)
            .ToDictionaryAsync(p => p.Path, p => new FieldStamp(p.Source, p.ChangedAt), StringComparer.Ordinal, cancellationToken);
        var fallback = new FieldStamp(ResourceFields.SourceOf(current["meta"]?["source"]?.GetValue<string>()), stored.LastUpdated);
        var merge = FieldMerger.Merge(resource.ResourceType, current, provenance, fallback, node, new FieldStamp(connector, changedAt), survivorship);
        var result = await store.UpdateAsync(resource.ResourceType, existing, merge.Merged, expectedVersionId: null, attribution, cancellationToken);
        if (result.Outcome is WriteOutcome.Updated or WriteOutcome.Unchanged && merge.Disagreements.Count > 0)
        {
            await RecordConflictsAsync(resource.ResourceType, existing, merge.Disagreements, now, cancellationToken);
        }

        return result;
    }

    /// <summary>One open conflict per resource, field and pair of values: a page run again (after a crash, or a record
    /// sent again with other changes) finds the one it recorded.</summary>
    private async Task RecordConflictsAsync(
        string resourceType, string resourceId, IReadOnlyList<FieldDisagreement> disagreements, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var paths = disagreements.Select(d => d.Path).ToList();
        var open = await db.Conflicts.AsNoTracking()
            .Where(c => c.ResourceType == resourceType && c.ResourceId == resourceId && c.Status == Conflicts.Open && paths.Contains(c.Path))
            .Select(c => new { c.Path, c.KeptValue, c.OtherValue })
            .ToListAsync(cancellationToken);
        foreach (var disagreement in disagreements)
        {
            var kept = ResourceJson.Serialize(disagreement.Kept.Value);
            var other = ResourceJson.Serialize(disagreement.Other.Value);
            if (open.Any(c => c.Path == disagreement.Path && ((c.KeptValue == kept && c.OtherValue == other) || (c.KeptValue == other && c.OtherValue == kept))))
            {
                continue;
            }

            db.Conflicts.Add(new ConflictRow
            {
                Id = Guid.CreateVersion7(now).ToString("N"),
                ResourceType = resourceType,
                ResourceId = resourceId,
                Path = disagreement.Path,
                KeptSource = disagreement.Kept.Stamp.Source,
                KeptValue = kept,
                KeptChangedAt = disagreement.Kept.Stamp.ChangedAt.ToUniversalTime(),
                OtherSource = disagreement.Other.Stamp.Source,
                OtherValue = other,
                OtherChangedAt = disagreement.Other.Stamp.ChangedAt.ToUniversalTime(),
                Rule = disagreement.Rule,
                DetectedAt = now,
                Status = Conflicts.Open,
            });
            LogConflict(logger, resourceType, resourceId, disagreement.Path, disagreement.Kept.Stamp.Source, disagreement.Other.Stamp.Source, disagreement.Rule);
        }
    }

    // Names the field and the sources, never the values (they may be personal data).
    [LoggerMessage(Level = LogLevel.Information,
        Message = "Conflict on {ResourceType}/{ResourceId} {Path}: kept {KeptSource} over {OtherSource} ({Rule})")]
    private static partial void LogConflict(
        ILogger logger, string resourceType, string resourceId, string path, string keptSource, string otherSource, string rule);
}
