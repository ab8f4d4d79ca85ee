using Npgsql;

namespace Hub.Testing;

/// <summary>
/// Shared by every test project that needs it (linked from tests/Shared). The real PostgreSQL server started by <c>scripts/test.sh</c> (connection string in <c>HUB_TEST_POSTGRES</c>).
/// Without it the PostgreSQL tests fail, naming the command to run: they are never skipped.
/// </summary>
public static class PostgresServer
{
    public const string EnvironmentVariable = "HUB_TEST_POSTGRES";

    public static string AdminConnectionString =>
        Environment.GetEnvironmentVariable(EnvironmentVariable) is { Length: > 0 } value
            ? value
            : throw new InvalidOperationException(
                $"{EnvironmentVariable} is not set: PostgreSQL tests need the server that `bash scripts/test.sh` starts.");

    /// <summary>Creates an empty database for one fixture and returns its connection string.</summary>
    public static async Task<string> CreateDatabaseAsync(string name)
    {
        await using var connection = new NpgsqlConnection(AdminConnectionString);
        await connection.OpenAsync();
        await using (var command = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection))
        {
            await command.ExecuteNonQueryAsync();
        }

        return new NpgsqlConnectionStringBuilder(AdminConnectionString) { Database = name }.ConnectionString;
    }

    public static async Task DropDatabaseAsync(string name)
    {
        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(AdminConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)", connection);
        await command.ExecuteNonQueryAsync();
    }
}
