using System.Net;
using Hub.Simulators.Faults;
using Hub.Sync.Runs;
using Hub.Sync.Tests.Infrastructure;

namespace Hub.Sync.Tests.Runs;

/// <summary>Issue 4: a connector is paused after N consecutive failed runs, stays paused across fires, resumes on request.</summary>
public abstract class AutoPauseTests(SyncHubFactory factory) : IAsyncLifetime
{
    private const string Menages = "GET /v1/menages";

    public Task InitializeAsync() => factory.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task RunAsync_PersistentServerError_PausedAfterTwoFailuresSkippedUntilResumed()
    {
        var simulator = factory.Simulator("siao");
        simulator.Faults.Inject(Menages, FaultKind.InternalError, count: null);
        using var sut = factory.CreateClient();

        var first = await SyncDriver.RunAsync(factory, "siao", "menages", RunTrigger.Scheduled);
        var afterFirst = await HubHttp.GetObjectAsync(sut, "/api/sync/connectors/siao");
        var second = await SyncDriver.RunAsync(factory, "siao", "menages", RunTrigger.Scheduled);
        var paused = await HubHttp.GetObjectAsync(sut, "/api/sync/connectors/siao");

        Assert.Equal((RunStatus.Failed, RunStatus.Failed), (first.Status, second.Status));
        Assert.StartsWith("Retryable:", first.Error, StringComparison.Ordinal);
        // Each failed run spends its retry budget on the first page and stops: no storm against a partner that is down.
        Assert.Equal(2 * (1 + SyncHubFactory.MaxRetryAttempts), simulator.Calls[Menages]);
        Assert.Equal(("failing", false, 1), (afterFirst["state"]!.GetValue<string>(), afterFirst["paused"]!.GetValue<bool>(), afterFirst["consecutiveFailures"]!.GetValue<int>()));
        Assert.Equal(("paused", true, SyncHubFactory.AutoPauseAfterFailures), (paused["state"]!.GetValue<string>(), paused["paused"]!.GetValue<bool>(), paused["consecutiveFailures"]!.GetValue<int>()));
        Assert.StartsWith("auto:", paused["pausedReason"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.NotNull(paused["lastError"]?.GetValue<string>());

        // A scheduled fire of any stream of the paused connector is recorded as skipped and does not call the partner.
        var callsBefore = simulator.Calls.Total;
        var skippedMenages = await SyncDriver.RunAsync(factory, "siao", "menages", RunTrigger.Scheduled);
        var skippedDemandes = await SyncDriver.RunAsync(factory, "siao", "demandes", RunTrigger.Scheduled);
        Assert.All([skippedMenages, skippedDemandes], run =>
        {
            Assert.Equal(RunStatus.Skipped, run.Status);
            Assert.StartsWith("Connector paused: auto:", run.Error, StringComparison.Ordinal);
        });
        Assert.Equal(callsBefore, simulator.Calls.Total);

        using var resume = await sut.PostAsync(new Uri("/api/sync/connectors/siao/resume", UriKind.Relative), content: null);
        Assert.Equal(HttpStatusCode.OK, resume.StatusCode);
        var resumed = await HubHttp.ReadObjectAsync(resume);
        Assert.Equal((false, 0), (resumed["paused"]!.GetValue<bool>(), resumed["consecutiveFailures"]!.GetValue<int>()));
        Assert.Null(resumed["pausedReason"]?.GetValue<string>());
        simulator.Faults.Clear();
        var recovered = await SyncDriver.RunAsync(factory, "siao", "menages", RunTrigger.Scheduled);
        SyncDriver.AssertSucceeded(recovered);
        Assert.Equal(SyncHubFactory.Households, recovered.RecordsRead);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class SqliteAutoPauseTests(SqliteSyncHubFactory factory) : AutoPauseTests(factory);

[Collection(PostgresCollection.Name)]
public sealed class PostgresAutoPauseTests(PostgresSyncHubFactory factory) : AutoPauseTests(factory);
