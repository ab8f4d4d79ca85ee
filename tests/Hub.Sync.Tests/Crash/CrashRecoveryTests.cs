using System.Diagnostics;
using System.Globalization;
using Hub.Sync.Runs;
using Hub.Sync.Tests.Processes;
using Xunit.Abstractions;

namespace Hub.Sync.Tests.Crash;

/// <summary>
/// Crash safety of a bulk sync: the hub runs as its own process, is killed with SIGKILL at random points of a large
/// first sync of SI-SIAO and SOLIS, restarted each time, and left to finish. Its store must then equal the store of an
/// undisturbed run: same resources, same number of versions of each (no page applied twice), same source links, one
/// outbox entry per change, cursors at the end. The kill points are page counts drawn from a seeded
/// <see cref="Random"/> (the seed is logged; <c>HUB_TEST_CRASH_SEED</c> replays one), each followed by a random
/// delay so that the kill lands inside a page, not only between two.
/// </summary>
public abstract class CrashRecoveryTests(ITestOutputHelper output) : IAsyncLifetime
{
    private const int Households = 300;
    private const int PageSize = 25;
    private const int Kills = 6;
    private static readonly TimeSpan SyncTimeout = TimeSpan.FromMinutes(3);

    private readonly string _root = Path.Combine(Path.GetTempPath(), "lda-hub-crash-tests", Guid.NewGuid().ToString("N"));
    private readonly List<IAsyncDisposable> _owned = [];

    protected abstract string Engine { get; }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        // Processes first (killed even when the test failed), then their databases.
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
    public async Task Sync_KilledAtRandomPointsAndRestarted_StoreEqualsUninterruptedRun()
    {
        var seed = Environment.GetEnvironmentVariable("HUB_TEST_CRASH_SEED") is { Length: > 0 } given
            ? int.Parse(given, CultureInfo.InvariantCulture)
            : 20261204;
        output.WriteLine($"{Engine}: crash seed {seed} (set HUB_TEST_CRASH_SEED={seed} to replay these kill points)");
        var random = new Random(seed);

        var watch = Stopwatch.StartNew();
        var (expected, cleanPages) = await UninterruptedRunAsync();
        output.WriteLine($"uninterrupted run: {cleanPages} pages, {expected.Store.Resources} resources, {expected.Store.Versions} versions, {expected.Outbox.Count} outbox entries in {watch.Elapsed.TotalSeconds:F1} s");

        // Kill points spread over the whole sync, by committed pages (the runs' progress, saved after each page).
        var targets = Enumerable.Range(0, Kills).Select(_ => (int)Math.Round(cleanPages * (0.05 + (0.9 * random.NextDouble()))))
            .Order().ToList();
        var delays = targets.Select(_ => TimeSpan.FromMilliseconds(random.Next(0, 400))).ToList();
        output.WriteLine($"kill after pages {string.Join(", ", targets)} (+ {string.Join(", ", delays.Select(d => (int)d.TotalMilliseconds))} ms)");

        watch.Restart();
        var database = await Own(HubDatabase.CreateAsync(Engine, Path.Combine(_root, "crashed")));
        var hub = Own(new HubProcess("crashed", database.DataDirectory, HubProcessSettings.Simulated(Households, PageSize, database)));
        var pending = new Queue<string>(HubSyncApi.PullConnectors);
        var midSync = 0;
        for (var i = 0; i < Kills; i++)
        {
            await hub.StartAsync();
            var committed = await SyncUntilPagesAsync(hub, pending, targets[i]);
            await Task.Delay(delays[i]);
            var inFlight = (await HubSyncApi.RunsAsync(hub.Client)).Count(r => r.Status == RunStatus.Running);
            hub.Kill();
            midSync += pending.Count > 0 ? 1 : 0;
            output.WriteLine($"kill {i + 1}: after {committed} committed pages (+{(int)delays[i].TotalMilliseconds} ms) during {(pending.Count > 0 ? pending.Peek() : "nothing")}, {inFlight} runs marked running, at {watch.Elapsed.TotalSeconds:F1} s");
        }

        await hub.StartAsync();
        await SyncUntilPagesAsync(hub, pending, int.MaxValue);
        await HubSyncApi.SettleAsync(hub, SyncTimeout);
        var allRuns = await HubSyncApi.RunsAsync(hub.Client);
        hub.Kill();
        output.WriteLine($"crashed run: {Kills} kills ({midSync} mid-sync), finished in {watch.Elapsed.TotalSeconds:F1} s, {allRuns.Count} runs");

        Assert.True(midSync >= 5, $"Only {midSync} kills landed while the sync was running.\n{string.Join("\n", allRuns)}");
        var actual = await database.StateAsync();
        try
        {
            EngineState.AssertSame(expected, actual);
        }
        catch
        {
            output.WriteLine(string.Join("\n", allRuns));
            output.WriteLine(hub.ReadLog());
            throw;
        }
    }

    private async Task<(EngineState State, int Pages)> UninterruptedRunAsync()
    {
        var database = await Own(HubDatabase.CreateAsync(Engine, Path.Combine(_root, "clean")));
        var hub = Own(new HubProcess("clean", database.DataDirectory, HubProcessSettings.Simulated(Households, PageSize, database)));
        await hub.StartAsync();
        var runs = await HubSyncApi.SyncAllAsync(hub, SyncTimeout);
        await HubSyncApi.SettleAsync(hub, SyncTimeout);
        hub.Kill();
        return (await database.StateAsync(), runs.Sum(r => r.Pages));
    }

    /// <summary>
    /// Fires the pending connectors one after another (as <see cref="HubSyncApi.SyncAllAsync"/> does) and returns as
    /// soon as the pages committed by every run so far, restarts included, reach the target; a connector leaves the
    /// queue once each of its streams has succeeded.
    /// </summary>
    private static async Task<int> SyncUntilPagesAsync(HubProcess hub, Queue<string> pending, int target)
    {
        var watch = Stopwatch.StartNew();
        while (pending.Count > 0)
        {
            var before = await HubSyncApi.RunIdsAsync(hub.Client);
            var streams = await HubSyncApi.RunNowAsync(hub.Client, pending.Peek());
            while (true)
            {
                var runs = await HubSyncApi.RunsAsync(hub.Client);
                var pages = runs.Sum(r => r.Pages);
                if (pages >= target)
                {
                    return pages;
                }

                var fresh = runs.Where(r => !before.Contains(r.Id)).ToList();
                if (fresh.FirstOrDefault(r => r.Status == RunStatus.Failed && r.Error?.StartsWith(HubSyncApi.InterruptedPrefix, StringComparison.Ordinal) != true) is { } failed)
                {
                    Assert.Fail($"A run failed: {failed}\n{hub.ReadLog()}");
                }

                if (streams.All(s => fresh.Any(r => r.Key == s && r.Status == RunStatus.Succeeded)))
                {
                    pending.Dequeue();
                    break;
                }

                if (watch.Elapsed > SyncTimeout)
                {
                    Assert.Fail($"{pages} pages after {SyncTimeout}, waiting for {target}.\n{string.Join("\n", runs)}\n{hub.ReadLog()}");
                }

                await Task.Delay(25);
            }
        }

        return (await HubSyncApi.RunsAsync(hub.Client)).Sum(r => r.Pages);
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

[Collection(HubProcessCollection.Name)]
public sealed class SqliteCrashRecoveryTests(ITestOutputHelper output) : CrashRecoveryTests(output)
{
    protected override string Engine => "Sqlite";
}

[Collection(HubProcessCollection.Name)]
public sealed class PostgresCrashRecoveryTests(ITestOutputHelper output) : CrashRecoveryTests(output)
{
    protected override string Engine => "Postgres";
}
