using System.Diagnostics;
using System.Net;
using Hub.Simulators.Hosting;
using Hub.Simulators.Siao;
using Hub.Simulators.Tests.Infrastructure;

namespace Hub.Simulators.Tests.Siao;

[Collection(ClusterCollection.Name)]
public sealed class SiaoPagingTests(ClusterFixture fixture)
{
    [Fact]
    public async Task Menages_WalkAllPages_EveryHouseholdExactlyOnce()
    {
        using var sut = fixture.Client(SimulatedSystem.Siao);

        var (elements, _, pages) = await sut.WalkAsync("v1/menages", 170);

        var ids = elements.Select(e => e["id"]!.GetValue<string>()).ToList();
        Assert.Equal(ClusterFixture.Households, ids.Count);
        Assert.Equal(ids.Count, ids.Distinct().Count());
        Assert.Equal(12, pages);
        var sequences = elements.Select(e => e["sequence"]!.GetValue<long>()).ToList();
        Assert.Equal(sequences.Order(), sequences);
    }

    [Theory]
    [InlineData("v1/demandes")]
    [InlineData("v1/orientations")]
    [InlineData("v1/mouvements")]
    public async Task List_WalkAllPages_StrictlyIncreasingSequencesNoDuplicates(string path)
    {
        using var sut = fixture.Client(SimulatedSystem.Siao);

        var (elements, _, _) = await sut.WalkAsync(path, 500);

        var sequences = elements.Select(e => e["sequence"]!.GetValue<long>()).ToList();
        Assert.NotEmpty(sequences);
        Assert.True(sequences.Zip(sequences.Skip(1)).All(p => p.First < p.Second));
        Assert.Equal(elements.Count, elements.Select(e => e["id"]!.GetValue<string>()).Distinct().Count());
    }

    [Fact]
    public async Task Menages_SameCursorTwice_SamePage()
    {
        using var sut = fixture.Client(SimulatedSystem.Siao);
        var first = await sut.GetNodeAsync("v1/menages?limite=50");
        var cursor = first["curseurSuivant"]!.GetValue<string>();

        var again = await sut.GetStringAsync(new Uri($"v1/menages?limite=50&curseur={cursor}", UriKind.Relative));
        var replay = await sut.GetStringAsync(new Uri($"v1/menages?limite=50&curseur={cursor}", UriKind.Relative));

        Assert.Equal(again, replay);
        Assert.True(SimulatorCursor.TryDecode(cursor, out var sequence));
        Assert.Equal(50, sequence);
    }

    [Fact]
    public async Task Menages_BadLimit_400ProblemJson()
    {
        using var sut = fixture.Client(SimulatedSystem.Siao);

        using var response = await sut.GetAsync(new Uri("v1/menages?limite=5000", UriKind.Relative));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.ReadNodeAsync();
        Assert.Equal("urn:lda-hub:probleme:requete-invalide", problem["type"]!.GetValue<string>());
        Assert.Equal("limite", problem["erreurs"]![0]!["champ"]!.GetValue<string>());
    }

    [Fact]
    public async Task Menages_GarbageCursor_410()
    {
        using var sut = fixture.Client(SimulatedSystem.Siao);

        using var response = await sut.GetAsync(new Uri("v1/menages?curseur=pas-un-curseur", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Gone, response.StatusCode);
    }

    [Fact]
    public async Task Menages_Page_CarriesRateLimitHeaders()
    {
        using var sut = fixture.Client(SimulatedSystem.Siao);

        using var response = await sut.GetAsync(new Uri("v1/menages?limite=1", UriKind.Relative));

        Assert.Equal("600", response.Headers.GetValues("RateLimit-Limit").Single());
        Assert.True(response.Headers.Contains("RateLimit-Remaining"));
        Assert.True(response.Headers.Contains("RateLimit-Reset"));
    }

    [Fact]
    public async Task MenageById_KnownAndUnknown_RecordOr404()
    {
        using var sut = fixture.Client(SimulatedSystem.Siao);
        var page = await sut.GetNodeAsync("v1/menages?limite=3");
        var listed = page["elements"]![2]!;

        var read = await sut.GetNodeAsync($"v1/menages/{listed["id"]!.GetValue<string>()}");
        using var missing = await sut.GetAsync(new Uri("v1/menages/99999999", UriKind.Relative));

        Assert.Equal(listed.ToJsonString(), read.ToJsonString());
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        var demande = await sut.GetNodeAsync("v1/demandes?limite=1");
        var id = demande["elements"]![0]!["id"]!.GetValue<string>();
        Assert.Equal(id, (await sut.GetNodeAsync($"v1/demandes/{id}"))["id"]!.GetValue<string>());
    }

    [Fact]
    public async Task Advance_AfterFullRead_NewAndChangedRecordsWithHigherSequences()
    {
        using var sut = fixture.Client(SimulatedSystem.Siao);
        var (_, cursor, _) = await sut.WalkAsync("v1/menages", 1000);

        fixture.Cluster.Siao.Advance(200);
        var (changes, _, _) = await sut.WalkAsync("v1/menages", 1000, cursor);

        Assert.NotEmpty(changes);
        Assert.All(changes, c => Assert.True(c["sequence"]!.GetValue<long>() > ClusterFixture.Households));
        Assert.Contains(changes, c => long.Parse(c["id"]!.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture) >= 100_000 + ClusterFixture.Households);
        Assert.True(fixture.Cluster.Siao.HouseholdCount > ClusterFixture.Households);
        var (everything, _, _) = await sut.WalkAsync("v1/menages", 1000);
        var live = everything.Where(e => e["supprime"] is null).Select(e => e["id"]!.GetValue<string>()).ToList();
        Assert.Equal(live.Count, live.Distinct().Count());
    }

    [Fact]
    public async Task Menages_OffsetNearEndOfMillion_ServedWithoutGeneratingEarlierRecords()
    {
        await using var sim = await SimulatorCluster.StartOneAsync(g => new SiaoSimulator(g), new SimulatorOptions { Seed = 42, Households = 1_000_000 });
        using var sut = new HttpClient { BaseAddress = sim.BaseUrl };
        await sut.GetStringAsync(new Uri("v1/etat", UriKind.Relative));

        var watch = Stopwatch.StartNew();
        var page = await sut.GetNodeAsync($"v1/menages?limite=100&curseur={SimulatorCursor.Encode(999_990)}");
        watch.Stop();

        Assert.Equal(10, page["elements"]!.AsArray().Count);
        Assert.Equal("1099999", page["elements"]![9]!["id"]!.GetValue<string>());
        Assert.False(page["plusDeDonnees"]!.GetValue<bool>());
        Assert.True(watch.ElapsedMilliseconds < 1000, $"{watch.ElapsedMilliseconds} ms");
        var orientations = await sut.GetNodeAsync($"v1/orientations?limite=50&curseur={SimulatorCursor.Encode(3_999_000)}");
        Assert.NotEmpty(orientations["elements"]!.AsArray());
    }
}
