using Hub.Simulators;
using Microsoft.Extensions.DependencyInjection;

namespace Hub.Connectors.Tests.ApiParticulier;

/// <summary>
/// helper-3's simulators, started once for the CAF/CPAM contract tests; each test resets faults, counters and received
/// saisines, and builds its own connector (so the hub's answer cache starts empty).
/// </summary>
public sealed class OrganisationSimulatorFixture : IAsyncLifetime
{
    public const string CafKeyId = "hub-caf68-sim";
    public const string CafSecret = "simulateur-caf68-secret-hub-vers-caf";
    public const string CpamKeyId = "hub-cpam68-sim";
    public const string CpamSecret = "simulateur-cpam68-secret-hub-vers-cpam";

    private SimulatorCluster? _cluster;

    public SimulatorCluster Cluster => _cluster ?? throw new InvalidOperationException("Simulators not started.");

    public async Task InitializeAsync() =>
        _cluster = await SimulatorCluster.StartAsync(new SimulatorOptions { Seed = 7, Households = 300 });

    public async Task DisposeAsync()
    {
        if (_cluster is not null)
        {
            await _cluster.DisposeAsync();
        }
    }

    /// <summary>The CAF or CPAM connector pointed at its simulator, with short delays so retries are quick to test.</summary>
    public ServiceProvider Connector(string connector, int retries = 3, string attemptTimeout = "00:00:05")
    {
        Cluster.Reset();
        var simulator = connector == "caf" ? Cluster.Caf.BaseUrl : Cluster.Cpam.BaseUrl;
        var settings = ConnectorTestHost.Settings(connector, simulator, simulator, retries);
        settings[$"Hub:Connectors:{connector}:Resilience:AttemptTimeout"] = attemptTimeout;
        settings[$"Hub:Connectors:{connector}:Resilience:RateLimitPerSecond"] = "0";
        settings[$"Hub:Connectors:{connector}:Resilience:CircuitMinimumThroughput"] = "1000";
        settings[$"Hub:Connectors:{connector}:Connection:SigningKeyId"] = connector == "caf" ? CafKeyId : CpamKeyId;
        settings[$"Hub:Connectors:{connector}:Connection:SigningKey"] = connector == "caf" ? CafSecret : CpamSecret;
        return ConnectorTestHost.Build(connector, settings);
    }
}

[CollectionDefinition(Name)]
public sealed class OrganisationSimulatorCollection : ICollectionFixture<OrganisationSimulatorFixture>
{
    public const string Name = "caf-cpam-simulators";
}
