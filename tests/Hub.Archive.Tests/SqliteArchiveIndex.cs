using Hub.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Hub.Archive.Tests;

/// <summary>The real archive index (EF Core) on a throwaway SQLite database, migrated like the hub does.</summary>
internal sealed class SqliteArchiveIndex : IDisposable
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "lda-hub-archive-index", Guid.NewGuid().ToString("N"));
    private readonly ServiceProvider _services;

    public SqliteArchiveIndex()
    {
        Directory.CreateDirectory(_directory);
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Hub:DataDirectory"] = _directory })
            .Build();
        _services = new ServiceCollection()
            .AddSingleton<IConfiguration>(configuration)
            .AddLogging()
            .AddHubStorage(configuration)
            .BuildServiceProvider();
        using var scope = _services.CreateScope();
        scope.ServiceProvider.GetRequiredService<HubDbContext>().Database.Migrate();
        Index = new EfArchiveIndex(_services.GetRequiredService<IServiceScopeFactory>());
    }

    public IArchiveIndex Index { get; }

    public int Count()
    {
        using var scope = _services.CreateScope();
        return scope.ServiceProvider.GetRequiredService<HubDbContext>().ArchiveEntries.Count();
    }

    public void Dispose()
    {
        _services.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
    }
}
