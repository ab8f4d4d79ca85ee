namespace Hub.Api.Tests.Infrastructure;

/// <summary>The embedded default: SQLite under a temporary data directory.</summary>
public sealed class SqliteHubApiFactory : HubApiFactory
{
    public override string Engine => "Sqlite";

    protected override IEnumerable<KeyValuePair<string, string?>> DatabaseSettings() =>
        [new("Hub:Database:Provider", "Sqlite")];
}

[CollectionDefinition(Name)]
public sealed class SqliteCollection : ICollectionFixture<SqliteHubApiFactory>
{
    public const string Name = "Hub on SQLite";
}
