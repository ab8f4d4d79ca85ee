using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Hub.Api.Security;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Primitives;
using Microsoft.IdentityModel.Tokens;

namespace Hub.Api.Tests.Security;

/// <summary>Issue 6: people log in to the console with OpenID Connect (authorization code + PKCE) at a real provider.</summary>
[Collection(OidcCollection.Name)]
public sealed class OidcProviderLoginTests(OidcHubFactory factory)
{
    [Fact]
    public async Task Login_AuthorizationRequest_PushesCodeFlowWithPkceS256()
    {
        using var sut = new BrowserlessLogin(factory);

        var request = await sut.StartAsync();

        // The browser carries only a reference to the request the hub pushed (RFC 9126): the provider offers it.
        Assert.Equal(new Uri(OidcHubFactory.Authority, "auth").GetLeftPart(UriPartial.Path), request.GetLeftPart(UriPartial.Path));
        var front = QueryHelpers.ParseQuery(request.Query);
        Assert.Equal(OidcTestProvider.ConsoleClientId, front["client_id"].ToString());
        Assert.False(front.ContainsKey("code_challenge"));
        var pushed = PushedRequest(front["request_uri"].ToString());
        Assert.Equal("code", pushed["response_type"].ToString());
        Assert.Equal(OidcTestProvider.ConsoleClientId, pushed["client_id"].ToString());
        Assert.Equal(new Uri(factory.Address, "/signin-oidc").ToString(), pushed["redirect_uri"].ToString());
        Assert.Equal("S256", pushed["code_challenge_method"].ToString());
        Assert.Matches("^[A-Za-z0-9_-]{43}$", pushed["code_challenge"].ToString()); // base64url of a SHA-256
        Assert.NotEmpty(pushed["state"].ToString());
        Assert.NotEmpty(pushed["nonce"].ToString());
        Assert.Equal(["openid", "profile", "email"], pushed["scope"].ToString().Split(' '));
    }

    [Fact]
    public async Task Login_CodeRedemption_SendsTheVerifierOfTheChallenge()
    {
        using var sut = new BrowserlessLogin(factory);
        var request = await sut.StartAsync();
        var challenge = PushedRequest(QueryHelpers.ParseQuery(request.Query)["request_uri"].ToString())["code_challenge"].ToString();
        var callback = await sut.SignInAtProviderAsync(request, OidcTestProvider.Coordinator);

        using var response = await sut.CompleteAsync(callback);

        Assert.Equal(HttpStatusCode.Found, response.StatusCode);
        var code = QueryHelpers.ParseQuery(callback.Query)["code"].ToString();
        var redemption = factory.Backchannel.Exchanges
            .Select(e => QueryHelpers.ParseQuery(e.RequestBody))
            .Single(form => form.TryGetValue("code", out var sent) && sent == code);
        Assert.Equal("authorization_code", redemption["grant_type"].ToString());
        var verifier = redemption["code_verifier"].ToString();
        Assert.Equal(challenge, Base64UrlEncoder.Encode(SHA256.HashData(Encoding.ASCII.GetBytes(verifier))));
    }

    [Fact]
    public async Task Login_AgentGrantedBySubject_SessionShowsSubjectAndRoles()
    {
        using var sut = new BrowserlessLogin(factory);

        using var callback = await sut.LogInAsync(OidcTestProvider.Coordinator);

        Assert.Equal(HttpStatusCode.Found, callback.StatusCode);
        Assert.Equal("/api/me", BrowserlessLogin.Location(callback).AbsolutePath);
        Assert.Contains(callback.Headers.GetValues("Set-Cookie"), c => c.StartsWith("lda-hub=", StringComparison.Ordinal) && c.Contains("httponly", StringComparison.OrdinalIgnoreCase));
        var me = await MeAsync(sut);
        Assert.Equal(OidcTestProvider.Coordinator.Subject, me["subject"]!.GetValue<string>());
        Assert.Equal([HubRoles.Coordinator], me["roles"]!.AsArray().Select(r => r!.GetValue<string>()));
        Assert.Equal("ville-mulhouse", me["organisation"]!.GetValue<string>());
    }

    [Fact]
    public async Task Login_AgentGrantedByEmail_SessionShowsTheRole()
    {
        using var sut = new BrowserlessLogin(factory);

        using var callback = await sut.LogInAsync(OidcTestProvider.Referent);

        Assert.Equal(HttpStatusCode.Found, callback.StatusCode);
        var me = await MeAsync(sut);
        Assert.Equal(OidcTestProvider.Referent.Subject, me["subject"]!.GetValue<string>());
        Assert.Equal([HubRoles.Referent], me["roles"]!.AsArray().Select(r => r!.GetValue<string>()));
    }

    [Fact]
    public async Task Login_AgentWithoutHubRole_MeReturns403()
    {
        using var sut = new BrowserlessLogin(factory);

        using var callback = await sut.LogInAsync(OidcTestProvider.WithoutRole);

        Assert.Equal(HttpStatusCode.Found, callback.StatusCode);
        using var me = await sut.GetAsync(new Uri(factory.Address, "/api/me"));
        Assert.Equal(HttpStatusCode.Forbidden, me.StatusCode);
    }

    [Fact]
    public async Task Login_TamperedState_Returns401AndNoSession()
    {
        using var sut = new BrowserlessLogin(factory);
        var callback = await sut.SignInAtProviderAsync(await sut.StartAsync(), OidcTestProvider.Coordinator);
        var query = QueryHelpers.ParseQuery(callback.Query);
        var state = query["state"].ToString();
        var tampered = QueryHelpers.AddQueryString(new Uri(factory.Address, "/signin-oidc").ToString(), new Dictionary<string, string?>
        {
            ["code"] = query["code"],
            ["state"] = state[..^4] + (state.EndsWith("AAAA", StringComparison.Ordinal) ? "BBBB" : "AAAA"),
            ["iss"] = query["iss"],
        });

        using var response = await sut.CompleteAsync(new Uri(tampered));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.DoesNotContain(response.Headers.TryGetValues("Set-Cookie", out var cookies) ? cookies : [], c => c.StartsWith("lda-hub=", StringComparison.Ordinal));
        using var me = await sut.GetAsync(new Uri(factory.Address, "/api/me"));
        Assert.Equal(HttpStatusCode.Unauthorized, me.StatusCode);
    }

    [Fact]
    public async Task Login_CodeRedeemedTwice_SecondCallbackReturns401()
    {
        using var sut = new BrowserlessLogin(factory);
        var callback = await sut.SignInAtProviderAsync(await sut.StartAsync(), OidcTestProvider.Coordinator);
        using var first = await sut.CompleteAsync(callback);

        using var replay = await sut.CompleteAsync(callback);

        Assert.Equal(HttpStatusCode.Found, first.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, replay.StatusCode);
    }

    [Fact]
    public async Task Login_WrongPassword_ProviderRefusesAndHubHasNoSession()
    {
        using var sut = new BrowserlessLogin(factory);
        var request = await sut.StartAsync();

        var refused = await Assert.ThrowsAsync<Xunit.Sdk.TrueException>(() =>
            sut.SignInAtProviderAsync(request, OidcTestProvider.Coordinator, password: "wrong-test-password"));

        Assert.Contains("answered 401", refused.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(sut.Visited, url => url.AbsolutePath == "/signin-oidc");
        using var me = await sut.GetAsync(new Uri(factory.Address, "/api/me"));
        Assert.Equal(HttpStatusCode.Unauthorized, me.StatusCode);
    }

    [Fact]
    public async Task Logout_AfterLogin_EndsTheSession()
    {
        using var sut = new BrowserlessLogin(factory);
        using var callback = await sut.LogInAsync(OidcTestProvider.Coordinator);
        using var before = await sut.GetAsync(new Uri(factory.Address, "/api/me"));

        using var logout = await sut.Browser.PostAsync(new Uri(factory.Address, "/auth/logout"), content: null);

        Assert.Equal(HttpStatusCode.OK, before.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, logout.StatusCode);
        using var after = await sut.GetAsync(new Uri(factory.Address, "/api/me"));
        Assert.Equal(HttpStatusCode.Unauthorized, after.StatusCode);
    }

    /// <summary>The parameters the hub pushed to the provider for the authorization request <paramref name="requestUri"/>.</summary>
    private Dictionary<string, StringValues> PushedRequest(string requestUri)
    {
        Assert.StartsWith("urn:ietf:params:oauth:request_uri:", requestUri, StringComparison.Ordinal);
        var exchange = factory.Backchannel.Exchanges.Single(e =>
            e.Url.AbsolutePath == "/request" && JsonNode.Parse(e.ResponseBody)?["request_uri"]?.GetValue<string>() == requestUri);
        return QueryHelpers.ParseQuery(exchange.RequestBody);
    }

    private async Task<JsonNode> MeAsync(BrowserlessLogin browser)
    {
        using var response = await browser.GetAsync(new Uri(factory.Address, "/api/me"));
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"/api/me answered {(int)response.StatusCode}: {body}");
        return JsonNode.Parse(body)!;
    }
}
