using Hub.Api.Hosting;
using Hub.Simulators;
using Hub.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace Hub.Bench;

/// <summary>
/// A hub built from the same building blocks as Hub.Api (storage, archive, partners, sync), without HTTP, on a fresh
/// database, with the SI-SIAO simulator as its partner. Disposing it drops what it created.
/// </summary>
internal sealed class BenchHub : IAsyncDisposable
{
    private readonly string _dataDirectory;
    private readonly string? _postgresDatabase;

    private BenchHub(IHost host, SimulatorCluster simulators, string dataDirectory, string? postgresDatabase)
    {
        Host = host;
        Simulators = simulators;
        _dataDirectory = dataDirectory;
        _postgresDatabase = postgresDatabase;
    }

    public IHost Host { get; }

    public SimulatorCluster Simulators { get; }

    /// <param name="configure">Settings on top of the bench's own (for scenarios that need the scheduler or more partners).</param>
    public static async Task<BenchHub> StartAsync(
        string database, long households, CancellationToken cancellationToken, Action<IDictionary<string, string?>, SimulatorCluster>? configure = null)
    {
        var simulators = await SimulatorCluster.StartAsync(new SimulatorOptions { Seed = 7, Households = households }, cancellationToken);
        var dataDirectory = Path.Combine(Path.GetTempPath(), "lda-hub-bench", Guid.NewGuid().ToString("N"));
        var settings = new Dictionary<string, string?>
        {
            ["Hub:DataDirectory"] = dataDirectory,
            ["Hub:Sync:Enabled"] = "false",
            ["Hub:Connectors:siao:Connection:BaseUrl"] = simulators.BaseUrls[SimulatedSystem.Siao].ToString(),
            ["Hub:Connectors:siao:Paging:PageSize"] = "1000",
            ["Hub:Connectors:siao:Resilience:RateLimitPerSecond"] = "0",
            ["Hub:Connectors:solis:Enabled"] = "false",
            ["Hub:Connectors:caf:Enabled"] = "false",
            ["Hub:Connectors:cpam:Enabled"] = "false",
        };
        string? postgresDatabase = null;
        if (database == "postgres")
        {
            postgresDatabase = "hub_bench_" + Guid.NewGuid().ToString("N");
            settings["Hub:Database:Provider"] = "Postgres";
            settings["Hub:Database:ConnectionString"] = await CreatePostgresDatabaseAsync(postgresDatabase, cancellationToken);
        }

        configure?.Invoke(settings, simulators);
        // The hub's appsettings.json (routes, survivorship rules) sits beside the binary, wherever the bench is run from.
        var builder = Microsoft.Extensions.Hosting.Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { EnvironmentName = "Bench", ContentRootPath = AppContext.BaseDirectory });
        builder.Configuration.AddInMemoryCollection(settings);
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.AddCanonicalResources();
        builder.AddHubStorage();
        builder.AddHubArchive();
        builder.AddPartners();
        builder.AddSync();
        builder.AddHubAudit();
        var host = builder.Build();
        await host.StartAsync(cancellationToken);
        return new BenchHub(host, simulators, dataDirectory, postgresDatabase);
    }

    public static string PostgresAdmin =>
        Environment.GetEnvironmentVariable("HUB_BENCH_POSTGRES") ?? Environment.GetEnvironmentVariable("HUB_TEST_POSTGRES")
        ?? throw new InvalidOperationException("--db postgres needs HUB_BENCH_POSTGRES (an admin connection string).");

    public static async Task<string> CreatePostgresDatabaseAsync(string name, CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(PostgresAdmin);
        await connection.OpenAsync(cancellationToken);
        await using (var command = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection))
        {
            await command.ExecuteNonQueryAsync(cancellationToken);
        }

        return new NpgsqlConnectionStringBuilder(PostgresAdmin) { Database = name }.ConnectionString;
    }

    public static async Task DropPostgresDatabaseAsync(string name)
    {
        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(PostgresAdmin);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)", connection);
        await command.ExecuteNonQueryAsync();
    }

    public HubDbContext CreateDbContext(out AsyncServiceScope scope)
    {
        scope = Host.Services.CreateAsyncScope();
        return scope.ServiceProvider.GetRequiredService<HubDbContext>();
    }

    public async ValueTask DisposeAsync()
    {
        await Host.StopAsync();
        Host.Dispose();
        await Simulators.DisposeAsync();
        if (_postgresDatabase is not null)
        {
            await DropPostgresDatabaseAsync(_postgresDatabase);
        }

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (Directory.Exists(_dataDirectory))
        {
            Directory.Delete(_dataDirectory, recursive: true);
        }
    }
}
