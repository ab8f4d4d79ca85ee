using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Hub.Api.Security;
using Hub.Api.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Hub.Api.Tests.Security;

/// <summary>Issue 6, part 6: request limits, per-client rate limiting, security headers, CORS closed by default.</summary>
[Collection(SqliteCollection.Name)]
public sealed class HardeningTests(SqliteHubApiFactory factory) : IAsyncLifetime
{
    private const string ListedOrigin = "https://console.lda-hub.example";
    private const string UnlistedOrigin = "https://elsewhere.example";

    public Task InitializeAsync() => factory.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Post_BodyOverMaxBodyBytes_Returns413OutcomeAndStoresNothing()
    {
        using var client = factory.CreateClient();
        var before = await factory.CountAsync();
        // A valid Person padded past the 4 MiB default: refused on its size, before any parsing.
        var padded = TestFhir.Person("SIAO-413").ToJsonString().Replace("\"birthDate\"", "\"_pad\":\"" + new string('x', (4 * 1024 * 1024) + 1) + "\",\"birthDate\"", StringComparison.Ordinal);

        using var resource = await client.PostAsync("/api/Person", TestFhir.Json(padded));
        using var inbound = await client.PostAsync("/api/inbound/siao", new StringContent(padded, Encoding.UTF8, "application/json"));

        foreach (var response in new[] { resource, inbound })
        {
            Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
            var outcome = await TestFhir.ReadObjectAsync(response);
            Assert.Equal("OperationOutcome", outcome["resourceType"]!.GetValue<string>());
            Assert.Equal("too-long", outcome["issue"]![0]!["code"]!.GetValue<string>());
        }

        Assert.Equal(before, await factory.CountAsync());
    }

    [Fact]
    public async Task Get_OverRateLimit_Returns429WithRetryAfterForThatClientOnly()
    {
        await using var hub = factory.WithWebHostBuilder(b => b
            .UseSetting("Hub:Api:RateLimit:PermitLimit", "3")
            .UseSetting("Hub:Api:RateLimit:Window", "00:10:00"));
        using var partnerA = Client(hub, clientId: "partner-a");
        using var partnerB = Client(hub, clientId: "partner-b");

        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await partnerA.GetAsync("/api/Person")).StatusCode);
        }

        using var limited = await partnerA.GetAsync("/api/Person");
        using var other = await partnerB.GetAsync("/api/Person");
        using var probe = await partnerA.GetAsync("/health/live");

        Assert.Equal(HttpStatusCode.TooManyRequests, limited.StatusCode);
        var retryAfter = int.Parse(Assert.Single(limited.Headers.GetValues("Retry-After")), System.Globalization.CultureInfo.InvariantCulture);
        Assert.InRange(retryAfter, 1, 600);
        var outcome = await TestFhir.ReadObjectAsync(limited);
        Assert.Equal("throttled", outcome["issue"]![0]!["code"]!.GetValue<string>());
        Assert.Equal("nosniff", Assert.Single(limited.Headers.GetValues("X-Content-Type-Options")));
        Assert.Equal(HttpStatusCode.OK, other.StatusCode);
        Assert.Equal(HttpStatusCode.OK, probe.StatusCode);
    }

    [Theory]
    [InlineData("/api/Person", HttpStatusCode.OK)]
    [InlineData("/api/Person/does-not-exist", HttpStatusCode.NotFound)]
    [InlineData("/api/Person?unknown-parameter=1", HttpStatusCode.BadRequest)]
    [InlineData("/api/nothing-here", HttpStatusCode.NotFound)]
    [InlineData("/health/ready", HttpStatusCode.OK)]
    public async Task Get_AnyApiAnswer_CarriesSecurityHeadersAndNoStore(string url, HttpStatusCode expected)
    {
        using var client = factory.CreateClient();

        using var response = await client.GetAsync(url);

        Assert.Equal(expected, response.StatusCode);
        AssertCommonHeaders(response);
        Assert.Equal("default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'", Header(response, "Content-Security-Policy"));
        Assert.True(response.Headers.CacheControl?.NoStore, $"{url}: Cache-Control {response.Headers.CacheControl}");
    }

    [Fact]
    public async Task Get_WithoutToken_401CarriesSecurityHeaders()
    {
        // The server's own client: CreateClient and CreateDefaultClient both add the fixture's token.
        using var client = factory.Server.CreateClient();

        using var response = await client.GetAsync("/api/Person");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        AssertCommonHeaders(response);
    }

    [Fact]
    public async Task Get_ReferencePage_HasItsOwnPolicyAndStillLoads()
    {
        using var client = factory.CreateClient();

        using var page = await client.GetAsync("/scalar/v1");
        var html = await page.Content.ReadAsStringAsync();
        using var script = await client.GetAsync("/scalar/scalar.js");

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        AssertCommonHeaders(page);
        var policy = Header(page, "Content-Security-Policy");
        Assert.Contains("script-src 'self' 'unsafe-inline'", policy, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", policy, StringComparison.Ordinal);
        // The page loads its script from the hub itself, which the policy allows ('self'), not from a CDN it would block.
        Assert.Contains("scalar.js", html, StringComparison.Ordinal);
        Assert.DoesNotContain("cdn.jsdelivr.net", html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, script.StatusCode);
    }

    [Fact]
    public async Task Preflight_NoOriginsConfigured_NoCorsHeaders()
    {
        using var client = factory.CreateClient();

        using var response = await client.SendAsync(Preflight(ListedOrigin));

        Assert.False(response.Headers.Contains("Access-Control-Allow-Origin"));
        Assert.False(response.Headers.Contains("Access-Control-Allow-Credentials"));
    }

    [Fact]
    public async Task Preflight_ListedOrigin_AllowedWithoutCredentialsAndUnlistedRefused()
    {
        await using var hub = factory.WithWebHostBuilder(b => b.UseSetting("Hub:Api:Cors:AllowedOrigins:0", ListedOrigin));
        using var client = hub.CreateDefaultClient();

        using var listed = await client.SendAsync(Preflight(ListedOrigin));
        using var unlisted = await client.SendAsync(Preflight(UnlistedOrigin));

        Assert.Equal(ListedOrigin, Assert.Single(listed.Headers.GetValues("Access-Control-Allow-Origin")));
        Assert.False(listed.Headers.Contains("Access-Control-Allow-Credentials"));
        Assert.Contains("authorization", Assert.Single(listed.Headers.GetValues("Access-Control-Allow-Headers")), StringComparison.OrdinalIgnoreCase);
        Assert.False(unlisted.Headers.Contains("Access-Control-Allow-Origin"));
    }

    private static HttpRequestMessage Preflight(string origin)
    {
        var request = new HttpRequestMessage(HttpMethod.Options, "/api/Person");
        request.Headers.Add("Origin", origin);
        request.Headers.Add("Access-Control-Request-Method", "GET");
        request.Headers.Add("Access-Control-Request-Headers", "authorization");
        return request;
    }

    private static HttpClient Client(WebApplicationFactory<Program> hub, string clientId)
    {
        var client = hub.CreateDefaultClient();
        var token = hub.Services.GetRequiredService<DevTokenIssuer>().Mint(HubRoles.All, "hardening-tests", TimeSpan.FromDays(3650), clientId: clientId);
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    private static void AssertCommonHeaders(HttpResponseMessage response)
    {
        Assert.Equal("nosniff", Header(response, "X-Content-Type-Options"));
        Assert.Equal("DENY", Header(response, "X-Frame-Options"));
        Assert.Equal("no-referrer", Header(response, "Referrer-Policy"));
        Assert.Contains("camera=()", Header(response, "Permissions-Policy"), StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", Header(response, "Content-Security-Policy"), StringComparison.Ordinal);
    }

    private static string Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) || response.Content.Headers.TryGetValues(name, out values)
            ? string.Join(", ", values)
            : throw new Xunit.Sdk.XunitException($"{name} missing on {(int)response.StatusCode} {response.RequestMessage?.RequestUri}");
}
