using Microsoft.AspNetCore.Diagnostics.HealthChecks;

namespace Hub.Api.Features.Health;

/// <summary><c>/health/live</c> (the process runs) and <c>/health/ready</c> (its dependencies answer).</summary>
public static class HealthEndpoints
{
    public const string ReadyTag = "ready";

    public static IHostApplicationBuilder AddHubHealthChecks(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database", tags: [ReadyTag]);
        return builder;
    }

    public static IEndpointRouteBuilder MapHealthEndpoints(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        endpoints.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false })
            .WithName("health_live").WithSummary("Liveness: the process answers");
        endpoints.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = c => c.Tags.Contains(ReadyTag) })
            .WithName("health_ready").WithSummary("Readiness: the database answers");
        return endpoints;
    }
}
