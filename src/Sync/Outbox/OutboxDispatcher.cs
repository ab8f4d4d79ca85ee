using System.Text.Json.Nodes;
using Hub.Audit;
using Hub.Canonical.Model;
using Hub.Canonical.Serialization;
using Hub.Connectors.Core;
using Hub.Storage;
using Hub.Storage.Resources;
using Hub.Storage.Sync;
using Hub.Sync.Pipeline;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Hub.Sync.Outbox;

/// <summary>
/// Delivers due outbox entries: maps the stored version to the partner's message, pushes it with the entry id as
/// idempotency key (a retry never creates a second record there), and on failure backs off exponentially with jitter;
/// after <see cref="SyncOptions.MaxDeliveryAttempts"/> the entry becomes a dead letter.
/// </summary>
public sealed partial class OutboxDispatcher(
    HubDbContext db,
    IResourceStore store,
    IEnumerable<IPushTarget> targets,
    MapperRegistry mappers,
    IDeliveryPolicy policy,
    IAuditTrail audit,
    IOptionsMonitor<SyncOptions> options,
    TimeProvider time,
    ILogger<OutboxDispatcher> logger)
{
    private readonly IReadOnlyList<IPushTarget> _targets = [.. targets];

    /// <summary>Delivers up to <paramref name="batch"/> due entries; returns how many were handled.</summary>
    public async Task<int> DispatchDueAsync(int batch, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var due = await db.Outbox
            .Where(o => o.Status == OutboxEntries.Pending && o.NextAttemptAt <= now)
            .OrderBy(o => o.NextAttemptAt).ThenBy(o => o.Id)
            .Take(batch)
            .ToListAsync(cancellationToken);
        foreach (var entry in due)
        {
            await DeliverAsync(entry, cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
        }

        return due.Count;
    }

    private async Task DeliverAsync(OutboxRow entry, CancellationToken cancellationToken)
    {
        var settings = options.CurrentValue;
        var rule = settings.ActiveRoutes.FirstOrDefault(r => r.Name == entry.Rule);
        var target = _targets.FirstOrDefault(t => t.Connector == entry.Target && t.Kinds.Contains(entry.Kind));
        var mapper = mappers.Outbound(entry.Target, entry.Kind);
        var stored = await store.ReadVersionAsync(entry.ResourceType, entry.ResourceId, entry.ResourceVersion, cancellationToken);
        if (target is null || mapper is null || stored is null || stored.IsDeleted)
        {
            Kill(entry, target is null ? $"No push target for {entry.Target}/{entry.Kind}."
                : mapper is null ? $"No outbound mapper for {entry.Target}/{entry.Kind}."
                : $"{entry.ResourceType}/{entry.ResourceId} version {entry.ResourceVersion} is no longer available.", payload: stored?.Json ?? "{}");
            return;
        }

        var resource = CanonicalJson.Deserialize(stored.Json);
        var related = await RelatedAsync(entry.ResourceType, entry.ResourceId, stored.Json, cancellationToken);
        var purpose = rule?.Purpose ?? "coordination";

        // Consent first, before the partner's mapping ever sees the record.
        var decision = await policy.DecideAsync(new DeliveryRequest(entry, purpose, resource, related), cancellationToken);
        if (!decision.Allowed)
        {
            entry.Status = OutboxEntries.Blocked;
            entry.LastError = decision.Reason;
            await AuditAsync(entry, purpose, "blocked", AuditOutcome.Denied, decision.Reason, cancellationToken);
            return;
        }

        var mapping = mapper.Map(entry.Kind, resource, related);
        if (mapping is { Message: null, NotApplicable: true })
        {
            entry.Status = OutboxEntries.Skipped;
            entry.LastError = mapping.Reason;
            return;
        }

        if (mapping.Message is null)
        {
            Kill(entry, $"Cannot express {entry.ResourceType} as {entry.Kind}: {mapping.Reason}", stored.Json);
            return;
        }

        try
        {
            entry.Attempts++;
            await target.PushAsync(mapping.Message, entry.Id, cancellationToken);
            entry.Status = OutboxEntries.Delivered;
            entry.DeliveredAt = time.GetUtcNow();
            entry.LastError = null;
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            var kind = ConnectorErrorClassifier.Classify(ex);
            entry.LastError = $"{kind}: {ex.Message}";
            if (kind != ConnectorErrorKind.Retryable || entry.Attempts >= settings.MaxDeliveryAttempts)
            {
                Kill(entry, $"Delivery to {entry.Target} failed after {entry.Attempts} attempt(s): {entry.LastError}", stored.Json);
                return;
            }

            entry.NextAttemptAt = time.GetUtcNow() + Backoff(entry.Attempts, settings, ex);
            LogRetry(logger, entry.Target, entry.Kind, entry.Attempts, entry.NextAttemptAt);
        }

        // Outside the try: a failure to record the disclosure must not pass for a failed delivery (the entry stays
        // unsaved and is pushed again with the same idempotency key, which the partner answers as a replay).
        if (entry.Status == OutboxEntries.Delivered)
        {
            await AuditAsync(entry, purpose, "transmit", AuditOutcome.Success, null, cancellationToken);
        }
    }

    /// <summary>A disclosure to a partner (or its refusal) is an access to personal data: it goes into the audit trail.</summary>
    private Task AuditAsync(OutboxRow entry, string purpose, string subtype, AuditOutcome outcome, string? detail, CancellationToken cancellationToken) =>
        audit.RecordAsync(new AuditRecord
        {
            Action = AuditActions.Execute,
            Subtype = subtype,
            Category = AuditCategories.Sync,
            Outcome = outcome,
            OutcomeDetail = detail,
            Agent = "hub",
            Role = "system",
            Client = "outbox-dispatcher",
            Purpose = purpose,
            Entities =
            [
                new AuditEntity($"{entry.ResourceType}/{entry.ResourceId}"),
                new AuditEntity($"Connector/{entry.Target}", AuditEntityRoles.Partner),
                new AuditEntity($"Outbox/{entry.Id}", AuditEntityRoles.Subject),
            ],
        }, cancellationToken);

    /// <summary>Exponential backoff with full jitter, never sooner than the partner asked.</summary>
    internal static TimeSpan Backoff(int attempts, SyncOptions settings, Exception? failure)
    {
        var ceiling = Math.Min(settings.MaxDeliveryDelay.TotalMilliseconds, settings.DeliveryBaseDelay.TotalMilliseconds * Math.Pow(2, attempts - 1));
        var jittered = TimeSpan.FromMilliseconds((ceiling / 2) + (Random.Shared.NextDouble() * ceiling / 2));
        return failure is ConnectorException { RetryAfter: { } asked } && asked > jittered ? asked : jittered;
    }

    private void Kill(OutboxRow entry, string reason, string payload)
    {
        entry.Status = OutboxEntries.Dead;
        entry.LastError = reason;
        db.DeadLetters.Add(DeadLetters.DeadLetters.Create(DeadLetters.DeadLetters.Outbound, entry.Target, entry.Kind,
            $"{entry.ResourceType}/{entry.ResourceId}", reason, payload, time.GetUtcNow(), outboxId: entry.Id));
        // The reason can quote the partner's answer or the mapped values: it stays in the dead letter, the log names it.
        LogDead(logger, entry.Target, entry.Kind, entry.Id, entry.Attempts);
    }

    /// <summary>The resources the changed one references (one level), and the members of a referenced household.</summary>
    private async Task<IReadOnlyDictionary<string, Resource>> RelatedAsync(string changedType, string changedId, string json, CancellationToken cancellationToken)
    {
        var related = new Dictionary<string, Resource>(StringComparer.Ordinal);
        var pending = new Queue<string>(References(JsonNode.Parse(json)));
        // References written by identifier before their target existed: resolve them now.
        foreach (var (system, value) in IdentifierReferences(JsonNode.Parse(json)))
        {
            if (await store.FindByIdentifierAsync(null, system, value, cancellationToken) is { } target)
            {
                pending.Enqueue($"{target.ResourceType}/{target.Id}");
            }
        }

        while (pending.TryDequeue(out var reference) && related.Count < 64)
        {
            if (related.ContainsKey(reference) || reference.Split('/') is not [var type, var id])
            {
                continue;
            }

            if (await store.ReadAsync(type, id, cancellationToken) is { IsDeleted: false } found)
            {
                related[reference] = CanonicalJson.Deserialize(found.Json);
                if (type == "Household")
                {
                    foreach (var member in References(JsonNode.Parse(found.Json)))
                    {
                        pending.Enqueue(member);
                    }
                }
            }
        }

        // Consents point at a person or household: fetch those that concern what is being sent, so the partner's
        // mapping (and the consent check) sees them.
        var subjects = related.Keys.Where(k => k.StartsWith("Person/", StringComparison.Ordinal) || k.StartsWith("Household/", StringComparison.Ordinal)).ToList();
        if (changedType is "Person" or "Household")
        {
            subjects.Add($"{changedType}/{changedId}");
        }

        foreach (var subject in subjects)
        {
            var split = subject.IndexOf('/', StringComparison.Ordinal);
            foreach (var consent in await store.ReferencingAsync("Consent", subject[..split], subject[(split + 1)..], cancellationToken))
            {
                related.TryAdd($"Consent/{consent.Id}", CanonicalJson.Deserialize(consent.Json));
            }
        }

        return related;
    }

    private static IEnumerable<string> References(JsonNode? node) => node switch
    {
        JsonObject obj => (obj["reference"] is JsonValue value && value.TryGetValue<string>(out var r) ? [r] : Enumerable.Empty<string>())
            .Concat(obj.Select(p => p.Value).SelectMany(References)),
        JsonArray array => array.SelectMany(References),
        _ => [],
    };

    private static IEnumerable<(string System, string Value)> IdentifierReferences(JsonNode? node) => node switch
    {
        JsonObject obj => (obj["reference"] is null && obj["identifier"] is JsonObject identifier
                && identifier["system"] is JsonValue system && identifier["value"] is JsonValue value
                ? [(system.ToString(), value.ToString())]
                : Enumerable.Empty<(string, string)>())
            .Concat(obj.Where(p => p.Key != "identifier").Select(p => p.Value).SelectMany(IdentifierReferences)),
        JsonArray array => array.SelectMany(IdentifierReferences),
        _ => [],
    };

    [LoggerMessage(Level = LogLevel.Information, Message = "Delivery to {Target} ({Kind}) will be retried (attempt {Attempts}) at {NextAttempt}")]
    private static partial void LogRetry(ILogger logger, string target, string kind, int attempts, DateTimeOffset nextAttempt);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Outbox entry {OutboxId} to {Target} ({Kind}) dead-lettered after {Attempts} attempt(s)")]
    private static partial void LogDead(ILogger logger, string target, string kind, string outboxId, int attempts);
}
