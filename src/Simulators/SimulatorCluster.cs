using Hub.Simulators.Caf;
using Hub.Simulators.Cpam;
using Hub.Simulators.Generation;
using Hub.Simulators.Hosting;
using Hub.Simulators.Siao;
using Hub.Simulators.Solis;

namespace Hub.Simulators;

/// <summary>
/// The four partner simulators started in-process on loopback ports, sharing one synthetic population:
/// <code>await using var cluster = await SimulatorCluster.StartAsync(new SimulatorOptions { Seed = 42, Households = 10_000 }, ct);</code>
/// </summary>
public sealed class SimulatorCluster : IAsyncDisposable
{
    private SimulatorCluster(HouseholdGenerator generator, SiaoSimulator siao, SolisSimulator solis, CafSimulator caf, CpamSimulator cpam)
    {
        Generator = generator;
        Siao = siao;
        Solis = solis;
        Caf = caf;
        Cpam = cpam;
    }

    public HouseholdGenerator Generator { get; }

    public SiaoSimulator Siao { get; }

    public SolisSimulator Solis { get; }

    public CafSimulator Caf { get; }

    public CpamSimulator Cpam { get; }

    public IReadOnlyList<SimulatorHost> All => [Siao, Solis, Caf, Cpam];

    /// <summary>Base URL of each simulated system.</summary>
    public IReadOnlyDictionary<SimulatedSystem, Uri> BaseUrls => All.ToDictionary(s => s.System, s => s.BaseUrl);

    public SimulatorHost this[SimulatedSystem system] => All.First(s => s.System == system);

    public static async Task<SimulatorCluster> StartAsync(SimulatorOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        var generator = new HouseholdGenerator(options);
        var cluster = new SimulatorCluster(generator, new SiaoSimulator(generator), new SolisSimulator(generator), new CafSimulator(generator), new CpamSimulator(generator));
        try
        {
            await Task.WhenAll(cluster.All.Select(s => s.StartAsync(cancellationToken)));
            return cluster;
        }
        catch
        {
            await cluster.DisposeAsync();
            throw;
        }
    }

    /// <summary>Starts one simulator alone (e.g. only SI-SIAO for a connector test).</summary>
    public static async Task<T> StartOneAsync<T>(Func<HouseholdGenerator, T> create, SimulatorOptions options, CancellationToken cancellationToken = default)
        where T : SimulatorHost
    {
        ArgumentNullException.ThrowIfNull(create);
        var simulator = create(new HouseholdGenerator(options));
        await simulator.StartAsync(cancellationToken);
        return simulator;
    }

    /// <summary>Clears faults, counters, received messages and changes of every simulator.</summary>
    public void Reset()
    {
        foreach (var simulator in All)
        {
            simulator.Reset();
        }
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var simulator in All)
        {
            await simulator.DisposeAsync();
        }
    }
}
