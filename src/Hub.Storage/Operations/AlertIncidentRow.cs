namespace Hub.Storage.Operations;

/// <summary>
/// One incident of one alert rule on one subject (a connector, or a connector's stream): pending while its condition
/// has not yet held long enough, firing, then resolved. One row per incident is what de-duplicates the notices: a
/// firing notice and a recovery notice per channel, each recorded in <see cref="Deliveries"/> once sent.
/// </summary>
public sealed class AlertIncidentRow
{
    public required string Id { get; set; }

    public required string Rule { get; set; }

    /// <summary><c>siao</c> or <c>siao/menages</c>.</summary>
    public required string Subject { get; set; }

    public required string Kind { get; set; }

    public required string Severity { get; set; }

    /// <summary>pending, firing or resolved.</summary>
    public required string Status { get; set; }

    /// <summary>What was observed, for people (counts, durations; never a record's values).</summary>
    public required string Summary { get; set; }

    public DateTimeOffset ConditionSince { get; set; }

    public DateTimeOffset? FiredAt { get; set; }

    public DateTimeOffset? ResolvedAt { get; set; }

    public DateTimeOffset LastEvaluatedAt { get; set; }

    /// <summary>Notices sent, space-separated <c>{status}:{channel}</c> (<c>firing:webhook resolved:webhook</c>).</summary>
    public string Deliveries { get; set; } = "";

    /// <summary>The last delivery failure (retried at the next evaluation).</summary>
    public string? DeliveryError { get; set; }
}
