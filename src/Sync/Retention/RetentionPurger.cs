using Hub.Archive;
using Hub.Storage;
using Hub.Sync.Outbox;
using Hub.Sync.Runs;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using DeadLetterStates = Hub.Sync.DeadLetters.DeadLetters;

namespace Hub.Sync.Retention;

/// <summary>
/// Keeps the hub's growth bounded: archived payloads past the archive's retention, and past <see cref="SyncOptions.RunRetention"/>
/// the finished runs, settled outbox entries (delivered or skipped), closed dead letters and idempotency records.
/// Nothing still open is touched: pending or blocked deliveries, open dead letters, running runs. The audit trail is
/// never purged here.
/// </summary>
public sealed partial class RetentionPurger(
    HubDbContext db, IPayloadArchive archive, IOptions<SyncOptions> options, TimeProvider time, ILogger<RetentionPurger> logger)
{
    public async Task<RetentionResult> PurgeAsync(CancellationToken cancellationToken)
    {
        var cutoff = time.GetUtcNow() - options.Value.RunRetention;
        var payloads = await archive.PurgeExpiredAsync(cancellationToken);
        var runs = await db.SyncRuns.Where(r => r.Status != RunStatus.Running && r.StartedAt < cutoff).ExecuteDeleteAsync(cancellationToken);
        var outbox = await db.Outbox
            .Where(o => (o.Status == OutboxEntries.Delivered || o.Status == OutboxEntries.Skipped) && o.CreatedAt < cutoff)
            .ExecuteDeleteAsync(cancellationToken);
        var letters = await db.DeadLetters
            .Where(d => (d.Status == DeadLetterStates.Replayed || d.Status == DeadLetterStates.Discarded) && d.UpdatedAt < cutoff)
            .ExecuteDeleteAsync(cancellationToken);
        var requests = await db.InboundRequests.Where(r => r.ReceivedAt < cutoff).ExecuteDeleteAsync(cancellationToken);
        var result = new RetentionResult(payloads, runs, outbox, letters, requests);
        LogPurged(logger, payloads, runs, outbox, letters, requests);
        return result;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Retention purge: {Payloads} payload(s), {Runs} run(s), {Outbox} outbox entr(ies), {Letters} dead letter(s), {Requests} idempotency record(s)")]
    private static partial void LogPurged(ILogger logger, int payloads, int runs, int outbox, int letters, int requests);
}

public sealed record RetentionResult(int Payloads, int Runs, int OutboxEntries, int DeadLetters, int InboundRequests);
