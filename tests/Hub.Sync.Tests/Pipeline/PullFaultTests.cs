using System.Text.Json.Nodes;
using Hub.Simulators.Faults;
using Hub.Storage.Sync;
using Hub.Sync.DeadLetters;
using DeadLetterStates = Hub.Sync.DeadLetters.DeadLetters;
using Hub.Sync.Runs;
using Hub.Sync.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Hub.Sync.Tests.Pipeline;

/// <summary>
/// Issue 4: for every fault of the simulators that a pull can meet, the sync completes once the fault clears with no
/// record lost and none duplicated (the store equals a clean run's), and no retry storm (the simulator counts calls).
/// </summary>
public abstract class PullFaultTests(SyncHubFactory factory) : IAsyncLifetime
{
    private const int FaultCount = 2;

    public static TheoryData<string, string, FaultKind> Faults()
    {
        var data = new TheoryData<string, string, FaultKind>();
        foreach (var (connector, stream) in new[] { ("siao", "menages"), ("solis", "dossiers") })
        {
            foreach (var kind in new[]
            {
                FaultKind.InternalError, FaultKind.ServiceUnavailable, FaultKind.TooManyRequests, FaultKind.Timeout, FaultKind.ConnectionReset,
                FaultKind.MalformedJson, FaultKind.TruncatedPage, FaultKind.Latency, FaultKind.InvalidRecord,
            })
            {
                data.Add(connector, stream, kind);
            }
        }

        return data;
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync() => Task.CompletedTask;

    [Theory]
    [MemberData(nameof(Faults))]
    public async Task RunAsync_FaultOnPull_StoreEqualsCleanRunWithoutRetryStorm(string connector, string stream, FaultKind kind)
    {
        var endpoint = $"GET /v1/{stream}";
        var clean = await factory.CleanRunAsync(connector, stream, endpoint);
        Assert.True(clean.Pages >= 3, $"{connector}/{stream} has {clean.Pages} pages: the fault would not land mid-stream.");
        Assert.Equal(clean.Pages, clean.Calls);
        await factory.ResetAsync();
        var simulator = factory.Simulator(connector);
        var source = await SimulatorFeed.ReadAllAsync(simulator.BaseUrl, stream);
        simulator.Calls.Reset();
        // Page 1 goes through untouched (a zero latency), then the fault hits the next calls: it lands mid-stream,
        // after a committed page, which a restart must not fetch again.
        simulator.Faults.Inject(endpoint, FaultKind.Latency, count: 1, delay: TimeSpan.Zero);
        simulator.Faults.Inject(new FaultRule
        {
            Endpoint = endpoint,
            Kind = kind,
            Count = FaultCount,
            Delay = kind == FaultKind.Latency ? TimeSpan.FromMilliseconds(50) : null,
            RetryAfterSeconds = 1,
        });

        var runs = new List<(SyncRunRow Run, long Calls)>();
        do
        {
            var before = simulator.Calls[endpoint];
            var run = await SyncDriver.RunAsync(factory, connector, stream);
            runs.Add((run, simulator.Calls[endpoint] - before));
        }
        while (runs[^1].Run.Status != RunStatus.Succeeded && runs.Count <= FaultCount);

        SyncDriver.AssertSucceeded(runs[^1].Run);
        Assert.Empty(simulator.Faults.Active);
        // A transient fault never fails a run for good: the next run is the retry.
        Assert.All(runs.SkipLast(1), r => Assert.StartsWith("Retryable:", r.Run.Error, StringComparison.Ordinal));
        // No retry storm: at most 1 + MaxRetryAttempts calls for each page a run reached; over all runs, each faulted
        // call cost exactly one extra call and no committed page was fetched twice.
        Assert.All(runs, r => Assert.True(r.Calls <= (r.Run.Pages + 1) * (1 + SyncHubFactory.MaxRetryAttempts), $"{r.Calls} calls for {r.Run.Pages} pages"));
        var wasted = kind is FaultKind.Latency or FaultKind.InvalidRecord ? 0 : FaultCount;
        Assert.Equal(clean.Calls + wasted, simulator.Calls[endpoint]);

        if (kind == FaultKind.InvalidRecord)
        {
            await AssertInvalidRecordsDeadLetteredAsync(connector, stream, source, clean);
        }

        var store = await StoreSnapshot.TakeAsync(factory);
        Assert.Equal(0, store.OpenDeadLetters);
        StoreSnapshot.AssertSame(clean.Snapshot, store);
    }

    /// <summary>
    /// The first record of each faulted page (pages 2 and 3) is a dead letter with its reason and the rest of the page
    /// is stored; replaying each with the record the source serves completes the store.
    /// </summary>
    private async Task AssertInvalidRecordsDeadLetteredAsync(string connector, string stream, IReadOnlyList<JsonObject> source, CleanRun clean)
    {
        var broken = Enumerable.Range(1, FaultCount).Select(page => source[page * SyncHubFactory.PageSize]["id"]!.GetValue<string>()).Order(StringComparer.Ordinal).ToList();
        var letters = await factory.QueryAsync(db => db.DeadLetters.AsNoTracking().ToListAsync());
        Assert.Equal(broken, letters.Select(l => l.SourceId).Order(StringComparer.Ordinal));
        Assert.All(letters, l =>
        {
            Assert.Equal((DeadLetterStates.Inbound, connector, stream, DeadLetterStates.Open), (l.Direction, l.Connector, l.Stream, l.Status));
            Assert.StartsWith("Contract violation:", l.Reason, StringComparison.Ordinal);
        });
        var partial = await StoreSnapshot.TakeAsync(factory);
        Assert.Equal(clean.Snapshot.SourceLinks.Where(link => !broken.Any(id => link.Contains($"|{id}|", StringComparison.Ordinal))), partial.SourceLinks);

        foreach (var letter in letters)
        {
            var original = source.Single(e => e["id"]!.GetValue<string>() == letter.SourceId).ToJsonString();
            await using var scope = factory.Services.CreateAsyncScope();
            var result = await scope.ServiceProvider.GetRequiredService<DeadLetterReplayer>().ReplayAsync(letter.Id, original, "sync-tests", CancellationToken.None);
            Assert.Equal(ReplayStatus.Replayed, result.Status);
        }
    }
}

[Collection(SqliteCollection.Name)]
public sealed class SqlitePullFaultTests(SqliteSyncHubFactory factory) : PullFaultTests(factory);

[Collection(PostgresCollection.Name)]
public sealed class PostgresPullFaultTests(PostgresSyncHubFactory factory) : PullFaultTests(factory);
