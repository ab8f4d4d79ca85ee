using Hub.Connectors.Core;
using Hub.Storage;
using Hub.Storage.Sync;
using Hub.Sync.DeadLetters;
using Hub.Sync.Outbox;
using Hub.Sync.Runs;
using Hub.Sync.Scheduling;
using Microsoft.EntityFrameworkCore;
using Quartz;

namespace Hub.Sync.Health;

/// <summary>Computes connector and stream health from the run history, cursors, outbox, dead letters and the scheduler.</summary>
public sealed class SyncHealthService(HubDbContext db, ISchedulerFactory schedulers, IEnumerable<IPullStream> streams, TimeProvider time)
{
    private readonly IReadOnlyList<IPullStream> _streams = [.. streams];

    public async Task<IReadOnlyList<ConnectorHealth>> AllAsync(CancellationToken cancellationToken)
    {
        var result = new List<ConnectorHealth>();
        foreach (var connector in SyncControl.KnownConnectors(_streams))
        {
            result.Add(await OneAsync(connector, cancellationToken));
        }

        return result;
    }

    public async Task<ConnectorHealth> OneAsync(string connector, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var since = now.AddHours(-24);
        var state = await db.ConnectorStates.AsNoTracking().FirstOrDefaultAsync(s => s.Connector == connector, cancellationToken);
        var runs = await db.SyncRuns.AsNoTracking()
            .Where(r => r.Connector == connector && r.StartedAt >= since)
            .ToListAsync(cancellationToken);
        var cursors = await db.SyncCursors.AsNoTracking().Where(c => c.Connector == connector).ToListAsync(cancellationToken);
        var scheduler = await schedulers.GetScheduler(cancellationToken);

        var streamHealth = new List<StreamHealth>();
        foreach (var stream in _streams.Where(s => s.Connector == connector).Select(s => s.Stream).Order(StringComparer.Ordinal))
        {
            var last = await db.SyncRuns.AsNoTracking()
                .Where(r => r.Connector == connector && r.Stream == stream && r.Status != RunStatus.Skipped)
                .OrderByDescending(r => r.StartedAt).FirstOrDefaultAsync(cancellationToken);
            var lastSuccess = await db.SyncRuns.AsNoTracking()
                .Where(r => r.Connector == connector && r.Stream == stream && r.Status == RunStatus.Succeeded)
                .OrderByDescending(r => r.StartedAt).Select(r => r.FinishedAt).FirstOrDefaultAsync(cancellationToken);
            var trigger = await scheduler.GetTrigger(SyncJobKeys.Schedule(connector, stream), cancellationToken);
            var cursor = cursors.FirstOrDefault(c => c.Stream == stream);
            var recent = runs.Where(r => r.Stream == stream).ToList();
            streamHealth.Add(new StreamHealth(
                stream,
                StreamState(state, last, trigger is null),
                last is null ? null : Summary(last),
                lastSuccess,
                trigger?.NextFireTimeUtc,
                cursor?.NewestChangeAt is { } newest ? Math.Max(0, (now - newest).TotalSeconds) : null,
                cursor?.NewestChangeAt,
                new RecordCounts(recent.Sum(r => r.RecordsRead), recent.Sum(r => r.RecordsWritten), recent.Sum(r => r.RecordsSkipped), recent.Sum(r => r.RecordsFailed), recent.Count)));
        }

        var backlog = await db.Outbox.CountAsync(o => o.Target == connector && o.Status == OutboxEntries.Pending, cancellationToken);
        var blocked = await db.Outbox.CountAsync(o => o.Target == connector && o.Status == OutboxEntries.Blocked, cancellationToken);
        var dead = await db.DeadLetters.CountAsync(d => d.Connector == connector && d.Status == DeadLetters.DeadLetters.Open, cancellationToken);
        return new ConnectorHealth(connector, ConnectorState(state, streamHealth), state?.Paused ?? false, state?.PausedReason,
            state?.ConsecutiveFailures ?? 0, state?.LastError, state?.LastFailureAt, backlog, blocked, dead, streamHealth);
    }

    public static RunSummary Summary(SyncRunRow run)
    {
        ArgumentNullException.ThrowIfNull(run);
        return new RunSummary(run.Id, run.Connector, run.Stream, run.Trigger, run.Status, run.StartedAt, run.FinishedAt, run.Pages,
            new RecordCounts(run.RecordsRead, run.RecordsWritten, run.RecordsSkipped, run.RecordsFailed), run.Error, run.Node);
    }

    private static string StreamState(ConnectorStateRow? state, SyncRunRow? last, bool unscheduled) => (state, last) switch
    {
        ({ Paused: true }, _) => HealthState.Paused,
        (_, { Status: RunStatus.Running }) => HealthState.Running,
        (_, { Status: RunStatus.Failed, Error: { } error }) when error.Contains("BrokenCircuit", StringComparison.Ordinal) => HealthState.CircuitOpen,
        (_, { Status: RunStatus.Failed }) => HealthState.Failing,
        _ when unscheduled => HealthState.Disabled,
        _ => HealthState.Idle,
    };

    private static string ConnectorState(ConnectorStateRow? state, List<StreamHealth> streams) =>
        state?.Paused == true ? HealthState.Paused
        : streams.Any(s => s.State == HealthState.Running) ? HealthState.Running
        : streams.Any(s => s.State == HealthState.CircuitOpen) ? HealthState.CircuitOpen
        : streams.Any(s => s.State == HealthState.Failing) ? HealthState.Failing
        : streams.Count > 0 && streams.All(s => s.State == HealthState.Disabled) ? HealthState.Disabled
        : HealthState.Idle;
}
