namespace Hub.Storage.Sync;

/// <summary>Operator-visible state of a connector that must survive restarts: paused or not, and why; failure streak.</summary>
public sealed class ConnectorStateRow
{
    public required string Connector { get; set; }

    public bool Paused { get; set; }

    /// <summary>Who paused it (a person, or "auto" after repeated failures) and why.</summary>
    public string? PausedReason { get; set; }

    public DateTimeOffset? PausedAt { get; set; }

    public int ConsecutiveFailures { get; set; }

    public string? LastError { get; set; }

    public DateTimeOffset? LastFailureAt { get; set; }
}
