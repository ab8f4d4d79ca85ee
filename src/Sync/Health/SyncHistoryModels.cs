namespace Hub.Sync.Health;

/// <summary>The two windows of the sync history charts.</summary>
public enum SyncHistoryPeriod
{
    /// <summary>The last 24 hours, one bucket per hour.</summary>
    Day,

    /// <summary>The last 7 days, one bucket per 6 hours (00, 06, 12, 18 h in the hub's time zone).</summary>
    Week,
}

/// <summary>Throughput, errors and lag per connector over one period, bucketed from the run history.</summary>
/// <param name="Truncated">More runs than <see cref="SyncHistoryService.MaxRuns"/> in the window: only the newest were counted.</param>
public sealed record SyncHistory(
    string Period, DateTimeOffset From, DateTimeOffset To, int BucketMinutes, bool Truncated, IReadOnlyList<ConnectorHistory> Connectors);

public sealed record ConnectorHistory(string Connector, IReadOnlyList<HistoryBucket> Buckets)
{
    public int Runs => Buckets.Sum(b => b.Runs);
}

/// <summary>
/// One bucket: the runs that started in it with their record counts, and the lag at its end (or now for the current
/// bucket): the age of the oldest "last success" among the connector's pull streams; null when none has succeeded yet.
/// </summary>
public sealed record HistoryBucket(
    DateTimeOffset Start, DateTimeOffset End, int Runs, int FailedRuns, long Read, long Written, long Failed, double? LagSeconds);

/// <summary>The few columns of a run the history needs (a narrow projection of <c>sync_runs</c>).</summary>
public sealed record RunPoint(
    string Connector, string Stream, string Status, DateTimeOffset StartedAt, DateTimeOffset? FinishedAt, int Read, int Written, int Failed);
