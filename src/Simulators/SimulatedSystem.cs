namespace Hub.Simulators;

/// <summary>The partner systems the hub connects to.</summary>
public enum SimulatedSystem
{
    Siao,
    Solis,
    Caf,
    Cpam,
}
