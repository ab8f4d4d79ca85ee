using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using Hub.Simulators;
using Hub.Storage;
using Hub.Storage.Sync;
using Hub.Sync.Inbound;
using Hub.Sync.Outbox;
using Hub.Sync.Runs;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Hub.Bench.Scenarios;

/// <summary>
/// How long a change takes to go from one partner to another: SI-SIAO pushes a changed orientation to LDA to the
/// hub's inbound path (the same service <c>POST /api/inbound/siao</c> calls, without the HTTP hop), and the time is
/// taken when the SOLIS simulator has received the resulting message over HTTP. Between the two: contract check,
/// archive, mapping, survivorship, store, routing, consent check, the dispatcher woken by the commit, the SOLIS
/// outbound mapping and the push through the connector's resilience pipeline.
/// </summary>
internal sealed class PropagationScenario : IScenario
{
    private const string NeverCron = "0 0 0 1 1 ? 2099";
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);
    private static readonly string[] Connectors = ["siao", "solis"];
    private static readonly string[] InitialStreams = ["menages", "demandes", "orientations"];

    public async Task<JsonObject> RunAsync(BenchArguments arguments, CancellationToken cancellationToken)
    {
        var households = arguments.Records ?? (arguments.Quick ? 100 : 500);
        var changes = arguments.Quick ? 20 : 200;
        await using var hub = await BenchHub.StartAsync(arguments.Database, households, cancellationToken, (settings, simulators) =>
        {
            // The scheduler runs (it dispatches) but no stream is ever fired by it: the bench drives them.
            settings["Hub:Sync:Enabled"] = "true";
            settings["Hub:Sync:DispatchOnCommit"] = "true";
            settings["Hub:Sync:DispatchInterval"] = "00:10:00";
            settings["Hub:Connectors:solis:Enabled"] = "true";
            settings["Hub:Connectors:solis:Connection:BaseUrl"] = simulators.BaseUrls[SimulatedSystem.Solis].ToString();
            settings["Hub:Connectors:solis:Resilience:RateLimitPerSecond"] = "0";
            foreach (var connector in Connectors)
            {
                settings[$"Hub:Connectors:{connector}:Schedule:Cron"] = NeverCron;
            }
        });

        var services = hub.Host.Services;
        var runner = services.GetRequiredService<StreamRunner>();
        foreach (var stream in InitialStreams)
        {
            var run = await runner.RunAsync("siao", stream, RunTrigger.Manual, "bench", cancellationToken);
            if (run.Status != RunStatus.Succeeded)
            {
                throw new InvalidOperationException($"Initial sync of siao/{stream}: {run.Status} {run.Error}");
            }
        }

        // Orientations SOLIS already accepted: their households have consent to share with SOLIS for orientation.
        var delivered = await WaitForSettledAsync(services, cancellationToken);
        var orientations = await OrientationFeedAsync(hub.Simulators.BaseUrls[SimulatedSystem.Siao], delivered, cancellationToken);
        if (orientations.Count == 0)
        {
            throw new InvalidOperationException("No orientation to LDA was delivered to SOLIS after the initial sync: nothing to propagate.");
        }

        var solis = hub.Simulators.Solis;
        var latencies = new List<double>(changes);
        for (var i = 0; i < changes; i++)
        {
            var orientation = (JsonObject)orientations[i % orientations.Count].DeepClone();
            // A real change each time (a new canonical version, so a new delivery): the request is dated a day earlier.
            var date = DateOnly.Parse(orientation["dateDemande"]!.GetValue<string>(), CultureInfo.InvariantCulture).AddDays(-(i + 1));
            orientation["dateDemande"] = date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            var body = Encoding.UTF8.GetBytes(new JsonObject { ["stream"] = "orientations", ["elements"] = new JsonArray(orientation) }.ToJsonString());
            var before = solis.Received.All.Count;
            var watch = Stopwatch.StartNew();
            InboundPushResult answer;
            await using (var scope = services.CreateAsyncScope())
            {
                answer = await scope.ServiceProvider.GetRequiredService<InboundPushService>()
                    .PushAsync("siao", $"bench-{Guid.NewGuid():N}", body, cancellationToken);
                if (answer.StatusCode != 202)
                {
                    throw new InvalidOperationException($"Push refused: {answer.StatusCode} {answer.Body}");
                }
            }

            while (solis.Received.All.Count == before)
            {
                if (watch.Elapsed > Patience)
                {
                    throw new InvalidOperationException($"Change {i} did not reach SOLIS within {Patience.TotalSeconds} s (push answer: {answer.Body}).");
                }

                await Task.Delay(1, cancellationToken);
            }

            latencies.Add(watch.Elapsed.TotalMilliseconds);
        }

        latencies.Sort();
        var p50 = Percentile(latencies, 0.50);
        var p95 = Percentile(latencies, 0.95);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"propagation {arguments.Database}: {changes} changes SI-SIAO → hub → SOLIS, p50 {p50:F1} ms, p95 {p95:F1} ms, max {latencies[^1]:F1} ms"));
        return new JsonObject
        {
            ["scenario"] = "propagation",
            ["db"] = arguments.Database,
            ["households"] = households,
            ["changes"] = changes,
            ["p50Ms"] = Math.Round(p50, 2),
            ["p95Ms"] = Math.Round(p95, 2),
            ["maxMs"] = Math.Round(latencies[^1], 2),
        };
    }

    internal static double Percentile(List<double> sorted, double quantile) =>
        sorted[Math.Clamp((int)Math.Ceiling(quantile * sorted.Count) - 1, 0, sorted.Count - 1)];

    /// <summary>Waits until the initial sync's deliveries to SOLIS are settled; returns the orientations delivered.</summary>
    private static async Task<HashSet<string>> WaitForSettledAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var watch = Stopwatch.StartNew();
        while (true)
        {
            await using var scope = services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<HubDbContext>();
            var entries = await db.Outbox.AsNoTracking().Where(o => o.Target == "solis" && o.ResourceType == "Orientation").ToListAsync(cancellationToken);
            if (entries.Count > 0 && entries.All(o => o.Status != OutboxEntries.Pending))
            {
                var ids = entries.Where(o => o.Status == OutboxEntries.Delivered).Select(o => o.ResourceId).ToList();
                var sourceIds = await db.Identifiers.AsNoTracking()
                    .Where(i => i.ResourceType == "Orientation" && i.System == "urn:lda-hub:id:siao:orientation" && ids.Contains(i.ResourceId))
                    .Select(i => i.Value).ToListAsync(cancellationToken);
                return [.. sourceIds];
            }

            if (watch.Elapsed > TimeSpan.FromMinutes(2))
            {
                throw new InvalidOperationException("The initial deliveries to SOLIS did not settle within 2 minutes.");
            }

            await Task.Delay(100, cancellationToken);
        }
    }

    private static async Task<List<JsonObject>> OrientationFeedAsync(Uri siao, HashSet<string> delivered, CancellationToken cancellationToken)
    {
        using var http = new HttpClient { BaseAddress = siao };
        var found = new List<JsonObject>();
        string? cursor = null;
        while (true)
        {
            var url = "v1/orientations?limite=1000" + (cursor is null ? "" : $"&curseur={Uri.EscapeDataString(cursor)}");
            var page = JsonNode.Parse(await http.GetStringAsync(new Uri(url, UriKind.Relative), cancellationToken))!.AsObject();
            found.AddRange(page["elements"]!.AsArray().Select(e => e!.AsObject()).Where(e => delivered.Contains(e["id"]!.GetValue<string>())).Select(e => (JsonObject)e.DeepClone()));
            var next = page["curseurSuivant"]?.GetValue<string>();
            if (page["plusDeDonnees"]?.GetValue<bool>() != true || next == cursor)
            {
                return found;
            }

            cursor = next;
        }
    }
}
