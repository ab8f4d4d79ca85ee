using System.Net;
using System.Text.Json.Nodes;
using Hub.Storage.Sync;
using Hub.Sync.Runs;
using Hub.Sync.Tests.Infrastructure;

namespace Hub.Sync.Tests.Health;

/// <summary>Issue 4: the sync health and control API that the console and partners' scripts rely on.</summary>
public abstract class SyncHealthApiTests(SyncHubFactory factory) : IAsyncLifetime
{
    public Task InitializeAsync() => factory.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task GetConnectors_FreshHub_ListsEveryConnectorWithItsStreams()
    {
        using var sut = factory.CreateClient();

        var connectors = JsonNode.Parse(await sut.GetStringAsync(new Uri("/api/sync/connectors", UriKind.Relative)))!.AsArray();
        using var unknown = await sut.GetAsync(new Uri("/api/sync/connectors/nope", UriKind.Relative));

        Assert.Equal(["caf", "cpam", "siao", "solis"], connectors.Select(c => c!["name"]!.GetValue<string>()));
        Assert.Equal(["demandes", "menages", "mouvements", "orientations"], StreamNames(connectors, "siao"));
        Assert.Equal(["dossiers", "individus", "mesures", "referents"], StreamNames(connectors, "solis"));
        // CAF and CPAM are read on demand and receive saisines: no pull stream, but their health is there.
        Assert.Empty(StreamNames(connectors, "caf"));
        Assert.Empty(StreamNames(connectors, "cpam"));
        Assert.All(connectors, c => Assert.Equal(("idle", false, 0, 0), (c!["state"]!.GetValue<string>(), c["paused"]!.GetValue<bool>(), c["outboxBacklog"]!.GetValue<int>(), c["deadLetters"]!.GetValue<int>())));
        var menages = Stream(connectors.Single(c => c!["name"]!.GetValue<string>() == "siao")!, "menages");
        Assert.Equal("idle", menages["state"]!.GetValue<string>());
        Assert.Null(menages["lastRun"]);
        Assert.Equal(2099, menages["nextFireAt"]!.GetValue<DateTimeOffset>().Year);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
    }

    [Fact]
    public async Task GetConnector_AfterRuns_LastRunAndLast24HoursCountTheRuns()
    {
        // A run of two days ago must not count in the last 24 hours.
        await factory.ExecuteAsync(async db =>
        {
            db.SyncRuns.Add(new SyncRunRow
            {
                Id = "old-run", Connector = "siao", Stream = "menages", Trigger = RunTrigger.Scheduled, Status = RunStatus.Succeeded,
                StartedAt = DateTimeOffset.UtcNow.AddDays(-2), FinishedAt = DateTimeOffset.UtcNow.AddDays(-2), Pages = 9, RecordsRead = 999, RecordsWritten = 999,
            });
            await db.SaveChangesAsync();
        });
        var full = await SyncDriver.RunAsync(factory, "siao", "menages");
        var incremental = await SyncDriver.RunAsync(factory, "siao", "menages");
        using var sut = factory.CreateClient();

        var siao = await HubHttp.GetObjectAsync(sut, "/api/sync/connectors/siao");

        SyncDriver.AssertSucceeded(full);
        SyncDriver.AssertSucceeded(incremental);
        var menages = Stream(siao, "menages");
        var lastRun = menages["lastRun"]!;
        Assert.Equal(incremental.Id, lastRun["id"]!.GetValue<string>());
        Assert.Equal((RunStatus.Succeeded, RunTrigger.Manual), (lastRun["status"]!.GetValue<string>(), lastRun["trigger"]!.GetValue<string>()));
        Assert.Equal((0, 0), (lastRun["records"]!["read"]!.GetValue<int>(), lastRun["records"]!["written"]!.GetValue<int>()));
        var day = menages["last24Hours"]!;
        Assert.Equal(
            (2, SyncHubFactory.Households, full.RecordsWritten, full.RecordsSkipped, 0),
            (day["runs"]!.GetValue<int>(), day["read"]!.GetValue<int>(), day["written"]!.GetValue<int>(), day["skipped"]!.GetValue<int>(), day["failed"]!.GetValue<int>()));
        Assert.True(full.RecordsWritten > SyncHubFactory.Households, "a ménage maps to its household and its people");
        // The engines keep a millisecond (SQLite) or a microsecond (PostgreSQL) of the clock's ticks.
        Assert.Equal(incremental.FinishedAt!.Value, menages["lastSuccessAt"]!.GetValue<DateTimeOffset>(), TimeSpan.FromMilliseconds(1));
        Assert.NotNull(menages["newestChangeAt"]);
        Assert.True(menages["lagSeconds"]!.GetValue<double>() >= 0);
        Assert.Equal("idle", menages["state"]!.GetValue<string>());
        var demandes = Stream(siao, "demandes");
        Assert.Null(demandes["lastRun"]);
        Assert.Equal(0, demandes["last24Hours"]!["runs"]!.GetValue<int>());
    }

    [Fact]
    public async Task PostRun_Connector_Returns202AndEveryStreamRunsAndPagesInHistory()
    {
        using var sut = factory.CreateClient();

        using var accepted = await sut.PostAsync(new Uri("/api/sync/connectors/siao/run", UriKind.Relative), content: null);
        using var unknown = await sut.PostAsync(new Uri("/api/sync/connectors/nope/run", UriKind.Relative), content: null);

        Assert.Equal(HttpStatusCode.Accepted, accepted.StatusCode);
        var body = await HubHttp.ReadObjectAsync(accepted);
        Assert.Equal("siao", body["connector"]!.GetValue<string>());
        Assert.Equal(["demandes", "menages", "mouvements", "orientations"], body["streams"]!.AsArray().Select(s => s!.GetValue<string>()).Order(StringComparer.Ordinal));
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        var runs = await WaitForRunsAsync(sut, "siao", 4);
        Assert.All(runs, run => Assert.True(run!["status"]!.GetValue<string>() == RunStatus.Succeeded, run.ToJsonString()));
        Assert.All(runs, run => Assert.Equal(RunTrigger.Manual, run!["trigger"]!.GetValue<string>()));

        var first = await HubHttp.GetObjectAsync(sut, "/api/sync/runs?connector=siao&_count=3");
        var rest = await HubHttp.GetObjectAsync(sut, "/api/sync/runs?connector=siao&_count=3&_offset=3");
        var ids = first["items"]!.AsArray().Concat(rest["items"]!.AsArray()).Select(r => r!["id"]!.GetValue<string>()).ToList();
        Assert.Equal((4, 3, 1), (first["total"]!.GetValue<int>(), first["items"]!.AsArray().Count, rest["items"]!.AsArray().Count));
        Assert.Equal(runs.Select(r => r!["id"]!.GetValue<string>()).Order(StringComparer.Ordinal), ids.Order(StringComparer.Ordinal));
        Assert.Equal(0, (await HubHttp.GetObjectAsync(sut, "/api/sync/runs?connector=solis"))["total"]!.GetValue<int>());
        Assert.Equal(0, (await HubHttp.GetObjectAsync(sut, "/api/sync/runs?connector=siao&status=failed"))["total"]!.GetValue<int>());
        using var badPaging = await sut.GetAsync(new Uri("/api/sync/runs?_count=0", UriKind.Relative));
        Assert.Equal(HttpStatusCode.BadRequest, badPaging.StatusCode);
    }

    /// <summary>Run-now fires through Quartz: polls the history until every run is over (bounded, never forever).</summary>
    private static async Task<JsonArray> WaitForRunsAsync(HttpClient client, string connector, int expected)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (true)
        {
            var page = await HubHttp.GetObjectAsync(client, $"/api/sync/runs?connector={connector}");
            var items = page["items"]!.AsArray();
            if (items.Count == expected && items.All(r => r!["status"]!.GetValue<string>() != RunStatus.Running))
            {
                return items;
            }

            Assert.True(DateTime.UtcNow < deadline, $"runs not finished after 60 s: {items.ToJsonString()}");
            await Task.Delay(100);
        }
    }

    private static List<string> StreamNames(JsonArray connectors, string connector) =>
        [.. connectors.Single(c => c!["name"]!.GetValue<string>() == connector)!["streams"]!.AsArray().Select(s => s!["stream"]!.GetValue<string>())];

    private static JsonNode Stream(JsonNode connector, string stream) =>
        connector["streams"]!.AsArray().Single(s => s!["stream"]!.GetValue<string>() == stream)!;
}

[Collection(SqliteCollection.Name)]
public sealed class SqliteSyncHealthApiTests(SqliteSyncHubFactory factory) : SyncHealthApiTests(factory);

[Collection(PostgresCollection.Name)]
public sealed class PostgresSyncHealthApiTests(PostgresSyncHubFactory factory) : SyncHealthApiTests(factory);
