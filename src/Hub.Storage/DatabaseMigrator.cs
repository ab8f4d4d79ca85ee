using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Hub.Storage;

/// <summary>Brings the schema up to date before the hub serves requests (hosted services start before Kestrel listens).</summary>
internal sealed partial class DatabaseMigrator(
    IServiceScopeFactory scopes,
    IOptions<HubDataOptions> data,
    IOptions<DatabaseOptions> database,
    ILogger<DatabaseMigrator> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(data.Value.FullDataDirectory);
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<HubDbContext>();
        if (database.Value.Provider == DatabaseProvider.Sqlite)
        {
            // Write-ahead logging, kept in the file once set: readers no longer wait for a writer's commit (in the
            // default rollback-journal mode every audit or sync commit locked the whole file against every timeline
            // read, and the readers slept in SQLITE_BUSY retries), and a commit appends instead of rewriting pages.
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
        }

        if (!database.Value.MigrateOnStart)
        {
            return;
        }

        var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
        await db.Database.MigrateAsync(cancellationToken);
        LogMigrated(logger, database.Value.Provider, pending.Count);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Information, Message = "Database {Provider} ready ({Applied} migration(s) applied)")]
    private static partial void LogMigrated(ILogger logger, DatabaseProvider provider, int applied);
}
