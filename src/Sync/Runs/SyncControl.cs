using Hub.Connectors.Core;
using Hub.Storage;
using Hub.Storage.Sync;
using Hub.Sync.Scheduling;
using Microsoft.EntityFrameworkCore;
using Quartz;

namespace Hub.Sync.Runs;

/// <summary>Run now, pause and resume a connector (every stream of it). Pauses are stored, so they survive restarts.</summary>
public sealed class SyncControl(ISchedulerFactory schedulers, IEnumerable<IPullStream> streams, HubDbContext db, TimeProvider time)
{
    private readonly IReadOnlyList<IPullStream> _streams = [.. streams];

    public IReadOnlyList<string> Connectors { get; } = KnownConnectors(streams);

    /// <summary>
    /// Every connector of the catalog, with or without pull streams: CAF and CPAM only receive pushes (saisines), yet
    /// their outbox backlog, dead letters and pause state belong in the health API under their names.
    /// </summary>
    public static IReadOnlyList<string> KnownConnectors(IEnumerable<IPullStream> streams) =>
        [.. ConnectorCatalog.Modules.Select(m => m.Name).Concat(streams.Select(s => s.Connector)).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];

    public bool Knows(string connector) => Connectors.Contains(connector, StringComparer.Ordinal);

    /// <summary>Fires every stream of the connector now (a manual run also runs a paused connector, once).</summary>
    public async Task<IReadOnlyList<string>> RunNowAsync(string connector, CancellationToken cancellationToken)
    {
        var scheduler = await schedulers.GetScheduler(cancellationToken);
        var fired = new List<string>();
        foreach (var stream in _streams.Where(s => s.Connector == connector))
        {
            await scheduler.TriggerJob(SyncJobKeys.Stream(connector, stream.Stream),
                new JobDataMap { [SyncJobKeys.TriggerKey] = RunTrigger.Manual }, cancellationToken);
            fired.Add(stream.Stream);
        }

        return fired;
    }

    public async Task PauseAsync(string connector, string reason, CancellationToken cancellationToken)
    {
        var state = await StateAsync(connector, cancellationToken);
        state.Paused = true;
        state.PausedAt = time.GetUtcNow();
        state.PausedReason = reason;
        await db.SaveChangesAsync(cancellationToken);
        var scheduler = await schedulers.GetScheduler(cancellationToken);
        foreach (var stream in _streams.Where(s => s.Connector == connector))
        {
            await scheduler.PauseTrigger(SyncJobKeys.Schedule(connector, stream.Stream), cancellationToken);
        }
    }

    public async Task ResumeAsync(string connector, CancellationToken cancellationToken)
    {
        var state = await StateAsync(connector, cancellationToken);
        state.Paused = false;
        state.PausedAt = null;
        state.PausedReason = null;
        state.ConsecutiveFailures = 0;
        await db.SaveChangesAsync(cancellationToken);
        var scheduler = await schedulers.GetScheduler(cancellationToken);
        foreach (var stream in _streams.Where(s => s.Connector == connector))
        {
            await scheduler.ResumeTrigger(SyncJobKeys.Schedule(connector, stream.Stream), cancellationToken);
        }
    }

    private async Task<ConnectorStateRow> StateAsync(string connector, CancellationToken cancellationToken) =>
        await db.ConnectorStates.FirstOrDefaultAsync(s => s.Connector == connector, cancellationToken)
        ?? db.ConnectorStates.Add(new ConnectorStateRow { Connector = connector }).Entity;
}
