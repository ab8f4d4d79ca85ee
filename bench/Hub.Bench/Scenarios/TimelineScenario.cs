using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Sockets;
using System.Text.Json.Nodes;
using Hub.Api.Security;
using Hub.Storage;
using Hub.Storage.Bulk;
using Hub.Storage.Entities;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Hub.Bench.Scenarios;

/// <summary>
/// The unified timeline under load: N households with M events each are written straight into the store (bulk, as a
/// long-running hub would hold them), the real hub serves them on a real port (Kestrel, authentication, access rules,
/// consent filtering, audit of every read), and C concurrent clients read random households' timelines, newest first,
/// one page of 50. The same clients then call a trivial authenticated JSON endpoint of the same process
/// (<c>/api/me</c>): the ratio of the two throughputs says what the timeline itself costs.
/// </summary>
internal sealed class TimelineScenario : IScenario
{
    private const int PageSize = 50;
    private const int SeedBatch = 30_000;

    public async Task<JsonObject> RunAsync(BenchArguments arguments, CancellationToken cancellationToken)
    {
        var households = (int)(arguments.Records ?? (arguments.Quick ? 500 : 100_000));
        var events = arguments.Quick ? 20 : arguments.EventsPerHousehold ?? 100;
        var clients = arguments.Quick ? 16 : arguments.Clients ?? 100;
        var duration = TimeSpan.FromSeconds(arguments.Quick ? 5 : 20);

        var dataDirectory = Path.Combine(Path.GetTempPath(), "lda-hub-bench", Guid.NewGuid().ToString("N"));
        var settings = new Dictionary<string, string?>
        {
            ["Hub:DataDirectory"] = dataDirectory,
            ["Hub:Simulators:Mode"] = "Off",
            ["Hub:Sync:Enabled"] = "false",
            ["Hub:Api:RateLimit:PermitLimit"] = "0",
            ["Logging:LogLevel:Default"] = "Warning",
        };
        foreach (var connector in new[] { "siao", "solis", "caf", "cpam" })
        {
            settings[$"Hub:Connectors:{connector}:Enabled"] = "false";
        }

        string? postgresDatabase = null;
        if (arguments.Database == "postgres")
        {
            postgresDatabase = "hub_bench_" + Guid.NewGuid().ToString("N");
            settings["Hub:Database:Provider"] = "Postgres";
            settings["Hub:Database:ConnectionString"] = await BenchHub.CreatePostgresDatabaseAsync(postgresDatabase, cancellationToken);
        }

        var port = FreePort();
        // The hub's appsettings.json sits beside the bench's binary; WebApplicationFactory would look for a source folder.
        Environment.SetEnvironmentVariable("ASPNETCORE_TEST_CONTENTROOT_HUB_API", AppContext.BaseDirectory);
        await using var hub = new KestrelHub(settings);
        hub.UseKestrel(port);
        hub.StartServer();
        try
        {
            var seed = Stopwatch.StartNew();
            var ids = await SeedAsync(hub.Services, households, events, cancellationToken);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"timeline: seeded {households:N0} households × {events} events in {seed.Elapsed.TotalSeconds:F1} s"));

            var token = hub.Services.GetRequiredService<DevTokenIssuer>().Mint([HubRoles.Coordinator], "bench-coordinator", TimeSpan.FromHours(1));
            using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = clients, PooledConnectionLifetime = TimeSpan.FromMinutes(10) })
            {
                BaseAddress = new Uri($"http://127.0.0.1:{port}/"),
            };
            http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);

            // Warm-up (JIT, connection pool, query plans), then the two measured runs in the same process.
            await LoadAsync(http, clients, TimeSpan.FromSeconds(2), random => $"api/Household/{ids[random.Next(ids.Count)]}/timeline?_count={PageSize}", cancellationToken);
            var timeline = await LoadAsync(http, clients, duration, random => $"api/Household/{ids[random.Next(ids.Count)]}/timeline?_count={PageSize}", cancellationToken);
            var trivial = await LoadAsync(http, clients, duration, _ => "api/me", cancellationToken);

            var ratio = timeline.PerSecond / trivial.PerSecond;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"timeline {arguments.Database}: {timeline.PerSecond:F0} req/s, p50 {timeline.P50:F1} ms, p99 {timeline.P99:F1} ms; trivial {trivial.PerSecond:F0} req/s, p50 {trivial.P50:F1} ms, p99 {trivial.P99:F1} ms; ratio {ratio:F3}"));
            return new JsonObject
            {
                ["scenario"] = "timeline",
                ["db"] = arguments.Database,
                ["households"] = households,
                ["eventsPerHousehold"] = events,
                ["events"] = (long)households * events,
                ["clients"] = clients,
                ["seconds"] = duration.TotalSeconds,
                ["requestsPerSecond"] = Math.Round(timeline.PerSecond, 1),
                ["p50Ms"] = Math.Round(timeline.P50, 2),
                ["p99Ms"] = Math.Round(timeline.P99, 2),
                ["errors"] = timeline.Errors,
                ["trivialRequestsPerSecond"] = Math.Round(trivial.PerSecond, 1),
                ["trivialP50Ms"] = Math.Round(trivial.P50, 2),
                ["trivialP99Ms"] = Math.Round(trivial.P99, 2),
                ["ratioToTrivial"] = Math.Round(ratio, 4),
            };
        }
        finally
        {
            await hub.DisposeAsync();
            if (postgresDatabase is not null)
            {
                await BenchHub.DropPostgresDatabaseAsync(postgresDatabase);
            }

            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            if (Directory.Exists(dataDirectory))
            {
                Directory.Delete(dataDirectory, recursive: true);
            }
        }
    }

    /// <summary>Households and their events written by the bulk path, as the sync would have left them.</summary>
    private static async Task<List<string>> SeedAsync(IServiceProvider services, int households, int events, CancellationToken cancellationToken)
    {
        var origin = new DateTimeOffset(2025, 1, 1, 8, 0, 0, TimeSpan.Zero);
        var ids = new List<string>(households);
        var rows = new List<object>(SeedBatch + (events * 3) + 2);
        for (var h = 0; h < households; h++)
        {
            var householdId = $"h{h:D7}";
            ids.Add(householdId);
            AddResource(rows, "Household", householdId, origin, new JsonObject
            {
                ["resourceType"] = "Household",
                ["id"] = householdId,
                ["identifier"] = new JsonArray(new JsonObject { ["system"] = "urn:lda-hub:id:siao:menage", ["value"] = $"BENCH-{h}" }),
            });
            for (var e = 0; e < events; e++)
            {
                var eventId = $"e{h:D7}{e:D4}";
                var at = origin.AddHours((h % 97) + (e * 31));
                var node = new JsonObject
                {
                    ["resourceType"] = "TimelineEvent",
                    ["id"] = eventId,
                    ["household"] = new JsonObject { ["reference"] = $"Household/{householdId}" },
                    ["type"] = new JsonObject { ["system"] = "urn:lda-hub:code:type-evenement", ["code"] = "note" },
                    ["occurredAt"] = at.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
                    ["source"] = new JsonObject { ["system"] = "urn:lda-hub:code:systeme-source", ["code"] = "hub" },
                    ["summary"] = $"Entretien de suivi n° {e + 1}",
                };
                AddResource(rows, "TimelineEvent", eventId, at, node);
                rows.Add(new TimelineEventRow { EventId = eventId, HouseholdId = householdId, OccurredAt = at, SourceSystem = "hub", EventType = "note" });
            }

            if (rows.Count >= SeedBatch || h == households - 1)
            {
                await using var scope = services.CreateAsyncScope();
                var db = scope.ServiceProvider.GetRequiredService<HubDbContext>();
                await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
                await BulkSave.InsertAsync(db, rows, cancellationToken);
                await transaction.CommitAsync(cancellationToken);
                rows.Clear();
            }
        }

        return ids;
    }

    private static void AddResource(List<object> rows, string type, string id, DateTimeOffset at, JsonObject node)
    {
        node["meta"] = new JsonObject
        {
            ["versionId"] = "1",
            ["lastUpdated"] = at.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture),
            ["source"] = "urn:lda-hub:source:hub",
        };
        var json = node.ToJsonString();
        rows.Add(new ResourceRow { ResourceType = type, Id = id, VersionId = 1, LastUpdated = at, Source = "hub", Json = json });
        rows.Add(new ResourceVersionRow { ResourceType = type, Id = id, VersionId = 1, LastUpdated = at, Operation = "create", Source = "hub", Json = json });
    }

    private static async Task<LoadResult> LoadAsync(HttpClient http, int clients, TimeSpan duration, Func<Random, string> path, CancellationToken cancellationToken)
    {
        var latencies = new List<double>[clients];
        var errors = 0;
        var watch = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, clients).Select(async client =>
        {
            var random = new Random(client);
            var mine = latencies[client] = [];
            while (watch.Elapsed < duration)
            {
                var started = Stopwatch.GetTimestamp();
                using var response = await http.GetAsync(new Uri(path(random), UriKind.Relative), cancellationToken);
                _ = await response.Content.ReadAsByteArrayAsync(cancellationToken);
                mine.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                if (response.StatusCode != HttpStatusCode.OK)
                {
                    Interlocked.Increment(ref errors);
                }
            }
        }));
        var elapsed = watch.Elapsed;
        var all = latencies.SelectMany(l => l).Order().ToList();
        if (errors > 0)
        {
            Console.WriteLine($"warning: {errors} of {all.Count} requests did not answer 200");
        }

        return new LoadResult(all.Count / elapsed.TotalSeconds, PropagationScenario.Percentile(all, 0.50), PropagationScenario.Percentile(all, 0.99), errors);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private sealed record LoadResult(double PerSecond, double P50, double P99, int Errors);

    /// <summary>The real hub (Program.cs) on Kestrel, with the bench's settings. Any public type of Hub.Api names its
    /// entry point; <c>Program</c> would be the bench's own.</summary>
    private sealed class KestrelHub(IReadOnlyDictionary<string, string?> settings) : WebApplicationFactory<DevTokenIssuer>
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseEnvironment("Bench");
            foreach (var (key, value) in settings)
            {
                builder.UseSetting(key, value);
            }
        }
    }
}
