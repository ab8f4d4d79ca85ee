using System.Net;
using System.Text.Json.Nodes;
using Hub.Mapping.Core;
using Hub.Simulators;
using Hub.Simulators.Faults;
using Hub.Storage.Resources;
using Hub.Sync.Pipeline;
using Hub.Sync.Runs;
using Hub.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Hub.Console.Tests.Infrastructure;

/// <summary>
/// The hub as a browser meets it: Kestrel on a real loopback port, SQLite, the four simulated partners, and the real
/// OpenID Connect test provider (<c>HUB_TEST_OIDC</c>, started by scripts/test.sh) as its authority. Before the tests:
/// one SI-SIAO household sync with one record broken by the simulator (so there is a dead letter to replay), and two
/// synthetic households, one per référent, with timeline entries from several sources.
/// </summary>
public sealed class ConsoleHubFactory : WebApplicationFactory<Program>, IAsyncLifetime
{
    public const string OidcVariable = "HUB_TEST_OIDC";

    private readonly string _dataDirectory = Path.Combine(Path.GetTempPath(), "lda-hub-console-tests", Guid.NewGuid().ToString("N"));
    private Uri? _address;

    public Uri Address => _address ?? throw new InvalidOperationException("The hub has not started.");

    /// <summary>The household followed by <see cref="TestAgents.Referent"/>, and the one followed by <see cref="TestAgents.OtherReferent"/>.</summary>
    public string ReferentHousehold { get; private set; } = string.Empty;

    public string OtherReferentHousehold { get; private set; } = string.Empty;

    /// <summary>The SI-SIAO ménage id of the record the simulator broke, and its correct version as SI-SIAO serves it.</summary>
    public string BrokenMenage { get; private set; } = string.Empty;

    public string CorrectedMenage { get; private set; } = string.Empty;

    public static Uri Authority =>
        Environment.GetEnvironmentVariable(OidcVariable) is { Length: > 0 } value
            ? new Uri(value)
            : throw new InvalidOperationException(
                $"{OidcVariable} is not set: the console tests need the OpenID Connect provider that `bash scripts/test.sh` starts " +
                $"(by hand: `node tests/servers/oidc/server.mjs <port>` then {OidcVariable}=http://127.0.0.1:<port>).");

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("Hub:DataDirectory", _dataDirectory);
        builder.UseSetting("Hub:Database:Provider", "Sqlite");
        builder.UseSetting("Hub:Simulators:Mode", "On");
        builder.UseSetting("Hub:Simulators:Households", "40");
        builder.UseSetting("Hub:Sync:Enabled", "true");
        builder.UseSetting("Hub:Api:RateLimit:PermitLimit", "0");
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
        foreach (var connector in new[] { "siao", "solis", "caf", "cpam" })
        {
            // Runs happen when a test (or the browser) asks, so what the pages show does not move under the tests.
            builder.UseSetting($"Hub:Connectors:{connector}:Schedule:Cron", "0 0 0 1 1 ? 2099");
        }

        // SOLIS in pages of 10, so that a run the browser watches has several pages to show progress on.
        builder.UseSetting("Hub:Connectors:solis:Paging:PageSize", "10");
        builder.ConfigureServices(services =>
        {
            services.AddSingleton<IInboundMapper>(new CanonicalTestMapper("siao"));
            services.AddSingleton<IInboundMapper>(new CanonicalTestMapper("caf"));
            services.AddSingleton<IInboundMapper>(new CanonicalTestMapper("solis"));
        });

        builder.UseSetting("Hub:Auth:Authority", Authority.ToString().TrimEnd('/'));
        builder.UseSetting("Hub:Auth:RequireHttpsMetadata", "false");
        builder.UseSetting("Hub:Auth:Audience", "urn:lda-hub:api");
        builder.UseSetting("Hub:Auth:Console:ClientId", "lda-hub-console");
        builder.UseSetting("Hub:Auth:Console:ClientSecret", "test-only-console-secret-not-real");
        Grant(builder, TestAgents.Admin, "admin");
        Grant(builder, TestAgents.Coordinator, "coordinator", "ville-mulhouse");
        Grant(builder, TestAgents.Referent, "referent");
        Grant(builder, TestAgents.OtherReferent, "referent");
        Grant(builder, TestAgents.Observatory, "observatory");
    }

    /// <summary>One canonical record through the real page pipeline (identity resolution included), as its partner would send it.</summary>
    public async Task<PageOutcome> IngestAsync(string connector, string sourceId, JsonObject resource, DateTimeOffset modifiedAt)
    {
        ArgumentNullException.ThrowIfNull(resource);
        await using var scope = Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<PagePipeline>()
            .ProcessAsync(CanonicalTestMapper.Page(connector, sourceId, resource.ToJsonString(), modifiedAt), advanceCursor: false, CancellationToken.None);
    }

    private static void Grant(IWebHostBuilder builder, Agent agent, string role, string? organisation = null)
    {
        builder.UseSetting($"Hub:Auth:Principals:{agent.Subject}:Roles:0", role);
        if (organisation is not null)
        {
            builder.UseSetting($"Hub:Auth:Principals:{agent.Subject}:Organisation", organisation);
        }
    }

    public async Task InitializeAsync()
    {
        // The provider and the browser first: if either is missing, every test fails saying so, not with a hub error.
        using (var http = new HttpClient { Timeout = TimeSpan.FromSeconds(10) })
        {
            try
            {
                await http.GetStringAsync(new Uri(Authority, ".well-known/openid-configuration"));
            }
            catch (HttpRequestException ex)
            {
                throw new InvalidOperationException($"The OpenID Connect provider at {Authority} ({OidcVariable}) does not answer: {ex.Message}", ex);
            }
        }

        ChromiumBrowser.EnsureInstalled();
        UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
        StartServer();
        _address = new Uri(Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single());
        await SyncWithOneBrokenRecordAsync();
        await SeedHouseholdsAsync();
    }

    private async Task SyncWithOneBrokenRecordAsync()
    {
        var siao = Services.GetRequiredService<SimulatorCluster>().All.Single(s => s.System.ToString().Equals("siao", StringComparison.OrdinalIgnoreCase));
        siao.Faults.Inject("GET /v1/menages", FaultKind.InvalidRecord, count: 1);
        var run = await Services.GetRequiredService<StreamRunner>().RunAsync("siao", "menages", RunTrigger.Manual, null, CancellationToken.None);
        if (run.RecordsFailed != 1)
        {
            throw new InvalidOperationException($"The seeding sync should dead-letter exactly one record; it failed {run.RecordsFailed} ({run.Status}: {run.Error}).");
        }

        await using var scope = Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<Hub.Storage.HubDbContext>();
        BrokenMenage = db.DeadLetters.Single(d => d.Connector == "siao" && d.Status == "open").SourceId!;
        using var partner = new HttpClient { BaseAddress = siao.BaseUrl };
        CorrectedMenage = await partner.GetStringAsync(new Uri($"v1/menages/{BrokenMenage}", UriKind.Relative));
    }

    private async Task SeedHouseholdsAsync()
    {
        await using var scope = Services.CreateAsyncScope();
        var store = scope.ServiceProvider.GetRequiredService<IResourceStore>();
        ReferentHousehold = await SeedAsync(store, "ALPHONSINE", "Élise", "1984-03-12", "NAVIGATEUR-0001", TestAgents.Referent.Subject);
        OtherReferentHousehold = await SeedAsync(store, "BERTHOLET", "Noé", "1990-07-01", "NAVIGATEUR-0002", TestAgents.OtherReferent.Subject);
    }

    /// <summary>A person, their household (with a SI-SIAO ménage id), an active accompaniment naming the référent, a
    /// consent to share with the city's coordination, and three timeline entries from SI-SIAO, CAF and the hub.</summary>
    private static async Task<string> SeedAsync(IResourceStore store, string birthName, string firstName, string birthDate, string menage, string referent)
    {
        var person = await CreateAsync(store, new JsonObject
        {
            ["resourceType"] = "Person",
            ["identifier"] = new JsonArray(Identifier("urn:lda-hub:id:siao:personne", $"P-{menage}")),
            ["name"] = new JsonObject { ["birthName"] = birthName, ["firstNames"] = new JsonArray(firstName) },
            ["birthDate"] = birthDate,
            ["identityStatus"] = new JsonObject { ["system"] = "urn:lda-hub:code:statut-identite", ["code"] = "VALI" },
        });
        var household = await CreateAsync(store, new JsonObject
        {
            ["resourceType"] = "Household",
            ["identifier"] = new JsonArray(Identifier("urn:lda-hub:id:siao:menage", menage)),
            ["member"] = new JsonArray(new JsonObject { ["person"] = Reference("Person", person) }),
        });
        await CreateAsync(store, new JsonObject
        {
            ["resourceType"] = "Accompaniment",
            ["household"] = Reference("Household", household),
            ["type"] = new JsonObject { ["system"] = "urn:lda-hub:code:type-accompagnement", ["code"] = "LDA" },
            ["status"] = "active",
            ["referent"] = new JsonObject { ["name"] = "Agent FICTIF", ["identifier"] = Identifier("urn:lda-hub:id:agent", referent) },
        });
        await CreateAsync(store, new JsonObject
        {
            ["resourceType"] = "Consent",
            ["person"] = Reference("Person", person),
            ["status"] = "active",
            ["organisations"] = new JsonArray(new JsonObject { ["system"] = "urn:lda-hub:code:organisation-partenaire", ["code"] = "ville-mulhouse" }),
            ["purposes"] = new JsonArray(new JsonObject { ["system"] = "urn:lda-hub:code:finalite-consentement", ["code"] = "coordination" }),
        });
        await CreateAsync(store, Event(household, person, "siao", "demande-siao", "2026-01-15T10:00:00+01:00", "Demande enregistrée; suivi = oui"));
        await CreateAsync(store, Event(household, person, "caf", "droit-ouvert", "2026-02-03T09:30:00+01:00", "Ouverture du droit \"RSA\""));
        await CreateAsync(store, Event(household, person, "hub", "note", "2026-03-01T14:00:00+01:00", "=Note de coordination"));
        return household;
    }

    private static JsonObject Event(string household, string person, string source, string type, string occurredAt, string summary) => new()
    {
        ["resourceType"] = "TimelineEvent",
        ["household"] = Reference("Household", household),
        ["person"] = Reference("Person", person),
        ["type"] = new JsonObject { ["system"] = "urn:lda-hub:code:type-evenement", ["code"] = type },
        ["occurredAt"] = occurredAt,
        ["source"] = new JsonObject { ["system"] = "urn:lda-hub:code:systeme-source", ["code"] = source },
        ["actor"] = new JsonObject { ["display"] = "Agent d'accueil", ["organisation"] = source.ToUpperInvariant() },
        ["summary"] = summary,
    };

    private static JsonObject Identifier(string system, string value) => new() { ["system"] = system, ["value"] = value };

    private static JsonObject Reference(string type, string id) => new() { ["reference"] = $"{type}/{id}" };

    private static async Task<string> CreateAsync(IResourceStore store, JsonObject resource)
    {
        var result = await store.CreateAsync(resource["resourceType"]!.GetValue<string>(), resource, CancellationToken.None);
        return result.Resource?.Id ?? throw new InvalidOperationException($"Seeding {resource["resourceType"]} failed: {result.Outcome}.");
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        await DisposeAsync();
        if (Directory.Exists(_dataDirectory))
        {
            Directory.Delete(_dataDirectory, recursive: true);
        }
    }
}

[CollectionDefinition(Name)]
public sealed class ConsoleCollection : ICollectionFixture<ConsoleHubFactory>
{
    public const string Name = "Console in a headless Chromium";
}
