using Hub.Storage;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;

namespace Hub.Api.Tests.Infrastructure;

/// <summary>
/// One hub per database engine, shared by a test collection. Each test calls <see cref="ResetAsync"/> first so tests
/// never see each other's rows.
/// </summary>
public abstract class HubApiFactory : WebApplicationFactory<Program>, IAsyncLifetime
{
    protected string DataDirectory { get; } = Path.Combine(Path.GetTempPath(), "lda-hub-tests", Guid.NewGuid().ToString("N"));

    public abstract string Engine { get; }

    /// <summary>The hub's clock: tests move it explicitly so <c>meta.lastUpdated</c> and <c>_lastUpdated</c> are deterministic.</summary>
    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 12, 1, 9, 0, 0, TimeSpan.Zero));

    protected abstract IEnumerable<KeyValuePair<string, string?>> DatabaseSettings();

    /// <summary>Resource API tests need no partner: simulators, connectors and the scheduler stay off.</summary>
    protected virtual IEnumerable<KeyValuePair<string, string?>> PartnerSettings() =>
    [
        new("Hub:Simulators:Mode", "Off"),
        new("Hub:Sync:Enabled", "false"),
        new("Hub:Connectors:siao:Enabled", "false"),
        new("Hub:Connectors:solis:Enabled", "false"),
        new("Hub:Connectors:caf:Enabled", "false"),
        new("Hub:Connectors:cpam:Enabled", "false"),
    ];

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("Hub:DataDirectory", DataDirectory);
        // One caller makes every request of a collection: behaviour tests are not about the rate limit (HardeningTests are).
        builder.UseSetting("Hub:Api:RateLimit:PermitLimit", "0");
        foreach (var (key, value) in PartnerSettings())
        {
            builder.UseSetting(key, value);
        }

        foreach (var (key, value) in DatabaseSettings())
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureTestServices(services =>
        {
            services.RemoveAll<TimeProvider>();
            services.AddSingleton<TimeProvider>(Clock);
        });
    }

    /// <summary>Clients from <c>CreateClient()</c> call with every role (see <see cref="Hub.Testing.TestTokens"/>).</summary>
    protected override void ConfigureClient(HttpClient client)
    {
        base.ConfigureClient(client);
        Hub.Testing.TestTokens.AuthorizeWithEveryRole(client, Services);
    }

    public virtual Task InitializeAsync()
    {
        // Starting the server runs the migrations: a broken database fails here, loudly, for every test of the engine.
        _ = Server;
        return Task.CompletedTask;
    }

    public async Task ResetAsync()
    {
        await using var scope = Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<HubDbContext>();
        await db.ArchiveEntries.ExecuteDeleteAsync();
        await db.TimelineEvents.ExecuteDeleteAsync();
        await db.References.ExecuteDeleteAsync();
        await db.HouseholdMembers.ExecuteDeleteAsync();
        await db.Identifiers.ExecuteDeleteAsync();
        await db.ResourceVersions.ExecuteDeleteAsync();
        await db.Resources.ExecuteDeleteAsync();
        await db.IdentityDecisions.ExecuteDeleteAsync();
        // The persons' index is a cache of the tables just emptied.
        Services.GetRequiredService<Hub.Sync.Identity.PersonIndexCache>().Forget();
    }

    /// <summary>Counts rows straight from the database, to prove a rejected request changed nothing.</summary>
    public async Task<StoreCounts> CountAsync()
    {
        await using var scope = Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<HubDbContext>();
        return new StoreCounts(
            await db.Resources.CountAsync(),
            await db.ResourceVersions.CountAsync(),
            await db.Identifiers.CountAsync(),
            await db.HouseholdMembers.CountAsync(),
            await db.TimelineEvents.CountAsync());
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        await DisposeAsync();
        await DisposeDatabaseAsync();
        if (Directory.Exists(DataDirectory))
        {
            Directory.Delete(DataDirectory, recursive: true);
        }
    }

    protected virtual Task DisposeDatabaseAsync() => Task.CompletedTask;
}

public sealed record StoreCounts(int Resources, int Versions, int Identifiers, int Members, int TimelineEvents);
