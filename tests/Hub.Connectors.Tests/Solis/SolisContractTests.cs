using System.Net;
using Hub.Connectors.Core;
using Hub.Connectors.Solis;
using Hub.Connectors.Tests.Siao;
using Hub.Simulators.Faults;
using Microsoft.Extensions.DependencyInjection;

namespace Hub.Connectors.Tests.Solis;

/// <summary>The SOLIS connector against the simulator over real HTTP: lists, entrants, faults.</summary>
public sealed class SolisContractTests : IClassFixture<SolisSimulatorFixture>, IDisposable
{
    private readonly SolisSimulatorFixture _fixture;
    private const string Orientations = "POST /v1/entrants/orientations-lda";
    private const string Entrees = "POST /v1/entrants/entrees-logement";

    private readonly RecordingObserver _observer = new();
    private readonly ServiceProvider _services;

    public SolisContractTests(SolisSimulatorFixture fixture)
    {
        fixture.Simulator.Reset();
        _fixture = fixture;
        var settings = PartnerTestHost.Settings(SolisConnectorModule.ConnectorName, fixture.Simulator.BaseUrl);
        _services = PartnerTestHost.Build(new SolisConnectorModule(), settings, services => services.AddSingleton<ISolisMatchObserver>(_observer));
    }

    [Fact]
    public async Task PullAllAsync_Dossiers_ReadsEveryDossierOnceThroughTheCursor()
    {
        var sut = _services.Stream(SolisConnectorModule.ConnectorName, SolisStreams.Dossiers);

        var pages = await PartnerTestHost.PullAllAsync(sut);

        var records = pages.SelectMany(p => p.Records).ToList();
        Assert.Equal(_fixture.DossierCount, records.Count);
        Assert.Equal(records.Count, records.Select(r => r.SourceId).Distinct().Count());
        Assert.Empty(pages.SelectMany(p => p.Rejected));
        Assert.Equal(_fixture.Simulator.Calls["GET /v1/dossiers"], pages.Count);
        Assert.All(records, r => Assert.IsType<Dossier>(r.Dto));
    }

    [Theory]
    [InlineData(SolisStreams.Individus, SolisStreams.IndividuKind)]
    [InlineData(SolisStreams.Mesures, SolisStreams.MesureKind)]
    [InlineData(SolisStreams.Referents, SolisStreams.ReferentKind)]
    public async Task PullAllAsync_EveryList_ParsesEveryRecordOfTheContract(string stream, string kind)
    {
        var sut = _services.Stream(SolisConnectorModule.ConnectorName, stream);

        var pages = await PartnerTestHost.PullAllAsync(sut);

        var records = pages.SelectMany(p => p.Records).ToList();
        Assert.NotEmpty(records);
        Assert.Empty(pages.SelectMany(p => p.Rejected));
        Assert.All(records, r => Assert.Equal(kind, r.Kind));
        Assert.Equal(records.Count, records.Select(r => r.SourceId).Distinct().Count());
    }

    [Fact]
    public async Task PushAsync_OrientationTwiceWithOneKey_IsKeptOnceAndTheMatchIsReported()
    {
        var sut = _services.Target(SolisConnectorModule.ConnectorName);
        var key = PartnerTestHost.NewKey();
        var message = new OutboundMessage(SolisMessageKinds.OrientationLda, SolisEntrants.Orientation(_fixture.KnownDossier));

        var first = await sut.PushAsync(message, key, CancellationToken.None);
        var replay = await sut.PushAsync(message, key, CancellationToken.None);

        Assert.Equal(HttpStatusCode.Created, first.Status);
        Assert.True(replay.Replayed);
        Assert.Equal(first.PartnerReference, replay.PartnerReference);
        Assert.Single(_fixture.Simulator.Received.Of(Orientations));
        // A replay returns the first answer, so the observer hears the same match again (it must be idempotent).
        Assert.All(_observer.Matches, match =>
        {
            Assert.Equal("DOSSIER_EXISTANT", match.Matching);
            Assert.Equal(Simulators.Generation.HouseholdGenerator.DossierId(_fixture.KnownDossier), match.Dossier);
        });
    }

    [Fact]
    public async Task PushAsync_OrientationByIdentity_IsLeftForSolisToMatch()
    {
        var sut = _services.Target(SolisConnectorModule.ConnectorName);

        await sut.PushAsync(new OutboundMessage(SolisMessageKinds.OrientationLda, SolisEntrants.OrientationByIdentity()), PartnerTestHost.NewKey(), CancellationToken.None);

        var (reference, matching, dossier) = Assert.Single(_observer.Matches);
        Assert.Equal("ori-test-identite", reference);
        Assert.Equal("A_RAPPROCHER", matching);
        Assert.Null(dossier);
    }

    [Fact]
    public async Task PushAsync_EntreeLogementAfterOneUnavailable_IsRetriedAndKeptOnce()
    {
        _fixture.Simulator.Faults.Inject(Entrees, FaultKind.ServiceUnavailable, count: 1);
        var sut = _services.Target(SolisConnectorModule.ConnectorName);

        var result = await sut.PushAsync(new OutboundMessage(SolisMessageKinds.EntreeLogement, SolisEntrants.Entree(_fixture.KnownDossier)), PartnerTestHost.NewKey(), CancellationToken.None);

        Assert.Equal(HttpStatusCode.Created, result.Status);
        using var body = Assert.Single(_fixture.Simulator.Received.Of(Entrees)).Parse();
        Assert.Equal(520.0m, body.RootElement.GetProperty("logement").GetProperty("loyerMensuel").GetDecimal());
        Assert.Equal(2, _fixture.Simulator.Calls[Entrees]);
    }

    [Fact]
    public async Task PushAsync_UnknownDossier_ThrowsPermanentWithoutRetrying()
    {
        var sut = _services.Target(SolisConnectorModule.ConnectorName);
        var message = new OutboundMessage(SolisMessageKinds.OrientationLda, SolisEntrants.Orientation(_fixture.KnownDossier) with { IdDossier = "D-9" });

        var error = await Assert.ThrowsAsync<ConnectorException>(() => sut.PushAsync(message, PartnerTestHost.NewKey(), CancellationToken.None));

        Assert.Equal(ConnectorErrorKind.Permanent, error.Kind);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, error.Status);
        Assert.Equal(1, _fixture.Simulator.Calls[Orientations]);
    }

    [Theory]
    [InlineData(FaultKind.InternalError)]
    [InlineData(FaultKind.TooManyRequests)]
    [InlineData(FaultKind.ConnectionReset)]
    public async Task PullPageAsync_OneTransientFault_IsRecoveredByOneRetry(FaultKind kind)
    {
        _fixture.Simulator.Faults.Inject("GET /v1/mesures", kind, count: 1);
        var sut = _services.Stream(SolisConnectorModule.ConnectorName, SolisStreams.Mesures);

        var page = await sut.PullPageAsync(null, CancellationToken.None);

        Assert.NotEmpty(page.Records);
        Assert.Equal(2, _fixture.Simulator.Calls["GET /v1/mesures"]);
    }

    [Fact]
    public async Task PullPageAsync_InvalidRecordThenMalformedPage_RejectsTheRecordThenThrowsRetryable()
    {
        _fixture.Simulator.Faults.Inject("GET /v1/individus", FaultKind.InvalidRecord, count: 1);
        _fixture.Simulator.Faults.Inject("GET /v1/individus", FaultKind.MalformedJson, count: 1);
        var sut = _services.Stream(SolisConnectorModule.ConnectorName, SolisStreams.Individus);

        var page = await sut.PullPageAsync(null, CancellationToken.None);
        var error = await Assert.ThrowsAsync<ConnectorException>(() => sut.PullPageAsync(null, CancellationToken.None));

        Assert.Single(page.Rejected);
        Assert.Equal(ConnectorErrorKind.Retryable, error.Kind);
        Assert.Equal(2, _fixture.Simulator.Calls["GET /v1/individus"]);
    }

    public void Dispose()
    {
        _fixture.Simulator.Reset();
        _services.Dispose();
    }

    private sealed class RecordingObserver : ISolisMatchObserver
    {
        public List<(string Reference, string Matching, string? Dossier)> Matches { get; } = [];

        public Task OnMatchedAsync(string referenceHub, string matching, string? idDossier, CancellationToken cancellationToken)
        {
            Matches.Add((referenceHub, matching, idDossier));
            return Task.CompletedTask;
        }
    }
}
