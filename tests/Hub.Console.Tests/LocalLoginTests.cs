using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Hub.Console.Tests;

/// <summary>The embedded default (no authority): the console's local login picks a role and opens a session.</summary>
public sealed partial class LocalLoginTests : IClassFixture<LocalLoginTests.EmbeddedHub>
{
    private readonly EmbeddedHub _hub;

    public LocalLoginTests(EmbeddedHub hub) => _hub = hub;

    [Fact]
    public async Task LocalLogin_PickCoordinator_SessionOpensCoordinatorPagesOnly()
    {
        using var browser = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false, CookieContainer = new CookieContainer() }) { BaseAddress = _hub.Address };
        browser.DefaultRequestHeaders.Accept.ParseAdd("text/html");

        using var anonymous = await browser.GetAsync(new Uri("/console/menages", UriKind.Relative));
        Assert.Equal(HttpStatusCode.Redirect, anonymous.StatusCode);
        Assert.Equal("/auth/login?returnUrl=%2Fconsole%2Fmenages", anonymous.Headers.Location!.OriginalString);
        var form = await browser.GetStringAsync(anonymous.Headers.Location);
        var token = Token().Match(form).Groups[1].Value;
        using var forged = await browser.PostAsync(new Uri("/auth/local-login", UriKind.Relative), new FormUrlEncodedContent(
            new Dictionary<string, string> { ["role"] = "admin", ["subject"] = "x", ["returnUrl"] = "/console" }));
        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);

        using var login = await browser.PostAsync(new Uri("/auth/local-login", UriKind.Relative), new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token, ["role"] = "coordinator", ["subject"] = "agent-local", ["returnUrl"] = "https://evil.example/",
        }));

        Assert.Equal(HttpStatusCode.Redirect, login.StatusCode);
        Assert.Equal("/console", login.Headers.Location!.OriginalString);
        var home = await browser.GetStringAsync(new Uri("/console", UriKind.Relative));
        Assert.Contains("agent-local (coordination)", home, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync(new Uri("/console/menages", UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await browser.GetAsync(new Uri("/console/synchronisation", UriKind.Relative))).StatusCode);
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex Token();

    /// <summary>The hub as <c>dotnet run</c> starts it (no authority: the dev issuer), on a real loopback port.</summary>
    public sealed class EmbeddedHub : WebApplicationFactory<Program>, IAsyncLifetime
    {
        private readonly string _dataDirectory = Path.Combine(Path.GetTempPath(), "lda-hub-console-tests", Guid.NewGuid().ToString("N"));

        public Uri Address { get; private set; } = new("http://127.0.0.1/");

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseEnvironment("Development");
            builder.UseSetting("Hub:DataDirectory", _dataDirectory);
            builder.UseSetting("Hub:Simulators:Mode", "Off");
            builder.UseSetting("Hub:Sync:Enabled", "false");
            foreach (var connector in new[] { "siao", "solis", "caf", "cpam" })
            {
                builder.UseSetting($"Hub:Connectors:{connector}:Enabled", "false");
            }
        }

        public Task InitializeAsync()
        {
            UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
            StartServer();
            Address = new Uri(Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single());
            return Task.CompletedTask;
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
}
