using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Quartz;

namespace Hub.Audit;

/// <summary>Schedules the audit export from <see cref="AuditOptions.ExportCron"/>; a missed night is caught up once at the next fire.</summary>
internal sealed class AuditScheduleInitializer(ISchedulerFactory schedulers, IOptions<AuditOptions> options) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) =>
        Cron.ScheduleAsync<AuditExportJob>(schedulers, AuditExportJob.Key, options.Value.ExportCron, cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
