using System.Diagnostics;

namespace Hub.Sync.Telemetry;

/// <summary>
/// Names of the sync engine's telemetry. The engine only uses the BCL's <see cref="ActivitySource"/> and
/// <c>System.Diagnostics.Metrics</c>: the OpenTelemetry SDK, its exporters and <c>/metrics</c> are the host's business
/// (Hub.Api <c>Features/Operations</c>), so the engine stays testable with a plain listener.
/// </summary>
public static class SyncTelemetry
{
    /// <summary>The meter and the activity source share this name.</summary>
    public const string Name = "LdaHub.Sync";

    /// <summary>One span per sync run, push and pipeline stage. Static: spans are process-wide by design.</summary>
    public static ActivitySource ActivitySource { get; } = new(Name);

    /// <summary>Span names: one run or push, then its stages in pipeline order.</summary>
    public static class Spans
    {
        public const string Run = "sync.run";
        public const string Push = "sync.push";
        public const string Fetch = "sync.fetch";
        public const string Receive = "sync.receive";
        public const string Archive = "sync.archive";
        public const string Validate = "sync.validate";
        public const string Map = "sync.map";
        public const string Identity = "sync.identity";
        public const string Store = "sync.store";
    }

    /// <summary>Tag (span attribute and metric label) names.</summary>
    public static class Tags
    {
        public const string Connector = "connector";
        public const string Stream = "stream";
        public const string Trigger = "trigger";
        public const string Status = "status";
        public const string RunId = "ldahub.run_id";
        public const string Records = "ldahub.records";
        public const string Rejected = "ldahub.rejected";
        public const string Written = "ldahub.written";
    }

    /// <summary>Starts a stage span tagged with its connector and stream (null when nobody listens).</summary>
    public static Activity? StartStage(string name, string connector, string stream) =>
        ActivitySource.StartActivity(name)?.SetTag(Tags.Connector, connector).SetTag(Tags.Stream, stream);
}
