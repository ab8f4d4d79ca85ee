using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Logging;

namespace Hub.Sync.Tests.Infrastructure;

/// <summary>
/// The simulator-mode hub on SQLite with every category at Trace (appsettings.json and the other fixtures quieten
/// the framework: here nothing may be hidden) and a <see cref="LogCapture"/> behind the hub's own log pipeline.
/// </summary>
public sealed class LogCaptureSyncHubFactory : SyncHubFactory
{
    public LogCapture Logs { get; } = new();

    public override string Engine => "Sqlite";

    protected override IEnumerable<KeyValuePair<string, string?>> DatabaseSettings() =>
        [new("Hub:Database:Provider", "Sqlite")];

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        foreach (var category in new[] { "Default", "Microsoft", "Microsoft.AspNetCore", "Microsoft.EntityFrameworkCore", "System.Net.Http.HttpClient", "Polly", "Quartz" })
        {
            builder.UseSetting($"Logging:LogLevel:{category}", "Trace");
        }

        builder.ConfigureLogging(logging => logging.AddProvider(Logs).SetMinimumLevel(LogLevel.Trace));
    }
}

/// <summary>Alone, not beside the other collections: a sync logged at Trace loads both cores and would skew their timings.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class LogCaptureCollection : ICollectionFixture<LogCaptureSyncHubFactory>
{
    public const string Name = "Sync on SQLite, every log captured";
}
