using Hub.Storage.Postgres;
using Hub.Storage.Resources;
using Hub.Storage.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Hub.Storage;

/// <summary>Registers the hub's store on the configured provider.</summary>
public static class StorageServiceCollectionExtensions
{
    /// <summary>Adds the DbContext (SQLite or PostgreSQL), the resource store and validated options.</summary>
    public static IServiceCollection AddHubStorage(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);

        services.AddOptions<HubDataOptions>().BindConfiguration(HubDataOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<DatabaseOptions>().BindConfiguration(DatabaseOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddTimeProvider();

        // Pooled contexts: the options are built once, not per scope (building them and finding EF's internal service
        // provider for them cost more than a timeline read's queries), and a context is reset and reused.
        var database = configuration.GetSection(DatabaseOptions.SectionName).Get<DatabaseOptions>() ?? new DatabaseOptions();
        if (database.Provider == DatabaseProvider.Postgres)
        {
            services.AddDbContextPool<PostgresHubDbContext>((sp, options) =>
                options.UseNpgsql(sp.GetRequiredService<IOptions<DatabaseOptions>>().Value.ConnectionString));
            services.AddScoped<HubDbContext>(sp => sp.GetRequiredService<PostgresHubDbContext>());
        }
        else
        {
            services.AddDbContextPool<SqliteHubDbContext>((sp, options) =>
                options.UseSqlite(SqliteConnectionString(
                    sp.GetRequiredService<IOptions<HubDataOptions>>().Value,
                    sp.GetRequiredService<IOptions<DatabaseOptions>>().Value)));
            services.AddScoped<HubDbContext>(sp => sp.GetRequiredService<SqliteHubDbContext>());
        }

        services.AddScoped<IResourceStore, ResourceStore>();
        services.AddHostedService<DatabaseMigrator>();
        return services;
    }

    /// <summary>The SQLite file lives under the data directory unless a connection string says otherwise.</summary>
    public static string SqliteConnectionString(HubDataOptions data, DatabaseOptions database)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(database);
        return string.IsNullOrWhiteSpace(database.ConnectionString)
            ? $"Data Source={Path.Combine(data.FullDataDirectory, "hub.db")};Pooling=True"
            : database.ConnectionString;
    }

    private static void TryAddTimeProvider(this IServiceCollection services)
    {
        if (!services.Any(d => d.ServiceType == typeof(TimeProvider)))
        {
            services.AddSingleton(TimeProvider.System);
        }
    }
}
