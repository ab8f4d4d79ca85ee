using Microsoft.Extensions.DependencyInjection;
using Quartz;

namespace Hub.Audit;

/// <summary>The scheduled export (one node at a time in a cluster; the checkpoint index makes a double run harmless).</summary>
[DisallowConcurrentExecution]
internal sealed class AuditExportJob(IServiceScopeFactory scopes) : IJob
{
    public static readonly JobKey Key = new("audit-export", "audit");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<AuditExporter>().ExportAsync(cancellationToken);
    }
}
