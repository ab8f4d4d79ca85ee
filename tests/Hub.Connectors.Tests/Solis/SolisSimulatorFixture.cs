using Hub.Simulators;
using Hub.Simulators.Solis;

namespace Hub.Connectors.Tests.Solis;

/// <summary>One SOLIS simulator on loopback for the test class; faults, counters and received pushes reset per test.</summary>
public sealed class SolisSimulatorFixture : IAsyncLifetime
{
    public const int Households = 1_500;

    public SolisSimulator Simulator { get; private set; } = null!;

    /// <summary>A dossier SOLIS knows, for pushes that name one.</summary>
    public long KnownDossier => Enumerable.Range(0, Households).First(i => Simulator.Generator.HasSolisDossier(i));

    /// <summary>How many dossiers the simulator serves: the households it shares with SI-SIAO plus its own.</summary>
    public int DossierCount => Enumerable.Range(0, Households).Count(i => Simulator.Generator.HasSolisDossier(i));

    public async Task InitializeAsync() =>
        Simulator = await SimulatorCluster.StartOneAsync(g => new SolisSimulator(g), new SimulatorOptions { Seed = 68, Households = Households });

    public async Task DisposeAsync() => await Simulator.DisposeAsync();
}
