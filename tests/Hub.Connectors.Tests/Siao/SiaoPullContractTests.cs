using System.Text.Json;
using Hub.Connectors.Core;
using Hub.Connectors.Siao;
using Microsoft.Extensions.DependencyInjection;

namespace Hub.Connectors.Tests.Siao;

/// <summary>The SI-SIAO connector against the simulator over real HTTP: every list, every page, every record.</summary>
public sealed class SiaoPullContractTests(SiaoSimulatorFixture fixture) : IClassFixture<SiaoSimulatorFixture>, IDisposable
{
    private readonly ServiceProvider _services = Start(fixture);

    [Fact]
    public async Task PullAllAsync_Menages_ReadsEveryHouseholdOnceThroughTheCursor()
    {
        var sut = _services.Stream(SiaoConnectorModule.ConnectorName, SiaoStreams.Menages);

        var pages = await PartnerTestHost.PullAllAsync(sut);

        var records = pages.SelectMany(p => p.Records).ToList();
        Assert.Equal(fixture.Simulator.HouseholdCount, records.Count);
        Assert.Equal(records.Count, records.Select(r => r.SourceId).Distinct().Count());
        Assert.Empty(pages.SelectMany(p => p.Rejected));
        Assert.Equal(3, pages.Count);
        Assert.All(pages[..^1], p => Assert.True(p.HasMore));
        Assert.False(pages[^1].HasMore);
        Assert.Equal(fixture.Simulator.Calls["GET /v1/menages"], pages.Count);
        Assert.All(records, r => Assert.IsType<Menage>(r.Dto));
    }

    [Theory]
    [InlineData(SiaoStreams.Demandes, SiaoStreams.DemandeKind)]
    [InlineData(SiaoStreams.Orientations, SiaoStreams.OrientationKind)]
    [InlineData(SiaoStreams.Mouvements, SiaoStreams.MouvementKind)]
    public async Task PullAllAsync_EveryList_ParsesEveryRecordOfTheContract(string stream, string kind)
    {
        var sut = _services.Stream(SiaoConnectorModule.ConnectorName, stream);

        var pages = await PartnerTestHost.PullAllAsync(sut);

        var records = pages.SelectMany(p => p.Records).ToList();
        Assert.NotEmpty(records);
        Assert.Empty(pages.SelectMany(p => p.Rejected));
        Assert.All(records, r => Assert.Equal(kind, r.Kind));
        Assert.Equal(records.Count, records.Select(r => r.SourceId).Distinct().Count());
        if (stream == SiaoStreams.Demandes)
        {
            Assert.Equal(fixture.Simulator.HouseholdCount, records.Count);
        }
    }

    [Fact]
    public async Task PullPageAsync_FirstPage_KeepsTheExactBytesAndTheCursorToAskNext()
    {
        var sut = _services.Stream(SiaoConnectorModule.ConnectorName, SiaoStreams.Menages);

        var page = await sut.PullPageAsync(null, CancellationToken.None);

        using var raw = JsonDocument.Parse(page.Raw);
        Assert.Equal(page.Records.Count, raw.RootElement.GetProperty("elements").GetArrayLength());
        Assert.Equal(raw.RootElement.GetProperty("curseurSuivant").GetString(), page.NextCursor);
        Assert.Null(page.Cursor);
        Assert.Equal("application/json", page.ContentType);
        var first = page.Records[0];
        Assert.Equal(first.SourceId, first.Raw.GetProperty("id").GetString());
        Assert.NotNull(first.ModifiedAt);
    }

    [Fact]
    public async Task PullAllAsync_AfterChanges_ReturnsOnlyWhatChangedBehindTheSavedCursor()
    {
        var sut = _services.Stream(SiaoConnectorModule.ConnectorName, SiaoStreams.Menages);
        var first = await PartnerTestHost.PullAllAsync(sut);
        fixture.Simulator.Advance(40);

        var next = new List<PulledPage>();
        await foreach (var page in sut.PullAllAsync(first[^1].NextCursor))
        {
            next.Add(page);
        }

        var changed = next.SelectMany(p => p.Records).ToList();
        Assert.NotEmpty(changed);
        Assert.True(changed.Count <= 40);
    }

    public void Dispose()
    {
        fixture.Simulator.Reset();
        _services.Dispose();
    }

    private static ServiceProvider Start(SiaoSimulatorFixture fixture)
    {
        fixture.Simulator.Reset();
        return PartnerTestHost.Build(new SiaoConnectorModule(), PartnerTestHost.Settings(SiaoConnectorModule.ConnectorName, fixture.Simulator.BaseUrl));
    }
}
