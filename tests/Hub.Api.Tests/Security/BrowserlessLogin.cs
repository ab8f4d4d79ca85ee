using System.Net;
using System.Text.RegularExpressions;

namespace Hub.Api.Tests.Security;

/// <summary>
/// Drives the console login the way a browser would, without one: one cookie jar, every redirect followed by hand
/// (so a test can read each hop), the provider's login and consent forms posted as a person would fill them.
/// </summary>
public sealed partial class BrowserlessLogin(OidcHubFactory hub) : IDisposable
{
    private readonly HttpClient _browser = OidcHubFactory.Browser(new CookieContainer());

    /// <summary>Every URL visited, in order.</summary>
    public List<Uri> Visited { get; } = [];

    public HttpClient Browser => _browser;

    /// <summary><c>GET /auth/login</c> at the hub: its redirect is the provider's authorization request.</summary>
    public async Task<Uri> StartAsync(string returnUrl = "/api/me")
    {
        using var response = await GetAsync(new Uri(hub.Address, $"/auth/login?returnUrl={Uri.EscapeDataString(returnUrl)}"));
        Assert.Equal(HttpStatusCode.Found, response.StatusCode);
        return Location(response);
    }

    /// <summary>
    /// From the authorization request to the moment the provider sends the browser back to the hub: logs in with the
    /// agent's e-mail and password, consents, and returns the hub callback URL (not yet visited).
    /// </summary>
    public async Task<Uri> SignInAtProviderAsync(Uri authorizationRequest, TestAgent agent, string password = OidcTestProvider.AgentPassword)
    {
        var next = authorizationRequest;
        for (var hop = 0; hop < 20; hop++)
        {
            if (next.Authority == hub.Address.Authority)
            {
                return next;
            }

            using var response = await GetAsync(next);
            if (IsRedirect(response.StatusCode))
            {
                next = Location(response);
                continue;
            }

            var page = await response.Content.ReadAsStringAsync();
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{next} answered {(int)response.StatusCode}: {page}");
            var prompt = PromptField().Match(page).Groups[1].Value;
            var fields = prompt switch
            {
                "login" => new Dictionary<string, string> { ["prompt"] = "login", ["email"] = agent.Email, ["password"] = password },
                "consent" => new Dictionary<string, string> { ["prompt"] = "consent" },
                _ => throw new InvalidOperationException($"Unexpected page at {next}: {page}"),
            };
            next = await SubmitAsync(new Uri(next, FormAction().Match(page).Groups[1].Value), fields);
        }

        throw new InvalidOperationException("Too many redirects at the provider.");
    }

    /// <summary>The hub's callback: it redeems the code (with the PKCE verifier) and answers with the session cookie.</summary>
    public async Task<HttpResponseMessage> CompleteAsync(Uri callback) => await GetAsync(callback);

    /// <summary>The whole flow; returns the hub's answer to the callback.</summary>
    public async Task<HttpResponseMessage> LogInAsync(TestAgent agent)
    {
        var callback = await SignInAtProviderAsync(await StartAsync(), agent);
        return await CompleteAsync(callback);
    }

    public async Task<HttpResponseMessage> GetAsync(Uri url)
    {
        Visited.Add(url);
        return await _browser.GetAsync(url);
    }

    private async Task<Uri> SubmitAsync(Uri action, Dictionary<string, string> fields)
    {
        Visited.Add(action);
        using var content = new FormUrlEncodedContent(fields);
        using var response = await _browser.PostAsync(action, content);
        Assert.True(IsRedirect(response.StatusCode), $"{action} answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        return Location(response);
    }

    public static Uri Location(HttpResponseMessage response)
    {
        var location = response.Headers.Location ?? throw new InvalidOperationException($"{(int)response.StatusCode} without Location.");
        return location.IsAbsoluteUri ? location : new Uri(response.RequestMessage!.RequestUri!, location);
    }

    private static bool IsRedirect(HttpStatusCode status) => (int)status is >= 300 and < 400;

    [GeneratedRegex("""name="prompt" value="(\w+)""")]
    private static partial Regex PromptField();

    [GeneratedRegex("""<form method="post" action="([^"]+)""")]
    private static partial Regex FormAction();

    public void Dispose() => _browser.Dispose();
}
