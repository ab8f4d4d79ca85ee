using System.Text;
using System.Text.Json;
using Hub.Connectors.Core;
using Hub.Storage;
using Hub.Storage.Sync;
using Hub.Sync.Outbox;
using Hub.Sync.Pipeline;
using Microsoft.EntityFrameworkCore;

namespace Hub.Sync.DeadLetters;

/// <summary>
/// Replays dead letters. An inbound one goes again through the partner's contract check, mapping and the page pipeline
/// (optionally with a payload an admin corrected); an outbound one is queued again in the outbox. Every attempt is
/// written into the dead letter's history with who did it.
/// </summary>
public sealed class DeadLetterReplayer(
    HubDbContext db,
    IEnumerable<IPullStream> streams,
    MapperRegistry mappers,
    PagePipeline pipeline,
    IOutboxSignal outbox,
    TimeProvider time)
{
    private readonly IReadOnlyList<IRecordReader> _readers = [.. streams.OfType<IRecordReader>()];

    public async Task<ReplayResult> ReplayAsync(string id, string? editedPayload, string actor, CancellationToken cancellationToken)
    {
        var letter = await db.DeadLetters.FirstOrDefaultAsync(d => d.Id == id, cancellationToken);
        if (letter is null)
        {
            return new ReplayResult(id, ReplayStatus.NotFound);
        }

        if (letter.Status != DeadLetters.Open)
        {
            return new ReplayResult(id, ReplayStatus.NotOpen, $"Dead letter is {letter.Status}.");
        }

        var result = letter.Direction == DeadLetters.Outbound
            ? await RequeueAsync(letter, editedPayload, cancellationToken)
            : await ReprocessAsync(letter, editedPayload, cancellationToken);

        // The page pipeline shares this scope's context and clears its change tracker when it commits: without
        // attaching the letter again, its new status and history would silently not be saved.
        if (db.Entry(letter).State == EntityState.Detached)
        {
            db.DeadLetters.Attach(letter);
        }

        var now = time.GetUtcNow();
        if (result.Status == ReplayStatus.Replayed)
        {
            letter.Status = DeadLetters.Replayed;
            if (editedPayload is not null)
            {
                letter.Payload = editedPayload;
            }
        }

        DeadLetters.Append(letter, now, result.Status == ReplayStatus.Replayed ? (editedPayload is null ? "replayed" : "edited-and-replayed") : "replay-failed",
            result.Reason ?? "ok", actor);
        await db.SaveChangesAsync(cancellationToken);
        if (result.Status == ReplayStatus.Replayed && letter.Direction == DeadLetters.Outbound)
        {
            outbox.Notify();
        }

        return result;
    }

    private async Task<ReplayResult> RequeueAsync(DeadLetterRow letter, string? editedPayload, CancellationToken cancellationToken)
    {
        if (editedPayload is not null)
        {
            // The outbound message is rebuilt from the canonical record: correct the record, then replay.
            return new ReplayResult(letter.Id, ReplayStatus.EditNotSupported, "An outbound dead letter is replayed from the stored resource; edit the resource instead.");
        }

        var entry = letter.OutboxId is null ? null : await db.Outbox.FirstOrDefaultAsync(o => o.Id == letter.OutboxId, cancellationToken);
        if (entry is null)
        {
            return new ReplayResult(letter.Id, ReplayStatus.StillFailing, "Its outbox entry no longer exists.");
        }

        entry.Status = OutboxEntries.Pending;
        entry.Attempts = 0;
        entry.NextAttemptAt = time.GetUtcNow();
        entry.LastError = null;
        return new ReplayResult(letter.Id, ReplayStatus.Replayed, "Queued again for delivery.");
    }

    private async Task<ReplayResult> ReprocessAsync(DeadLetterRow letter, string? editedPayload, CancellationToken cancellationToken)
    {
        var reader = _readers.FirstOrDefault(r => r.Connector == letter.Connector && r.Stream == letter.Stream);
        if (reader is null)
        {
            return new ReplayResult(letter.Id, ReplayStatus.StillFailing, $"No record reader for {letter.Connector}/{letter.Stream}.");
        }

        var payload = editedPayload ?? letter.Payload;
        JsonElement raw;
        try
        {
            using var document = JsonDocument.Parse(payload);
            raw = document.RootElement.Clone();
        }
        catch (JsonException ex)
        {
            return new ReplayResult(letter.Id, ReplayStatus.StillFailing, $"Payload is not JSON: {ex.Message}");
        }

        var read = reader.Read(raw);
        if (read.Record is not { } record)
        {
            return new ReplayResult(letter.Id, ReplayStatus.StillFailing, $"Contract violation: {read.Rejected?.Reason}");
        }

        var mapper = mappers.Inbound(letter.Connector, record.Kind);
        var mapping = mapper?.Map(record);
        if (mapping is null || !mapping.IsMappable)
        {
            var reasons = mapping is null ? $"No mapper for {record.Kind}." : string.Join("; ", mapping.Issues.Where(i => i.IsError).Select(i => $"{i.Path}: {i.Message}"));
            return new ReplayResult(letter.Id, ReplayStatus.StillFailing, $"Mapping failed: {reasons}");
        }

        var page = new PulledPage(letter.Connector, letter.Stream, null, Encoding.UTF8.GetBytes(payload), "application/json", [record], [], null, false);
        var outcome = await pipeline.ProcessAsync(page, advanceCursor: false, cancellationToken);
        return outcome.Failed > 0
            ? new ReplayResult(letter.Id, ReplayStatus.StillFailing, "The store refused the record again (see the new dead letter).")
            : new ReplayResult(letter.Id, ReplayStatus.Replayed, $"Written {outcome.Written}, unchanged {outcome.Skipped}.");
    }
}
