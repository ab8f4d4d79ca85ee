using Hub.Simulators;
using Hub.Sync.Runs;

namespace Hub.Api.Hosting;

/// <summary>
/// Makes the embedded default look like a working département: a first sync right after start, then the simulated
/// partners keep recording new and changed households, so incremental syncs have something to carry.
/// </summary>
internal sealed partial class SimulatedPartnerActivity(
    SimulatedPartners partners,
    SimulatorModeOptions options,
    IServiceScopeFactory scopes,
    TimeProvider time,
    ILogger<SimulatedPartnerActivity> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            // Let Quartz start before asking it to fire.
            await Task.Delay(TimeSpan.FromSeconds(2), time, stoppingToken);
            if (options.RunOnStart)
            {
                await using var scope = scopes.CreateAsyncScope();
                var control = scope.ServiceProvider.GetRequiredService<SyncControl>();
                foreach (var connector in control.Connectors)
                {
                    await control.RunNowAsync(connector, stoppingToken);
                }
            }

            if (options.ActivityInterval <= TimeSpan.Zero)
            {
                return;
            }

            using var timer = new PeriodicTimer(options.ActivityInterval, time);
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                foreach (var simulator in partners.Cluster.All)
                {
                    var changes = simulator.Advance(options.ChangesPerTick);
                    LogActivity(logger, simulator.System, changes);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Simulated {System} recorded {Changes} new or changed records")]
    private static partial void LogActivity(ILogger logger, SimulatedSystem system, int changes);
}
