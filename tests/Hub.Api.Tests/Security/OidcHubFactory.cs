using System.Net;
using Hub.Api.Security;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Hub.Api.Tests.Security;

/// <summary>
/// A hub trusting the real test provider (<see cref="OidcTestProvider"/>), on a real Kestrel port so the provider can
/// send the browser back to its <c>/signin-oidc</c>. It keeps the system clock: the provider stamps its tokens with it.
/// </summary>
public sealed class OidcHubFactory : WebApplicationFactory<Program>, IAsyncLifetime
{
    private readonly string _dataDirectory = Path.Combine(Path.GetTempPath(), "lda-hub-tests", Guid.NewGuid().ToString("N"));
    private Uri? _address;

    public Uri Address => _address ?? throw new InvalidOperationException("The hub has not started.");

    /// <summary>What the hub's login handler said to the provider (pushed authorization requests, code redemptions).</summary>
    public BackchannelRecorder Backchannel { get; } = new();

    public static Uri Authority => OidcTestProvider.Authority;

    public static IReadOnlyList<KeyValuePair<string, string?>> AuthSettings(Uri authority) =>
    [
        new("Hub:Auth:Authority", authority.ToString().TrimEnd('/')),
        new("Hub:Auth:RequireHttpsMetadata", "false"),
        new("Hub:Auth:Audience", OidcTestProvider.HubAudience),
        new("Hub:Auth:Console:ClientId", OidcTestProvider.ConsoleClientId),
        new("Hub:Auth:Console:ClientSecret", OidcTestProvider.ConsoleClientSecret),
        new($"Hub:Auth:Principals:{OidcTestProvider.ConnectorClientId("siao")}:Roles:0", HubRoles.SystemSiao),
        new($"Hub:Auth:Principals:{OidcTestProvider.ConnectorClientId("solis")}:Roles:0", HubRoles.SystemSolis),
        new($"Hub:Auth:Principals:{OidcTestProvider.ConnectorClientId("caf")}:Roles:0", HubRoles.SystemCaf),
        new($"Hub:Auth:Principals:{OidcTestProvider.ConnectorClientId("cpam")}:Roles:0", HubRoles.SystemCpam),
        new($"Hub:Auth:Principals:{OidcTestProvider.Coordinator.Subject}:Roles:0", HubRoles.Coordinator),
        new($"Hub:Auth:Principals:{OidcTestProvider.Coordinator.Subject}:Organisation", "ville-mulhouse"),
        new($"Hub:Auth:Principals:{OidcTestProvider.Referent.Email}:Roles:0", HubRoles.Referent),
    ];

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("Hub:DataDirectory", _dataDirectory);
        builder.UseSetting("Hub:Database:Provider", "Sqlite");
        builder.UseSetting("Hub:Simulators:Mode", "Off");
        builder.UseSetting("Hub:Sync:Enabled", "false");
        foreach (var connector in new[] { "siao", "solis", "caf", "cpam" })
        {
            builder.UseSetting($"Hub:Connectors:{connector}:Enabled", "false");
        }

        foreach (var (key, value) in AuthSettings(Authority))
        {
            builder.UseSetting(key, value);
        }

        // Configure (not PostConfigure): the handler must be in place before the framework builds its back-channel client.
        builder.ConfigureTestServices(services =>
            services.Configure<OpenIdConnectOptions>(SecurityHostingExtensions.ConsoleLoginScheme, o => o.BackchannelHttpHandler = Backchannel));
    }

    public async Task InitializeAsync()
    {
        // The provider first: if it is missing, every test of the collection fails with its address, not a hub error.
        await OidcTestProvider.DiscoverAsync();
        UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
        StartServer();
        var addresses = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses;
        _address = new Uri(addresses.Single());
    }

    /// <summary>A browser without JavaScript: its own cookie jar, redirects left to the test to follow and inspect.</summary>
    public static HttpClient Browser(CookieContainer cookies) =>
        new(new SocketsHttpHandler { AllowAutoRedirect = false, CookieContainer = cookies, UseCookies = true }, disposeHandler: true);

    /// <summary>A client of the hub, with no credentials.</summary>
    public HttpClient Client() => new() { BaseAddress = Address };

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
public sealed class OidcCollection : ICollectionFixture<OidcHubFactory>
{
    public const string Name = "Hub against the test OpenID Connect provider";
}
