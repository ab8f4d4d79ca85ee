using Quartz;

namespace Hub.Audit;

/// <summary>Checks a Quartz cron expression at start, so a typo stops the hub instead of silently never firing.</summary>
public static class Cron
{
    /// <summary>
    /// Adds a durable job (recovered on another node if its node dies mid-run) and its cron trigger, in UTC; a missed
    /// fire (the hub was down at 3 am) runs once at the next start. Housekeeping jobs (audit export, retention) use it.
    /// </summary>
    public static async Task ScheduleAsync<TJob>(ISchedulerFactory schedulers, JobKey key, string cron, CancellationToken cancellationToken)
        where TJob : IJob
    {
        ArgumentNullException.ThrowIfNull(schedulers);
        ArgumentNullException.ThrowIfNull(key);
        var scheduler = await schedulers.GetScheduler(cancellationToken);
        var job = JobBuilder.Create<TJob>().WithIdentity(key).StoreDurably().RequestRecovery().Build();
        await scheduler.AddJob(job, AddJobOptions.Replacing, cancellationToken);
        var trigger = TriggerBuilder.Create()
            .WithIdentity($"{key.Name}.cron", key.Group)
            .ForJob(job.Key)
            .WithCronSchedule(cron, c => c.WithMisfireInstruction(CronTriggerMisfireInstruction.FireAndProceed).InTimeZone(TimeZoneInfo.Utc))
            .Build();
        await scheduler.ScheduleJob(trigger, ScheduleJobOptions.Replacing, cancellationToken);
    }

    public static bool IsValid(string? expression)
    {
        if (string.IsNullOrWhiteSpace(expression))
        {
            return false;
        }

        try
        {
            _ = new CronExpression(expression);
            return true;
        }
        catch (FormatException)
        {
            return false;
        }
    }
}
