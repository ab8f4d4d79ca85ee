using System.Net;
using System.Text.RegularExpressions;
using System.Text.Json.Nodes;
using Hub.Simulators.Faults;
using Hub.Storage.Resources;
using Hub.Sync.Outbox;
using Hub.Sync.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Hub.Sync.Tests.Routing;

/// <summary>Issue 4: routing rules send canonical changes to partners, never back to their origin, never twice.</summary>
public abstract class RoutingTests(SyncHubFactory factory) : IAsyncLifetime
{
    private static readonly string[] PushEndpoints = ["POST /v1/entrants/orientations-lda", "POST /v1/entrants/entrees-logement"];

    public Task InitializeAsync() => factory.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task SyncThenDispatch_SiaoAndSolis_QueuedOnceNeverToOriginThenDeliveredOnceOrDeadLettered()
    {
        Assert.All(await SyncDriver.RunConnectorAsync(factory, "siao"), SyncDriver.AssertSucceeded);
        Assert.All(await SyncDriver.RunConnectorAsync(factory, "solis"), SyncDriver.AssertSucceeded);

        var outbox = await factory.QueryAsync(db => db.Outbox.AsNoTracking().ToListAsync());
        var accompaniments = await factory.QueryAsync(db => db.Resources.AsNoTracking()
            .Where(r => r.ResourceType == "Accompaniment" && r.Source == "urn:lda-hub:source:solis")
            .Select(r => new { r.Id, r.VersionId }).ToListAsync());

        Assert.NotEmpty(accompaniments);
        Assert.DoesNotContain(outbox, o => o.Target == o.Origin);
        Assert.DoesNotContain(outbox, o => o.Rule == SyncHubFactory.SiaoEchoRoute);
        // The default routes carry SI-SIAO orientations and housing entries to SOLIS, and SOLIS accompaniments to SI-SIAO.
        Assert.All(outbox.Where(o => o.Target == "solis"), o => Assert.Equal("siao", o.Origin));
        var retours = outbox.Where(o => o.Kind == "siao.retour-accompagnement").ToList();
        Assert.All(retours, o => Assert.Equal(("solis", "siao", "Accompaniment"), (o.Origin, o.Target, o.ResourceType)));
        // Two enabled rules (the default accompagnement-vers-siao and this fixture's) match every SOLIS accompaniment:
        // each version is still queued exactly once.
        Assert.Equal(
            accompaniments.Select(a => $"{a.Id}/{a.VersionId}").Order(StringComparer.Ordinal),
            retours.Select(o => $"{o.ResourceId}/{o.ResourceVersion}").Order(StringComparer.Ordinal));


        var handled = await DispatchUntilSettledAsync();

        var settled = await factory.QueryAsync(db => db.Outbox.AsNoTracking().ToListAsync());
        var letters = await factory.QueryAsync(db => db.DeadLetters.AsNoTracking().Where(d => d.Direction == "outbound").ToListAsync());
        Assert.Equal(outbox.Count, handled);
        Assert.DoesNotContain(settled, e => e.Status == OutboxEntries.Pending);
        // What the hub counts as delivered is what each partner received, once (the entry id is the idempotency key).
        foreach (var target in new[] { "siao", "solis" })
        {
            Assert.Equal(settled.Count(e => e.Target == target && e.Status == OutboxEntries.Delivered), factory.Simulator(target).Received.All.Count);
        }

        Assert.Contains(settled, e => e.Target == "solis" && e.Status == OutboxEntries.Delivered);
        Assert.Equal(settled.Where(e => e.Status == OutboxEntries.Dead).Select(e => e.Id).Order(StringComparer.Ordinal), letters.Select(l => l.OutboxId!).Order(StringComparer.Ordinal));
        Assert.All(letters, l => Assert.False(string.IsNullOrWhiteSpace(l.Reason)));
        Assert.DoesNotContain(letters, l => l.Reason.StartsWith("No outbound mapper", StringComparison.Ordinal));
        // Documented until identity resolution lands (the resolver is a pass-through): a SOLIS accompaniment belongs to
        // the SOLIS household, which carries no SI-SIAO ménage id, so SI-SIAO cannot be told about it.
        Assert.All(letters.Where(l => l.Connector == "siao"), l => Assert.EndsWith("The household has no SI-SIAO ménage id.", l.Reason, StringComparison.Ordinal));
    }

    [Fact]
    public async Task RunAsync_UnchangedRecordsSyncedAgain_QueuesNothingNew()
    {
        Assert.All(await SyncDriver.RunConnectorAsync(factory, "solis"), SyncDriver.AssertSucceeded);
        var queued = await factory.QueryAsync(db => db.Outbox.AsNoTracking().Select(o => o.Id).ToListAsync());
        await factory.ExecuteAsync(db => db.SyncCursors.ExecuteDeleteAsync());

        var again = await SyncDriver.RunConnectorAsync(factory, "solis");

        Assert.NotEmpty(queued);
        Assert.All(again, SyncDriver.AssertSucceeded);
        Assert.All(again, run => Assert.Equal(0, run.RecordsWritten));
        Assert.Equal(queued.Order(StringComparer.Ordinal), (await factory.QueryAsync(db => db.Outbox.AsNoTracking().Select(o => o.Id).ToListAsync())).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task ReplayOutboundDeadLetters_PartnerDownThenBack_DeadAfterMaxAttemptsThenDeliveredOnce()
    {
        Assert.All(await SyncDriver.RunConnectorAsync(factory, "siao"), SyncDriver.AssertSucceeded);
        var solis = factory.Simulator("solis");
        foreach (var endpoint in PushEndpoints)
        {
            solis.Faults.Inject(endpoint, FaultKind.InternalError, count: null);
        }

        await DispatchUntilSettledAsync();
        var down = await factory.QueryAsync(db => db.DeadLetters.AsNoTracking()
            .Where(d => d.Direction == "outbound" && d.Connector == "solis" && d.Reason.StartsWith("Delivery to solis failed after 2 attempt(s)")).ToListAsync());
        var calls = PushEndpoints.Sum(e => solis.Calls[e]);

        Assert.NotEmpty(down);
        Assert.Empty(solis.Received.All);
        // Bounded: MaxDeliveryAttempts outbox attempts, each with the HTTP pipeline's own retries, and not one more.
        Assert.Equal(down.Count * 2 * (1 + SyncHubFactory.MaxRetryAttempts), calls);

        solis.Faults.Clear();
        using var sut = factory.CreateClient();
        var selection = new JsonObject { ["ids"] = new JsonArray([.. down.Select(d => JsonValue.Create(d.Id))]) };
        using var replay = await sut.PostAsync(new Uri("/api/dead-letters/replay", UriKind.Relative), HubHttp.Json(selection.ToJsonString()));
        Assert.True(replay.StatusCode == HttpStatusCode.OK, await replay.Content.ReadAsStringAsync());
        await DispatchUntilSettledAsync();
        await DispatchUntilSettledAsync();

        var outboxIds = down.Select(d => d.OutboxId!).Order(StringComparer.Ordinal).ToList();
        var entries = await factory.QueryAsync(db => db.Outbox.AsNoTracking().Where(o => outboxIds.Contains(o.Id)).ToListAsync());
        Assert.All(entries, e => Assert.True(e.Status == OutboxEntries.Delivered, $"{e.Status}: {e.LastError}"));
        // Each entry reached SOLIS exactly once, under its own id as idempotency key.
        Assert.Equal(outboxIds, solis.Received.All.Select(m => m.IdempotencyKey!).Order(StringComparer.Ordinal));
        var letter = await HubHttp.GetObjectAsync(sut, $"/api/dead-letters/{down[0].Id}");
        Assert.Equal("replayed", letter["deadLetter"]!["status"]!.GetValue<string>());
        Assert.Equal(["failed", "replayed"], letter["history"]!.AsArray().Select(e => e!["event"]!.GetValue<string>()));
    }

    /// <summary>Dispatches until nothing is pending: a retryable failure comes back after its 1 ms backoff.</summary>
    [Fact]
    public async Task Dispatch_ConsentRevokedBeforeDelivery_BlockedAuditedShownInHealthAndNothingSent()
    {
        Assert.All(await SyncDriver.RunConnectorAsync(factory, "siao"), SyncDriver.AssertSucceeded);
        var entry = await factory.QueryAsync(db => db.Outbox.AsNoTracking().Where(o => o.Target == "solis").OrderBy(o => o.Id).FirstAsync());
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            // Every consent of the household the change is about (and of its members) is withdrawn before delivery.
            var store = scope.ServiceProvider.GetRequiredService<IResourceStore>();
            var stored = await store.ReadAsync(entry.ResourceType, entry.ResourceId, CancellationToken.None);
            var household = Regex.Match(stored!.Json, "\"Household/([^\"]+)\"").Groups[1].Value;
            var members = JsonNode.Parse((await store.ReadAsync("Household", household, CancellationToken.None))!.Json)!["member"]!.AsArray()
                .Select(m => m!["person"]!["reference"]?.GetValue<string>()).OfType<string>().Select(r => r.Split('/')[1]);
            // One after the other: the store's DbContext takes one operation at a time.
            var consents = new List<StoredResource>(await store.ReferencingAsync("Consent", "Household", household, CancellationToken.None));
            foreach (var member in members)
            {
                consents.AddRange(await store.ReferencingAsync("Consent", "Person", member, CancellationToken.None));
            }

            foreach (var consent in consents.DistinctBy(c => c.Id))
            {
                var revoked = JsonNode.Parse(consent.Json)!.AsObject();
                revoked["status"] = "revoked";
                revoked["revokedAt"] = "2026-01-01T00:00:00Z";
                Assert.Equal(WriteOutcome.Updated, (await store.UpdateAsync("Consent", consent.Id, revoked, null, CancellationToken.None)).Outcome);
            }
        }

        await DispatchUntilSettledAsync();

        var settled = await factory.QueryAsync(db => db.Outbox.AsNoTracking().SingleAsync(o => o.Id == entry.Id));
        Assert.Equal(OutboxEntries.Blocked, settled.Status);
        Assert.StartsWith("Consent: ", settled.LastError, StringComparison.Ordinal);
        Assert.DoesNotContain(await factory.QueryAsync(db => db.DeadLetters.AsNoTracking().Select(d => d.OutboxId).ToListAsync()), id => id == entry.Id);
        var blocked = await factory.QueryAsync(db => db.Outbox.CountAsync(o => o.Target == "solis" && o.Status == OutboxEntries.Blocked));
        Assert.Equal(await factory.QueryAsync(db => db.Outbox.CountAsync(o => o.Target == "solis" && o.Status == OutboxEntries.Delivered)),
            factory.Simulator("solis").Received.All.Count);
        var audit = await factory.QueryAsync(db => db.AuditEvents.AsNoTracking()
            .Where(e => e.Subtype == "blocked" && e.Entity == $"{entry.ResourceType}/{entry.ResourceId}").ToListAsync());
        var refusal = Assert.Single(audit, e => e.Json.Contains(entry.Id, StringComparison.Ordinal));
        Assert.Equal(("E", "denied", "orientation"), (refusal.Action, refusal.Outcome, refusal.Purpose ?? ""));
        using var client = factory.CreateClient();
        var health = await HubHttp.GetObjectAsync(client, "/api/sync/connectors/solis");
        Assert.Equal(blocked, health["outboxBlocked"]!.GetValue<int>());
    }

    private async Task<int> DispatchUntilSettledAsync()
    {
        var handled = await DispatchAsync();
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (await factory.QueryAsync(db => db.Outbox.AnyAsync(o => o.Status == OutboxEntries.Pending)) && DateTime.UtcNow < deadline)
        {
            await Task.Delay(20);
            await DispatchAsync();
        }

        return handled;
    }

    private async Task<int> DispatchAsync()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<OutboxDispatcher>().DispatchDueAsync(10_000, CancellationToken.None);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class SqliteRoutingTests(SqliteSyncHubFactory factory) : RoutingTests(factory);

[Collection(PostgresCollection.Name)]
public sealed class PostgresRoutingTests(PostgresSyncHubFactory factory) : RoutingTests(factory);
