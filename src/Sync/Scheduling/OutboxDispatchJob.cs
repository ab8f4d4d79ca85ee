using Hub.Sync.Outbox;
using Microsoft.Extensions.DependencyInjection;
using Quartz;

namespace Hub.Sync.Scheduling;

/// <summary>Delivers due outbox entries; one node at a time in a cluster, so an entry is never pushed twice concurrently.</summary>
[DisallowConcurrentExecution]
internal sealed class OutboxDispatchJob(IServiceScopeFactory scopes, IOutboxSignal signal) : IJob
{
    private const int Batch = 200;

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        // Before reading the outbox: an entry committed after this point nudges again, so none waits for the interval.
        (signal as QuartzOutboxSignal)?.Consumed();
        int handled;
        do
        {
            await using var scope = scopes.CreateAsyncScope();
            handled = await scope.ServiceProvider.GetRequiredService<OutboxDispatcher>().DispatchDueAsync(Batch, cancellationToken);
        }
        while (handled == Batch && !cancellationToken.IsCancellationRequested);
    }
}
