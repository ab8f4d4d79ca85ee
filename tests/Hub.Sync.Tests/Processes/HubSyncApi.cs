using System.Diagnostics;
using System.Text.Json.Nodes;
using Hub.Sync.Runs;

namespace Hub.Sync.Tests.Processes;

/// <summary>Drives a hub in another process through its sync API, as an operator's script would.</summary>
public static class HubSyncApi
{
    /// <summary>Connectors with pull streams (CAF and CPAM only receive pushes).</summary>
    public static IReadOnlyList<string> PullConnectors { get; } = ["siao", "solis"];

    public static async Task<IReadOnlyList<HubRun>> RunsAsync(HttpClient client)
    {
        ArgumentNullException.ThrowIfNull(client);
        var page = JsonNode.Parse(await client.GetStringAsync(new Uri("api/sync/runs?_count=1000", UriKind.Relative)))!;
        return [.. page["items"]!.AsArray().Select(i => HubRun.From(i!))];
    }

    /// <summary><c>POST /api/sync/connectors/{name}/run</c>; returns the streams fired (<c>connector/stream</c>).</summary>
    public static async Task<IReadOnlyList<string>> RunNowAsync(HttpClient client, string connector)
    {
        ArgumentNullException.ThrowIfNull(client);
        using var response = await client.PostAsync(new Uri($"api/sync/connectors/{connector}/run", UriKind.Relative), null);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"POST run {connector}: {(int)response.StatusCode} {text}");
        return [.. JsonNode.Parse(text)!["streams"]!.AsArray().Select(s => $"{connector}/{s!.GetValue<string>()}")];
    }

    /// <summary>
    /// One more pass over every connector once a sync is done: it must write nothing, and it moves every cursor past
    /// the empty slots at the end of its list (a run that ended on a full page stops before them), so that cursors can
    /// be compared whatever pages the sync ended on.
    /// </summary>
    public static async Task SettleAsync(HubProcess hub, TimeSpan timeout)
    {
        var runs = await SyncAllAsync(hub, timeout);
        Assert.All(runs, r => Assert.True(r.Written == 0, $"An incremental pass after the sync wrote records: {r}"));
    }

    /// <summary>Ids of the runs recorded so far: runs not among them were started after.</summary>
    public static async Task<HashSet<string>> RunIdsAsync(HttpClient client) =>
        (await RunsAsync(client)).Select(r => r.Id).ToHashSet(StringComparer.Ordinal);

    /// <summary>
    /// Every pull connector, one after another: SOLIS individuals carry the NIR that SI-SIAO persons carry, and which
    /// of the two writes a person first decides its identifiers (identity resolution is pass-through until issue 5),
    /// so a store can only be compared with another one written in the same order.
    /// </summary>
    public static async Task<IReadOnlyList<HubRun>> SyncAllAsync(HubProcess hub, TimeSpan timeout)
    {
        ArgumentNullException.ThrowIfNull(hub);
        var before = await RunIdsAsync(hub.Client);
        foreach (var connector in PullConnectors)
        {
            var since = await RunIdsAsync(hub.Client);
            await WaitForSuccessAsync(hub.Client, await RunNowAsync(hub.Client, connector), since, timeout, hub.ReadLog);
        }

        return [.. (await RunsAsync(hub.Client)).Where(r => !before.Contains(r.Id))];
    }

    /// <summary>
    /// Waits until every stream has a succeeded run that is not in <paramref name="before"/>; a new failed run fails at
    /// once with its error. Runs a killed node left behind are in no particular state and are ignored.
    /// </summary>
    public static async Task<IReadOnlyList<HubRun>> WaitForSuccessAsync(HttpClient client, IReadOnlyCollection<string> streams, ISet<string> before, TimeSpan timeout, Func<string> log)
    {
        var watch = Stopwatch.StartNew();
        while (true)
        {
            var runs = (await RunsAsync(client)).Where(r => !before.Contains(r.Id)).ToList();
            var failed = runs.FirstOrDefault(r => r.Status == RunStatus.Failed && r.Error?.StartsWith(InterruptedPrefix, StringComparison.Ordinal) != true);
            if (failed is not null)
            {
                Assert.Fail($"A run failed: {failed}\n{log()}");
            }

            if (streams.All(s => runs.Any(r => r.Key == s && r.Status == RunStatus.Succeeded)))
            {
                return runs;
            }

            if (watch.Elapsed > timeout)
            {
                Assert.Fail($"Not every stream succeeded within {timeout}:\n{string.Join("\n", runs)}\n{log()}");
            }

            await Task.Delay(200);
        }
    }

    /// <summary>How a run that a crash cut short is closed by the next run of its stream.</summary>
    public const string InterruptedPrefix = "interrupted";
}
