using System.Net;
using Hub.Connectors.Core;
using Hub.Connectors.Siao;
using Hub.Simulators.Faults;
using Microsoft.Extensions.DependencyInjection;

namespace Hub.Connectors.Tests.Siao;

/// <summary>
/// Every fault the simulator can inject on a page read: recovered by the pipeline's retries when transient, classified
/// otherwise, and never a retry storm (the calls are counted on the partner's side). Settings: 2 retries, 5 ms base
/// delay, Retry-After capped at 50 ms; attempts are cut at 1 s only where a timeout is the point of the test (a shared
/// two-core machine can take a few hundred ms to answer).
/// </summary>
public sealed class SiaoFaultTests(SiaoSimulatorFixture fixture) : IClassFixture<SiaoSimulatorFixture>, IDisposable
{
    private const string Endpoint = "GET /v1/menages";
    private const int Attempts = 3;

    private readonly ServiceProvider _services = Start(fixture);
    private readonly Lazy<ServiceProvider> _shortTimeout = new(() => PartnerTestHost.Build(
        new SiaoConnectorModule(), PartnerTestHost.Settings(SiaoConnectorModule.ConnectorName, fixture.Simulator.BaseUrl, attemptTimeout: "00:00:01")));

    private IPullStream Sut => _services.Stream(SiaoConnectorModule.ConnectorName, SiaoStreams.Menages);

    private IPullStream ShortTimeoutSut => _shortTimeout.Value.Stream(SiaoConnectorModule.ConnectorName, SiaoStreams.Menages);

    private long Calls => fixture.Simulator.Calls[Endpoint];

    [Theory]
    [InlineData(FaultKind.InternalError)]
    [InlineData(FaultKind.ServiceUnavailable)]
    [InlineData(FaultKind.TooManyRequests)]
    [InlineData(FaultKind.ConnectionReset)]
    public async Task PullPageAsync_OneTransientFault_IsRecoveredByOneRetry(FaultKind kind)
    {
        fixture.Simulator.Faults.Inject(Endpoint, kind, count: 1);

        var page = await Sut.PullPageAsync(null, CancellationToken.None);

        Assert.Equal(500, page.Records.Count);
        Assert.Equal(2, Calls);
    }

    [Fact]
    public async Task PullPageAsync_OneTimeout_IsCutByTheAttemptTimeoutAndRetried()
    {
        fixture.Simulator.Faults.Inject(Endpoint, FaultKind.Timeout, count: 1, delay: TimeSpan.FromSeconds(10));

        var page = await ShortTimeoutSut.PullPageAsync(null, CancellationToken.None);

        Assert.Equal(500, page.Records.Count);
        Assert.Equal(2, Calls);
    }

    [Theory]
    [InlineData(FaultKind.InternalError, HttpStatusCode.InternalServerError)]
    [InlineData(FaultKind.ServiceUnavailable, HttpStatusCode.ServiceUnavailable)]
    [InlineData(FaultKind.TooManyRequests, HttpStatusCode.TooManyRequests)]
    public async Task PullPageAsync_PersistentHttpFault_ThrowsRetryableAfterTheAllowedAttemptsOnly(FaultKind kind, HttpStatusCode status)
    {
        fixture.Simulator.Faults.Inject(Endpoint, kind, count: null, retryAfterSeconds: 7);

        var error = await Assert.ThrowsAsync<ConnectorException>(() => Sut.PullPageAsync(null, CancellationToken.None));

        Assert.Equal(ConnectorErrorKind.Retryable, error.Kind);
        Assert.Equal(status, error.Status);
        if (kind != FaultKind.InternalError)
        {
            // The partner's own wait reaches the engine, which reschedules the run no sooner.
            Assert.Equal(TimeSpan.FromSeconds(7), error.RetryAfter);
        }
    }

    [Theory]
    [InlineData(FaultKind.ConnectionReset)]
    [InlineData(FaultKind.Timeout)]
    public async Task PullPageAsync_PersistentNetworkFault_ThrowsRetryable(FaultKind kind)
    {
        fixture.Simulator.Faults.Inject(Endpoint, kind, count: null, delay: TimeSpan.FromSeconds(10));

        var error = await Assert.ThrowsAsync<ConnectorException>(() => ShortTimeoutSut.PullPageAsync(null, CancellationToken.None));

        Assert.Equal(ConnectorErrorKind.Retryable, error.Kind);
        Assert.Null(error.Status);
        Assert.Equal(Attempts, Calls);
    }

    [Fact]
    public async Task PullPageAsync_MalformedJson_ThrowsRetryableWithoutRetryingInThePipeline()
    {
        fixture.Simulator.Faults.Inject(Endpoint, FaultKind.MalformedJson, count: 1);

        var error = await Assert.ThrowsAsync<ConnectorException>(() => Sut.PullPageAsync(null, CancellationToken.None));
        var again = await Sut.PullPageAsync(null, CancellationToken.None);

        Assert.Equal(ConnectorErrorKind.Retryable, error.Kind);
        Assert.Equal(500, again.Records.Count);
        Assert.Equal(2, Calls);
    }

    [Fact]
    public async Task PullPageAsync_TruncatedPage_ThrowsRetryableAndTheNextReadSucceeds()
    {
        fixture.Simulator.Faults.Inject(Endpoint, FaultKind.TruncatedPage, count: 1);

        var error = await Assert.ThrowsAsync<ConnectorException>(() => Sut.PullPageAsync(null, CancellationToken.None));
        var again = await Sut.PullPageAsync(null, CancellationToken.None);

        // The body is read after the pipeline hands the answer over: the page is read again by the engine, not the pipeline.
        Assert.Equal(ConnectorErrorKind.Retryable, error.Kind);
        Assert.Equal(500, again.Records.Count);
        Assert.Equal(2, Calls);
    }

    [Fact]
    public async Task PullPageAsync_InvalidRecord_RejectsThatRecordAndKeepsTheRest()
    {
        fixture.Simulator.Faults.Inject(Endpoint, FaultKind.InvalidRecord, count: 1);

        var page = await Sut.PullPageAsync(null, CancellationToken.None);

        var rejected = Assert.Single(page.Rejected);
        Assert.Equal(SiaoStreams.MenageKind, rejected.Kind);
        Assert.NotNull(rejected.SourceId);
        Assert.DoesNotContain(page.Records, r => r.SourceId == rejected.SourceId);
        Assert.Equal(499, page.Records.Count);
        Assert.Equal(1, Calls);
    }

    [Fact]
    public async Task PullPageAsync_Latency_WaitsAndAnswers()
    {
        fixture.Simulator.Faults.Inject(Endpoint, FaultKind.Latency, count: 1, delay: TimeSpan.FromMilliseconds(150));

        var page = await Sut.PullPageAsync(null, CancellationToken.None);

        Assert.Equal(500, page.Records.Count);
        Assert.Equal(1, Calls);
    }

    [Theory]
    [InlineData(FaultKind.CursorExpired, HttpStatusCode.Gone)]
    [InlineData(FaultKind.Unauthorized, HttpStatusCode.Unauthorized)]
    public async Task PullPageAsync_PermanentAnswer_ThrowsPermanentAtOnce(FaultKind kind, HttpStatusCode status)
    {
        fixture.Simulator.Faults.Inject(Endpoint, kind, count: 1);

        var error = await Assert.ThrowsAsync<ConnectorException>(() => Sut.PullPageAsync("eyJzZXEiOjF9", CancellationToken.None));

        Assert.Equal(ConnectorErrorKind.Permanent, error.Kind);
        Assert.Equal(status, error.Status);
        Assert.Equal(1, Calls);
    }

    [Fact]
    public async Task PullPageAsync_CallerCancels_PropagatesCancellationNotAConnectorError()
    {
        fixture.Simulator.Faults.Inject(Endpoint, FaultKind.Latency, count: 1, delay: TimeSpan.FromSeconds(5));
        using var cancellation = new CancellationTokenSource(TimeSpan.FromMilliseconds(100));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => Sut.PullPageAsync(null, cancellation.Token));
    }

    public void Dispose()
    {
        fixture.Simulator.Reset();
        _services.Dispose();
        if (_shortTimeout.IsValueCreated)
        {
            _shortTimeout.Value.Dispose();
        }
    }

    private static ServiceProvider Start(SiaoSimulatorFixture fixture)
    {
        fixture.Simulator.Reset();
        return PartnerTestHost.Build(new SiaoConnectorModule(), PartnerTestHost.Settings(SiaoConnectorModule.ConnectorName, fixture.Simulator.BaseUrl));
    }
}
