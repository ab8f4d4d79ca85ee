using System.Text;
using Hub.Archive;
using Hub.Storage;
using Hub.Storage.Sync;
using Hub.Sync.Outbox;
using Hub.Sync.Retention;
using Hub.Sync.Runs;
using Hub.Sync.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using DeadLetterStates = Hub.Sync.DeadLetters.DeadLetters;

namespace Hub.Sync.Tests.Retention;

/// <summary>
/// Issue 4: retention keeps growth bounded. Past their retention, archived payloads, finished runs, settled outbox
/// entries, closed dead letters and idempotency records go; what is still open, recent, or an audit export stays.
/// </summary>
public abstract class RetentionTests(SyncHubFactory factory) : IAsyncLifetime
{
    public Task InitializeAsync() => factory.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Purge_MixOfOldAndRecentRows_RemovesOnlyWhatIsSettledAndPastRetention()
    {
        var now = factory.Services.GetRequiredService<TimeProvider>().GetUtcNow();
        var old = now - TimeSpan.FromDays(200);
        var recent = now - TimeSpan.FromDays(1);
        await using var scope = factory.Services.CreateAsyncScope();
        var archive = scope.ServiceProvider.GetRequiredService<IPayloadArchive>();
        var oldPayload = await archive.PutAsync(Encoding.UTF8.GetBytes($"{{\"page\":\"{Guid.NewGuid()}\"}}"), "application/json", CancellationToken.None);
        var recentPayload = await archive.PutAsync(Encoding.UTF8.GetBytes($"{{\"page\":\"{Guid.NewGuid()}\"}}"), "application/json", CancellationToken.None);
        var auditExport = await archive.PutAsync(Encoding.UTF8.GetBytes($"{{\"sequence\":\"{Guid.NewGuid()}\"}}"), ArchiveContentTypes.AuditExport, CancellationToken.None);
        await factory.ExecuteAsync(async db =>
        {
            await db.ArchiveEntries.Where(e => e.Key == oldPayload.Key || e.Key == auditExport.Key)
                .ExecuteUpdateAsync(s => s.SetProperty(e => e.ArchivedAt, old));
            db.SyncRuns.AddRange(Run("old-done", RunStatus.Succeeded, old), Run("old-running", RunStatus.Running, old), Run("recent-done", RunStatus.Failed, recent));
            db.Outbox.AddRange(Entry("old-delivered", OutboxEntries.Delivered, old), Entry("old-pending", OutboxEntries.Pending, old),
                Entry("old-blocked", OutboxEntries.Blocked, old), Entry("recent-delivered", OutboxEntries.Delivered, recent));
            db.DeadLetters.AddRange(Letter("old-replayed", DeadLetterStates.Replayed, old), Letter("old-open", DeadLetterStates.Open, old),
                Letter("recent-replayed", DeadLetterStates.Replayed, recent));
            db.InboundRequests.AddRange(Request("old-key", old), Request("recent-key", recent));
            await db.SaveChangesAsync();
        });

        var result = await scope.ServiceProvider.GetRequiredService<RetentionPurger>().PurgeAsync(CancellationToken.None);

        Assert.Equal(new RetentionResult(1, 1, 1, 1, 1), result);
        Assert.Null(await archive.GetAsync(oldPayload.Key, CancellationToken.None));
        Assert.NotNull(await archive.GetAsync(recentPayload.Key, CancellationToken.None));
        Assert.NotNull(await archive.GetAsync(auditExport.Key, CancellationToken.None));
        Assert.Equal(["old-running", "recent-done"], await factory.QueryAsync(db => db.SyncRuns.Select(r => r.Id).OrderBy(i => i).ToListAsync()));
        Assert.Equal(["old-blocked", "old-pending", "recent-delivered"], await factory.QueryAsync(db => db.Outbox.Select(o => o.Id).OrderBy(i => i).ToListAsync()));
        Assert.Equal(["old-open", "recent-replayed"], await factory.QueryAsync(db => db.DeadLetters.Select(d => d.Id).OrderBy(i => i).ToListAsync()));
        Assert.Equal(["recent-key"], await factory.QueryAsync(db => db.InboundRequests.Select(r => r.IdempotencyKey).ToListAsync()));
    }

    private static SyncRunRow Run(string id, string status, DateTimeOffset at) => new()
    {
        Id = id, Connector = "siao", Stream = "menages", Trigger = "schedule", Status = status, StartedAt = at,
        FinishedAt = status == RunStatus.Running ? null : at,
    };

    private static OutboxRow Entry(string id, string status, DateTimeOffset at) => new()
    {
        Id = id, Target = "solis", Kind = "solis.test", ResourceType = "Orientation", ResourceId = id, ResourceVersion = 1,
        Origin = "siao", Rule = "test", Status = status, CreatedAt = at, NextAttemptAt = at,
    };

    private static DeadLetterRow Letter(string id, string status, DateTimeOffset at)
    {
        var letter = DeadLetterStates.Create(DeadLetterStates.Inbound, "siao", "menages", id, "test", "{}", at);
        letter.Id = id;
        letter.Status = status;
        return letter;
    }

    private static InboundRequestRow Request(string key, DateTimeOffset at) => new()
    {
        System = "siao", IdempotencyKey = key, TrackingId = key, RequestHash = key, StatusCode = 202, Response = "{}", ReceivedAt = at,
    };
}

[Collection(SqliteCollection.Name)]
public sealed class SqliteRetentionTests(SqliteSyncHubFactory factory) : RetentionTests(factory);

[Collection(PostgresCollection.Name)]
public sealed class PostgresRetentionTests(PostgresSyncHubFactory factory) : RetentionTests(factory);
