using Hub.Sync;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;
using Quartz;

namespace Hub.Api.Features.Operations;

/// <summary>The Quartz scheduler runs on this node (or the node is API-only: <c>Hub:Sync:Enabled=false</c>).</summary>
internal sealed class SchedulerHealthCheck(ISchedulerFactory schedulers, IOptions<SyncOptions> sync) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        if (!sync.Value.Enabled)
        {
            return HealthCheckResult.Healthy("sync disabled on this node");
        }

        var scheduler = await schedulers.GetScheduler(cancellationToken);
        var metadata = await scheduler.GetMetadata(cancellationToken);
        return await scheduler.GetStatus(cancellationToken) == SchedulerStatus.Running
            ? HealthCheckResult.Healthy($"scheduler {metadata.SchedulerInstanceId} running ({(metadata.JobStoreClustered ? "clustered" : "single node")})")
            : new HealthCheckResult(context.Registration.FailureStatus, $"scheduler {metadata.SchedulerInstanceId} not running");
    }
}
