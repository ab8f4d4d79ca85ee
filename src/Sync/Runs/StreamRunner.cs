using System.Diagnostics;
using Hub.Audit;
using Hub.Connectors.Core;
using Hub.Storage;
using Hub.Storage.Sync;
using Hub.Sync.Pipeline;
using Hub.Sync.Telemetry;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Hub.Sync.Runs;

/// <summary>
/// Runs one incremental stream from its stored cursor to the end, one page at a time (memory holds one page), and
/// records the run. A failed run leaves the cursor at the last committed page; repeated failures pause the connector.
/// </summary>
public sealed partial class StreamRunner(
    IServiceScopeFactory scopes,
    IEnumerable<IPullStream> streams,
    IOptionsMonitor<SyncOptions> options,
    TimeProvider time,
    IAuditTrail audit,
    SyncMetrics metrics,
    ILogger<StreamRunner> logger)
{
    /// <summary>The error of a run that a crash cut short, closed by the next run of its stream.</summary>
    public const string InterruptedError = "interrupted: the process running it stopped before the run finished";

    private const int ConflictRetries = 3;

    public IReadOnlyList<IPullStream> Streams { get; } = [.. streams];

    public async Task<SyncRunRow> RunAsync(string connector, string stream, string trigger, string? node, CancellationToken cancellationToken)
    {
        var source = Streams.FirstOrDefault(s => s.Connector == connector && s.Stream == stream)
            ?? throw new InvalidOperationException($"No stream {connector}/{stream}.");

        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<HubDbContext>();
        var state = await db.ConnectorStates.AsNoTracking().FirstOrDefaultAsync(s => s.Connector == connector, cancellationToken);
        var run = new SyncRunRow
        {
            Id = Guid.CreateVersion7(time.GetUtcNow()).ToString("N"),
            Connector = connector,
            Stream = stream,
            Trigger = trigger,
            Status = RunStatus.Running,
            StartedAt = time.GetUtcNow(),
            Node = node,
        };
        if (state?.Paused == true && trigger != RunTrigger.Manual)
        {
            run.Status = RunStatus.Skipped;
            run.FinishedAt = run.StartedAt;
            run.Error = $"Connector paused: {state.PausedReason}";
            db.SyncRuns.Add(run);
            await db.SaveChangesAsync(cancellationToken);
            return run;
        }

        db.SyncRuns.Add(run);
        await db.SaveChangesAsync(cancellationToken);
        db.ChangeTracker.Clear();
        await CloseInterruptedRunsAsync(db, run, cancellationToken);

        using var activity = SyncTelemetry.StartStage(SyncTelemetry.Spans.Run, connector, stream)
            ?.SetTag(SyncTelemetry.Tags.Trigger, trigger).SetTag(SyncTelemetry.Tags.RunId, run.Id);
        try
        {
            var cursor = await db.SyncCursors.AsNoTracking()
                .Where(c => c.Connector == connector && c.Stream == stream).Select(c => c.Cursor).FirstOrDefaultAsync(cancellationToken);
            await using var pages = source.PullAllAsync(cursor, cancellationToken).GetAsyncEnumerator(cancellationToken);
            // Read ahead by one page: the partner's next page is fetched while this one is written (the fetch and the
            // write each took about a third of a run, one after the other). At most two pages are held.
            var next = FetchAsync(pages, connector, stream);
            while (await next is { } page)
            {
                next = FetchAsync(pages, connector, stream);
                PageOutcome outcome;
                try
                {
                    outcome = await ProcessWithRetryAsync(page, cancellationToken);
                }
                catch
                {
                    await SettleAsync(next); // the enumerator cannot be disposed while a fetch is in flight
                    throw;
                }

                metrics.RecordPage(connector, stream, outcome);
                run.Pages++;
                run.RecordsRead += outcome.Read;
                run.RecordsWritten += outcome.Written;
                run.RecordsSkipped += outcome.Skipped;
                run.RecordsFailed += outcome.Failed;
                await SaveProgressAsync(db, run, cancellationToken);
            }

            run.Status = RunStatus.Succeeded;
            await RecordSuccessAsync(db, connector, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            run.Status = RunStatus.Failed;
            run.Error = Describe(ex);
            await RecordFailureAsync(db, connector, run.Error, cancellationToken);
            // Exception messages can quote partner data: the log names the run, the kind and the types; the full
            // text is in the run (GET /api/sync/runs), behind the API's access rules.
            LogRunFailed(logger, connector, stream, run.Id, ConnectorErrorClassifier.Classify(ex), ex.GetType().Name, ex.GetBaseException().GetType().Name);
        }

        run.FinishedAt = time.GetUtcNow();
        activity?.SetTag(SyncTelemetry.Tags.Status, run.Status).SetTag(SyncTelemetry.Tags.Records, run.RecordsRead)
            .SetStatus(run.Status == RunStatus.Succeeded ? ActivityStatusCode.Ok : ActivityStatusCode.Error, run.Status == RunStatus.Failed ? ErrorKind(run.Error) : null);
        metrics.RecordRun(connector, stream, trigger, run.Status, run.FinishedAt.Value - run.StartedAt);
        await SaveProgressAsync(db, run, CancellationToken.None);
        await AuditImportAsync(run);
        return run;
    }

    /// <summary>Waits for a read-ahead fetch whose page will not be used; its failure is not the run's (the page's is).</summary>
    private static async Task SettleAsync(Task<PulledPage?> fetch)
    {
        try
        {
            await fetch;
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // Ignored on purpose: the run already fails with the page's own error.
        }
    }

    /// <summary>The next page, under its own span (the partner call, its retries and the contract check), or null at the end.</summary>
    private static async Task<PulledPage?> FetchAsync(IAsyncEnumerator<PulledPage> pages, string connector, string stream)
    {
        using var fetch = SyncTelemetry.StartStage(SyncTelemetry.Spans.Fetch, connector, stream);
        if (!await pages.MoveNextAsync())
        {
            fetch?.SetTag(SyncTelemetry.Tags.Records, 0);
            return null;
        }

        fetch?.SetTag(SyncTelemetry.Tags.Records, pages.Current.Records.Count).SetTag(SyncTelemetry.Tags.Rejected, pages.Current.Rejected.Count);
        return pages.Current;
    }

    /// <summary>Records pulled from a partner are personal data written into the hub: one audit event per run that read any.</summary>
    private Task AuditImportAsync(SyncRunRow run) => run.RecordsRead == 0 && run.Status == RunStatus.Succeeded
        ? Task.CompletedTask
        : audit.RecordAsync(new AuditRecord
        {
            Action = AuditActions.Create,
            Subtype = "import",
            Category = AuditCategories.Sync,
            Outcome = run.Status == RunStatus.Succeeded ? AuditOutcome.Success : AuditOutcome.Failure,
            OutcomeDetail = $"{run.Connector}/{run.Stream}: {run.Pages} page(s), read {run.RecordsRead}, written {run.RecordsWritten}, skipped {run.RecordsSkipped}, failed {run.RecordsFailed}",
            Agent = $"system:{run.Connector}",
            Role = "system",
            Client = run.Trigger,
            Purpose = "coordination",
            Entities = [new AuditEntity($"SyncRun/{run.Id}"), new AuditEntity($"Connector/{run.Connector}", AuditEntityRoles.Partner)],
        }, CancellationToken.None);

    private async Task<PageOutcome> ProcessWithRetryAsync(PulledPage page, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            // A fresh scope per page: its own DbContext and transaction, nothing left tracked from the previous page.
            await using var pageScope = scopes.CreateAsyncScope();
            try
            {
                return await pageScope.ServiceProvider.GetRequiredService<PagePipeline>().ProcessAsync(page, advanceCursor: true, cancellationToken);
            }
            catch (PageConflictException) when (attempt < ConflictRetries)
            {
                // Rolled back: run the page again, it is idempotent.
            }
            catch (DbUpdateException) when (attempt < ConflictRetries)
            {
            }
        }
    }

    /// <summary>
    /// Runs of this stream still marked running were cut short (the process was killed, or its node died): the stream's
    /// job never runs twice at once (DisallowConcurrentExecution, across the cluster with the clustered store), so none
    /// of them is really running. Without this, health would report them running for ever and a run history would show
    /// runs overlapping. Their pages up to the last commit are kept; this run resumes from the cursor.
    /// </summary>
    private static Task<int> CloseInterruptedRunsAsync(HubDbContext db, SyncRunRow run, CancellationToken cancellationToken) =>
        db.SyncRuns
            .Where(r => r.Connector == run.Connector && r.Stream == run.Stream && r.Status == RunStatus.Running && r.Id != run.Id)
            .ExecuteUpdateAsync(
                u => u.SetProperty(r => r.Status, RunStatus.Failed)
                    .SetProperty(r => r.FinishedAt, run.StartedAt)
                    .SetProperty(r => r.Error, $"{InterruptedError} (closed by run {run.Id} on {run.Node ?? "this node"})"),
                cancellationToken);

    private static async Task SaveProgressAsync(HubDbContext db, SyncRunRow run, CancellationToken cancellationToken)
    {
        db.ChangeTracker.Clear();
        db.SyncRuns.Update(run);
        await db.SaveChangesAsync(cancellationToken);
        db.ChangeTracker.Clear();
    }

    private static async Task RecordSuccessAsync(HubDbContext db, string connector, CancellationToken cancellationToken)
    {
        var state = await db.ConnectorStates.FirstOrDefaultAsync(s => s.Connector == connector, cancellationToken);
        if (state is { ConsecutiveFailures: > 0 })
        {
            state.ConsecutiveFailures = 0;
            await db.SaveChangesAsync(cancellationToken);
        }

        db.ChangeTracker.Clear();
    }

    private async Task RecordFailureAsync(HubDbContext db, string connector, string error, CancellationToken cancellationToken)
    {
        // Streams of one connector run in parallel: the first failure creates the state row, a racing one updates it.
        for (var attempt = 0; ; attempt++)
        {
            db.ChangeTracker.Clear();
            var now = time.GetUtcNow();
            var state = await db.ConnectorStates.FirstOrDefaultAsync(s => s.Connector == connector, CancellationToken.None)
                ?? db.ConnectorStates.Add(new ConnectorStateRow { Connector = connector }).Entity;
            state.ConsecutiveFailures++;
            state.LastError = error;
            state.LastFailureAt = now;
            if (!state.Paused && state.ConsecutiveFailures >= options.CurrentValue.AutoPauseAfterFailures)
            {
                state.Paused = true;
                state.PausedAt = now;
                state.PausedReason = $"auto: {state.ConsecutiveFailures} consecutive failed runs (last: {error})";
                LogAutoPaused(logger, connector, state.ConsecutiveFailures);
            }

            try
            {
                await db.SaveChangesAsync(CancellationToken.None);
                db.ChangeTracker.Clear();
                return;
            }
            catch (DbUpdateException) when (attempt < 3)
            {
                _ = cancellationToken;
            }
        }
    }

    /// <summary>The kind that heads a run's error ("Transient: …"): a span carries it, never the message (it may quote partner data).</summary>
    private static string? ErrorKind(string? error) => error?.Split(':', 2)[0];

    private static string Describe(Exception ex)
    {
        var kind = ConnectorErrorClassifier.Classify(ex);
        // EF and HttpClient wrap the cause ("See the inner exception"): the last error must name it to be actionable.
        var cause = ex.GetBaseException();
        var text = cause == ex
            ? $"{kind}: {ex.GetType().Name}: {ex.Message}"
            : $"{kind}: {ex.GetType().Name}: {ex.Message} (cause: {cause.GetType().Name}: {cause.Message})";
        return text.Length > 2000 ? text[..2000] : text;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Sync run {RunId} of {Connector}/{Stream} failed: {ErrorKind} {ErrorType} (cause {CauseType})")]
    private static partial void LogRunFailed(ILogger logger, string connector, string stream, string runId, ConnectorErrorKind errorKind, string errorType, string causeType);

    [LoggerMessage(Level = LogLevel.Error, Message = "ALERT connector {Connector} auto-paused after {Failures} consecutive failed runs")]
    private static partial void LogAutoPaused(ILogger logger, string connector, int failures);
}
