using System.Net;
using System.Text.Json.Nodes;
using Hub.Storage.Sync;
using Hub.Sync.Runs;
using Hub.Sync.Tests.Infrastructure;

namespace Hub.Sync.Tests.Health;

/// <summary>Issue 7: <c>GET /api/sync/history</c>, the query behind the console's charts, on both engines.</summary>
public abstract class SyncHistoryApiTests(SyncHubFactory factory) : IAsyncLifetime
{
    public Task InitializeAsync() => factory.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task GetHistory_RunsOverTheWeek_BucketedPerHourAndPerSixHours()
    {
        var now = DateTimeOffset.UtcNow;
        await factory.ExecuteAsync(async db =>
        {
            db.SyncRuns.AddRange(
                Run("r-old", "menages", RunStatus.Succeeded, now.AddDays(-3), 500, 400, 0),
                Run("r-day", "menages", RunStatus.Succeeded, now.AddHours(-2), 120, 100, 2),
                Run("r-failed", "demandes", RunStatus.Failed, now.AddMinutes(-30), 7, 0, 0),
                Run("r-solis", "individus", RunStatus.Succeeded, now.AddHours(-1), 1000, 1000, 0, connector: "solis"),
                // Long before both windows: only its success counts, for the lag.
                Run("r-month", "demandes", RunStatus.Succeeded, now.AddDays(-20), 9999, 9999, 0));
            await db.SaveChangesAsync();
        });
        using var sut = factory.CreateClient();

        var day = await HubHttp.GetObjectAsync(sut, "/api/sync/history?period=24h&connector=siao");
        var week = await HubHttp.GetObjectAsync(sut, "/api/sync/history?period=7d");

        Assert.Equal(("24h", 60), (day["period"]!.GetValue<string>(), day["bucketMinutes"]!.GetValue<int>()));
        var siao = Assert.Single(day["connectors"]!.AsArray())!;
        var hours = siao["buckets"]!.AsArray();
        Assert.Equal(24, hours.Count);
        Assert.Equal((2, 1, 127L, 100L, 2L), Sums(hours));
        // The last success of demandes is 20 days old: the lag is at least that, from the first bucket on.
        Assert.All(hours, b => Assert.True(b!["lagSeconds"]!.GetValue<double>() >= TimeSpan.FromDays(19).TotalSeconds));

        Assert.Equal(("7d", 360), (week["period"]!.GetValue<string>(), week["bucketMinutes"]!.GetValue<int>()));
        var connectors = week["connectors"]!.AsArray();
        Assert.Equal(["caf", "cpam", "siao", "solis"], connectors.Select(c => c!["connector"]!.GetValue<string>()));
        var siaoWeek = connectors.Single(c => c!["connector"]!.GetValue<string>() == "siao")!["buckets"]!.AsArray();
        Assert.Equal(28, siaoWeek.Count);
        Assert.Equal((3, 1, 627L, 500L, 2L), Sums(siaoWeek));
        Assert.Equal(1000, Sums(connectors.Single(c => c!["connector"]!.GetValue<string>() == "solis")!["buckets"]!.AsArray()).Read);
        Assert.Equal(0, Sums(connectors.Single(c => c!["connector"]!.GetValue<string>() == "caf")!["buckets"]!.AsArray()).Runs);
        Assert.False(week["truncated"]!.GetValue<bool>());
    }

    [Fact]
    public async Task GetHistory_BadPeriodOrUnknownConnector_ProblemDetails()
    {
        using var sut = factory.CreateClient();

        using var period = await sut.GetAsync(new Uri("/api/sync/history?period=1y", UriKind.Relative));
        using var connector = await sut.GetAsync(new Uri("/api/sync/history?connector=nope", UriKind.Relative));

        Assert.Equal(HttpStatusCode.BadRequest, period.StatusCode);
        Assert.Equal("application/problem+json", HubHttp.ContentType(period));
        Assert.Contains("24h or 7d", (await HubHttp.ReadObjectAsync(period))["detail"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, connector.StatusCode);
    }

    private static (int Runs, int FailedRuns, long Read, long Written, long Failed) Sums(JsonArray buckets) => (
        buckets.Sum(b => b!["runs"]!.GetValue<int>()),
        buckets.Sum(b => b!["failedRuns"]!.GetValue<int>()),
        buckets.Sum(b => b!["read"]!.GetValue<long>()),
        buckets.Sum(b => b!["written"]!.GetValue<long>()),
        buckets.Sum(b => b!["failed"]!.GetValue<long>()));

    private static SyncRunRow Run(string id, string stream, string status, DateTimeOffset started, int read, int written, int failed, string connector = "siao") => new()
    {
        Id = id, Connector = connector, Stream = stream, Trigger = RunTrigger.Scheduled, Status = status, StartedAt = started, FinishedAt = started.AddMinutes(1),
        Pages = 1, RecordsRead = read, RecordsWritten = written, RecordsFailed = failed,
    };
}

[Collection(SqliteCollection.Name)]
public sealed class SqliteSyncHistoryApiTests(SqliteSyncHubFactory factory) : SyncHistoryApiTests(factory);

[Collection(PostgresCollection.Name)]
public sealed class PostgresSyncHistoryApiTests(PostgresSyncHubFactory factory) : SyncHistoryApiTests(factory);
