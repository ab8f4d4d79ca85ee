using System.ComponentModel.DataAnnotations;

namespace Hub.Storage;

/// <summary>Configuration section <c>Hub:Database</c>.</summary>
public sealed class DatabaseOptions : IValidatableObject
{
    public const string SectionName = "Hub:Database";

    /// <summary>Sqlite (default) or Postgres.</summary>
    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    /// <summary>Required for PostgreSQL (sensitive: comes from the environment or a secret store). For SQLite, optional:
    /// the default is <c>{DataDirectory}/hub.db</c>.</summary>
    public string? ConnectionString { get; set; }

    /// <summary>Apply pending migrations when the hub starts (default true; turn off when a DBA runs them).</summary>
    public bool MigrateOnStart { get; set; } = true;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (Provider == DatabaseProvider.Postgres && string.IsNullOrWhiteSpace(ConnectionString))
        {
            yield return new ValidationResult(
                "Hub:Database:ConnectionString is required when Hub:Database:Provider is Postgres.",
                [nameof(ConnectionString)]);
        }
    }
}
