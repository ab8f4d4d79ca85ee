using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Quartz;

namespace Hub.Sync.Retention;

/// <summary>The nightly retention purge; one node at a time in a cluster (a second run would find nothing to purge).</summary>
[DisallowConcurrentExecution]
internal sealed class RetentionJob(IServiceScopeFactory scopes) : IJob
{
    public static readonly JobKey Key = new("retention", "maintenance");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<RetentionPurger>().PurgeAsync(cancellationToken);
    }
}

/// <summary>Schedules <see cref="RetentionJob"/> from <see cref="SyncOptions.RetentionCron"/>; a missed night runs once at the next start.</summary>
internal sealed class RetentionScheduleInitializer(ISchedulerFactory schedulers, IOptions<SyncOptions> options) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) =>
        Hub.Audit.Cron.ScheduleAsync<RetentionJob>(schedulers, RetentionJob.Key, options.Value.RetentionCron, cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
