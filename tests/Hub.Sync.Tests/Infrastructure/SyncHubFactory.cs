using System.Globalization;
using Hub.Connectors.Core;
using Hub.Mapping.Core;
using Hub.Simulators;
using Hub.Simulators.Hosting;
using Hub.Storage;
using Hub.Sync.Pipeline;
using Hub.Sync.Runs;
using Hub.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Hub.Sync.Tests.Infrastructure;

/// <summary>
/// One hub per database engine in simulator mode (<c>Hub:Simulators:Mode=On</c>: the hub starts the four partner
/// simulators in-process and points its connectors at them), shared by a test collection. Each test calls
/// <see cref="ResetAsync"/> first: every hub table is emptied and the simulators forget faults, counters, received
/// messages and changes.
/// </summary>
/// <remarks>
/// The hub keeps the system clock: the connectors' Polly pipelines (retry delays, attempt timeouts) run on the injected
/// <see cref="TimeProvider"/>, so a frozen fake clock would hang every retry. Delays are made short instead.
/// </remarks>
public abstract class SyncHubFactory : WebApplicationFactory<Program>, IAsyncLifetime
{
    public const int Households = 100;
    public const int PageSize = 25;
    public const int MaxRetryAttempts = 3;
    public const int AutoPauseAfterFailures = 2;
    public const string SolisToSiaoRoute = "solis-accompaniment-to-siao";
    public const string SiaoEchoRoute = "siao-echo";

    /// <summary>Connectors the hub knows (issue 4: partners' scripts rely on these names).</summary>
    public static IReadOnlyList<string> ConnectorNames { get; } = ["siao", "solis", "caf", "cpam"];

    protected string DataDirectory { get; } = Path.Combine(Path.GetTempPath(), "lda-hub-sync-tests", Guid.NewGuid().ToString("N"));

    public abstract string Engine { get; }

    private readonly Dictionary<string, CleanRun> _cleanRuns = new(StringComparer.Ordinal);
    private SimulatorCluster? _cluster;

    public SimulatorCluster Cluster => _cluster ?? throw new InvalidOperationException("The hub has not started.");

    public StreamRunner Runner => Services.GetRequiredService<StreamRunner>();

    /// <summary>Clients from <c>CreateClient()</c> call with every role (see <see cref="Hub.Testing.TestTokens"/>).</summary>
    protected override void ConfigureClient(HttpClient client)
    {
        base.ConfigureClient(client);
        Hub.Testing.TestTokens.AuthorizeWithEveryRole(client, Services);
    }

    protected abstract IEnumerable<KeyValuePair<string, string?>> DatabaseSettings();

    /// <summary>Off: these tests dispatch by hand, step by step. The propagation fixture switches it on.</summary>
    protected virtual bool DispatchOnCommit => false;

    private IEnumerable<KeyValuePair<string, string?>> HubSettings()
    {
        yield return new("Hub:Simulators:Mode", "On");
        yield return new("Hub:Simulators:Households", Households.ToString(CultureInfo.InvariantCulture));
        // Faults are the point of these tests: Polly's retry events and EF's first-start probes are noise here.
        yield return new("Logging:LogLevel:Default", "Warning");
        yield return new("Logging:LogLevel:Polly", "None");
        yield return new("Logging:LogLevel:Microsoft.EntityFrameworkCore", "None");
        yield return new("Hub:Sync:Enabled", "true");
        // One caller makes every request of a collection: these tests are not about the API's rate limit.
        yield return new("Hub:Api:RateLimit:PermitLimit", "0");
        yield return new("Hub:Sync:AutoPauseAfterFailures", AutoPauseAfterFailures.ToString(CultureInfo.InvariantCulture));
        // The dispatcher fires once at start (empty outbox), then tests dispatch explicitly.
        yield return new("Hub:Sync:DispatchInterval", "00:10:00");
        yield return new("Hub:Sync:DispatchOnCommit", DispatchOnCommit ? "true" : "false");
        yield return new("Hub:Sync:MaxDeliveryAttempts", "2");
        yield return new("Hub:Sync:DeliveryBaseDelay", "00:00:00.001");
        // Overlaps the default route accompagnement-vers-siao of appsettings.json on purpose: a change matched by two
        // rules to the same partner and message kind must still be queued once.
        yield return new($"Hub:Sync:Routes:{SolisToSiaoRoute}:ResourceType", "Accompaniment");
        yield return new($"Hub:Sync:Routes:{SolisToSiaoRoute}:From:0", "solis");
        yield return new($"Hub:Sync:Routes:{SolisToSiaoRoute}:To", "siao");
        yield return new($"Hub:Sync:Routes:{SolisToSiaoRoute}:Kind", "siao.retour-accompagnement");
        // Would echo every SI-SIAO household back to SI-SIAO if the router let it.
        yield return new($"Hub:Sync:Routes:{SiaoEchoRoute}:ResourceType", "Household");
        yield return new($"Hub:Sync:Routes:{SiaoEchoRoute}:From:0", "siao");
        yield return new($"Hub:Sync:Routes:{SiaoEchoRoute}:To", "siao");
        yield return new($"Hub:Sync:Routes:{SiaoEchoRoute}:Kind", "siao.retour-accompagnement");
        foreach (var connector in ConnectorNames)
        {
            var section = $"Hub:Connectors:{connector}";
            // Effectively never: runs are driven by the tests, so counts and call numbers are deterministic.
            yield return new($"{section}:Schedule:Cron", "0 0 0 1 1 ? 2099");
            yield return new($"{section}:Paging:PageSize", PageSize.ToString(CultureInfo.InvariantCulture));
            yield return new($"{section}:Resilience:MaxRetryAttempts", MaxRetryAttempts.ToString(CultureInfo.InvariantCulture));
            yield return new($"{section}:Resilience:BaseDelay", "00:00:00.001");
            // Retry-After is honoured but capped, so a 503/429 "come back in 1 s" costs 10 ms here.
            yield return new($"{section}:Resilience:MaxRetryAfter", "00:00:00.010");
            yield return new($"{section}:Resilience:AttemptTimeout", "00:00:01");
            yield return new($"{section}:Resilience:TotalTimeout", "00:00:15");
            // The circuit breaker would outlive a test (one pipeline per named client): keep it shut so that call
            // counts depend on the test's own faults only.
            yield return new($"{section}:Resilience:CircuitMinimumThroughput", "10000");
            yield return new($"{section}:Resilience:RateLimitPerSecond", "0");
        }
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("Hub:DataDirectory", DataDirectory);
        foreach (var (key, value) in HubSettings().Concat(DatabaseSettings()))
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureServices(services =>
        {
            foreach (var connector in ConnectorNames)
            {
                services.AddSingleton<IInboundMapper>(new CanonicalTestMapper(connector));
            }
        });
    }

    /// <summary>Runs one page through the real pipeline (its own scope, cursor untouched), as a stream run would.</summary>
    public async Task<PageOutcome> ProcessAsync(PulledPage page)
    {
        await using var scope = Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<PagePipeline>().ProcessAsync(page, advanceCursor: false, CancellationToken.None);
    }

    public virtual Task InitializeAsync()
    {
        // Starting the server runs the migrations and starts the simulators: a broken setup fails here, loudly.
        _ = Server;
        _cluster = Services.GetRequiredService<SimulatorCluster>();
        return Task.CompletedTask;
    }

    public async Task ResetAsync()
    {
        await using var scope = Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<HubDbContext>();
        // Every table of the model, not a list: other issues keep adding index tables, and a reset that named them
        // would silently leave a new one dirty (the model has no foreign keys, so order does not matter).
        // Except the audit trail: it is append-only (triggers refuse DELETE) and a chain that goes on across tests is
        // one more check that it holds.
        foreach (var table in db.Model.GetEntityTypes().Select(e => e.GetTableName()).OfType<string>().Distinct(StringComparer.Ordinal)
            .Where(t => !t.StartsWith("audit_", StringComparison.Ordinal)))
        {
#pragma warning disable EF1003 // The table names come from the EF model, never from input.
            await db.Database.ExecuteSqlRawAsync("DELETE FROM \"" + table + "\"");
#pragma warning restore EF1003
        }

        Cluster.Reset();
        // The persons' index is a cache of the tables just emptied.
        Services.GetRequiredService<Hub.Sync.Identity.PersonIndexCache>().Forget();
    }

    /// <summary>
    /// The store and the number of pages and calls of an undisturbed run of one stream from an empty hub, computed once
    /// per fixture (the simulators are deterministic and <see cref="ResetAsync"/> restores them). Leaves the hub reset.
    /// </summary>
    public async Task<CleanRun> CleanRunAsync(string connector, string stream, string endpoint)
    {
        var key = $"{connector}/{stream}";
        if (_cleanRuns.TryGetValue(key, out var known))
        {
            return known;
        }

        await ResetAsync();
        var run = await SyncDriver.RunAsync(this, connector, stream);
        SyncDriver.AssertSucceeded(run);
        var clean = new CleanRun(await StoreSnapshot.TakeAsync(this), run.Pages, Simulator(connector).Calls[endpoint]);
        _cleanRuns[key] = clean;
        await ResetAsync();
        return clean;
    }

    public SimulatorHost Simulator(string connector) =>
        Cluster.All.Single(s => string.Equals(s.System.ToString(), connector, StringComparison.OrdinalIgnoreCase));

    /// <summary>A fresh scope's database context, for assertions straight on the tables.</summary>
    public async Task<T> QueryAsync<T>(Func<HubDbContext, Task<T>> query)
    {
        ArgumentNullException.ThrowIfNull(query);
        await using var scope = Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<HubDbContext>());
    }

    public async Task ExecuteAsync(Func<HubDbContext, Task> command)
    {
        ArgumentNullException.ThrowIfNull(command);
        await using var scope = Services.CreateAsyncScope();
        await command(scope.ServiceProvider.GetRequiredService<HubDbContext>());
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        // Registered as an instance, the cluster is not disposed by the container: free its four ports here.
        await DisposeAsync();

        await DisposeDatabaseAsync();
        if (Directory.Exists(DataDirectory))
        {
            Directory.Delete(DataDirectory, recursive: true);
        }
    }

    protected virtual Task DisposeDatabaseAsync() => Task.CompletedTask;
}
