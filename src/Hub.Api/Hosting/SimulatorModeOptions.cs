namespace Hub.Api.Hosting;

/// <summary>Configuration section <c>Hub:Simulators</c>: the built-in SI-SIAO, SOLIS, CAF and CPAM simulators.</summary>
public sealed class SimulatorModeOptions
{
    public const string SectionName = "Hub:Simulators";

    /// <summary>Auto (default): on when no connector has a base URL configured; On; Off.</summary>
    public SimulatorMode Mode { get; set; } = SimulatorMode.Auto;

    /// <summary>Seed of the synthetic population (same seed, same households).</summary>
    public ulong Seed { get; set; } = 42;

    /// <summary>Households served by the simulated SI-SIAO at start.</summary>
    public long Households { get; set; } = 2_000;

    /// <summary>How often the simulated partners record new changes (zero = never, the default: tests need still sources).</summary>
    public TimeSpan ActivityInterval { get; set; } = TimeSpan.Zero;

    /// <summary>Changes each simulated partner records per activity tick.</summary>
    public int ChangesPerTick { get; set; } = 5;

    /// <summary>Run every connector once as soon as the hub has started (a first sync without waiting for the schedule).</summary>
    public bool RunOnStart { get; set; }
}

public enum SimulatorMode
{
    Auto,
    On,
    Off,
}
