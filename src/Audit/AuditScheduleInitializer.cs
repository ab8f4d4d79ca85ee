using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Quartz;

namespace Hub.Audit;

/// <summary>Schedules the audit export from <see cref="AuditOptions.ExportCron"/>; a missed night is caught up once at the next fire.</summary>
internal sealed class AuditScheduleInitializer(ISchedulerFactory schedulers, IOptions<AuditOptions> options) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var scheduler = await schedulers.GetScheduler(cancellationToken);
        var job = JobBuilder.Create<AuditExportJob>().WithIdentity(AuditExportJob.Key).StoreDurably().RequestRecovery().Build();
        await scheduler.AddJob(job, AddJobOptions.Replacing, cancellationToken);
        var trigger = TriggerBuilder.Create()
            .WithIdentity("audit-export.cron", AuditExportJob.Key.Group)
            .ForJob(job.Key)
            .WithCronSchedule(options.Value.ExportCron, c => c.WithMisfireInstruction(CronTriggerMisfireInstruction.FireAndProceed).InTimeZone(TimeZoneInfo.Utc))
            .Build();
        await scheduler.ScheduleJob(trigger, ScheduleJobOptions.Replacing, cancellationToken);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
