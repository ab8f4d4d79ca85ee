using System.Net;
using Hub.Connectors.Core;
using Hub.Connectors.Siao;
using Hub.Simulators.Faults;
using Microsoft.Extensions.DependencyInjection;

namespace Hub.Connectors.Tests.Siao;

/// <summary>The two SI-SIAO retours against the simulator: kept once, replayed idempotently, failures classified.</summary>
public sealed class SiaoPushContractTests(SiaoSimulatorFixture fixture) : IClassFixture<SiaoSimulatorFixture>, IDisposable
{
    private const string Accompagnements = "POST /v1/retours/accompagnements";
    private const string Logements = "POST /v1/retours/logements";

    private readonly ServiceProvider _services = Start(fixture);

    private IPushTarget Sut => _services.Target(SiaoConnectorModule.ConnectorName);

    [Fact]
    public async Task PushAsync_SameKeyTwice_IsKeptOnceAndReplayedWithTheFirstAnswer()
    {
        var key = PartnerTestHost.NewKey();
        var message = new OutboundMessage(SiaoMessageKinds.RetourAccompagnement, SiaoRetours.Accompagnement());

        var first = await Sut.PushAsync(message, key, CancellationToken.None);
        var replay = await Sut.PushAsync(message, key, CancellationToken.None);

        Assert.Equal(HttpStatusCode.Created, first.Status);
        Assert.False(first.Replayed);
        Assert.NotNull(first.PartnerReference);
        Assert.Equal(HttpStatusCode.OK, replay.Status);
        Assert.True(replay.Replayed);
        Assert.Equal(first.PartnerReference, replay.PartnerReference);
        var kept = Assert.Single(fixture.Simulator.Received.Of(Accompagnements));
        Assert.Equal(key, kept.IdempotencyKey);
        Assert.Equal(1, fixture.Simulator.Received.Replays);
    }

    [Fact]
    public async Task PushAsync_RetourLogement_ArrivesAsTheContractSaysWithoutNulls()
    {
        var message = new OutboundMessage(SiaoMessageKinds.RetourLogement, SiaoRetours.Logement());

        var result = await Sut.PushAsync(message, PartnerTestHost.NewKey(), CancellationToken.None);

        Assert.Equal(HttpStatusCode.Created, result.Status);
        using var body = Assert.Single(fixture.Simulator.Received.Of(Logements)).Parse();
        var root = body.RootElement;
        Assert.Equal("ENTREE", root.GetProperty("evenement").GetString());
        Assert.Equal("2026-03-20", root.GetProperty("dateEntree").GetString());
        Assert.Equal("68224", root.GetProperty("logement").GetProperty("codeCommune").GetString());
        Assert.False(root.TryGetProperty("dateSortie", out _));
    }

    [Fact]
    public async Task PushAsync_OneServiceUnavailable_IsRetriedWithTheSameKeyAndKeptOnce()
    {
        fixture.Simulator.Faults.Inject(Accompagnements, FaultKind.ServiceUnavailable, count: 1);

        var result = await Sut.PushAsync(new OutboundMessage(SiaoMessageKinds.RetourAccompagnement, SiaoRetours.Accompagnement(1)), PartnerTestHost.NewKey(), CancellationToken.None);

        Assert.Equal(HttpStatusCode.Created, result.Status);
        Assert.Single(fixture.Simulator.Received.Of(Accompagnements));
        Assert.Equal(2, fixture.Simulator.Calls[Accompagnements]);
    }

    [Fact]
    public async Task PushAsync_PersistentInternalError_ThrowsRetryableAfterTheAllowedAttempts()
    {
        fixture.Simulator.Faults.Inject(Logements, FaultKind.InternalError, count: null);

        var error = await Assert.ThrowsAsync<ConnectorException>(() =>
            Sut.PushAsync(new OutboundMessage(SiaoMessageKinds.RetourLogement, SiaoRetours.Logement()), PartnerTestHost.NewKey(), CancellationToken.None));

        Assert.Equal(ConnectorErrorKind.Retryable, error.Kind);
        Assert.Equal(3, fixture.Simulator.Calls[Logements]);
        Assert.Empty(fixture.Simulator.Received.Of(Logements));
    }

    [Fact]
    public async Task PushAsync_UnknownMenage_ThrowsPermanentWithoutRetrying()
    {
        var unknown = SiaoRetours.Accompagnement() with { IdMenage = "999999999" };

        var error = await Assert.ThrowsAsync<ConnectorException>(() =>
            Sut.PushAsync(new OutboundMessage(SiaoMessageKinds.RetourAccompagnement, unknown), PartnerTestHost.NewKey(), CancellationToken.None));

        Assert.Equal(ConnectorErrorKind.Permanent, error.Kind);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, error.Status);
        Assert.Contains("menage-inconnu", error.Message, StringComparison.Ordinal);
        Assert.Equal(1, fixture.Simulator.Calls[Accompagnements]);
    }

    [Fact]
    public async Task PushAsync_SameKeyOtherBody_ThrowsPermanentKeyReused()
    {
        var key = PartnerTestHost.NewKey();
        await Sut.PushAsync(new OutboundMessage(SiaoMessageKinds.RetourAccompagnement, SiaoRetours.Accompagnement()), key, CancellationToken.None);

        var error = await Assert.ThrowsAsync<ConnectorException>(() =>
            Sut.PushAsync(new OutboundMessage(SiaoMessageKinds.RetourAccompagnement, SiaoRetours.Accompagnement(evenement: "FIN")), key, CancellationToken.None));

        Assert.Equal(ConnectorErrorKind.Permanent, error.Kind);
        Assert.Equal(HttpStatusCode.Conflict, error.Status);
        Assert.Single(fixture.Simulator.Received.Of(Accompagnements));
    }

    [Fact]
    public async Task PushAsync_KeyNotAUuid_IsRefusedBeforeAnyCall()
    {
        var message = new OutboundMessage(SiaoMessageKinds.RetourLogement, SiaoRetours.Logement());

        await Assert.ThrowsAsync<ArgumentException>(() => Sut.PushAsync(message, "cle-1", CancellationToken.None));

        Assert.Equal(0, fixture.Simulator.Calls.Total);
    }

    [Fact]
    public async Task PushAsync_KindOfAnotherPartner_IsRefused()
    {
        var message = new OutboundMessage("solis.orientation-lda", SiaoRetours.Logement());

        await Assert.ThrowsAsync<ArgumentException>(() => Sut.PushAsync(message, PartnerTestHost.NewKey(), CancellationToken.None));
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
