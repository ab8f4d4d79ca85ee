using System.Globalization;
using Hub.Api.Features.Operations;
using Hub.Storage;
using Hub.Sync.Health;
using Hub.Sync.Runs;
using Microsoft.EntityFrameworkCore;

namespace Hub.Api.Features.Alerts;

/// <summary>What one rule sees on one subject now: whether its condition holds, and a summary for people.</summary>
public sealed record AlertObservation(string Subject, bool Active, string Summary);

/// <summary>Evaluates each kind of rule against sync health (and, for silence, the run history).</summary>
internal sealed class AlertConditions(HubDbContext db, OperationsOptions operations, DateTimeOffset now)
{
    public async Task<IReadOnlyList<AlertObservation>> ObserveAsync(AlertRule rule, IReadOnlyList<ConnectorHealth> connectors, CancellationToken cancellationToken)
    {
        var watched = connectors.Where(c => rule.Connector is null || c.Name == rule.Connector).ToList();
        return rule.Kind switch
        {
            AlertKind.ConnectorFailing => [.. watched.Select(c => new AlertObservation(c.Name, c.ConsecutiveFailures >= rule.Threshold,
                Text($"{c.ConsecutiveFailures} failed run(s) in a row (threshold {rule.Threshold}), state {c.State}")))],
            AlertKind.CircuitOpen => [.. watched.Select(c => new AlertObservation(c.Name, c.State == HealthState.CircuitOpen,
                Text($"state {c.State} (alert after {rule.Duration} open)")))],
            AlertKind.DeadLetters => [.. watched.Select(c => new AlertObservation(c.Name, c.DeadLetters > rule.Threshold,
                Text($"{c.DeadLetters} open dead letter(s) (threshold {rule.Threshold})")))],
            AlertKind.Lag => [.. Lag(rule, watched)],
            AlertKind.Silence => await SilenceAsync(rule, watched, cancellationToken),
            _ => [],
        };
    }

    /// <summary>The condition must hold this long before the incident fires (circuit open longer than T).</summary>
    public static TimeSpan HoldFor(AlertRule rule) => rule.Kind == AlertKind.CircuitOpen ? rule.Duration ?? TimeSpan.Zero : TimeSpan.Zero;

    private IEnumerable<AlertObservation> Lag(AlertRule rule, List<ConnectorHealth> connectors)
    {
        foreach (var connector in connectors)
        {
            var sla = rule.Duration ?? operations.SlaFor(connector.Name);
            foreach (var stream in connector.Streams.Where(s => s.State != HealthState.Disabled && (rule.Stream is null || s.Stream == rule.Stream)))
            {
                var lag = stream.LagSeconds is { } seconds ? TimeSpan.FromSeconds(Math.Round(seconds)) : (TimeSpan?)null;
                yield return new AlertObservation($"{connector.Name}/{stream.Stream}", lag > sla,
                    lag is null ? "no change seen yet" : Text($"lag {lag} (SLA {sla})"));
            }
        }
    }

    /// <summary>
    /// "No data from solis for 72 h": the newest run (pull or push) that read records is older than the duration.
    /// A connector that never ran is not silent yet (a new install); one that ran but never read counts from its first run.
    /// </summary>
    private async Task<IReadOnlyList<AlertObservation>> SilenceAsync(AlertRule rule, List<ConnectorHealth> connectors, CancellationToken cancellationToken)
    {
        var window = rule.Duration!.Value;
        var result = new List<AlertObservation>();
        foreach (var connector in connectors.Where(c => c.Streams.Count > 0))
        {
            var runs = db.SyncRuns.AsNoTracking().Where(r => r.Connector == connector.Name && r.Status != RunStatus.Skipped);
            if (rule.Stream is { } stream)
            {
                runs = runs.Where(r => r.Stream == stream);
            }

            var lastData = await runs.Where(r => r.RecordsRead > 0 && r.FinishedAt != null).OrderByDescending(r => r.FinishedAt).Select(r => r.FinishedAt).FirstOrDefaultAsync(cancellationToken);
            var firstRun = lastData is null ? await runs.OrderBy(r => r.StartedAt).Select(r => (DateTimeOffset?)r.StartedAt).FirstOrDefaultAsync(cancellationToken) : null;
            var since = lastData ?? firstRun;
            var subject = rule.Stream is null ? connector.Name : $"{connector.Name}/{rule.Stream}";
            result.Add(since is null
                ? new AlertObservation(subject, false, "never ran")
                : new AlertObservation(subject, now - since.Value >= window,
                    Text($"no data for {Round(now - since.Value)} (since {since.Value:u}; alert after {window})")));
        }

        return result;
    }

    private static TimeSpan Round(TimeSpan span) => TimeSpan.FromSeconds(Math.Round(span.TotalSeconds));

    private static string Text(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
