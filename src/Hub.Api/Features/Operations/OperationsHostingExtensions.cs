using Hub.Api.Features.Health;
using Hub.Connectors.Core;
using Hub.Sync.Telemetry;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace Hub.Api.Features.Operations;

/// <summary>
/// Observability of the hub (<c>Hub:Operations</c>): OpenTelemetry metrics (the <c>LdaHub.Sync</c> meter, ASP.NET Core,
/// HttpClient and runtime) served at <c>/metrics</c> for Prometheus and pushed over OTLP when configured; traces (the
/// <c>LdaHub.Sync</c> spans, server and client calls) over OTLP; health checks per dependency and per connector.
/// </summary>
public static class OperationsHostingExtensions
{
    public const string ConnectorTag = "connector";

    public static WebApplicationBuilder AddHubOperations(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddOptions<OperationsOptions>().BindConfiguration(OperationsOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        var options = builder.Configuration.GetSection(OperationsOptions.SectionName).Get<OperationsOptions>() ?? new OperationsOptions();
        if (options.MetricsPort is { } port)
        {
            // Listen on the metrics port too, keeping the configured URLs (Kestrel would drop them for an explicit Listen).
            var urls = builder.Configuration[WebHostDefaults.ServerUrlsKey] is { Length: > 0 } configured ? configured : "http://localhost:5000";
            builder.WebHost.UseUrls([.. urls.Split(';', StringSplitOptions.RemoveEmptyEntries), $"http://+:{port}"]);
        }

        builder.Services.AddSingleton<SyncMetricsRefresher>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<SyncMetricsRefresher>());
        builder.Services.AddHealthChecks()
            // Degraded, not Unhealthy: reads and writes through the API work without them; the probe reports it.
            .AddCheck<ArchiveHealthCheck>("archive", HealthStatus.Degraded, [HealthEndpoints.ReadyTag])
            .AddCheck<SchedulerHealthCheck>("scheduler", HealthStatus.Degraded, [HealthEndpoints.ReadyTag]);
        foreach (var connector in ConnectorCatalog.Modules.Select(m => m.Name))
        {
            builder.Services.AddHealthChecks().Add(new HealthCheckRegistration($"connector:{connector}",
                sp => ActivatorUtilities.CreateInstance<ConnectorHealthCheck>(sp, connector), HealthStatus.Degraded, [ConnectorTag]));
        }

        var telemetry = builder.Services.AddOpenTelemetry()
            .ConfigureResource(r => r.AddService("lda-hub", serviceInstanceId: builder.Configuration["Hub:Sync:NodeId"] ?? $"{Environment.MachineName}-{Environment.ProcessId}"))
            .WithMetrics(metrics =>
            {
                metrics.AddMeter(SyncTelemetry.Name).AddAspNetCoreInstrumentation().AddHttpClientInstrumentation().AddRuntimeInstrumentation()
                    // No cached answer: a scrape right after a change shows it (scrapes are seconds apart anyway).
                    .AddPrometheusExporter(o => o.ScrapeResponseCacheDurationMilliseconds = 0);
                if (options.Otlp.Endpoint is not null)
                {
                    metrics.AddOtlpExporter(o => Configure(o, options.Otlp));
                }
            });
        if (options.Otlp.Endpoint is not null)
        {
            // Traces only when someone collects them: without an exporter, sampling every request would be waste.
            telemetry.WithTracing(tracing => tracing
                .AddSource(SyncTelemetry.Name)
                .AddAspNetCoreInstrumentation(o =>
                {
                    o.Filter = context => !context.Request.Path.StartsWithSegments("/metrics") && !context.Request.Path.StartsWithSegments("/health");
                    // Query strings can carry identifiers (?identifier=system|value): the route template says enough.
                    o.EnrichWithHttpRequest = (activity, _) => activity.SetTag("url.query", null);
                })
                .AddHttpClientInstrumentation(o =>
                    // A partner URL's path and query can hold a person's number: keep the partner (scheme and host) only.
                    o.EnrichWithHttpRequestMessage = (activity, request) =>
                        activity.SetTag("url.full", request.RequestUri is { } uri ? $"{uri.Scheme}://{uri.Authority}/" : null))
                .AddOtlpExporter(o => Configure(o, options.Otlp)));
        }

        return builder;
    }

    private static Task NotFound(HttpContext context)
    {
        context.Response.StatusCode = StatusCodes.Status404NotFound;
        return Task.CompletedTask;
    }

    private static void Configure(OpenTelemetry.Exporter.OtlpExporterOptions exporter, OtlpOptions otlp)
    {
        exporter.Endpoint = otlp.Endpoint!;
        exporter.Protocol = otlp.Protocol;
    }

    /// <summary><c>/metrics</c> (Prometheus text format) and <c>/health/connectors</c>.</summary>
    public static IEndpointRouteBuilder MapOperationsEndpoints(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        var options = endpoints.ServiceProvider.GetRequiredService<IOptions<OperationsOptions>>().Value;
        if (options.MetricsPort is { } port)
        {
            // RequireHost reads the Host header, which a caller on the API port can set to ":9464": the branch also
            // checks the port the connection really arrived on (0 only for the in-memory test server, no socket).
            endpoints.MapPrometheusScrapingEndpoint("/metrics", meterProvider: null, configureBranchedPipeline: branch => branch.Use((context, next) =>
                    context.Connection.LocalPort is 0 || context.Connection.LocalPort == port ? next(context) : NotFound(context)), optionsName: null)
                .RequireHost($"*:{port}")
                .WithName("metrics_scrape").WithSummary("Prometheus metrics, on the metrics port only").ExcludeFromDescription();
        }
        else
        {
            endpoints.MapPrometheusScrapingEndpoint("/metrics")
                .WithName("metrics").WithSummary("Prometheus metrics (admin token)").ExcludeFromDescription();
        }

        endpoints.MapHealthChecks("/health/connectors", new HealthCheckOptions
        {
            Predicate = c => c.Tags.Contains(ConnectorTag),
            ResponseWriter = HealthReportWriter.WriteAsync,
        }).WithName("health_connectors").WithSummary("Health of each partner connector: Degraded when failing, paused or lagging");
        return endpoints;
    }
}
