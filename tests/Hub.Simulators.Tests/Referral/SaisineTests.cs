using System.Globalization;
using System.Net;
using System.Text;
using Hub.Simulators.Referral;
using Hub.Simulators.Tests.Infrastructure;

namespace Hub.Simulators.Tests.Referral;

[Collection(ClusterCollection.Name)]
public sealed class SaisineTests(ClusterFixture fixture)
{
    private const string CafKey = "hub-caf68-sim";
    private const string CafSecret = "simulateur-caf68-secret-hub-vers-caf";

    [Fact]
    public async Task Saisine_SignedTwiceSameKey_202ReplayedAndKeptOnce()
    {
        using var sut = fixture.Client(SimulatedSystem.Caf, bearer: null);
        var key = Guid.NewGuid().ToString();

        using var first = await SendAsync(sut, Saisine("CAF", "\"AIDE_LOGEMENT\",\"QF\""), key);
        using var replay = await SendAsync(sut, Saisine("CAF", "\"AIDE_LOGEMENT\",\"QF\""), key);

        Assert.Equal(HttpStatusCode.Accepted, first.StatusCode);
        var ack = await first.ReadNodeAsync();
        Assert.Equal("recue", ack["statut"]!.GetValue<string>());
        Assert.StartsWith("S68-", ack["idSaisine"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Accepted, replay.StatusCode);
        Assert.Equal("true", replay.Headers.GetValues("Idempotent-Replayed").Single());
        Assert.Single(fixture.Cluster.Caf.Received.Of("POST /v1/saisines"));
    }

    [Theory]
    [InlineData("wrong-secret", 0, "signature-invalide")]
    [InlineData(CafSecret, -400, "horodatage-hors-fenetre")]
    public async Task Saisine_BadSignatureOrOldTimestamp_401WithCode(string secret, int skewSeconds, string code)
    {
        using var sut = fixture.Client(SimulatedSystem.Caf, bearer: null);

        using var response = await SendAsync(sut, Saisine("CAF", "\"QF\""), Guid.NewGuid().ToString(), secret, skewSeconds);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal(code, (await response.ReadNodeAsync())["code"]!.GetValue<string>());
        Assert.Empty(fixture.Cluster.Caf.Received.All);
    }

    [Fact]
    public async Task Saisine_CpamAskedForRsa_422DroitHorsPerimetre()
    {
        using var sut = fixture.Client(SimulatedSystem.Cpam, bearer: null);

        using var response = await SendAsync(sut, Saisine("CPAM", "\"C2S\",\"RSA\""), Guid.NewGuid().ToString(), "simulateur-cpam68-secret-hub-vers-cpam", keyId: "hub-cpam68-sim");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var problem = await response.ReadNodeAsync();
        Assert.Equal("droit-hors-perimetre", problem["code"]!.GetValue<string>());
        Assert.Equal("droitsDemandes[1]", problem["erreurs"]![0]!["champ"]!.GetValue<string>());
    }

    private static async Task<HttpResponseMessage> SendAsync(HttpClient client, string body, string key, string secret = CafSecret, int skewSeconds = 0, string keyId = CafKey)
    {
        var bytes = Encoding.UTF8.GetBytes(body);
        var timestamp = DateTimeOffset.UtcNow.ToUnixTimeSeconds() + skewSeconds;
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("v1/saisines", UriKind.Relative)) { Content = new ByteArrayContent(bytes) };
        request.Content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");
        request.Headers.Add("X-Timestamp", timestamp.ToString(CultureInfo.InvariantCulture));
        request.Headers.Add("X-Key-Id", keyId);
        request.Headers.Add("X-Signature", ReferralSignature.Sign(secret, timestamp, bytes));
        request.Headers.Add("Idempotency-Key", key);
        return await client.SendAsync(request);
    }

    private static string Saisine(string organisme, string rights) => $$"""
        {"referenceHub":"sai-1","organismeDestinataire":"{{organisme}}","referentDestinataire":{"nom":"WEBER"},
         "personne":{"nomNaissance":"MOREL","prenoms":["Sandrine"],"dateNaissance":"1986-04-12","sexe":"F","lieuNaissance":{"codeCommune":"68224","codePays":"99100"},"statutIdentite":"VALI"},
         "droitsDemandes":[{{rights}}],"referentDemandeur":{"nom":"FISCHER","prenom":"Marc","structure":{"nom":"Association Toit Ensemble (fictive)"},"courriel":"m.fischer@toit-ensemble.example"},
         "urgence":{"niveau":"URGENTE"},"consentement":{"recueilli":true,"date":"2026-02-12"},"emiseLe":"2026-03-04T09:45:00+01:00"}
        """;
}

public sealed class ReferralSignatureTests
{
    [Fact]
    public void Sign_DocumentedTestVector_SameSignature()
    {
        var body = "{\"referenceHub\":\"sai-test\",\"organismeDestinataire\":\"CAF\"}"u8;

        var sut = ReferralSignature.Sign("cle-de-test-lda-hub-non-secrete", 1772613900, body);

        Assert.Equal("sha256=f48d3d654afc2e70fa8815fe8e01952fbf2d96c96f99ca5d93221fdb4a795198", sut);
    }
}
