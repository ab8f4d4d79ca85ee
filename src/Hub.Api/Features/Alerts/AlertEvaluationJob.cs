using Quartz;

namespace Hub.Api.Features.Alerts;

/// <summary>Evaluates the alert rules. One at a time across a cluster: two nodes would otherwise both notify.</summary>
[DisallowConcurrentExecution]
internal sealed class AlertEvaluationJob(IServiceScopeFactory scopes) : IJob
{
    public static readonly JobKey Key = new("alerts-evaluate", "operations");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<AlertEvaluator>().EvaluateAsync(cancellationToken);
    }
}
