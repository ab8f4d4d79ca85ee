namespace Hub.Simulators.Faults;

/// <summary>
/// A fault to inject on an endpoint. <see cref="Endpoint"/> is "METHOD /route/{template}" (e.g. "GET /v1/menages"),
/// a route without method (any method), or "*" for every endpoint of the simulator.
/// </summary>
public sealed record FaultRule
{
    public required string Endpoint { get; init; }

    public required FaultKind Kind { get; init; }

    /// <summary>Number of calls that get the fault; null: until cleared.</summary>
    public int? Count { get; init; }

    /// <summary>Wait of <see cref="FaultKind.Latency"/> and <see cref="FaultKind.Timeout"/>.</summary>
    public TimeSpan? Delay { get; init; }

    /// <summary>Retry-After of 429/503 (seconds).</summary>
    public int RetryAfterSeconds { get; init; } = 1;
}
