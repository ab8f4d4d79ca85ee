using Hub.Simulators;

namespace Hub.Api.Hosting;

/// <summary>
/// Starts the simulated partners with the hub (on ports chosen before the hub was built, so the connectors' addresses are
/// plain configuration), says loudly that partners are simulated, and stops them with the hub. Starting them inside
/// the host, rather than before it is built, keeps the hub the only application host its process builds.
/// </summary>
internal sealed partial class SimulatedPartners(SimulatorOptions options, ILogger<SimulatedPartners> logger) : IHostedService, IAsyncDisposable
{
    private SimulatorCluster? _cluster;

    public SimulatorCluster Cluster => _cluster ?? throw new InvalidOperationException("The simulated partners have not started yet.");

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        _cluster = await SimulatorCluster.StartAsync(options, cancellationToken);
        LogBanner(logger);
        foreach (var (system, url) in _cluster.BaseUrls)
        {
            LogSimulator(logger, system, url);
        }
    }

    public async Task StopAsync(CancellationToken cancellationToken) => await DisposeAsync();

    public async ValueTask DisposeAsync()
    {
        // The host stops it and the container disposes it: whichever comes first takes the cluster.
        if (Interlocked.Exchange(ref _cluster, null) is { } cluster)
        {
            await cluster.DisposeAsync();
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "SIMULATOR MODE: no partner is configured, so SI-SIAO, SOLIS, CAF and CPAM are simulated in-process with synthetic households. No real system is contacted. Configure Hub:Connectors:<name>:Connection:BaseUrl to connect real partners.")]
    private static partial void LogBanner(ILogger logger);

    [LoggerMessage(Level = LogLevel.Warning, Message = "SIMULATOR MODE: {System} simulated at {Url}")]
    private static partial void LogSimulator(ILogger logger, SimulatedSystem system, Uri url);
}
