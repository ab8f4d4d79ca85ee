using System.Text.Json.Nodes;
using Hub.Archive;
using Hub.Canonical.Model;
using Hub.Canonical.Privacy;
using Hub.Canonical.Serialization;
using Hub.Connectors.Core;
using Hub.Mapping.Core;
using Hub.Storage;
using Hub.Storage.Resources;
using Hub.Storage.Sync;
using Hub.Sync.Outbox;
using Hub.Sync.Routing;
using Hub.Sync.Survivorship;
using Hub.Sync.Telemetry;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Hub.Sync.Pipeline;

/// <summary>
/// One page through the inbound pipeline: archive the raw payload → map each record → identity hook → then, in ONE
/// database transaction, upsert the canonical resources (idempotent on source, source id and content hash), queue the
/// outbox entries and advance the cursor. A crash anywhere re-runs the page with no duplicate effect.
/// </summary>
public sealed partial class PagePipeline(
    HubDbContext db,
    IResourceStore store,
    IPayloadArchive archive,
    MapperRegistry mappers,
    IIdentityResolver identity,
    Identity.HouseholdLinking households,
    ChangeRouting routing,
    SurvivorshipRules survivorship,
    IOutboxSignal outbox,
    TimeProvider time,
    ILogger<PagePipeline> logger)
{
    /// <summary>Processes a page and, when <paramref name="advanceCursor"/>, moves the stream's cursor to its next cursor.</summary>
    /// <exception cref="PageConflictException">A concurrent writer touched the same resources: retry the page.</exception>
    public async Task<PageOutcome> ProcessAsync(PulledPage page, bool advanceCursor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(page);
        ArchivedPayload archived;
        using (SyncTelemetry.StartStage(SyncTelemetry.Spans.Archive, page.Connector, page.Stream))
        {
            archived = await archive.PutAsync(page.Raw, page.ContentType, cancellationToken);
        }

        var now = time.GetUtcNow();
        List<DeadLetterRow> deadLetters;
        using (SyncTelemetry.StartStage(SyncTelemetry.Spans.Validate, page.Connector, page.Stream)
            ?.SetTag(SyncTelemetry.Tags.Records, page.Records.Count).SetTag(SyncTelemetry.Tags.Rejected, page.Rejected.Count))
        {
            // The partner contract is checked as records are read (IRecordReader); here its rejections become dead letters.
            deadLetters = [.. page.Rejected
                .Select(r => DeadLetters.DeadLetters.Create(DeadLetters.DeadLetters.Inbound, page.Connector, page.Stream, r.SourceId,
                    $"Contract violation: {r.Reason}", r.Raw.GetRawText(), now, archived.Key))];
        }

        var mappedRecords = Map(page, now, archived.Key, deadLetters);
        var counts = new Counts();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        store.BeginBatch();
        try
        {
            // The identity hook looks up every incoming identifier: one prefetch for the page answers it from memory.
            await store.PrefetchIdentifiersAsync(
                mappedRecords.SelectMany(m => m.Resources).SelectMany(r => r.Identifier ?? [])
                    .Where(i => i.System is not null && i.Value is not null).Select(i => (i.System!, i.Value!)),
                cancellationToken);
            var mapped = new List<(PulledRecord Record, IReadOnlyList<Resource> Resources)>(mappedRecords.Count);
            using (SyncTelemetry.StartStage(SyncTelemetry.Spans.Identity, page.Connector, page.Stream)?.SetTag(SyncTelemetry.Tags.Records, mappedRecords.Count))
            {
                foreach (var (record, resources) in mappedRecords)
                {
                    mapped.Add((record, await identity.ResolveAsync(page.Connector, resources, cancellationToken)));
                }
            }

            using var storeSpan = SyncTelemetry.StartStage(SyncTelemetry.Spans.Store, page.Connector, page.Stream);
            await ApplyPageAsync(page, mapped, archived.Key, now, counts, deadLetters, cancellationToken);
            db.DeadLetters.AddRange(deadLetters);
            if (advanceCursor)
            {
                await AdvanceCursorAsync(page, now, cancellationToken);
            }

            await store.FlushAsync(cancellationToken);

            // The page's households are in the database now (in this transaction): their links to other sources'
            // households are decided from their memberships, and saved with the page or not at all.
            if (await households.LinkAsync(counts.Households, cancellationToken) > 0)
            {
                await db.SaveChangesAsync(cancellationToken);
            }

            storeSpan?.SetTag(SyncTelemetry.Tags.Written, counts.Written);
        }
        catch (DbUpdateException e)
        {
            // A unique key (resource, identifier, source link) taken by another writer since this page read it.
            throw new PageConflictException($"A concurrent writer changed resources of {page.Connector}/{page.Stream} while this page was applied.", e);
        }
        finally
        {
            store.EndBatch();
        }

        await transaction.CommitAsync(cancellationToken);
        if (counts.Queued > 0)
        {
            outbox.Notify();
        }

        foreach (var letter in deadLetters)
        {
            // The reason stays in the dead letter (it may quote the record's values); the log names the letter only.
            LogDeadLetter(logger, page.Connector, page.Stream, letter.Id, letter.SourceId, ReasonCode(letter.Reason));
        }

        return new PageOutcome(page.Records.Count + page.Rejected.Count, counts.Written, counts.Skipped, deadLetters.Count, counts.Queued, archived.Key);
    }

    /// <summary>Maps each record with the mapper that owns its kind; what cannot be mapped becomes a dead letter.</summary>
    private List<(PulledRecord Record, IReadOnlyList<Resource> Resources)> Map(PulledPage page, DateTimeOffset now, string archiveKey, List<DeadLetterRow> deadLetters)
    {
        using var span = SyncTelemetry.StartStage(SyncTelemetry.Spans.Map, page.Connector, page.Stream)?.SetTag(SyncTelemetry.Tags.Records, page.Records.Count);
        var mapped = new List<(PulledRecord Record, IReadOnlyList<Resource> Resources)>(page.Records.Count);
        foreach (var record in page.Records)
        {
            var mapper = mappers.Inbound(page.Connector, record.Kind);
            if (mapper is null)
            {
                deadLetters.Add(DeadLetters.DeadLetters.Create(DeadLetters.DeadLetters.Inbound, page.Connector, page.Stream, record.SourceId,
                    $"No mapper for record kind '{record.Kind}' of {page.Connector}.", record.Raw.GetRawText(), now, archiveKey));
                continue;
            }

            var result = mapper.Map(record);
            if (!result.IsMappable)
            {
                var reasons = string.Join("; ", result.Issues.Where(i => i.IsError).Select(i => $"{i.Path}: {i.Message}"));
                deadLetters.Add(DeadLetters.DeadLetters.Create(DeadLetters.DeadLetters.Inbound, page.Connector, page.Stream, record.SourceId,
                    $"Mapping failed: {reasons}", record.Raw.GetRawText(), now, archiveKey));
                continue;
            }

            mapped.Add((record, result.Resources));
        }

        return mapped;
    }

    /// <summary>
    /// The page's records in one batch: the source links of the whole page in one query (an unchanged record costs
    /// nothing more), every identifier the changed records hold or point to in one query per system, then each record
    /// in page order, saved together by the caller's flush.
    /// </summary>
    private async Task ApplyPageAsync(
        PulledPage page, List<(PulledRecord Record, IReadOnlyList<Resource> Resources)> mapped, string archiveKey, DateTimeOffset now,
        Counts counts, List<DeadLetterRow> deadLetters, CancellationToken cancellationToken)
    {
        var sourceIds = mapped.Select(m => m.Record.SourceId).Distinct().ToList();
        var links = new Dictionary<(string Kind, string SourceId), SourceLinkRow>();
        foreach (var chunk in sourceIds.Chunk(2_000))
        {
            // Tracked: the records applied below update these rows in place.
            foreach (var link in await db.SourceLinks.Where(l => l.SourceSystem == page.Connector && chunk.Contains(l.SourceId)).ToListAsync(cancellationToken))
            {
                links[(link.RecordKind, link.SourceId)] = link;
            }
        }

        var changed = new List<(PulledRecord Record, List<(Resource Resource, JsonObject Node)> Documents, string Hash)>(mapped.Count);
        foreach (var (record, resources) in mapped)
        {
            var jsons = resources.Select(r => (Resource: r, Json: CanonicalJson.Serialize(r))).ToList();
            var hash = ContentHash.Of(jsons.Select(d => d.Json));
            if (links.TryGetValue((record.Kind, record.SourceId), out var applied) && applied.ContentHash == hash)
            {
                counts.Skipped++;
                continue;
            }

            var documents = jsons.ConvertAll(d =>
            {
                var node = (JsonObject)JsonNode.Parse(d.Json)!;
                node["meta"] = new JsonObject { ["source"] = $"urn:lda-hub:source:{page.Connector}" };
                return (d.Resource, node);
            });
            changed.Add((record, documents, hash));
        }

        await store.PrefetchIdentifiersAsync(changed.SelectMany(c => c.Documents).SelectMany(d => ReferenceResolver.IdentifiersIn(d.Node)), cancellationToken);
        foreach (var (record, documents, hash) in changed)
        {
            await ApplyAsync(page, record, documents, hash, archiveKey, now, counts, deadLetters, links, cancellationToken);
        }
    }

    private async Task ApplyAsync(
        PulledPage page, PulledRecord record, List<(Resource Resource, JsonObject Node)> documents, string hash, string archiveKey, DateTimeOffset now,
        Counts counts, List<DeadLetterRow> deadLetters, Dictionary<(string Kind, string SourceId), SourceLinkRow> links, CancellationToken cancellationToken)
    {
        foreach (var (resource, node) in documents)
        {
            await ReferenceResolver.ResolveAsync(node, store, cancellationToken);
            var result = await UpsertAsync(resource, node, page.Connector, record.ModifiedAt, now, cancellationToken);
            switch (result.Outcome)
            {
                case WriteOutcome.Created or WriteOutcome.Updated:
                    counts.Written++;
                    counts.Queued += routing.Queue(result.Resource!, page.Connector, now);
                    if (result.Resource!.ResourceType == Household.TypeName)
                    {
                        counts.Households.Add(result.Resource.Id);
                    }

                    break;
                case WriteOutcome.Unchanged:
                    counts.Skipped++;
                    break;
                case WriteOutcome.DuplicateIdentifier:
                    deadLetters.Add(DeadLetters.DeadLetters.Create(DeadLetters.DeadLetters.Inbound, page.Connector, page.Stream, record.SourceId,
                        $"Identifier {result.Conflict!.System}|{result.Conflict.Value} already belongs to {resource.ResourceType}/{result.Conflict.ExistingResourceId}.",
                        record.Raw.GetRawText(), now, archiveKey));
                    return;
                default:
                    throw new PageConflictException($"{resource.ResourceType} changed concurrently while applying {page.Connector}/{record.SourceId}.");
            }
        }

        // The page's query said which links exist; one it loaded is found again only when a flush in the middle of the
        // page cleared the change tracker (a new one was saved by that flush, so it is found too).
        var key = (record.Kind, record.SourceId);
        if (!links.TryGetValue(key, out var link) || db.Entry(link).State == EntityState.Detached)
        {
            link = (link is null ? null : await db.SourceLinks.FindAsync([page.Connector, record.Kind, record.SourceId], cancellationToken))
                ?? db.SourceLinks.Add(new SourceLinkRow { SourceSystem = page.Connector, RecordKind = record.Kind, SourceId = record.SourceId, ContentHash = hash }).Entity;
            links[key] = link;
        }

        link.ContentHash = hash;
        link.AppliedAt = now;
        link.ArchiveKey = archiveKey;
    }

    /// <summary>The hub id of the resource a mapped resource updates: found through any of its identifiers.</summary>
    private async Task<string?> FindExistingAsync(Resource resource, CancellationToken cancellationToken)
    {
        foreach (var identifier in resource.Identifier ?? [])
        {
            if (await store.FindByIdentifierAsync(resource.ResourceType, identifier.System, identifier.Value, cancellationToken) is { } hit)
            {
                return hit.Id;
            }
        }

        return null;
    }

    private async Task AdvanceCursorAsync(PulledPage page, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var cursor = await db.SyncCursors.FindAsync([page.Connector, page.Stream], cancellationToken);
        if (cursor is null)
        {
            cursor = db.SyncCursors.Add(new SyncCursorRow { Connector = page.Connector, Stream = page.Stream }).Entity;
        }

        cursor.Cursor = page.NextCursor ?? page.Cursor;
        cursor.UpdatedAt = now;
        // Partners stamp changes in their local time (SI-SIAO: +01:00/+02:00); PostgreSQL's timestamptz only takes UTC.
        var newest = page.Records.Select(r => r.ModifiedAt?.ToUniversalTime()).Where(m => m is not null).DefaultIfEmpty().Max();
        if (newest is not null && (cursor.NewestChangeAt is null || newest > cursor.NewestChangeAt))
        {
            cursor.NewestChangeAt = newest;
        }

        LogPage(logger, page.Connector, page.Stream, page.Records.Count, page.Rejected.Count);
    }

    /// <summary>The stable head of a reason ("Contract violation", "Mapping failed"), never the values after it.</summary>
    private static string ReasonCode(string reason) => reason.IndexOf(':', StringComparison.Ordinal) is > 0 and var colon ? reason[..colon] : "other";

    [LoggerMessage(Level = LogLevel.Debug, Message = "Page of {Connector}/{Stream}: {Records} records, {Rejected} rejected")]
    private static partial void LogPage(ILogger logger, string connector, string stream, int records, int rejected);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Record of {Connector}/{Stream} dead-lettered as {DeadLetterId} ({ReasonCode}), source id {SourceId}")]
    private static partial void LogDeadLetter(
        ILogger logger, string connector, string stream, string deadLetterId, [PseudonymousId] string? sourceId, string reasonCode);

    private sealed class Counts
    {
        public int Written { get; set; }

        public int Skipped { get; set; }

        public int Queued { get; set; }

        /// <summary>The households this page created or changed: the only ones whose links may have changed.</summary>
        public HashSet<string> Households { get; } = new(StringComparer.Ordinal);
    }
}
