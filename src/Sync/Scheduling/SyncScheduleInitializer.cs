using Hub.Connectors.Core;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Quartz;

namespace Hub.Sync.Scheduling;

/// <summary>
/// Makes the schedule match configuration at start: one durable, recoverable job per stream with its connector's cron, and the
/// outbox dispatcher on a fixed interval. Misfire policy: a missed cron fire is not replayed (DoNothing); the next fire
/// resumes from the stored cursor, so nothing is lost and a restart after downtime does not start a burst of runs.
/// </summary>
internal sealed class SyncScheduleInitializer(
    ISchedulerFactory schedulers,
    IEnumerable<IPullStream> streams,
    IConfiguration configuration,
    IOptions<SyncOptions> options) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var scheduler = await schedulers.GetScheduler(cancellationToken);
        foreach (var stream in streams)
        {
            var cron = configuration[$"{ConnectorOptions.SectionFor(stream.Connector)}:Schedule:Cron"] ?? new ScheduleSettings().Cron;
            var enabled = !string.Equals(configuration[$"{ConnectorOptions.SectionFor(stream.Connector)}:Enabled"], "false", StringComparison.OrdinalIgnoreCase);
            var job = JobBuilder.Create<SyncStreamJob>()
                .WithIdentity(SyncJobKeys.Stream(stream.Connector, stream.Stream))
                .UsingJobData(SyncJobKeys.ConnectorKey, stream.Connector)
                .UsingJobData(SyncJobKeys.StreamKey, stream.Stream)
                .StoreDurably()
                // A node killed in the middle of a run leaves the fire unfinished: with the clustered store, another
                // node runs it again once the dead node misses its check-in (it resumes from the committed cursor).
                // Without this, a manual fire is lost and a scheduled one waits for the next cron time.
                .RequestRecovery()
                .Build();
            await scheduler.AddJob(job, AddJobOptions.Replacing, cancellationToken);

            var triggerKey = SyncJobKeys.Schedule(stream.Connector, stream.Stream);
            if (!enabled)
            {
                await scheduler.UnscheduleJob(triggerKey, cancellationToken);
                continue;
            }

            var trigger = TriggerBuilder.Create()
                .WithIdentity(triggerKey)
                .ForJob(job.Key)
                .WithCronSchedule(cron, c => c.WithMisfireInstruction(CronTriggerMisfireInstruction.DoNothing).InTimeZone(TimeZoneInfo.Utc))
                .StartNow()
                .Build();
            await scheduler.ScheduleJob(trigger, ScheduleJobOptions.Replacing, cancellationToken);
        }

        var dispatcher = JobBuilder.Create<OutboxDispatchJob>().WithIdentity(SyncJobKeys.Dispatcher).StoreDurably().Build();
        await scheduler.AddJob(dispatcher, AddJobOptions.Replacing, cancellationToken);
        var dispatchTrigger = TriggerBuilder.Create()
            .WithIdentity($"{SyncJobKeys.Dispatcher.Name}.interval", SyncJobKeys.Group)
            .ForJob(dispatcher.Key)
            .WithSimpleSchedule(s => s.WithInterval(options.Value.DispatchInterval).RepeatForever().WithMisfireInstruction(SimpleTriggerMisfireInstruction.NextWithRemainingCount))
            .StartNow()
            .Build();
        await scheduler.ScheduleJob(dispatchTrigger, ScheduleJobOptions.Replacing, cancellationToken);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
