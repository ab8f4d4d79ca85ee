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
}

public enum SimulatorMode
{
    Auto,
    On,
    Off,
}
