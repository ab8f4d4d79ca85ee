using System.Collections.Concurrent;
using System.Diagnostics;
using Hub.Sync.Telemetry;

namespace Hub.Sync.Tests.Operations;

/// <summary>Collects every finished <c>LdaHub.Sync</c> span of the process while alive (other tests' spans too: filter by trace).</summary>
public sealed class SpanRecorder : IDisposable
{
    private readonly ActivityListener _listener;
    private readonly ConcurrentQueue<Activity> _spans = new();

    public SpanRecorder()
    {
        _listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name == SyncTelemetry.Name,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = _spans.Enqueue,
        };
        ActivitySource.AddActivityListener(_listener);
    }

    /// <summary>The spans of the trace whose root carries <paramref name="tag"/> = <paramref name="value"/>.</summary>
    public IReadOnlyList<Activity> TraceOf(string rootName, string tag, string value)
    {
        var root = _spans.Single(a => a.OperationName == rootName && (a.GetTagItem(tag) as string) == value);
        return [.. _spans.Where(a => a.TraceId == root.TraceId)];
    }

    public void Dispose() => _listener.Dispose();
}
