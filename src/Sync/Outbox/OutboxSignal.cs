using Hub.Sync.Scheduling;
using Microsoft.Extensions.Logging;
using Quartz;

namespace Hub.Sync.Outbox;

/// <summary>
/// Wakes the outbox dispatcher as soon as a committed change queued deliveries, so a push from one partner reaches
/// the next in well under a second instead of waiting for the dispatch interval (which stays as the safety net: a
/// nudge lost with a crash, or given on another node, is picked up by the next interval).
/// </summary>
public interface IOutboxSignal
{
    /// <summary>Deliveries were committed: dispatch soon. Cheap and never throws; nudges given while one is pending coalesce.</summary>
    void Notify();
}

/// <summary>Without the scheduler (sync disabled) deliveries wait for whoever dispatches.</summary>
internal sealed class NoOutboxSignal : IOutboxSignal
{
    public void Notify()
    {
    }
}

/// <summary>Fires the dispatcher job now. The job runs one at a time (DisallowConcurrentExecution): a nudge during a
/// dispatch runs it once more right after, and a flag keeps a burst of commits from queueing a fire each.</summary>
internal sealed partial class QuartzOutboxSignal(ISchedulerFactory schedulers, ILogger<QuartzOutboxSignal> logger) : IOutboxSignal
{
    private int _pending;

    public void Notify()
    {
        if (Interlocked.Exchange(ref _pending, 1) == 0)
        {
            _ = TriggerAsync();
        }
    }

    /// <summary>Called by the dispatch job as it starts: what is committed from now on needs a new nudge.</summary>
    public void Consumed() => Volatile.Write(ref _pending, 0);

    private async Task TriggerAsync()
    {
        try
        {
            // Before the scheduler starts the trigger waits for it; after it shut down the call fails and is dropped.
            var scheduler = await schedulers.GetScheduler();
            await scheduler.TriggerJob(SyncJobKeys.Dispatcher);
        }
        catch (Exception e) when (e is SchedulerException or ObjectDisposedException or InvalidOperationException)
        {
            // The interval trigger delivers anyway; a failed nudge only costs latency.
            Consumed();
            LogNudgeFailed(logger, e.GetType().Name);
        }
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Outbox nudge not delivered ({Exception}); the dispatch interval will pick the entries up")]
    private static partial void LogNudgeFailed(ILogger logger, string exception);
}
