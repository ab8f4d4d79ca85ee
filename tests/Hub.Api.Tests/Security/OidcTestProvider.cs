using System.Net.Http.Headers;
using System.Text.Json.Nodes;

namespace Hub.Api.Tests.Security;

/// <summary>
/// The real OpenID Connect provider (npm oidc-provider, <c>tests/servers/oidc/server.mjs</c>) that <c>scripts/test.sh</c>
/// starts and names in <c>HUB_TEST_OIDC</c>. Without it the tests that need it fail, saying how to start it: never skipped.
/// Clients, secrets and agents mirror server.mjs; all are synthetic test values.
/// </summary>
public static class OidcTestProvider
{
    public const string EnvironmentVariable = "HUB_TEST_OIDC";

    /// <summary>The resource indicator the provider issues JWT access tokens for, and the hub's <c>Hub:Auth:Audience</c> here.</summary>
    public const string HubAudience = "urn:lda-hub:api";

    /// <summary>Another API the provider knows: its tokens are genuine but not for the hub.</summary>
    public const string OtherAudience = "urn:lda-hub:test-other-api";

    public const string ConsoleClientId = "lda-hub-console";
    public const string ConsoleClientSecret = "test-only-console-secret-not-real";
    public const string AgentPassword = "test-password-not-a-secret";

    /// <summary>Granted <c>coordinator</c> by subject in the hub's principals.</summary>
    public static readonly TestAgent Coordinator = new("agent-coordination-001", "camille.exemple@lda-mulhouse.example.test");

    /// <summary>Granted <c>referent</c> by e-mail in the hub's principals.</summary>
    public static readonly TestAgent Referent = new("agent-referent-002", "dominique.essai@ccas-mulhouse.example.test");

    /// <summary>Known to the provider, granted nothing by the hub.</summary>
    public static readonly TestAgent WithoutRole = new("agent-sans-role-003", "alex.fictif@example.test");

    public static string ConnectorClientId(string system) => $"{system}-connector";

    public static string ConnectorSecret(string system) => $"test-only-{system}-secret-not-real";

    public static Uri Authority =>
        Environment.GetEnvironmentVariable(EnvironmentVariable) is { Length: > 0 } value
            ? new Uri(value)
            : throw new InvalidOperationException(
                $"{EnvironmentVariable} is not set: the OpenID Connect tests need the provider that `bash scripts/test.sh` starts " +
                $"(by hand: `node tests/servers/oidc/server.mjs <port>` then {EnvironmentVariable}=http://127.0.0.1:<port>).");

    /// <summary>Reads the discovery document, so a provider that is down fails the fixture with its address.</summary>
    public static async Task<JsonObject> DiscoverAsync()
    {
        var authority = Authority;
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(10) };
        try
        {
            var document = JsonNode.Parse(await http.GetStringAsync(new Uri(authority, ".well-known/openid-configuration")))!.AsObject();
            return document["issuer"]?.GetValue<string>() == authority.ToString().TrimEnd('/')
                ? document
                : throw new InvalidOperationException($"The provider at {authority} names another issuer: {document["issuer"]}.");
        }
        catch (HttpRequestException ex)
        {
            throw new InvalidOperationException($"The OpenID Connect provider at {authority} ({EnvironmentVariable}) does not answer: {ex.Message}", ex);
        }
    }

    /// <summary>A client credentials grant, as a partner system's connector makes it (secret in HTTP Basic).</summary>
    public static async Task<string> ClientCredentialsTokenAsync(string system, string resource = HubAudience)
    {
        using var http = new HttpClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(Authority, "token"))
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string> { ["grant_type"] = "client_credentials", ["resource"] = resource }),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue(
            "Basic", Convert.ToBase64String(System.Text.Encoding.ASCII.GetBytes($"{ConnectorClientId(system)}:{ConnectorSecret(system)}")));
        using var response = await http.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"token endpoint answered {(int)response.StatusCode}: {body}");
        var answer = JsonNode.Parse(body)!;
        Assert.Equal("Bearer", answer["token_type"]!.GetValue<string>());
        return answer["access_token"]!.GetValue<string>();
    }
}

public sealed record TestAgent(string Subject, string Email);
