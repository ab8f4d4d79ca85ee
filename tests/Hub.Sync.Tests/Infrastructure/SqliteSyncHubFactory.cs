namespace Hub.Sync.Tests.Infrastructure;

/// <summary>The embedded default: SQLite under a temporary data directory.</summary>
public sealed class SqliteSyncHubFactory : SyncHubFactory
{
    public override string Engine => "Sqlite";

    protected override IEnumerable<KeyValuePair<string, string?>> DatabaseSettings() =>
        [new("Hub:Database:Provider", "Sqlite")];
}

[CollectionDefinition(Name)]
public sealed class SqliteCollection : ICollectionFixture<SqliteSyncHubFactory>
{
    public const string Name = "Sync on SQLite";
}
