using Hub.Sync.Health;
using Hub.Sync.Telemetry;
using Microsoft.Extensions.Options;

namespace Hub.Api.Features.Operations;

/// <summary>Recomputes the gauges' snapshot (<see cref="SyncMetrics.Update"/>) from sync health on its own schedule.</summary>
public sealed partial class SyncMetricsRefresher(
    IServiceScopeFactory scopes, SyncMetrics metrics, IOptions<OperationsOptions> options, TimeProvider time, ILogger<SyncMetricsRefresher> logger)
    : BackgroundService
{
    public async Task RefreshAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var connectors = await scope.ServiceProvider.GetRequiredService<SyncHealthService>().AllAsync(cancellationToken);
        metrics.Update(connectors, time.GetUtcNow());
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await RefreshAsync(stoppingToken);
            }
            catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
            {
                // The database may be starting or migrating: the previous snapshot stays, the next tick tries again.
                LogRefreshFailed(logger, ex.GetType().Name);
            }

            try
            {
                await Task.Delay(options.Value.MetricsRefreshInterval, time, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Sync metrics not refreshed: {ErrorType}")]
    private static partial void LogRefreshFailed(ILogger logger, string errorType);
}
