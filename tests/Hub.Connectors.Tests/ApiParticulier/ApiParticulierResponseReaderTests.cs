using System.Net;
using System.Text;
using Hub.Connectors.ApiParticulier;
using Hub.Connectors.ApiParticulier.Dtos;
using Hub.Connectors.Core;

namespace Hub.Connectors.Tests.ApiParticulier;

public sealed class ApiParticulierResponseReaderTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 4, 9, 0, 0, TimeSpan.Zero);

    public static TheoryData<string, string> Cases() => SandboxCase.Theory();

    [Theory]
    [MemberData(nameof(Cases))]
    public void Read_SandboxCase_GivesAnswerOrErrorClass(string endpoint, string file)
    {
        var sandbox = SandboxCase.Find(endpoint, file);
        var expected = SandboxExpectation.For(sandbox);

        (bool Found, bool? Beneficiary, int? QuotientFamilial) result = default;

        var outcome = Record.Exception(() => result = Read(sandbox));

        if (expected.Error is { } kind)
        {
            var error = Assert.IsType<ConnectorException>(outcome);
            Assert.Equal(kind, error.Kind);
            Assert.Equal((HttpStatusCode)sandbox.Status, error.Status);
            return;
        }

        Assert.Null(outcome);
        Assert.Equal(expected.Found, result.Found);
        Assert.Equal(expected.Beneficiary, result.Beneficiary);
        Assert.Equal(expected.QuotientFamilial, result.QuotientFamilial);
    }

    [Fact]
    public void Read_504WithRetryIn_IsRetryableAfterRetryIn()
    {
        var body = """{"errors":[{"code":"37002","title":"Intermédiaire hors-délai","detail":"x","source":null,"meta":{"provider":"CNAV","retry_in":42}}]}""";

        var error = Assert.Throws<ConnectorException>(() => ReadPrestation(HttpStatusCode.GatewayTimeout, body));

        Assert.Equal(ConnectorErrorKind.Retryable, error.Kind);
        Assert.Equal(TimeSpan.FromSeconds(42), error.RetryAfter);
        Assert.Contains("37002", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_ProviderOverloaded37008_WaitsAtLeastOneMinute()
    {
        var body = """{"errors":[{"code":"37008","title":"Fournisseur surchargé","detail":"x","meta":{"retry_in":"5"}}]}""";

        var error = Assert.Throws<ConnectorException>(() => ReadPrestation(HttpStatusCode.GatewayTimeout, body));

        Assert.Equal(TimeSpan.FromSeconds(60), error.RetryAfter);
    }

    [Fact]
    public void Read_429WithRateLimitReset_WaitsUntilReset()
    {
        var meta = new ApiParticulierResponseMeta(new RateLimitInfo(50, 0, Now.AddSeconds(17)), null, false, null);

        var error = Assert.Throws<ConnectorException>(() => ApiParticulierResponseReader.Read(
            ApiParticulierEndpoint.PrimeActivite, HttpStatusCode.TooManyRequests, Encoding.UTF8.GetBytes("""{"errors":[{"code":"00429"}]}"""), meta, Now,
            ApiParticulierJsonContext.Default.ApiParticulierEnvelopePrestationData));

        Assert.Equal(ConnectorErrorKind.Retryable, error.Kind);
        Assert.Equal(TimeSpan.FromSeconds(17), error.RetryAfter);
    }

    [Fact]
    public void Read_429WithoutHeaders_WaitsSixtySeconds()
    {
        var error = Assert.Throws<ConnectorException>(() => ReadPrestation(HttpStatusCode.TooManyRequests, """{"errors":[{"code":"00429"}]}"""));

        Assert.Equal(TimeSpan.FromSeconds(60), error.RetryAfter);
    }

    [Fact]
    public void Read_409AlreadyInFlight_IsRetryableAfterFiveSeconds()
    {
        var error = Assert.Throws<ConnectorException>(() => ReadPrestation(HttpStatusCode.Conflict, """{"errors":[{"code":"00015","title":"Requête déjà en cours"}]}"""));

        Assert.Equal(ConnectorErrorKind.Retryable, error.Kind);
        Assert.Equal(TimeSpan.FromSeconds(5), error.RetryAfter);
    }

    [Theory]
    [InlineData(HttpStatusCode.UnprocessableEntity, "00366")]
    [InlineData(HttpStatusCode.UnprocessableEntity, "00203")]
    [InlineData(HttpStatusCode.Unauthorized, "00101")]
    [InlineData(HttpStatusCode.Forbidden, "00100")]
    [InlineData(HttpStatusCode.BadRequest, "")]
    public void Read_ClientErrors_ArePermanentWithoutWait(HttpStatusCode status, string code)
    {
        var error = Assert.Throws<ConnectorException>(() => ReadPrestation(status, $$"""{"errors":[{"code":"{{code}}","title":"t"}]}"""));

        Assert.Equal(ConnectorErrorKind.Permanent, error.Kind);
        Assert.Null(error.RetryAfter);
    }

    [Fact]
    public void Read_404_IsNotFoundAnswerWithItsCodes()
    {
        var sut = ReadPrestation(HttpStatusCode.NotFound, """{"errors":[{"code":"37003","title":"Entité non trouvée"}]}""");

        Assert.False(sut.Found);
        Assert.Equal(ConnectorErrorKind.IdentityNotFound, sut.ErrorKind);
        Assert.Null(sut.Data);
        Assert.Equal("37003", Assert.Single(sut.Errors).Code);
        Assert.Equal(Now, sut.CheckedAt);
    }

    [Theory]
    [InlineData("{\"data\": {\"est_beneficiaire\": tr")]
    [InlineData("<html>proxy error</html>")]
    [InlineData("{\"links\":{}}")]
    public void Read_MalformedSuccessBody_IsRetryable(string body)
    {
        var error = Assert.Throws<ConnectorException>(() => ReadPrestation(HttpStatusCode.OK, body));

        Assert.Equal(ConnectorErrorKind.Retryable, error.Kind);
    }

    [Fact]
    public void Read_AnswerFromProviderCache_DatesCheckedAtFromCacheAge()
    {
        var meta = new ApiParticulierResponseMeta(null, null, ProviderCached: true, CacheExpiresInSeconds: 86_400 - 3_600);

        var sut = ApiParticulierResponseReader.Read(ApiParticulierEndpoint.RevenuSolidariteActive, HttpStatusCode.OK,
            """{"data":{"est_beneficiaire":true,"avec_majoration":false,"date_debut_droit":"2025-12-01"},"links":{},"meta":{}}"""u8, meta, Now,
            ApiParticulierJsonContext.Default.ApiParticulierEnvelopePrestationData);

        Assert.Equal(Now.AddHours(-1), sut.CheckedAt);
    }

    private static ApiParticulierAnswer<PrestationData> ReadPrestation(HttpStatusCode status, string body) =>
        ApiParticulierResponseReader.Read(ApiParticulierEndpoint.RevenuSolidariteActive, status, Encoding.UTF8.GetBytes(body), ApiParticulierResponseMeta.None, Now,
            ApiParticulierJsonContext.Default.ApiParticulierEnvelopePrestationData);

    private static (bool Found, bool? Beneficiary, int? QuotientFamilial) Read(SandboxCase sandbox)
    {
        var body = Encoding.UTF8.GetBytes(sandbox.Payload);
        var status = (HttpStatusCode)sandbox.Status;
        var meta = ApiParticulierResponseMeta.None;
        switch (sandbox.Endpoint)
        {
            case ApiParticulierEndpoint.QuotientFamilial:
                var qf = ApiParticulierResponseReader.Read(sandbox.Endpoint, status, body, meta, Now, ApiParticulierJsonContext.Default.ApiParticulierEnvelopeQuotientFamilialData);
                return (qf.Found, null, qf.Data?.QuotientFamilial?.Valeur);
            case ApiParticulierEndpoint.ComplementaireSanteSolidaire:
                var c2s = ApiParticulierResponseReader.Read(sandbox.Endpoint, status, body, meta, Now, ApiParticulierJsonContext.Default.ApiParticulierEnvelopeComplementaireSanteSolidaireData);
                return (c2s.Found, c2s.Data?.EstBeneficiaire, null);
            default:
                var prestation = ApiParticulierResponseReader.Read(sandbox.Endpoint, status, body, meta, Now, ApiParticulierJsonContext.Default.ApiParticulierEnvelopePrestationData);
                return (prestation.Found, prestation.Data?.EstBeneficiaire, null);
        }
    }
}
