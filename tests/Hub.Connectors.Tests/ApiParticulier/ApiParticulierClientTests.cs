using System.Net;
using System.Text;
using Hub.Connectors.ApiParticulier;
using Hub.Connectors.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Hub.Connectors.Tests.ApiParticulier;

public sealed class ApiParticulierClientTests
{
    private const string RsaBody = """{"data":{"est_beneficiaire":true,"avec_majoration":false,"date_debut_droit":"2025-12-01"},"links":{},"meta":{}}""";

    private static readonly ApiParticulierIdentity Morel = new()
    {
        NomNaissance = "MOREL",
        NomUsage = "KELLER",
        Prenoms = ["Sandrine", "Claire"],
        AnneeDateNaissance = 1986,
        MoisDateNaissance = 4,
        JourDateNaissance = 12,
        SexeEtatCivil = "F",
        CodeCogInseePaysNaissance = "99100",
        CodeCogInseeCommuneNaissance = "68224",
    };

    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 3, 4, 8, 0, 0, TimeSpan.Zero));

    [Fact]
    public async Task GetPrestationAsync_Identity_SendsDocumentedQueryRecipientAndBearer()
    {
        var stub = new StubHandler(_ => Json(HttpStatusCode.OK, RsaBody));
        var sut = Client(stub);

        var answer = await sut.GetPrestationAsync(ApiParticulierEndpoint.RevenuSolidariteActive, Morel);

        var request = Assert.Single(stub.Requests);
        Assert.Equal("/v3/dss/revenu_solidarite_active/identite", request.Uri.AbsolutePath);
        Assert.Equal("Bearer " + ConnectorTestHost.Token, request.Headers["Authorization"]);
        Assert.Equal(
            [
                ("recipient", ConnectorTestHost.Recipient), ("nomNaissance", "MOREL"), ("nomUsage", "KELLER"), ("prenoms[]", "Sandrine"), ("prenoms[]", "Claire"),
                ("anneeDateNaissance", "1986"), ("moisDateNaissance", "4"), ("jourDateNaissance", "12"), ("sexeEtatCivil", "F"),
                ("codeCogInseePaysNaissance", "99100"), ("codeCogInseeCommuneNaissance", "68224"),
            ],
            request.Query.Select(p => (p.Key, p.Value)).ToArray());
        Assert.True(answer.Found);
        Assert.True(answer.Data!.EstBeneficiaire);
        Assert.False(answer.FromHubCache);
    }

    [Fact]
    public async Task GetQuotientFamilialAsync_PartialIdentityAndMonth_LeavesUnknownTraitsOut()
    {
        var stub = new StubHandler(_ => Json(HttpStatusCode.OK, """{"data":{"quotient_familial":{"fournisseur":"MSA","valeur":150,"annee":2023,"mois":5},"allocataires":[{"nom_naissance":"X"}],"enfants":[]}}"""));
        var sut = Client(stub);
        var identity = new ApiParticulierIdentity { NomNaissance = "BENALI", Prenoms = ["Yanis"], AnneeDateNaissance = 1979, SexeEtatCivil = "M", CodeCogInseePaysNaissance = "99352" };

        var answer = await sut.GetQuotientFamilialAsync(identity, 2023, 5);

        var keys = Assert.Single(stub.Requests).Query.Select(p => p.Key).ToArray();
        Assert.Equal(["recipient", "nomNaissance", "prenoms[]", "anneeDateNaissance", "sexeEtatCivil", "codeCogInseePaysNaissance", "annee", "mois"], keys);
        Assert.Equal(150, answer.Data!.QuotientFamilial!.Valeur);
        Assert.Single(answer.Data.Allocataires!);
    }

    [Fact]
    public async Task GetPrestationAsync_SameIdentityWithin24Hours_AnswersFromCacheThenCallsAgain()
    {
        var stub = new StubHandler(_ => Json(HttpStatusCode.OK, RsaBody));
        var sut = Client(stub);

        var first = await sut.GetPrestationAsync(ApiParticulierEndpoint.RevenuSolidariteActive, Morel);
        _time.Advance(TimeSpan.FromHours(23));
        var second = await sut.GetPrestationAsync(ApiParticulierEndpoint.RevenuSolidariteActive, Morel with { NomNaissance = " morel " });
        var otherEndpoint = await sut.GetPrestationAsync(ApiParticulierEndpoint.PrimeActivite, Morel);
        _time.Advance(TimeSpan.FromHours(2));
        var third = await sut.GetPrestationAsync(ApiParticulierEndpoint.RevenuSolidariteActive, Morel);

        Assert.Equal(3, stub.Requests.Count);
        Assert.True(second.FromHubCache);
        Assert.Equal(first.CheckedAt, second.CheckedAt);
        Assert.False(otherEndpoint.FromHubCache);
        Assert.False(third.FromHubCache);
    }

    [Fact]
    public async Task GetPrestationAsync_NotFound_IsCachedAsAnAnswer()
    {
        var stub = new StubHandler(_ => Json(HttpStatusCode.NotFound, """{"errors":[{"code":"23003","title":"Dossier allocataire absent CNAF"}]}"""));
        var sut = Client(stub);

        var first = await sut.GetPrestationAsync(ApiParticulierEndpoint.AllocationAdulteHandicape, Morel);
        var second = await sut.GetPrestationAsync(ApiParticulierEndpoint.AllocationAdulteHandicape, Morel);

        Assert.False(first.Found);
        Assert.True(second.FromHubCache);
        Assert.Single(stub.Requests);
    }

    [Fact]
    public async Task GetPrestationAsync_Refresh_BypassesBothCaches()
    {
        var stub = new StubHandler(_ => Json(HttpStatusCode.OK, RsaBody));
        var sut = Client(stub);

        await sut.GetPrestationAsync(ApiParticulierEndpoint.AllocationSoutienFamilial, Morel);
        await sut.GetPrestationAsync(ApiParticulierEndpoint.AllocationSoutienFamilial, Morel, refresh: true);

        Assert.Equal(2, stub.Requests.Count);
        Assert.False(stub.Requests.First().Headers.ContainsKey("Cache-Control"));
        Assert.Equal("no-cache", stub.Requests.Last().Headers["Cache-Control"]);
    }

    [Fact]
    public async Task GetPrestationAsync_ErrorAnswer_IsNotCached()
    {
        var calls = 0;
        var stub = new StubHandler(_ => ++calls == 1
            ? Json(HttpStatusCode.UnprocessableEntity, """{"errors":[{"code":"00366","title":"Entité non traitable"}]}""")
            : Json(HttpStatusCode.OK, RsaBody));
        var sut = Client(stub);

        var error = await Assert.ThrowsAsync<ConnectorException>(() => sut.GetPrestationAsync(ApiParticulierEndpoint.RevenuSolidariteActive, Morel));
        var answer = await sut.GetPrestationAsync(ApiParticulierEndpoint.RevenuSolidariteActive, Morel);

        Assert.Equal(ConnectorErrorKind.Permanent, error.Kind);
        Assert.DoesNotContain("MOREL", error.Message, StringComparison.OrdinalIgnoreCase);
        Assert.True(answer.Found);
    }

    [Fact]
    public async Task GetPrestationAsync_RateLimitSpent_MakesNoCallUntilReset()
    {
        var reset = _time.GetUtcNow().AddSeconds(30).ToUnixTimeSeconds();
        var stub = new StubHandler(_ =>
        {
            var response = Json(HttpStatusCode.OK, RsaBody);
            response.Headers.Add("RateLimit-Limit", "50");
            response.Headers.Add("RateLimit-Remaining", "0");
            response.Headers.Add("RateLimit-Reset", reset.ToString(System.Globalization.CultureInfo.InvariantCulture));
            return response;
        });
        var sut = Client(stub);

        await sut.GetPrestationAsync(ApiParticulierEndpoint.PrimeActivite, Morel);
        var refused = await Assert.ThrowsAsync<ConnectorException>(() => sut.GetPrestationAsync(ApiParticulierEndpoint.PrimeActivite, Morel with { NomNaissance = "AUTRE" }));
        var limit = sut.RateLimit(ApiParticulierEndpoint.PrimeActivite);
        _time.Advance(TimeSpan.FromSeconds(31));
        await sut.GetPrestationAsync(ApiParticulierEndpoint.PrimeActivite, Morel with { NomNaissance = "AUTRE" });

        Assert.Equal(ConnectorErrorKind.Retryable, refused.Kind);
        Assert.Equal(TimeSpan.FromSeconds(30), refused.RetryAfter);
        Assert.Equal(new RateLimitInfo(50, 0, DateTimeOffset.FromUnixTimeSeconds(reset)), limit);
        Assert.Equal(2, stub.Requests.Count);
    }

    [Fact]
    public async Task GetPrestationAsync_ConcurrentCallsSameEndpoint_RunOneAtATime()
    {
        var inFlight = 0;
        var maxInFlight = 0;
        var stub = new StubHandler(_ =>
        {
            var now = Interlocked.Increment(ref inFlight);
            maxInFlight = Math.Max(maxInFlight, now);
            Thread.Sleep(20);
            Interlocked.Decrement(ref inFlight);
            return Json(HttpStatusCode.OK, RsaBody);
        });
        var sut = Client(stub);

        await Task.WhenAll(Enumerable.Range(0, 5).Select(i =>
            Task.Run(() => sut.GetPrestationAsync(ApiParticulierEndpoint.RevenuSolidariteActive, Morel with { NomNaissance = $"N{i}" }))));

        Assert.Equal(5, stub.Requests.Count);
        Assert.Equal(1, maxInFlight);
    }

    [Fact]
    public async Task GetComplementaireSanteSolidaireAsync_CpamConnector_UsesCpamClient()
    {
        var stub = new StubHandler(_ => Json(HttpStatusCode.OK, """{"data":{"est_beneficiaire":true,"avec_participation":false,"date_debut_droit":"2026-03-01"}}"""));
        using var provider = ConnectorTestHost.Build("cpam", ConnectorTestHost.Settings("cpam", new Uri("http://api.test/"), new Uri("http://saisines.test/")), _time, stub);
        var sut = provider.GetRequiredKeyedService<ApiParticulierClient>("cpam");

        var answer = await sut.GetComplementaireSanteSolidaireAsync(Morel);

        Assert.Equal("cpam", sut.Connector);
        Assert.Equal("/v3/dss/complementaire_sante_solidaire/identite", Assert.Single(stub.Requests).Uri.AbsolutePath);
        Assert.False(answer.Data!.AvecParticipation);
    }

    private ApiParticulierClient Client(StubHandler stub)
    {
        var provider = ConnectorTestHost.Build("caf", ConnectorTestHost.Settings("caf", new Uri("http://api.test/"), new Uri("http://saisines.test/")), _time, stub);
        return provider.GetRequiredKeyedService<ApiParticulierClient>("caf");
    }

    private static HttpResponseMessage Json(HttpStatusCode status, string body) =>
        new(status) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
}
