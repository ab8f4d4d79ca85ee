namespace Hub.Simulators.Faults;

/// <summary>Failures a simulator can produce on demand, per endpoint.</summary>
public enum FaultKind
{
    /// <summary>500 with an error body.</summary>
    InternalError,

    /// <summary>503 with Retry-After.</summary>
    ServiceUnavailable,

    /// <summary>429 with Retry-After and RateLimit-* headers.</summary>
    TooManyRequests,

    /// <summary>Hangs for <see cref="FaultRule.Delay"/> (default 30 s), then drops the connection without answering.</summary>
    Timeout,

    /// <summary>Drops the connection at once (the client sees a reset / an IOException).</summary>
    ConnectionReset,

    /// <summary>200 with a body that is not JSON.</summary>
    MalformedJson,

    /// <summary>200 with the normal body, except one record that breaks the contract schema.</summary>
    InvalidRecord,

    /// <summary>Waits <see cref="FaultRule.Delay"/> (default <see cref="SimulatorOptions.DefaultLatency"/>), then answers normally.</summary>
    Latency,

    /// <summary>Announces the full Content-Length, sends half of the body, then drops the connection.</summary>
    TruncatedPage,

    /// <summary>410: cursor unknown or expired (the hub must restart the list from the beginning).</summary>
    CursorExpired,

    /// <summary>401 with WWW-Authenticate (expired token: the hub renews it once).</summary>
    Unauthorized,
}
