using Hub.Storage;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Npgsql;

namespace Hub.Sync.Scheduling;

/// <summary>Creates Quartz's tables (the script shipped inside Quartz.dll) on first start of a clustered hub.</summary>
internal sealed class QuartzPostgresSchema(IOptions<DatabaseOptions> database) : IHostedService
{
    private const string Script = "Quartz.Impl.AdoJobStore.Schema.create_postgres.sql";

    /// <summary>Quartz's default table prefix.</summary>
    public const string TablePrefix = "qrtz_";

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(database.Value.ConnectionString);
        await connection.OpenAsync(cancellationToken);
        // Two nodes starting together must not both create the tables: a transaction-scoped advisory lock serialises them.
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await using (var lockCommand = new NpgsqlCommand("SELECT pg_advisory_xact_lock(4242001)", connection, transaction))
        {
            await lockCommand.ExecuteNonQueryAsync(cancellationToken);
        }

        await using (var exists = new NpgsqlCommand("SELECT to_regclass('qrtz_job_details') IS NOT NULL", connection, transaction))
        {
            if ((bool)(await exists.ExecuteScalarAsync(cancellationToken))!)
            {
                await transaction.CommitAsync(cancellationToken);
                return;
            }
        }

        await using var stream = typeof(Quartz.IJob).Assembly.GetManifestResourceStream(Script)
            ?? throw new InvalidOperationException($"Quartz schema script {Script} not found in Quartz.dll.");
        using var reader = new StreamReader(stream);
        // The script is a template ({0} = table prefix, {1} = the prefix without schema) split by '--;;' lines.
        var script = (await reader.ReadToEndAsync(cancellationToken)).Replace("{0}", TablePrefix, StringComparison.Ordinal).Replace("{1}", TablePrefix, StringComparison.Ordinal);
        foreach (var statement in script.Split("\n--;;", StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            if (statement.Split('\n').All(line => line.TrimStart().StartsWith("--", StringComparison.Ordinal) || line.Trim().Length == 0))
            {
                continue;
            }

            await using var create = new NpgsqlCommand(statement, connection, transaction);
            await create.ExecuteNonQueryAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
