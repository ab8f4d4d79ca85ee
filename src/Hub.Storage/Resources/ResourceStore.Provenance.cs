using System.Globalization;
using System.Text.Json.Nodes;
using Hub.Storage.Entities;
using Microsoft.EntityFrameworkCore;

namespace Hub.Storage.Resources;

internal sealed partial class ResourceStore
{
    public async Task<IReadOnlyList<FieldProvenanceEntry>> FieldProvenanceAsync(string resourceType, string id, CancellationToken cancellationToken)
    {
        var rows = await db.FieldProvenance.AsNoTracking()
            .Where(p => p.ResourceType == resourceType && p.ResourceId == id)
            .ToListAsync(cancellationToken);
        return [.. rows.OrderBy(r => r.Path, StringComparer.Ordinal).Select(r => new FieldProvenanceEntry(r.Path, r.Source, r.ChangedAt, r.RecordedAt))];
    }

    /// <summary>
    /// Per-field provenance of the version being written, in the write's transaction: each top-level field whose value
    /// changes (or appears) is stamped with the writer; a field that disappears loses its stamp; a delete clears them all.
    /// A field written with the same value keeps the stamp of whoever set it first.
    /// </summary>
    private async Task StampProvenanceAsync(
        string resourceType, string id, string? previousJson, JsonObject? next, ResourceAttribution? attribution, DateTimeOffset now,
        CancellationToken cancellationToken)
    {
        if (next is null)
        {
            await db.FieldProvenance.Where(p => p.ResourceType == resourceType && p.ResourceId == id).ExecuteDeleteAsync(cancellationToken);
            return;
        }

        var previous = previousJson is null ? null : JsonNode.Parse(previousJson) as JsonObject;
        var stamps = previous is null
            ? []
            : await db.FieldProvenance.Where(p => p.ResourceType == resourceType && p.ResourceId == id).ToDictionaryAsync(p => p.Path, StringComparer.Ordinal, cancellationToken);
        var source = attribution?.Source ?? ResourceAttribution.Hub;
        var changedAt = attribution?.ChangedAt?.ToUniversalTime() ?? now;
        foreach (var (path, value) in next)
        {
            if (ResourceFields.IsServerOwned(path) || value is null)
            {
                continue;
            }

            var before = previous?[path];
            var unchanged = before is not null && JsonNode.DeepEquals(before, value);
            if (unchanged && stamps.ContainsKey(path))
            {
                continue;
            }

            if (!stamps.TryGetValue(path, out var row))
            {
                row = new FieldProvenanceRow { ResourceType = resourceType, ResourceId = id, Path = path, Source = source };
                AddRow(row);
            }

            if (unchanged)
            {
                // Written before provenance was kept: the version it comes from is the best witness there is.
                row.Source = ResourceFields.SourceOf(ResourceJson.MetaSource(previous!));
                row.ChangedAt = DateTimeOffset.TryParse(previous!["meta"]?["lastUpdated"]?.GetValue<string>(), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at)
                    ? at.ToUniversalTime()
                    : now;
            }
            else
            {
                row.Source = source;
                row.ChangedAt = changedAt;
            }

            row.RecordedAt = now;
        }

        foreach (var (path, row) in stamps)
        {
            if (next[path] is null)
            {
                db.FieldProvenance.Remove(row);
            }
        }
    }
}
