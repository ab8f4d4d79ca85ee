using Hub.Storage;
using Hub.Storage.Postgres;
using Hub.Storage.Sqlite;
using Hub.Testing;
using Microsoft.EntityFrameworkCore;

namespace Hub.Sync.Tests.Processes;

/// <summary>The database of one hub run in another process: its settings, and a context for the test to read it.</summary>
public sealed class HubDatabase : IAsyncDisposable
{
    private readonly string? _postgresName;

    private HubDatabase(string engine, string dataDirectory, string? postgresName, string? connectionString)
    {
        Engine = engine;
        DataDirectory = dataDirectory;
        _postgresName = postgresName;
        ConnectionString = connectionString;
    }

    public string Engine { get; }

    public string DataDirectory { get; }

    public string? ConnectionString { get; }

    /// <summary>SQLite under the data directory (the hub's default path), or a fresh database on the test PostgreSQL.</summary>
    public static async Task<HubDatabase> CreateAsync(string engine, string dataDirectory)
    {
        if (engine == "Sqlite")
        {
            return new HubDatabase(engine, dataDirectory, null, null);
        }

        var name = "hub_process_test_" + Guid.NewGuid().ToString("N");
        // Fails loudly, naming the command, when HUB_TEST_POSTGRES is missing: never skipped.
        return new HubDatabase(engine, dataDirectory, name, await PostgresServer.CreateDatabaseAsync(name));
    }

    public IEnumerable<KeyValuePair<string, string>> Settings()
    {
        yield return new("Hub:Database:Provider", Engine);
        if (ConnectionString is not null)
        {
            yield return new("Hub:Database:ConnectionString", ConnectionString);
        }
    }

    public HubDbContext Open() => ConnectionString is null
        // No pooling: the test must not keep the file open once it has read it.
        ? new SqliteHubDbContext(new DbContextOptionsBuilder<SqliteHubDbContext>().UseSqlite($"Data Source={Path.Combine(DataDirectory, "hub.db")};Pooling=False").Options)
        : new PostgresHubDbContext(new DbContextOptionsBuilder<PostgresHubDbContext>().UseNpgsql(ConnectionString).Options);

    public async Task<EngineState> StateAsync()
    {
        await using var db = Open();
        return await EngineState.TakeAsync(db);
    }

    public async ValueTask DisposeAsync()
    {
        if (_postgresName is not null)
        {
            await PostgresServer.DropDatabaseAsync(_postgresName);
        }
    }
}
