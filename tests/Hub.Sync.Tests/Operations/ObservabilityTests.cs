using System.Net;
using System.Text.Json.Nodes;
using Hub.Api.Features.Operations;
using Hub.Simulators;
using Hub.Sync.Telemetry;
using Hub.Sync.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Hub.Sync.Tests.Operations;

/// <summary>Issue 9: /metrics in Prometheus text format, spans across the pipeline, health per dependency and connector.</summary>
[Collection(SqliteCollection.Name)]
public sealed class ObservabilityTests(SqliteSyncHubFactory factory) : IAsyncLifetime
{
    public Task InitializeAsync() => factory.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task GetMetrics_AfterSync_ServesConnectorSeriesInPrometheusFormat()
    {
        var run = await SyncDriver.RunAsync(factory, "siao", "menages");
        await factory.Services.GetRequiredService<SyncMetricsRefresher>().RefreshAsync(CancellationToken.None);
        using var sut = factory.CreateClient();

        using var response = await sut.GetAsync(new Uri("/metrics", UriKind.Relative));
        var samples = PrometheusSample.Parse(await response.Content.ReadAsStringAsync());

        SyncDriver.AssertSucceeded(run);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/plain", response.Content.Headers.ContentType?.MediaType);
        // Counters are process-wide totals (other hubs of this test process count too): at least this run's records.
        Assert.True(Sample(samples, "ldahub_sync_records_read_total", "siao", "menages") >= run.RecordsRead);
        Assert.True(Sample(samples, "ldahub_sync_records_written_total", "siao", "menages") >= run.RecordsWritten);
        Assert.Contains(samples, s => s.Name == "ldahub_sync_records_failed_total" && s.Has("connector", "siao"));
        Assert.Contains(samples, s => s.Name == "ldahub_sync_run_duration_seconds_count" && s.Has("connector", "siao") && s.Has("status", "succeeded"));
        Assert.Contains(samples, s => s.Name == "ldahub_sync_lag_seconds" && s.Has("connector", "siao") && s.Has("stream", "menages") && s.Value >= 0);
        // Gauges of hubs running in parallel in this process share the series: their presence is what is checked here.
        Assert.Contains(samples, s => s.Name == "ldahub_sync_connector_paused" && s.Has("connector", "solis"));
        Assert.Contains(samples, s => s.Name == "ldahub_sync_dead_letters_open" && s.Has("connector", "siao"));
        Assert.Contains(samples, s => s.Name == "ldahub_sync_outbox_backlog" && s.Has("connector", "siao"));
        Assert.Contains(samples, s => s.Name == "ldahub_sync_connector_circuit_open" && s.Has("connector", "cpam"));
        Assert.Contains(samples, s => s.Name == "http_server_request_duration_seconds_count");
    }

    [Fact]
    public async Task GetMetrics_NoToken_Returns401()
    {
        using var sut = Anonymous(factory.CreateClient());

        using var response = await sut.GetAsync(new Uri("/metrics", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task GetMetrics_MetricsPortConfigured_AnonymousOnThatPortOnly()
    {
        using var hub = factory.WithWebHostBuilder(b => b.UseSetting("Hub:Operations:MetricsPort", "9464"));
        using var onPort = Anonymous(hub.CreateDefaultClient(new Uri("http://localhost:9464")));
        using var onApi = Anonymous(hub.CreateClient());

        using var scraped = await onPort.GetAsync(new Uri("/metrics", UriKind.Relative));
        using var api = await onApi.GetAsync(new Uri("/metrics", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, scraped.StatusCode);
        Assert.Contains("# TYPE", await scraped.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.NotEqual(HttpStatusCode.OK, api.StatusCode);
    }

    [Fact]
    public async Task RunAsync_OneSyncRun_SpansCoverEveryPipelineStage()
    {
        using var spans = new SpanRecorder();

        var run = await SyncDriver.RunAsync(factory, "siao", "menages");

        SyncDriver.AssertSucceeded(run);
        var trace = spans.TraceOf(SyncTelemetry.Spans.Run, SyncTelemetry.Tags.RunId, run.Id);
        var root = trace.Single(a => a.OperationName == SyncTelemetry.Spans.Run);
        Assert.Equal(("siao", "menages", "succeeded"), (root.GetTagItem("connector"), root.GetTagItem("stream"), root.GetTagItem("status")));
        var pages = run.Pages;
        Assert.Equal(pages + 1, trace.Count(a => a.OperationName == SyncTelemetry.Spans.Fetch)); // the last fetch finds the end
        foreach (var stage in new[] { SyncTelemetry.Spans.Archive, SyncTelemetry.Spans.Validate, SyncTelemetry.Spans.Map, SyncTelemetry.Spans.Identity, SyncTelemetry.Spans.Store })
        {
            Assert.Equal(pages, trace.Count(a => a.OperationName == stage && a.ParentSpanId == root.SpanId));
        }

        Assert.Equal(run.RecordsWritten, trace.Where(a => a.OperationName == SyncTelemetry.Spans.Store).Sum(a => (int)a.GetTagItem(SyncTelemetry.Tags.Written)!));
    }

    [Fact]
    public async Task PostInbound_OnePush_SpansCoverEveryPipelineStage()
    {
        using var spans = new SpanRecorder();
        var menages = await SimulatorFeed.ReadAllAsync(factory.Cluster.BaseUrls[SimulatedSystem.Siao], "menages");
        var body = new JsonObject { ["stream"] = "menages", ["elements"] = new JsonArray([.. menages.Take(3).Select(e => e.DeepClone())]) }.ToJsonString();
        using var sut = factory.CreateClient();

        using var response = await HubHttp.PushAsync(sut, "siao", "trace-1", body);

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var trackingId = (await HubHttp.ReadObjectAsync(response))["trackingId"]!.GetValue<string>();
        var trace = spans.TraceOf(SyncTelemetry.Spans.Push, SyncTelemetry.Tags.RunId, trackingId);
        var root = trace.Single(a => a.OperationName == SyncTelemetry.Spans.Push);
        Assert.Equal(3, root.GetTagItem(SyncTelemetry.Tags.Records));
        foreach (var stage in new[] { SyncTelemetry.Spans.Receive, SyncTelemetry.Spans.Archive, SyncTelemetry.Spans.Validate, SyncTelemetry.Spans.Map, SyncTelemetry.Spans.Identity, SyncTelemetry.Spans.Store })
        {
            Assert.Single(trace, a => a.OperationName == stage && a.ParentSpanId == root.SpanId);
        }
    }

    [Fact]
    public async Task GetHealthConnectors_PausedConnector_DegradedWithTheReasonOthersHealthy()
    {
        using var sut = factory.CreateClient();
        using var anonymous = Anonymous(factory.CreateClient());
        using var pause = await sut.PostAsync(new Uri("/api/sync/connectors/solis/pause", UriKind.Relative), HubHttp.Json("{\"reason\":\"test\"}"));

        using var response = await anonymous.GetAsync(new Uri("/health/connectors", UriKind.Relative));
        var report = await HubHttp.ReadObjectAsync(response);
        using var ready = await anonymous.GetAsync(new Uri("/health/ready", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, pause.StatusCode);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode); // Degraded answers 200: a partner never takes the hub down
        Assert.Equal("Degraded", report["status"]!.GetValue<string>());
        var checks = report["checks"]!.AsArray().ToDictionary(c => c!["name"]!.GetValue<string>(), c => c!);
        Assert.Equal(["connector:caf", "connector:cpam", "connector:siao", "connector:solis"], checks.Keys.Order(StringComparer.Ordinal));
        Assert.Equal("Degraded", checks["connector:solis"]["status"]!.GetValue<string>());
        Assert.Contains("paused", checks["connector:solis"]["description"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal("Healthy", checks["connector:siao"]["status"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        Assert.Equal("Healthy", await ready.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task GetHealthConnectors_StreamOlderThanSla_Degraded()
    {
        await factory.ExecuteAsync(async db =>
        {
            db.SyncCursors.Add(new Hub.Storage.Sync.SyncCursorRow
            {
                Connector = "siao", Stream = "menages", Cursor = "x", UpdatedAt = DateTimeOffset.UtcNow, NewestChangeAt = DateTimeOffset.UtcNow.AddDays(-3),
            });
            await db.SaveChangesAsync();
        });
        using var sut = Anonymous(factory.CreateClient());

        var report = await HubHttp.ReadObjectAsync(await sut.GetAsync(new Uri("/health/connectors", UriKind.Relative)));

        var siao = report["checks"]!.AsArray().Single(c => c!["name"]!.GetValue<string>() == "connector:siao")!;
        Assert.Equal("Degraded", siao["status"]!.GetValue<string>());
        Assert.Contains("menages lags", siao["description"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    /// <summary>The factory's clients carry every role: this one carries none.</summary>
    internal static HttpClient Anonymous(HttpClient client)
    {
        client.DefaultRequestHeaders.Authorization = null;
        return client;
    }

    /// <summary>The series' total: hubs of this test process built at the same time each own a meter of the same name,
    /// and the exporter may list one series per meter with the same labels.</summary>
    private static double Sample(IReadOnlyList<PrometheusSample> samples, string name, string connector, string? stream = null)
    {
        var matching = samples.Where(s => s.Name == name && s.Has("connector", connector) && (stream is null || s.Has("stream", stream))).ToList();
        Assert.NotEmpty(matching);
        return matching.Sum(s => s.Value);
    }
}
