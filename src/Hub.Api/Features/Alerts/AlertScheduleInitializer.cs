using Microsoft.Extensions.Options;
using Quartz;

namespace Hub.Api.Features.Alerts;

/// <summary>Schedules <see cref="AlertEvaluationJob"/> every <c>Hub:Alerts:EvaluationInterval</c>; a missed tick is not replayed.</summary>
internal sealed class AlertScheduleInitializer(ISchedulerFactory schedulers, IOptions<AlertOptions> options) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var scheduler = await schedulers.GetScheduler(cancellationToken);
        var job = JobBuilder.Create<AlertEvaluationJob>().WithIdentity(AlertEvaluationJob.Key).StoreDurably().Build();
        await scheduler.AddJob(job, AddJobOptions.Replacing, cancellationToken);
        var trigger = TriggerBuilder.Create()
            .WithIdentity("alerts-evaluate.interval", AlertEvaluationJob.Key.Group)
            .ForJob(job.Key)
            .StartNow()
            .WithSimpleSchedule(s => s.WithInterval(options.Value.EvaluationInterval).RepeatForever().WithMisfireInstruction(SimpleTriggerMisfireInstruction.NextWithRemainingCount))
            .Build();
        await scheduler.ScheduleJob(trigger, ScheduleJobOptions.Replacing, cancellationToken);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
