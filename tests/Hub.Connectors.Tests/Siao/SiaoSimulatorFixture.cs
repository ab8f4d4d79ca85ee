using Hub.Simulators;
using Hub.Simulators.Siao;

namespace Hub.Connectors.Tests.Siao;

/// <summary>One SI-SIAO simulator on loopback for the test class; faults, counters and received pushes reset per test.</summary>
public sealed class SiaoSimulatorFixture : IAsyncLifetime
{
    /// <summary>Three pages of 500, the last one partial.</summary>
    public const int Households = 1_200;

    public SiaoSimulator Simulator { get; private set; } = null!;

    public async Task InitializeAsync() =>
        Simulator = await SimulatorCluster.StartOneAsync(g => new SiaoSimulator(g), new SimulatorOptions { Seed = 68, Households = Households });

    public async Task DisposeAsync() => await Simulator.DisposeAsync();
}
