using Hub.Sync.Runs;
using Quartz;

namespace Hub.Sync.Scheduling;

/// <summary>
/// Pulls one stream. Never two runs of the same stream at once (on one node or, with the clustered store, across nodes);
/// a fire that finds the stream busy waits for it rather than overlapping.
/// </summary>
[DisallowConcurrentExecution]
internal sealed class SyncStreamJob(StreamRunner runner) : IJob
{
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        var data = context.MergedJobDataMap;
        var trigger = data.ContainsKey(SyncJobKeys.TriggerKey) ? data.GetString(SyncJobKeys.TriggerKey)! : RunTrigger.Scheduled;
        await runner.RunAsync(data.GetString(SyncJobKeys.ConnectorKey)!, data.GetString(SyncJobKeys.StreamKey)!, trigger,
            context.Scheduler.SchedulerInstanceId, cancellationToken);
    }
}
