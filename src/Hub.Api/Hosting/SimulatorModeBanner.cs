using Hub.Simulators;

namespace Hub.Api.Hosting;

/// <summary>Says loudly that partners are simulated, and stops the simulators with the hub.</summary>
internal sealed partial class SimulatorModeBanner(SimulatorCluster cluster, ILogger<SimulatorModeBanner> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        LogBanner(logger);
        foreach (var (system, url) in cluster.BaseUrls)
        {
            LogSimulator(logger, system, url);
        }

        return Task.CompletedTask;
    }

    public async Task StopAsync(CancellationToken cancellationToken) => await cluster.DisposeAsync();

    [LoggerMessage(Level = LogLevel.Warning, Message = "SIMULATOR MODE: no partner is configured, so SI-SIAO, SOLIS, CAF and CPAM are simulated in-process with synthetic households. No real system is contacted. Configure Hub:Connectors:<name>:Connection:BaseUrl to connect real partners.")]
    private static partial void LogBanner(ILogger logger);

    [LoggerMessage(Level = LogLevel.Warning, Message = "SIMULATOR MODE: {System} simulated at {Url}")]
    private static partial void LogSimulator(ILogger logger, SimulatedSystem system, Uri url);
}
