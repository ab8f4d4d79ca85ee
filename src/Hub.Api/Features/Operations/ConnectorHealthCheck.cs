using System.Globalization;
using Hub.Sync.Health;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace Hub.Api.Features.Operations;

/// <summary>
/// One partner: Degraded when failing, circuit open, paused, or a stream lags beyond its SLA; Healthy otherwise. Never
/// Unhealthy: a partner being down must not take the hub out of its load balancer. The description names states and
/// lags, never a run's error text (it can quote partner data).
/// </summary>
internal sealed class ConnectorHealthCheck(string connector, IServiceScopeFactory scopes, IOptionsMonitor<OperationsOptions> options, TimeProvider time) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        await using var scope = scopes.CreateAsyncScope();
        var health = await scope.ServiceProvider.GetRequiredService<SyncHealthService>().OneAsync(connector, cancellationToken);
        var problems = Problems(health, options.CurrentValue.SlaFor(connector)).ToList();
        var data = new Dictionary<string, object>(StringComparer.Ordinal)
        {
            ["state"] = health.State,
            ["consecutiveFailures"] = health.ConsecutiveFailures,
            ["outboxBacklog"] = health.OutboxBacklog,
            ["deadLetters"] = health.DeadLetters,
            ["checkedAt"] = time.GetUtcNow(),
        };
        return problems.Count == 0
            ? HealthCheckResult.Healthy($"{connector}: {health.State}", data)
            : HealthCheckResult.Degraded($"{connector}: {string.Join("; ", problems)}", data: data);
    }

    internal static IEnumerable<string> Problems(ConnectorHealth health, TimeSpan sla)
    {
        if (health.Paused)
        {
            yield return "paused";
        }

        if (health.State is HealthState.Failing or HealthState.CircuitOpen)
        {
            yield return $"{health.State} ({health.ConsecutiveFailures} failed run(s) in a row)";
        }

        foreach (var stream in health.Streams.Where(s => s.State != HealthState.Disabled && s.LagSeconds > sla.TotalSeconds))
        {
            yield return string.Create(CultureInfo.InvariantCulture, $"{stream.Stream} lags {TimeSpan.FromSeconds(Math.Round(stream.LagSeconds!.Value))} (SLA {sla})");
        }
    }
}
