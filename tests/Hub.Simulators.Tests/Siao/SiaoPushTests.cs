using System.Net;
using System.Text;
using Hub.Simulators.Tests.Infrastructure;

namespace Hub.Simulators.Tests.Siao;

[Collection(ClusterCollection.Name)]
public sealed class SiaoPushTests(ClusterFixture fixture)
{
    private const string Path = "v1/retours/accompagnements";

    [Fact]
    public async Task RetourAccompagnement_SameKeyTwice_KeptOnceAndReplayed()
    {
        using var sut = fixture.Client(SimulatedSystem.Siao);
        var key = Guid.NewGuid().ToString();
        var body = Debut("100005");

        using var first = await PostAsync(sut, Path, body, key);
        using var replay = await PostAsync(sut, Path, body, key);

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.StartsWith("/v1/retours/accompagnements/RET-", first.Headers.Location!.ToString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, replay.StatusCode);
        Assert.Equal("true", replay.Headers.GetValues("Idempotent-Replayed").Single());
        Assert.Equal(await first.Content.ReadAsStringAsync(), await replay.Content.ReadAsStringAsync());
        var received = Assert.Single(fixture.Cluster.Siao.Received.All);
        Assert.Equal(key, received.IdempotencyKey);
        Assert.Equal(body, received.Body);
        Assert.Equal(1, fixture.Cluster.Siao.Received.Replays);
    }

    [Fact]
    public async Task RetourAccompagnement_SameKeyOtherBody_409CleReutilisee()
    {
        using var sut = fixture.Client(SimulatedSystem.Siao);
        var key = Guid.NewGuid().ToString();

        using var first = await PostAsync(sut, Path, Debut("100005"), key);
        using var conflict = await PostAsync(sut, Path, Debut("100006"), key);

        Assert.Equal(HttpStatusCode.Conflict, conflict.StatusCode);
        Assert.Equal("cle-reutilisee", (await conflict.ReadNodeAsync())["code"]!.GetValue<string>());
        Assert.Single(fixture.Cluster.Siao.Received.All);
    }

    [Theory]
    [InlineData(null, "100005", HttpStatusCode.BadRequest)]
    [InlineData("ok", "99999999", HttpStatusCode.UnprocessableEntity)]
    [InlineData("ok", "pas-un-menage", HttpStatusCode.UnprocessableEntity)]
    public async Task RetourAccompagnement_BadKeyOrUnknownMenage_Rejected(string? key, string menage, HttpStatusCode expected)
    {
        using var sut = fixture.Client(SimulatedSystem.Siao);

        using var response = await PostAsync(sut, Path, Debut(menage), key is null ? null : Guid.NewGuid().ToString());

        Assert.Equal(expected, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Empty(fixture.Cluster.Siao.Received.All);
    }

    [Fact]
    public async Task RetourAccompagnement_FinWithoutDateFin_400WithField()
    {
        using var sut = fixture.Client(SimulatedSystem.Siao);
        var body = Debut("100005").Replace("\"DEBUT\"", "\"FIN\"", StringComparison.Ordinal);

        using var response = await PostAsync(sut, Path, body, Guid.NewGuid().ToString());

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var fields = (await response.ReadNodeAsync())["erreurs"]!.AsArray().Select(e => e!["champ"]!.GetValue<string>()).ToList();
        Assert.Contains("dateFin", fields);
        Assert.Contains("motifFin", fields);
    }

    [Fact]
    public async Task RetourLogement_ValidEntry_KeptAndVisibleOnAdminEndpoint()
    {
        using var sut = fixture.Client(SimulatedSystem.Siao);
        const string Body = """
            {"referenceHub":"log-1","idMenage":"100010","evenement":"ENTREE","dateEntree":"2026-03-20","typeBailleur":"PRIVE",
             "logement":{"codeCommune":"68224","codePostal":"68200","typologie":"T3"},"horodatage":"2026-03-20T10:12:00+01:00"}
            """;

        using var response = await PostAsync(sut, "v1/retours/logements", Body, Guid.NewGuid().ToString());
        var admin = await sut.GetNodeAsync("_sim/received?endpoint=POST%20/v1/retours/logements");

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal("log-1", admin[0]!["body"]!["referenceHub"]!.GetValue<string>());
    }

    internal static async Task<HttpResponseMessage> PostAsync(HttpClient client, string path, string body, string? key)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(path, UriKind.Relative))
        {
            Content = new StringContent(body, Encoding.UTF8, "application/json"),
        };
        if (key is not null)
        {
            request.Headers.Add("Idempotency-Key", key);
        }

        return await client.SendAsync(request);
    }

    private static string Debut(string menage) =>
        $$"""{"referenceHub":"acc-1","idMenage":"{{menage}}","evenement":"DEBUT","typeAccompagnement":"LDA","dateDebut":"2026-03-09","structure":{"idStructure":"S-0107","nom":"Association Toit Ensemble (fictive)"},"horodatage":"2026-03-09T14:02:11+01:00"}""";
}
