using System.Diagnostics;
using System.Diagnostics.Metrics;
using Hub.Sync.Health;
using Hub.Sync.Pipeline;

namespace Hub.Sync.Telemetry;

/// <summary>
/// The <c>LdaHub.Sync</c> meter: record counters and run durations measured where they happen, and gauges (lag,
/// outbox backlog, open dead letters, paused, circuit open) read from the last health snapshot. The gauges do not
/// query the database at scrape time: a scrape must stay cheap and never block on the store, so a refresher
/// (<see cref="Update"/>) computes the snapshot on its own schedule.
/// </summary>
public sealed class SyncMetrics
{
    private readonly Counter<long> _read;
    private readonly Counter<long> _written;
    private readonly Counter<long> _skipped;
    private readonly Counter<long> _failed;
    private readonly Counter<long> _runs;
    private readonly Histogram<double> _duration;
    private volatile IReadOnlyList<ConnectorHealth> _snapshot = [];

    public SyncMetrics(IMeterFactory meters)
    {
        ArgumentNullException.ThrowIfNull(meters);
        var meter = meters.Create(SyncTelemetry.Name);
        _read = meter.CreateCounter<long>("ldahub.sync.records.read", "{record}", "Records read from a partner (pulled or pushed)");
        _written = meter.CreateCounter<long>("ldahub.sync.records.written", "{resource}", "Canonical resources created or changed");
        _skipped = meter.CreateCounter<long>("ldahub.sync.records.skipped", "{record}", "Records already applied or unchanged");
        _failed = meter.CreateCounter<long>("ldahub.sync.records.failed", "{record}", "Records sent to dead letters");
        _runs = meter.CreateCounter<long>("ldahub.sync.runs", "{run}", "Finished runs and pushes, by status");
        _duration = meter.CreateHistogram<double>("ldahub.sync.run.duration", "s", "Duration of a run or push");
        meter.CreateObservableGauge("ldahub.sync.lag", () => Streams(s => s.LagSeconds), "s", "Now minus the newest change seen on the stream");
        meter.CreateObservableGauge("ldahub.sync.outbox.backlog", () => Connectors(c => c.OutboxBacklog), "{entry}", "Deliveries waiting for the partner");
        meter.CreateObservableGauge("ldahub.sync.dead_letters.open", () => Connectors(c => c.DeadLetters), "{letter}", "Open dead letters");
        meter.CreateObservableGauge("ldahub.sync.connector.paused", () => Connectors(c => c.Paused ? 1 : 0), "1", "1 when the connector is paused");
        meter.CreateObservableGauge("ldahub.sync.connector.circuit_open", () => Connectors(c => c.State == HealthState.CircuitOpen ? 1 : 0), "1",
            "1 when the last run failed on an open circuit breaker");
        meter.CreateObservableGauge("ldahub.sync.connector.consecutive_failures", () => Connectors(c => c.ConsecutiveFailures), "{run}",
            "Failed runs in a row");
    }

    /// <summary>When the gauges' snapshot was last refreshed (null before the first refresh).</summary>
    public DateTimeOffset? SnapshotAt { get; private set; }

    public void RecordPage(string connector, string stream, PageOutcome outcome)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        var tags = Labels(connector, stream);
        _read.Add(outcome.Read, tags);
        _written.Add(outcome.Written, tags);
        _skipped.Add(outcome.Skipped, tags);
        _failed.Add(outcome.Failed, tags);
    }

    public void RecordRun(string connector, string stream, string trigger, string status, TimeSpan duration)
    {
        var tags = new TagList
        {
            { SyncTelemetry.Tags.Connector, connector },
            { SyncTelemetry.Tags.Stream, stream },
            { SyncTelemetry.Tags.Trigger, trigger },
            { SyncTelemetry.Tags.Status, status },
        };
        _runs.Add(1, tags);
        _duration.Record(duration.TotalSeconds, tags);
    }

    /// <summary>Replaces the gauges' snapshot (called by the host's refresher).</summary>
    public void Update(IReadOnlyList<ConnectorHealth> connectors, DateTimeOffset at)
    {
        _snapshot = connectors ?? throw new ArgumentNullException(nameof(connectors));
        SnapshotAt = at;
    }

    private static TagList Labels(string connector, string stream) =>
        new() { { SyncTelemetry.Tags.Connector, connector }, { SyncTelemetry.Tags.Stream, stream } };

    private IEnumerable<Measurement<double>> Streams(Func<StreamHealth, double?> value) =>
        from c in _snapshot
        from s in c.Streams
        let v = value(s)
        where v is not null
        select new Measurement<double>(v.Value, new KeyValuePair<string, object?>(SyncTelemetry.Tags.Connector, c.Name),
            new KeyValuePair<string, object?>(SyncTelemetry.Tags.Stream, s.Stream));

    private IEnumerable<Measurement<int>> Connectors(Func<ConnectorHealth, int> value) =>
        _snapshot.Select(c => new Measurement<int>(value(c), new KeyValuePair<string, object?>(SyncTelemetry.Tags.Connector, c.Name)));
}
