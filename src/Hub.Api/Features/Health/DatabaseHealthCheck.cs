using Hub.Storage;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Hub.Api.Features.Health;

/// <summary>Ready only when the store answers a query (and so has been migrated).</summary>
internal sealed class DatabaseHealthCheck(IServiceScopeFactory scopes) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<HubDbContext>();
        return await DatabaseReadyCheck.IsReadyAsync(db, cancellationToken)
            ? HealthCheckResult.Healthy("database answers")
            : HealthCheckResult.Unhealthy("database does not answer");
    }
}
