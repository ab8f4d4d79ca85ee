using System.Net;
using System.Net.Sockets;
using System.Text.Json;
using Hub.Connectors.Core;

namespace Hub.Connectors.Tests.Core;

public sealed class ConnectorErrorClassifierTests
{
    [Theory]
    [InlineData(HttpStatusCode.InternalServerError, ConnectorErrorKind.Retryable)]
    [InlineData(HttpStatusCode.BadGateway, ConnectorErrorKind.Retryable)]
    [InlineData(HttpStatusCode.ServiceUnavailable, ConnectorErrorKind.Retryable)]
    [InlineData(HttpStatusCode.GatewayTimeout, ConnectorErrorKind.Retryable)]
    [InlineData(HttpStatusCode.TooManyRequests, ConnectorErrorKind.Retryable)]
    [InlineData(HttpStatusCode.Conflict, ConnectorErrorKind.Retryable)]
    [InlineData(HttpStatusCode.RequestTimeout, ConnectorErrorKind.Retryable)]
    [InlineData(HttpStatusCode.BadRequest, ConnectorErrorKind.Permanent)]
    [InlineData(HttpStatusCode.Unauthorized, ConnectorErrorKind.Permanent)]
    [InlineData(HttpStatusCode.UnprocessableEntity, ConnectorErrorKind.Permanent)]
    [InlineData(HttpStatusCode.NotFound, ConnectorErrorKind.Permanent)]
    [InlineData(HttpStatusCode.NotImplemented, ConnectorErrorKind.Permanent)]
    public void Classify_Status_GivesKind(HttpStatusCode status, ConnectorErrorKind expected)
    {
        Assert.Equal(expected, ConnectorErrorClassifier.Classify(status));
    }

    [Fact]
    public void Classify_NotFoundOnIdentityLookup_IsIdentityNotFound()
    {
        Assert.Equal(ConnectorErrorKind.IdentityNotFound, ConnectorErrorClassifier.Classify(HttpStatusCode.NotFound, identityLookup: true));
    }

    [Fact]
    public void Classify_NetworkAndParsingExceptions_AreRetryable()
    {
        Assert.Equal(ConnectorErrorKind.Retryable, ConnectorErrorClassifier.Classify(new HttpRequestException("reset", new SocketException())));
        Assert.Equal(ConnectorErrorKind.Retryable, ConnectorErrorClassifier.Classify(new IOException("truncated")));
        Assert.Equal(ConnectorErrorKind.Retryable, ConnectorErrorClassifier.Classify(new TaskCanceledException()));
        Assert.Equal(ConnectorErrorKind.Retryable, ConnectorErrorClassifier.Classify(new JsonException("cut")));
        Assert.Equal(ConnectorErrorKind.Permanent, ConnectorErrorClassifier.Classify(new ConnectorException(ConnectorErrorKind.Permanent, "bad record")));
    }
}
