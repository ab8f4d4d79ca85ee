using Hub.Testing;

namespace Hub.Api.Tests.Infrastructure;

/// <summary>The production engine: a fresh database on the real PostgreSQL server for this fixture.</summary>
public sealed class PostgresHubApiFactory : HubApiFactory
{
    private readonly string _database = "hub_test_" + Guid.NewGuid().ToString("N");
    private string? _connectionString;

    public override string Engine => "Postgres";

    protected override IEnumerable<KeyValuePair<string, string?>> DatabaseSettings() =>
    [
        new("Hub:Database:Provider", "Postgres"),
        new("Hub:Database:ConnectionString", _connectionString ?? throw new InvalidOperationException("Database not created yet.")),
    ];

    public override async Task InitializeAsync()
    {
        _connectionString = await PostgresServer.CreateDatabaseAsync(_database);
        await base.InitializeAsync();
    }

    protected override Task DisposeDatabaseAsync() => PostgresServer.DropDatabaseAsync(_database);
}

[CollectionDefinition(Name)]
public sealed class PostgresCollection : ICollectionFixture<PostgresHubApiFactory>
{
    public const string Name = "Hub on PostgreSQL";
}
