using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Hub.Api.Security;

namespace Hub.Api.Tests.Security;

/// <summary>Issue 6: partner systems call in with client credentials tokens from a real provider (JWT access tokens).</summary>
[Collection(OidcCollection.Name)]
public sealed class OidcProviderClientCredentialsTests(OidcHubFactory factory)
{
    [Fact]
    public async Task PostInbound_SiaoConnectorToken_AcceptsThePush()
    {
        var token = await OidcTestProvider.ClientCredentialsTokenAsync("siao");
        using var sut = factory.Client();

        using var response = await PushAsync(sut, "siao", token);

        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.Accepted, $"{(int)response.StatusCode}: {body}");
        var answer = JsonNode.Parse(body)!;
        Assert.Equal(("siao", "menages", 1), (answer["system"]!.GetValue<string>(), answer["stream"]!.GetValue<string>(), answer["received"]!.GetValue<int>()));
    }

    [Fact]
    public async Task PostInbound_SiaoConnectorTokenOnSolis_Returns403()
    {
        var token = await OidcTestProvider.ClientCredentialsTokenAsync("siao");
        using var sut = factory.Client();

        using var response = await PushAsync(sut, "solis", token);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task PostInbound_NoToken_Returns401WithBearerChallenge()
    {
        using var sut = factory.Client();

        using var response = await PushAsync(sut, "siao", token: null);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("Bearer", response.Headers.WwwAuthenticate.Single().Scheme);
    }

    [Fact]
    public async Task PostInbound_TokenForAnotherAudience_Returns401()
    {
        // Signed by the trusted provider for the same client: only the audience is wrong.
        var token = await OidcTestProvider.ClientCredentialsTokenAsync("siao", OidcTestProvider.OtherAudience);
        using var sut = factory.Client();

        using var response = await PushAsync(sut, "siao", token);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains("audience", response.Headers.WwwAuthenticate.ToString(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task PostInbound_TamperedToken_Returns401()
    {
        var token = await OidcTestProvider.ClientCredentialsTokenAsync("siao");
        var parts = token.Split('.');
        var payload = JsonNode.Parse(Base64UrlDecode(parts[1]))!;
        payload["client_id"] = OidcTestProvider.ConnectorClientId("solis");
        var forged = $"{parts[0]}.{Base64UrlEncode(payload.ToJsonString())}.{parts[2]}";
        using var sut = factory.Client();

        using var response = await PushAsync(sut, "solis", forged);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Theory]
    [InlineData("siao", HubRoles.SystemSiao)]
    [InlineData("solis", HubRoles.SystemSolis)]
    [InlineData("caf", HubRoles.SystemCaf)]
    [InlineData("cpam", HubRoles.SystemCpam)]
    public async Task GetMe_ConnectorToken_ShowsItsSystemRole(string system, string role)
    {
        var token = await OidcTestProvider.ClientCredentialsTokenAsync(system);
        using var sut = factory.Client();
        sut.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);

        using var response = await sut.GetAsync(new Uri("/api/me", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var me = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal([role], me["roles"]!.AsArray().Select(r => r!.GetValue<string>()));
        Assert.Equal(OidcTestProvider.ConnectorClientId(system), me["clientId"]!.GetValue<string>());
    }

    private static async Task<HttpResponseMessage> PushAsync(HttpClient client, string system, string? token)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri($"/api/inbound/{system}", UriKind.Relative))
        {
            Content = new StringContent(OneHousehold, Encoding.UTF8, "application/json"),
        };
        request.Headers.Add("Idempotency-Key", Guid.NewGuid().ToString("N"));
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return await client.SendAsync(request);
    }

    private static string Base64UrlDecode(string value) =>
        Encoding.UTF8.GetString(Convert.FromBase64String(value.Replace('-', '+').Replace('_', '/').PadRight(value.Length + ((4 - (value.Length % 4)) % 4), '=')));

    private static string Base64UrlEncode(string value) =>
        Convert.ToBase64String(Encoding.UTF8.GetBytes(value)).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    /// <summary>The synthetic example household of the SI-SIAO contract (schemas/external/siao/openapi.yaml).</summary>
    private const string OneHousehold = """
        {"stream": "menages", "elements": [{
          "id": "400127", "version": 7, "modifieLe": "2026-03-02T09:15:27+01:00", "sequence": 1048590,
          "typeFiche": "GROUPE", "composition": "FEMME_SEULE_AVEC_ENFANTS",
          "membres": [
            {"role": "DEMANDEUR_PRINCIPAL", "personne": {"id": "815004", "nomNaissance": "MOREL", "nomUsage": "KELLER",
              "prenoms": ["Sandrine", "Claire"], "dateNaissance": "1986-04-12", "sexe": "FEMME",
              "lieuNaissance": {"codeCommune": "68224", "codePays": "99100", "libelle": "Mulhouse"}}},
            {"role": "ENFANT", "enfantPresent": "PERMANENCE", "personne": {"id": "815005", "nomNaissance": "KELLER",
              "prenoms": ["Lucas"], "dateNaissance": "2015-09", "sexe": "HOMME"}}],
          "adresse": {"codePostal": "68100", "codeCommune": "68224", "libelleCommune": "Mulhouse", "domiciliation": true},
          "animaux": false}]}
        """;
}
