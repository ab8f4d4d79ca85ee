using System.Net;
using System.Text.Json.Nodes;
using Hub.Simulators.Faults;
using Hub.Sync.Tests.Infrastructure;

namespace Hub.Sync.Tests.DeadLetters;

/// <summary>Issue 4: a record that breaks the contract waits as a dead letter; an admin corrects it and replays it.</summary>
public abstract class DeadLetterReplayTests(SyncHubFactory factory) : IAsyncLifetime
{
    private const string Menages = "GET /v1/menages";

    public Task InitializeAsync() => factory.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task ReplayDeadLetter_EditedPayload_RecordStoredAndLetterReplayedWithHistory()
    {
        var clean = await factory.CleanRunAsync("siao", "menages", Menages);
        var simulator = factory.Simulator("siao");
        simulator.Faults.Inject(Menages, FaultKind.InvalidRecord, count: 1);
        var run = await SyncDriver.RunAsync(factory, "siao", "menages");
        SyncDriver.AssertSucceeded(run);
        Assert.Equal(1, run.RecordsFailed);
        using var sut = factory.CreateClient();

        var list = await HubHttp.GetObjectAsync(sut, "/api/dead-letters?connector=siao&status=open");
        Assert.Equal(1, list["total"]!.GetValue<int>());
        var summary = list["items"]![0]!;
        var id = summary["id"]!.GetValue<string>();
        var sourceId = summary["sourceId"]!.GetValue<string>();
        Assert.Equal(("inbound", "menages", "open"), (summary["direction"]!.GetValue<string>(), summary["stream"]!.GetValue<string>(), summary["status"]!.GetValue<string>()));
        Assert.StartsWith("Contract violation:", summary["reason"]!.GetValue<string>(), StringComparison.Ordinal);
        var detail = await HubHttp.GetObjectAsync(sut, $"/api/dead-letters/{id}");
        Assert.Equal(sourceId, detail["payload"]!["id"]!.GetValue<string>());
        Assert.Equal("pas-une-date", detail["payload"]!["modifieLe"]!.GetValue<string>());
        Assert.Equal(["failed"], detail["history"]!.AsArray().Select(e => e!["event"]!.GetValue<string>()));
        Assert.Empty(await IdentifierHitsAsync(sut, sourceId));

        // Replayed as it is, the record is still broken: nothing stored, the attempt is in the history.
        using var unchanged = await sut.PostAsync(new Uri($"/api/dead-letters/{id}/replay", UriKind.Relative), content: null);
        Assert.Equal((HttpStatusCode)422, unchanged.StatusCode);

        // The corrected record: what SI-SIAO serves for that ménage.
        using var partner = new HttpClient { BaseAddress = simulator.BaseUrl };
        var corrected = await partner.GetStringAsync(new Uri($"v1/menages/{sourceId}", UriKind.Relative));
        using var replay = await sut.PostAsync(new Uri($"/api/dead-letters/{id}/replay", UriKind.Relative), HubHttp.Json(corrected));

        Assert.True(replay.StatusCode == HttpStatusCode.OK, await replay.Content.ReadAsStringAsync());
        Assert.Single(await IdentifierHitsAsync(sut, sourceId));
        var replayed = await HubHttp.GetObjectAsync(sut, $"/api/dead-letters/{id}");
        Assert.Equal("replayed", replayed["deadLetter"]!["status"]!.GetValue<string>());
        Assert.Equal(sourceId, replayed["payload"]!["id"]!.GetValue<string>());
        Assert.NotEqual("pas-une-date", replayed["payload"]!["modifieLe"]!.GetValue<string>());
        var history = replayed["history"]!.AsArray();
        Assert.Equal(["failed", "replay-failed", "edited-and-replayed"], history.Select(e => e!["event"]!.GetValue<string>()));
        // Replays are attributed to the caller's token subject (TestTokens mints "test-caller").
        Assert.All(history.Skip(1), e => Assert.Equal("test-caller", e!["actor"]!.GetValue<string>()));
        Assert.Equal(0, (await HubHttp.GetObjectAsync(sut, "/api/dead-letters?status=open"))["total"]!.GetValue<int>());
        StoreSnapshot.AssertSame(clean.Snapshot, await StoreSnapshot.TakeAsync(factory));

        // A replayed letter is closed: replaying it again is refused, not applied twice.
        using var again = await sut.PostAsync(new Uri($"/api/dead-letters/{id}/replay", UriKind.Relative), HubHttp.Json(corrected));
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
    }

    private static async Task<JsonArray> IdentifierHitsAsync(HttpClient client, string menageId)
    {
        var bundle = await HubHttp.GetObjectAsync(client, $"/api/Household?identifier={Uri.EscapeDataString($"urn:lda-hub:id:siao:menage|{menageId}")}");
        return bundle["entry"] as JsonArray ?? [];
    }
}

[Collection(SqliteCollection.Name)]
public sealed class SqliteDeadLetterReplayTests(SqliteSyncHubFactory factory) : DeadLetterReplayTests(factory);

[Collection(PostgresCollection.Name)]
public sealed class PostgresDeadLetterReplayTests(PostgresSyncHubFactory factory) : DeadLetterReplayTests(factory);
