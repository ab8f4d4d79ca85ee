using Hub.Storage.Sync;
using Hub.Sync.Runs;

namespace Hub.Sync.Tests.Infrastructure;

/// <summary>Drives runs the way the Quartz job does (<see cref="StreamRunner.RunAsync"/>), one stream after another.</summary>
public static class SyncDriver
{
    public const string Node = "sync-tests";

    public static IReadOnlyList<string> StreamsOf(SyncHubFactory factory, string connector)
    {
        ArgumentNullException.ThrowIfNull(factory);
        return [.. factory.Runner.Streams.Where(s => s.Connector == connector).Select(s => s.Stream)];
    }

    public static Task<SyncRunRow> RunAsync(SyncHubFactory factory, string connector, string stream, string trigger = RunTrigger.Manual)
    {
        ArgumentNullException.ThrowIfNull(factory);
        return factory.Runner.RunAsync(connector, stream, trigger, Node, CancellationToken.None);
    }

    /// <summary>Every stream of the connector in registration order (SI-SIAO: ménages before what refers to them).</summary>
    public static async Task<IReadOnlyList<SyncRunRow>> RunConnectorAsync(SyncHubFactory factory, string connector)
    {
        var runs = new List<SyncRunRow>();
        foreach (var stream in StreamsOf(factory, connector))
        {
            runs.Add(await RunAsync(factory, connector, stream));
        }

        return runs;
    }

    /// <summary>A failed run's error is the first thing to read when this fails.</summary>
    public static void AssertSucceeded(SyncRunRow run)
    {
        ArgumentNullException.ThrowIfNull(run);
        Assert.True(run.Status == RunStatus.Succeeded, $"{run.Connector}/{run.Stream} {run.Status}: {run.Error}");
    }
}
