namespace Hub.Storage;

/// <summary>Which database engine holds the store.</summary>
public enum DatabaseProvider
{
    /// <summary>Embedded default: a file under <c>Hub:DataDirectory</c>.</summary>
    Sqlite,

    /// <summary>Production: PostgreSQL (required for a clustered hub).</summary>
    Postgres,
}
