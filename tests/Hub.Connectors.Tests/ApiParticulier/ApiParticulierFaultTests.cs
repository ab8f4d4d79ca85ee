using Hub.Connectors.ApiParticulier;
using Hub.Connectors.Core;
using Hub.Simulators.Faults;
using Microsoft.Extensions.DependencyInjection;

namespace Hub.Connectors.Tests.ApiParticulier;

/// <summary>Partner failures injected in the CAF simulator: recovered by the pipeline's retries, or classified, and never a retry storm.</summary>
[Collection(OrganisationSimulatorCollection.Name)]
public sealed class ApiParticulierFaultTests(OrganisationSimulatorFixture fixture)
{
    private const string Route = "GET /v3/dss/revenu_solidarite_active/identite";

    // A sandbox case answering 200 "bénéficiaire avec majoration".
    private static readonly ApiParticulierIdentity Martin = new()
    {
        NomNaissance = "MARTIN", Prenoms = ["SAMUEL"], AnneeDateNaissance = 1980, MoisDateNaissance = 9, JourDateNaissance = 20,
        SexeEtatCivil = "M", CodeCogInseePaysNaissance = "99100", CodeCogInseeCommuneNaissance = "08480",
    };

    [Theory]
    [InlineData(FaultKind.InternalError, 2)]
    [InlineData(FaultKind.ServiceUnavailable, 1)]
    [InlineData(FaultKind.TooManyRequests, 2)]
    [InlineData(FaultKind.ConnectionReset, 1)]
    [InlineData(FaultKind.Timeout, 1)]
    public async Task Get_TransientFault_RecoveredByRetries(FaultKind kind, int times)
    {
        using var provider = fixture.Connector("caf", retries: 3, attemptTimeout: AttemptTimeout(kind));
        var sut = provider.GetRequiredKeyedService<ApiParticulierClient>("caf");
        fixture.Cluster.Caf.Faults.Inject(Route, kind, count: times, delay: kind == FaultKind.Timeout ? TimeSpan.FromSeconds(4) : null);

        var answer = await sut.GetPrestationAsync(ApiParticulierEndpoint.RevenuSolidariteActive, Martin);

        Assert.True(answer.Data!.EstBeneficiaire);
        Assert.Equal(times + 1, fixture.Cluster.Caf.Calls[Route]);
    }

    [Fact]
    public async Task Get_Latency_WithinAttemptTimeout_AnswersOnce()
    {
        using var provider = fixture.Connector("caf", retries: 3, attemptTimeout: "00:00:02");
        var sut = provider.GetRequiredKeyedService<ApiParticulierClient>("caf");
        fixture.Cluster.Caf.Faults.Inject(Route, FaultKind.Latency, count: 1, delay: TimeSpan.FromMilliseconds(300));

        var answer = await sut.GetPrestationAsync(ApiParticulierEndpoint.RevenuSolidariteActive, Martin);

        Assert.True(answer.Found);
        Assert.Equal(1, fixture.Cluster.Caf.Calls[Route]);
    }

    [Theory]
    [InlineData(FaultKind.InternalError)]
    [InlineData(FaultKind.ServiceUnavailable)]
    [InlineData(FaultKind.ConnectionReset)]
    [InlineData(FaultKind.Timeout)]
    public async Task Get_PersistentFault_RetryableAfterBoundedAttempts(FaultKind kind)
    {
        using var provider = fixture.Connector("caf", retries: 3, attemptTimeout: AttemptTimeout(kind));
        var sut = provider.GetRequiredKeyedService<ApiParticulierClient>("caf");
        fixture.Cluster.Caf.Faults.Inject(Route, kind, count: null, delay: kind == FaultKind.Timeout ? TimeSpan.FromSeconds(4) : null);

        var error = await Assert.ThrowsAsync<ConnectorException>(() => sut.GetPrestationAsync(ApiParticulierEndpoint.RevenuSolidariteActive, Martin));

        Assert.Equal(ConnectorErrorKind.Retryable, error.Kind);
        var calls = fixture.Cluster.Caf.Calls[Route];
        if (kind is FaultKind.Timeout or FaultKind.ConnectionReset)
        {
            // An attempt cut short on the client side may never reach the server: at most 1 + 3 calls, never more.
            Assert.InRange(calls, 2, 4);
        }
        else
        {
            Assert.Equal(4, calls);
        }
        fixture.Cluster.Caf.Faults.Clear();
    }

    [Fact]
    public async Task Get_MalformedJson_ClassifiedRetryableNotCachedThenRecovers()
    {
        using var provider = fixture.Connector("caf", retries: 3);
        var sut = provider.GetRequiredKeyedService<ApiParticulierClient>("caf");
        fixture.Cluster.Caf.Faults.Inject(Route, FaultKind.MalformedJson, count: 1);

        var error = await Assert.ThrowsAsync<ConnectorException>(() => sut.GetPrestationAsync(ApiParticulierEndpoint.RevenuSolidariteActive, Martin));
        var answer = await sut.GetPrestationAsync(ApiParticulierEndpoint.RevenuSolidariteActive, Martin);

        Assert.Equal(ConnectorErrorKind.Retryable, error.Kind);
        Assert.True(answer.Found);
        Assert.Equal(2, fixture.Cluster.Caf.Calls[Route]);
    }

    [Fact]
    public async Task Get_UnauthorizedToken_PermanentWithoutRetry()
    {
        using var provider = fixture.Connector("caf", retries: 3);
        var sut = provider.GetRequiredKeyedService<ApiParticulierClient>("caf");
        fixture.Cluster.Caf.Faults.Inject(Route, FaultKind.Unauthorized, count: null);

        var error = await Assert.ThrowsAsync<ConnectorException>(() => sut.GetPrestationAsync(ApiParticulierEndpoint.RevenuSolidariteActive, Martin));

        Assert.Equal(ConnectorErrorKind.Permanent, error.Kind);
        Assert.Equal(1, fixture.Cluster.Caf.Calls[Route]);
        fixture.Cluster.Caf.Faults.Clear();
    }

    [Fact]
    public async Task Get_SameQuestionTwice_SecondComesFromHubCache()
    {
        using var provider = fixture.Connector("caf");
        var sut = provider.GetRequiredKeyedService<ApiParticulierClient>("caf");

        await sut.GetPrestationAsync(ApiParticulierEndpoint.RevenuSolidariteActive, Martin);
        var second = await sut.GetPrestationAsync(ApiParticulierEndpoint.RevenuSolidariteActive, Martin);

        Assert.True(second.FromHubCache);
        Assert.Equal(1, fixture.Cluster.Caf.Calls[Route]);
    }

    // Short attempt timeout only where the fault is a hang, so a busy test machine does not time out normal calls.
    private static string AttemptTimeout(FaultKind kind) => kind == FaultKind.Timeout ? "00:00:01" : "00:00:05";
}
