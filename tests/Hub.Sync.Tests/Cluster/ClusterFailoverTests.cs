using System.Diagnostics;
using System.Globalization;
using Hub.Sync.Runs;
using Hub.Sync.Tests.Processes;
using Xunit.Abstractions;

namespace Hub.Sync.Tests.Cluster;

/// <summary>
/// Two hub processes on one PostgreSQL database with Quartz's clustered ADO.NET store, as the compose file runs them.
/// A first sync is fired; in its middle the node running most of its jobs is killed with SIGKILL. Quartz on the
/// surviving node must notice the dead node (cluster check-in) and run its interrupted jobs again (recovery), which
/// resume from the committed cursors: the store then equals an undisturbed run's. Then the killed node comes back and
/// the same connector is fired from both nodes at once: each fire gives exactly one run, and no two runs of a stream
/// ever overlap, whichever node ran them.
/// </summary>
[Collection(HubProcessCollection.Name)]
public sealed class ClusterFailoverTests(ITestOutputHelper output) : IAsyncLifetime
{
    private const int Households = 300;
    private static readonly string[] NodeNames = ["node-a", "node-b"];
    private const int PageSize = 25;
    private static readonly TimeSpan SyncTimeout = TimeSpan.FromMinutes(3);

    /// <summary>Detection (check-in interval + 7.5 s) plus the rest of the interrupted streams.</summary>
    private static readonly TimeSpan RecoveryTimeout = TimeSpan.FromSeconds(75);

    private readonly string _root = Path.Combine(Path.GetTempPath(), "lda-hub-cluster-tests", Guid.NewGuid().ToString("N"));
    private readonly List<IAsyncDisposable> _owned = [];

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        foreach (var owned in Enumerable.Reverse(_owned))
        {
            await owned.DisposeAsync();
        }

        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }

    [Fact]
    public async Task Sync_NodeKilledMidJob_OtherNodeRecoversJobsAndStoreEqualsUninterruptedRun()
    {
        var seed = Environment.GetEnvironmentVariable("HUB_TEST_CRASH_SEED") is { Length: > 0 } given
            ? int.Parse(given, CultureInfo.InvariantCulture)
            : 20261204;
        var random = new Random(seed);
        output.WriteLine($"cluster: crash seed {seed} (set HUB_TEST_CRASH_SEED={seed} to replay this kill point)");

        var watch = Stopwatch.StartNew();
        var clean = await Own(HubDatabase.CreateAsync("Postgres", Path.Combine(_root, "clean")));
        var single = Own(new HubProcess("clean", clean.DataDirectory, Clustered(clean, "clean")));
        await single.StartAsync();
        var cleanRuns = await HubSyncApi.SyncAllAsync(single, SyncTimeout);
        await HubSyncApi.SettleAsync(single, SyncTimeout);
        single.Kill();
        var expected = await clean.StateAsync();
        var siaoPages = cleanRuns.Where(r => r.Connector == "siao").Sum(r => r.Pages);
        output.WriteLine($"uninterrupted run on one clustered node: {cleanRuns.Sum(r => r.Pages)} pages ({siaoPages} SI-SIAO), {expected.Store.Resources} resources in {watch.Elapsed.TotalSeconds:F1} s");

        watch.Restart();
        var database = await Own(HubDatabase.CreateAsync("Postgres", Path.Combine(_root, "cluster")));
        // One data directory, as a shared volume would be: the nodes share the dev token key and the archive folder.
        var nodes = NodeNames.Select(n => Own(new HubProcess(n, database.DataDirectory, Clustered(database, n)))).ToList();
        foreach (var node in nodes)
        {
            // One after the other: the first start creates the dev issuer's key in the shared folder.
            await node.StartAsync();
        }

        var target = (int)Math.Round(siaoPages * (0.2 + (0.5 * random.NextDouble())));
        var before = await HubSyncApi.RunIdsAsync(nodes[0].Client);
        var siaoStreams = await HubSyncApi.RunNowAsync(nodes[0].Client, "siao");
        var atKill = await WaitForPagesAsync(nodes[0], target);
        await Task.Delay(random.Next(0, 300));
        atKill = await HubSyncApi.RunsAsync(nodes[0].Client);
        var running = atKill.Where(r => r.Status == RunStatus.Running).ToList();
        var victimName = running.GroupBy(r => r.Node).OrderByDescending(g => g.Count()).First().Key;
        var victim = nodes.Single(n => n.Name == victimName);
        var survivor = nodes.Single(n => n != victim);
        var interrupted = running.Where(r => r.Node == victimName).ToList();
        victim.Kill();
        var killedAt = DateTimeOffset.UtcNow;
        output.WriteLine($"killed {victimName} after {atKill.Sum(r => r.Pages)} pages (target {target}) at {watch.Elapsed.TotalSeconds:F1} s, running there: {string.Join(", ", interrupted.Select(r => r.Key))}; on {survivor.Name}: {string.Join(", ", running.Where(r => r.Node != victimName).Select(r => r.Key))}");
        Assert.NotEmpty(interrupted);

        var recovered = await HubSyncApi.WaitForSuccessAsync(survivor.Client, siaoStreams, before, RecoveryTimeout, () => victim.ReadLog() + survivor.ReadLog());
        output.WriteLine($"{survivor.Name} finished SI-SIAO at {watch.Elapsed.TotalSeconds:F1} s");
        foreach (var run in interrupted)
        {
            // The interrupted job itself was run again on the survivor (no later fire was made for it).
            Assert.Contains(recovered, r => r.Key == run.Key && r.Node == survivor.Name && r.Status == RunStatus.Succeeded && r.StartedAt >= killedAt.AddSeconds(-1));
        }

        var beforeSolis = await HubSyncApi.RunIdsAsync(survivor.Client);
        await HubSyncApi.WaitForSuccessAsync(survivor.Client, await HubSyncApi.RunNowAsync(survivor.Client, "solis"), beforeSolis, SyncTimeout, survivor.ReadLog);
        await HubSyncApi.SettleAsync(survivor, SyncTimeout);
        var actual = await database.StateAsync();
        output.WriteLine($"SOLIS done at {watch.Elapsed.TotalSeconds:F1} s");

        // The killed node rejoins; one fire from each node at the same moment.
        await victim.StartAsync();
        var beforeDouble = await HubSyncApi.RunIdsAsync(survivor.Client);
        var fires = await Task.WhenAll(nodes.Select(n => HubSyncApi.RunNowAsync(n.Client, "siao")));
        var doubled = await WaitForRunCountAsync(survivor, siaoStreams, beforeDouble, 2);
        output.WriteLine($"two fires of SI-SIAO from two nodes ran at {string.Join(", ", doubled.Select(r => $"{r.Key}@{r.Node}"))}, done at {watch.Elapsed.TotalSeconds:F1} s");

        var runs = await HubSyncApi.RunsAsync(survivor.Client);
        try
        {
            Assert.All(fires, f => Assert.Equal(siaoStreams, f));
            foreach (var stream in siaoStreams)
            {
                Assert.Equal(2, doubled.Count(r => r.Key == stream));
            }

            AssertNoOverlap(runs, interrupted);
            foreach (var run in interrupted)
            {
                // Closed by the next run of its stream, so health does not show it running forever.
                var closed = runs.Single(r => r.Id == run.Id);
                Assert.True(closed.Status == RunStatus.Failed && closed.Error!.StartsWith(HubSyncApi.InterruptedPrefix, StringComparison.Ordinal), closed.ToString());
            }

            EngineState.AssertSame(expected, actual);
        }
        catch
        {
            output.WriteLine(string.Join("\n", runs.OrderBy(r => r.StartedAt)));
            output.WriteLine(nodes[0].ReadLog());
            output.WriteLine(nodes[1].ReadLog());
            throw;
        }
    }

    private static Dictionary<string, string> Clustered(HubDatabase database, string node)
    {
        var settings = HubProcessSettings.Simulated(Households, PageSize, database);
        settings["Hub:Sync:Scheduler"] = "Postgres";
        settings["Hub:Sync:NodeId"] = node;
        // A dead node is noticed after about one check-in interval plus Quartz's 7.5 s grace.
        settings["Hub:Sync:ClusterCheckinInterval"] = "00:00:01";
        return settings;
    }

    /// <summary>Runs of one stream never overlap, on one node or across both; runs cut short by the kill excepted.</summary>
    private static void AssertNoOverlap(IReadOnlyList<HubRun> runs, IReadOnlyList<HubRun> interrupted)
    {
        var cut = interrupted.Select(r => r.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var stream in runs.Where(r => !cut.Contains(r.Id)).GroupBy(r => r.Key))
        {
            var ordered = stream.OrderBy(r => r.StartedAt).ToList();
            for (var i = 1; i < ordered.Count; i++)
            {
                Assert.True(ordered[i - 1].FinishedAt is { } end && end <= ordered[i].StartedAt, $"Overlapping runs: {ordered[i - 1]} and {ordered[i]}");
            }
        }
    }

    private static async Task<IReadOnlyList<HubRun>> WaitForPagesAsync(HubProcess hub, int target)
    {
        var watch = Stopwatch.StartNew();
        while (true)
        {
            var runs = await HubSyncApi.RunsAsync(hub.Client);
            if (runs.Sum(r => r.Pages) >= target)
            {
                return runs;
            }

            if (watch.Elapsed > SyncTimeout)
            {
                Assert.Fail($"Fewer than {target} pages after {SyncTimeout}:\n{string.Join("\n", runs)}\n{hub.ReadLog()}");
            }

            await Task.Delay(25);
        }
    }

    /// <summary>Waits for <paramref name="count"/> finished runs per stream after <paramref name="before"/>, then a little more, so a third would show.</summary>
    private static async Task<IReadOnlyList<HubRun>> WaitForRunCountAsync(HubProcess hub, IReadOnlyList<string> streams, HashSet<string> before, int count)
    {
        var watch = Stopwatch.StartNew();
        while (true)
        {
            var fresh = (await HubSyncApi.RunsAsync(hub.Client)).Where(r => !before.Contains(r.Id)).ToList();
            if (streams.All(s => fresh.Count(r => r.Key == s && r.Status != RunStatus.Running) >= count))
            {
                await Task.Delay(TimeSpan.FromSeconds(2));
                return [.. (await HubSyncApi.RunsAsync(hub.Client)).Where(r => !before.Contains(r.Id))];
            }

            if (watch.Elapsed > SyncTimeout)
            {
                Assert.Fail($"Not {count} runs per stream after {SyncTimeout}:\n{string.Join("\n", fresh)}\n{hub.ReadLog()}");
            }

            await Task.Delay(100);
        }
    }

    private T Own<T>(T owned)
        where T : IAsyncDisposable
    {
        _owned.Add(owned);
        return owned;
    }

    private async Task<T> Own<T>(Task<T> owned)
        where T : IAsyncDisposable => Own(await owned);
}
