namespace Hub.Sync.Health;

/// <summary>Health of one connector: its state and, per stream, what the admin console and partners' scripts read.</summary>
public sealed record ConnectorHealth(
    string Name,
    string State,
    bool Paused,
    string? PausedReason,
    int ConsecutiveFailures,
    string? LastError,
    DateTimeOffset? LastFailureAt,
    int OutboxBacklog,
    int OutboxBlocked,
    int DeadLetters,
    IReadOnlyList<StreamHealth> Streams);

public sealed record StreamHealth(
    string Stream,
    string State,
    RunSummary? LastRun,
    DateTimeOffset? LastSuccessAt,
    DateTimeOffset? NextFireAt,
    double? LagSeconds,
    DateTimeOffset? NewestChangeAt,
    RecordCounts Last24Hours);

public sealed record RunSummary(
    string Id,
    string Connector,
    string Stream,
    string Trigger,
    string Status,
    DateTimeOffset StartedAt,
    DateTimeOffset? FinishedAt,
    int Pages,
    RecordCounts Records,
    string? Error,
    string? Node);

public sealed record RecordCounts(int Read, int Written, int Skipped, int Failed, int Runs = 1);

/// <summary>Connector and stream states as the console shows them.</summary>
public static class HealthState
{
    public const string Running = "running";
    public const string Idle = "idle";
    public const string Paused = "paused";
    public const string Failing = "failing";
    public const string CircuitOpen = "circuit-open";
    public const string Disabled = "disabled";
}
