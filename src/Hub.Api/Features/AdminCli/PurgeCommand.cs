using System.Text.Json;
using Hub.Audit;
using Hub.Storage;
using Hub.Sync.Retention;
using Microsoft.EntityFrameworkCore;

namespace Hub.Api.Features.AdminCli;

/// <summary>
/// <c>dotnet run --project src/Hub.Api -- purge</c>: the nightly retention purge run now, on the hub's database and
/// archive directly (the configuration must be the hub's: database, archive, keys). Useful after lowering a retention or
/// before a backup. Prints what went as JSON; the purge is an admin action, so it is written to the audit trail.
/// Exit codes: 0 done, 1 failed, 2 the database is not at the current schema.
/// </summary>
public static class PurgeCommand
{
    public const string Name = "purge";
    private static readonly JsonSerializerOptions Indented = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    public static async Task<int> RunAsync(IServiceProvider services, TextWriter output, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<HubDbContext>();
        if ((await db.Database.GetPendingMigrationsAsync()).Any())
        {
            await error.WriteLineAsync("The hub database is not at the current schema (or does not exist): start the hub once, it migrates at start.");
            return AdminCli.Usage;
        }

        await error.WriteLineAsync("Purging what is past its retention (runs, settled outbox entries, closed dead letters, idempotency records, archived payloads)…");
        var audit = scope.ServiceProvider.GetRequiredService<IAuditTrail>();
        try
        {
            var result = await scope.ServiceProvider.GetRequiredService<RetentionPurger>().PurgeAsync(CancellationToken.None);
            await RecordAsync(audit, AuditOutcome.Success, $"purged {result.Payloads} payload(s), {result.Runs} run(s), {result.OutboxEntries} outbox entr(ies), {result.DeadLetters} dead letter(s), {result.InboundRequests} idempotency record(s)");
            await output.WriteLineAsync(JsonSerializer.Serialize(result, Indented));
            return AdminCli.Done;
        }
        catch (DbUpdateException ex)
        {
            await RecordAsync(audit, AuditOutcome.Failure, ex.GetType().Name);
            await error.WriteLineAsync($"The purge failed: {ex.GetBaseException().Message}");
            return AdminCli.Failed;
        }
    }

    private static Task RecordAsync(IAuditTrail audit, AuditOutcome outcome, string detail) => audit.RecordAsync(new AuditRecord
    {
        Action = AuditActions.Delete,
        Subtype = "retention-purge",
        Category = AuditCategories.Security,
        Outcome = outcome,
        OutcomeDetail = detail,
        Agent = $"cli:{Environment.UserName}",
        Role = "admin",
        Client = "admin-cli",
        Purpose = "retention",
        Entities = [new AuditEntity("Retention/purge")],
    }, CancellationToken.None);
}
