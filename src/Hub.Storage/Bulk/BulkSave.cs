using System.Collections.Concurrent;
using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using Npgsql;

namespace Hub.Storage.Bulk;

/// <summary>
/// Inserts new rows by the engine's fastest path: PostgreSQL binary COPY, SQLite one prepared INSERT rebound per row.
/// The sync pipeline's pages are mostly new rows (resources, versions, indexes, provenance); through EF each row cost
/// an Add, a snapshot, change detection at every save and a command of its own, several times the row's own write.
/// The rows are plain entity objects that EF does not track; their tables come from the EF model.
/// </summary>
/// <remarks>Rows go in the caller's transaction; the caller owns one (a COPY cannot be undone on its own).</remarks>
public static class BulkSave
{
    private static readonly ConcurrentDictionary<IEntityType, BulkTable?> Tables = new();

    /// <exception cref="DbUpdateException">A row broke a constraint (a key another writer took): the transaction is lost.</exception>
    public static async Task InsertAsync(DbContext db, IReadOnlyCollection<object> rows, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(rows);
        var transaction = db.Database.CurrentTransaction?.GetDbTransaction()
            ?? throw new InvalidOperationException("A bulk insert runs inside the caller's transaction: begin one first.");
        foreach (var group in rows.GroupBy(r => r.GetType()))
        {
            var entityType = db.Model.FindEntityType(group.Key) ?? throw new InvalidOperationException($"{group.Key.Name} is not an entity of {db.GetType().Name}.");
            var table = Tables.GetOrAdd(entityType, BulkTable.Describe)
                ?? throw new InvalidOperationException($"{entityType.DisplayName()} has database-generated values: save it through EF.");
            try
            {
                switch (transaction.Connection)
                {
                    case NpgsqlConnection npgsql:
                        await CopyAsync(npgsql, table, group, cancellationToken);
                        break;
                    case SqliteConnection sqlite:
                        await InsertAsync(sqlite, transaction, table, group, cancellationToken);
                        break;
                    default:
                        throw new NotSupportedException($"No bulk path for {transaction.Connection?.GetType().Name}.");
                }
            }
            catch (DbException e)
            {
                throw new DbUpdateException($"Bulk insert into {table.Name} failed.", e);
            }
        }
    }

    private static async Task CopyAsync(NpgsqlConnection connection, BulkTable table, IEnumerable<object> rows, CancellationToken cancellationToken)
    {
        await using var importer = await connection.BeginBinaryImportAsync(table.CopyCommand, cancellationToken);
        foreach (var row in rows)
        {
            await importer.StartRowAsync(cancellationToken);
            foreach (var column in table.Columns)
            {
                if (column.ProviderValue(row) is { } value)
                {
                    await importer.WriteAsync(value, column.StoreType, cancellationToken);
                }
                else
                {
                    await importer.WriteNullAsync(cancellationToken);
                }
            }
        }

        await importer.CompleteAsync(cancellationToken);
    }

    private static async Task InsertAsync(SqliteConnection connection, DbTransaction transaction, BulkTable table, IEnumerable<object> rows, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = (SqliteTransaction)transaction;
        command.CommandText = table.InsertCommand;
        var parameters = table.Columns.Select((_, i) => command.Parameters.Add(new SqliteParameter($"$p{i}", null))).ToArray();
        foreach (var row in rows)
        {
            for (var i = 0; i < parameters.Length; i++)
            {
                parameters[i].Value = table.Columns[i].ProviderValue(row) ?? DBNull.Value;
            }

            await command.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    /// <summary>A table's insert shape, read once from the EF model: columns, their store types and value converters.</summary>
    private sealed class BulkTable(string name, string copyCommand, string insertCommand, IReadOnlyList<BulkColumn> columns)
    {
        public string Name { get; } = name;

        public string CopyCommand { get; } = copyCommand;

        public string InsertCommand { get; } = insertCommand;

        public IReadOnlyList<BulkColumn> Columns { get; } = columns;

        /// <summary>The table, or <c>null</c> when the database generates a value (an identity key): EF saves those.</summary>
        public static BulkTable? Describe(IEntityType entityType)
        {
            if (entityType.GetTableName() is not { } name || entityType.GetProperties().Any(p => p.ValueGenerated != ValueGenerated.Never))
            {
                return null;
            }

            var store = StoreObjectIdentifier.Table(name, entityType.GetSchema());
            var columns = entityType.GetProperties()
                .Select(p => new BulkColumn(p.GetGetter(), p.GetColumnName(store)!, p.GetColumnType(), p.GetValueConverter() ?? p.GetTypeMapping().Converter))
                .ToList();
            var table = entityType.GetSchema() is { } schema ? $"\"{schema}\".\"{name}\"" : $"\"{name}\"";
            var names = string.Join(", ", columns.Select(c => $"\"{c.Name}\""));
            return new BulkTable(
                name,
                $"COPY {table} ({names}) FROM STDIN (FORMAT BINARY)",
                $"INSERT INTO {table} ({names}) VALUES ({string.Join(", ", columns.Select((_, i) => $"$p{i}"))})",
                columns);
        }
    }

    private sealed record BulkColumn(IClrPropertyGetter Getter, string Name, string StoreType, ValueConverter? Converter)
    {
        public object? ProviderValue(object row)
        {
            var value = Getter.GetClrValue(row);
            return value is null || Converter is null ? value : Converter.ConvertToProvider(value);
        }
    }
}
