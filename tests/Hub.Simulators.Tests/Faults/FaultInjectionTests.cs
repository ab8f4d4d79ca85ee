using System.Diagnostics;
using System.Net;
using System.Text;
using System.Text.Json;
using Hub.Simulators.Faults;
using Hub.Simulators.Tests.Infrastructure;

namespace Hub.Simulators.Tests.Faults;

[Collection(ClusterCollection.Name)]
public sealed class FaultInjectionTests(ClusterFixture fixture)
{
    private const string Menages = "GET /v1/menages";
    private static readonly Uri Page = new("v1/menages?limite=20", UriKind.Relative);

    [Theory]
    [InlineData(FaultKind.InternalError, HttpStatusCode.InternalServerError)]
    [InlineData(FaultKind.ServiceUnavailable, HttpStatusCode.ServiceUnavailable)]
    [InlineData(FaultKind.TooManyRequests, HttpStatusCode.TooManyRequests)]
    [InlineData(FaultKind.CursorExpired, HttpStatusCode.Gone)]
    [InlineData(FaultKind.Unauthorized, HttpStatusCode.Unauthorized)]
    public async Task Inject_ErrorStatus_NextCallFailsThenRecovers(FaultKind kind, HttpStatusCode expected)
    {
        using var sut = fixture.Client(SimulatedSystem.Siao);
        fixture.Cluster.Siao.Faults.Inject(Menages, kind, count: 1, retryAfterSeconds: 7);

        using var faulted = await sut.GetAsync(Page);
        using var next = await sut.GetAsync(Page);

        Assert.Equal(expected, faulted.StatusCode);
        Assert.Equal("application/problem+json", faulted.Content.Headers.ContentType?.MediaType);
        if (kind is FaultKind.ServiceUnavailable or FaultKind.TooManyRequests)
        {
            Assert.Equal(TimeSpan.FromSeconds(7), faulted.Headers.RetryAfter?.Delta);
        }

        Assert.Equal(HttpStatusCode.OK, next.StatusCode);
        Assert.Equal(2, fixture.Cluster.Siao.Calls[Menages]);
    }

    [Fact]
    public async Task Inject_CountThree_ThreeFailuresCountedLikeRetries()
    {
        using var sut = fixture.Client(SimulatedSystem.Siao);
        fixture.Cluster.Siao.Faults.Inject(Menages, FaultKind.ServiceUnavailable, count: 3);

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 4; i++)
        {
            using var response = await sut.GetAsync(Page);
            statuses.Add(response.StatusCode);
        }

        Assert.Equal([HttpStatusCode.ServiceUnavailable, HttpStatusCode.ServiceUnavailable, HttpStatusCode.ServiceUnavailable, HttpStatusCode.OK], statuses);
        Assert.Equal(4, fixture.Cluster.Siao.Calls[Menages]);
        Assert.Equal(0, fixture.Cluster.Siao.Calls["GET /v1/demandes"]);
    }

    [Fact]
    public async Task Inject_UntilCleared_FailsUntilClear()
    {
        using var sut = fixture.Client(SimulatedSystem.Siao);
        fixture.Cluster.Siao.Faults.Inject("*", FaultKind.InternalError, count: null);

        using var a = await sut.GetAsync(Page);
        using var b = await sut.GetAsync(new Uri("v1/etat", UriKind.Relative));
        fixture.Cluster.Siao.Faults.Clear();
        using var c = await sut.GetAsync(Page);

        Assert.Equal(HttpStatusCode.InternalServerError, a.StatusCode);
        Assert.Equal(HttpStatusCode.InternalServerError, b.StatusCode);
        Assert.Equal(HttpStatusCode.OK, c.StatusCode);
    }

    [Fact]
    public async Task Inject_ConnectionReset_ClientSeesTransportError()
    {
        using var sut = fixture.Client(SimulatedSystem.Siao);
        fixture.Cluster.Siao.Faults.Inject(Menages, FaultKind.ConnectionReset);

        await Assert.ThrowsAsync<HttpRequestException>(() => sut.GetAsync(Page));
    }

    [Fact]
    public async Task Inject_Timeout_HangsThenDropsConnection()
    {
        using var sut = fixture.Client(SimulatedSystem.Siao);
        fixture.Cluster.Siao.Faults.Inject(Menages, FaultKind.Timeout, delay: TimeSpan.FromMilliseconds(400));

        var watch = Stopwatch.StartNew();
        await Assert.ThrowsAsync<HttpRequestException>(() => sut.GetAsync(Page));

        Assert.True(watch.ElapsedMilliseconds >= 350, $"{watch.ElapsedMilliseconds} ms");
    }

    [Fact]
    public async Task Inject_Latency_SlowButCorrect()
    {
        using var sut = fixture.Client(SimulatedSystem.Siao);
        fixture.Cluster.Siao.Faults.Inject(Menages, FaultKind.Latency, delay: TimeSpan.FromMilliseconds(500));

        var watch = Stopwatch.StartNew();
        var page = await sut.GetNodeAsync("v1/menages?limite=20");

        Assert.True(watch.ElapsedMilliseconds >= 450, $"{watch.ElapsedMilliseconds} ms");
        Assert.Equal(20, page["elements"]!.AsArray().Count);
    }

    [Fact]
    public async Task Inject_MalformedJson_200ThatDoesNotParse()
    {
        using var sut = fixture.Client(SimulatedSystem.Siao);
        fixture.Cluster.Siao.Faults.Inject(Menages, FaultKind.MalformedJson);

        using var response = await sut.GetAsync(Page);
        var text = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.ThrowsAny<JsonException>(() => JsonDocument.Parse(text));
    }

    [Fact]
    public async Task Inject_InvalidRecord_OneElementBreaksTheSchema()
    {
        using var sut = fixture.Client(SimulatedSystem.Siao);
        fixture.Cluster.Siao.Faults.Inject(Menages, FaultKind.InvalidRecord);

        var page = await sut.GetNodeAsync("v1/menages?limite=20");
        var elements = page["elements"]!.AsArray();

        Assert.Equal(20, elements.Count);
        Assert.Equal(0, elements[0]!["version"]!.GetValue<int>());
        Assert.Null(elements[0]!["membres"]);
        Assert.Equal(1, elements[0]!["sequence"]!.GetValue<long>());
        Assert.NotNull(elements[1]!["membres"]);
    }

    [Fact]
    public async Task Inject_TruncatedPage_BodyCutMidway()
    {
        using var sut = fixture.Client(SimulatedSystem.Siao);
        fixture.Cluster.Siao.Faults.Inject(Menages, FaultKind.TruncatedPage);

        await Assert.ThrowsAsync<HttpRequestException>(async () =>
        {
            using var response = await sut.GetAsync(Page);
            await response.Content.ReadAsStringAsync();
        });
    }

    [Fact]
    public async Task AdminFaults_PostedOverHttp_AppliesAndListsAndClears()
    {
        using var sut = fixture.Client(SimulatedSystem.Solis);
        using var content = new StringContent("""{"endpoint":"GET /v1/dossiers/{idDossier}","kind":"service-unavailable","count":2,"retryAfterSeconds":3}""", Encoding.UTF8, "application/json");

        using var posted = await sut.PostAsync(new Uri("_sim/faults", UriKind.Relative), content);
        var listed = await sut.GetNodeAsync("_sim/faults");
        using var faulted = await sut.GetAsync(new Uri("v1/dossiers/D-1000001", UriKind.Relative));
        var calls = await sut.GetNodeAsync("_sim/calls");
        using var cleared = await sut.DeleteAsync(new Uri("_sim/faults", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Created, posted.StatusCode);
        Assert.Equal("ServiceUnavailable", listed[0]!["kind"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.ServiceUnavailable, faulted.StatusCode);
        Assert.Equal("3", faulted.Headers.GetValues("Retry-After").Single());
        Assert.Equal(1, calls["GET /v1/dossiers/{idDossier}"]!.GetValue<long>());
        Assert.Empty(fixture.Cluster.Solis.Faults.Active);
    }

    [Fact]
    public async Task Inject_OnApiParticulier_ErrorBodyInItsOwnFormat()
    {
        using var sut = fixture.Client(SimulatedSystem.Caf);
        fixture.Cluster.Caf.Faults.Inject("GET /v3/dss/quotient_familial/identite", FaultKind.TooManyRequests);

        using var response = await sut.GetAsync(new Uri("v3/dss/quotient_familial/identite?recipient=13002526500013", UriKind.Relative));

        Assert.Equal(HttpStatusCode.TooManyRequests, response.StatusCode);
        Assert.Equal("00429", (await response.ReadNodeAsync())["errors"]![0]!["code"]!.GetValue<string>());
    }
}
