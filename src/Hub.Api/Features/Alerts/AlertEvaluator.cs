using Hub.Api.Features.Operations;
using Hub.Storage;
using Hub.Storage.Operations;
using Hub.Sync.Health;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Hub.Api.Features.Alerts;

/// <summary>
/// Evaluates every rule, keeps one incident per rule and subject (pending → firing → resolved) and sends each notice
/// once per channel: a firing notice when an incident fires, a recovery notice when it resolves, nothing in between.
/// A notice that fails to go out is retried at the next evaluation. Runs as a Quartz job, so one node of a cluster
/// evaluates at a time.
/// </summary>
public sealed partial class AlertEvaluator(
    HubDbContext db,
    SyncHealthService health,
    IEnumerable<IAlertChannel> channels,
    IOptionsMonitor<AlertOptions> options,
    IOptionsMonitor<OperationsOptions> operations,
    TimeProvider time,
    ILogger<AlertEvaluator> logger)
{
    /// <summary>Recovery notices are looked for among incidents resolved this recently (older ones are history).</summary>
    private static readonly TimeSpan DeliveryWindow = TimeSpan.FromDays(7);

    private readonly IReadOnlyList<IAlertChannel> _channels = [.. channels];

    public async Task EvaluateAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var rules = options.CurrentValue.ActiveRules.ToList();
        var open = await db.AlertIncidents.Where(i => i.Status != IncidentStatus.Resolved).ToListAsync(cancellationToken);
        if (rules.Count == 0 && open.Count == 0)
        {
            return;
        }

        var connectors = await health.AllAsync(cancellationToken);
        var conditions = new AlertConditions(db, operations.CurrentValue, now);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var rule in rules)
        {
            foreach (var observation in await conditions.ObserveAsync(rule, connectors, cancellationToken))
            {
                var incident = open.FirstOrDefault(i => i.Rule == rule.Name && i.Subject == observation.Subject);
                if (incident is not null)
                {
                    seen.Add(incident.Id);
                }

                Apply(rule, observation, incident, now);
            }
        }

        // A rule removed from configuration (or a subject gone) closes its incidents rather than leaving them firing for ever.
        foreach (var orphan in open.Where(i => !seen.Contains(i.Id)))
        {
            Close(orphan, now, "rule no longer configured");
        }

        await db.SaveChangesAsync(cancellationToken);
        await DeliverAsync(now, cancellationToken);
    }

    private void Apply(AlertRule rule, AlertObservation observation, AlertIncidentRow? incident, DateTimeOffset now)
    {
        if (observation.Active)
        {
            incident ??= db.AlertIncidents.Add(new AlertIncidentRow
            {
                Id = Guid.CreateVersion7(now).ToString("N"),
                Rule = rule.Name,
                Subject = observation.Subject,
                Kind = rule.Kind.ToString(),
                Severity = rule.Severity,
                Status = IncidentStatus.Pending,
                Summary = observation.Summary,
                ConditionSince = now,
            }).Entity;
            incident.Summary = observation.Summary;
            incident.LastEvaluatedAt = now;
            if (incident.Status == IncidentStatus.Pending && now - incident.ConditionSince >= AlertConditions.HoldFor(rule))
            {
                incident.Status = IncidentStatus.Firing;
                incident.FiredAt = now;
                LogFiring(logger, rule.Name, observation.Subject, rule.Severity);
            }
        }
        else if (incident is not null)
        {
            Close(incident, now, observation.Summary);
        }
    }

    private void Close(AlertIncidentRow incident, DateTimeOffset now, string summary)
    {
        if (incident.Status == IncidentStatus.Pending)
        {
            // Never fired, so nobody was told: nothing to recover from.
            db.AlertIncidents.Remove(incident);
            return;
        }

        incident.Status = IncidentStatus.Resolved;
        incident.ResolvedAt = now;
        incident.LastEvaluatedAt = now;
        incident.Summary = $"recovered: {summary}";
        LogResolved(logger, incident.Rule, incident.Subject);
    }

    private async Task DeliverAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        var configured = _channels.Where(c => c.IsConfigured).ToList();
        if (configured.Count == 0)
        {
            return;
        }

        var since = now - DeliveryWindow;
        var incidents = await db.AlertIncidents
            .Where(i => i.Status == IncidentStatus.Firing || (i.Status == IncidentStatus.Resolved && i.ResolvedAt >= since))
            .ToListAsync(cancellationToken);
        foreach (var incident in incidents)
        {
            foreach (var channel in configured)
            {
                var firingSent = incident.Deliveries.Split(' ').Contains($"{IncidentStatus.Firing}:{channel.Name}");
                // A recovery notice only where the firing notice went: "resolved" out of the blue helps nobody.
                var due = incident.Status == IncidentStatus.Firing ? !firingSent
                    : firingSent && !incident.Deliveries.Split(' ').Contains($"{IncidentStatus.Resolved}:{channel.Name}");
                if (due)
                {
                    await SendAsync(channel, incident, cancellationToken);
                }
            }
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    private async Task SendAsync(IAlertChannel channel, AlertIncidentRow incident, CancellationToken cancellationToken)
    {
        var notice = new AlertNotice(incident.Id, incident.Rule, incident.Kind, incident.Severity, incident.Status, incident.Subject, incident.Summary,
            incident.ConditionSince, incident.FiredAt, incident.ResolvedAt, Environment.MachineName);
        try
        {
            await channel.SendAsync(notice, cancellationToken);
            incident.Deliveries = $"{incident.Deliveries} {incident.Status}:{channel.Name}".Trim();
            if (incident.DeliveryError?.StartsWith(channel.Name + ":", StringComparison.Ordinal) == true)
            {
                incident.DeliveryError = null;
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            var error = $"{channel.Name}: {ex.GetType().Name}: {ex.Message}";
            incident.DeliveryError = error.Length > 1000 ? error[..1000] : error;
            LogDeliveryFailed(logger, channel.Name, incident.Rule, incident.Subject, ex.GetType().Name);
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "ALERT {Rule} firing on {Subject} ({Severity})")]
    private static partial void LogFiring(ILogger logger, string rule, string subject, string severity);

    [LoggerMessage(Level = LogLevel.Information, Message = "ALERT {Rule} resolved on {Subject}")]
    private static partial void LogResolved(ILogger logger, string rule, string subject);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Alert notice by {Channel} for {Rule} on {Subject} not delivered ({ErrorType}); retried at the next evaluation")]
    private static partial void LogDeliveryFailed(ILogger logger, string channel, string rule, string subject, string errorType);
}
