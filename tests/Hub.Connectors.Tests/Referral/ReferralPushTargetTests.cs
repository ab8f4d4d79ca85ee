using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Hub.Connectors.Core;
using Hub.Connectors.Referral;
using Hub.Connectors.Tests.ApiParticulier;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Hub.Connectors.Tests.Referral;

public sealed class ReferralPushTargetTests
{
    private const string Receipt = """{"idSaisine":"S68-2026-004417","statut":"recue","recueLe":"2026-03-04T09:45:01+01:00"}""";
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 3, 4, 8, 45, 0, TimeSpan.Zero));

    [Fact]
    public async Task PushAsync_Saisine_PostsSignedExactBodyWithIdempotencyKey()
    {
        var stub = new StubHandler(_ => Answer(HttpStatusCode.Accepted, Receipt));
        var sut = Target(stub);

        var result = await sut.PushAsync(new OutboundMessage(ReferralPushTarget.SaisineKind, Saisines.Caf()), "7a4f0c2e-9b1d-4e63-8f25-d0c3b6a91e47", default);

        var request = Assert.Single(stub.Requests);
        Assert.Equal(HttpMethod.Post, request.Method);
        Assert.Equal("http://saisines.test/lda/v1/saisines", request.Uri.ToString());
        Assert.Equal(_time.GetUtcNow().ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture), request.Headers["X-Timestamp"]);
        Assert.Equal(ConnectorTestHost.KeyId, request.Headers["X-Key-Id"]);
        Assert.Equal("7a4f0c2e-9b1d-4e63-8f25-d0c3b6a91e47", request.Headers["Idempotency-Key"]);
        Assert.True(SaisineSignature.Matches(ConnectorTestHost.Secret, long.Parse(request.Headers["X-Timestamp"], CultureInfo.InvariantCulture), request.Body, request.Headers["X-Signature"]));
        Assert.False(request.Headers.ContainsKey("Authorization"));
        using var body = JsonDocument.Parse(request.Body);
        Assert.Equal("CAF", body.RootElement.GetProperty("organismeDestinataire").GetString());
        Assert.Equal("1986-04-12", body.RootElement.GetProperty("personne").GetProperty("dateNaissance").GetString());
        Assert.False(body.RootElement.GetProperty("personne").TryGetProperty("nir", out _));
        Assert.Equal(new PushResult(HttpStatusCode.Accepted, false, "S68-2026-004417"), result);
    }

    [Fact]
    public async Task PushAsync_ReplayedAnswer_IsReportedAsReplayed()
    {
        var stub = new StubHandler(_ =>
        {
            var response = Answer(HttpStatusCode.Accepted, Receipt);
            response.Headers.Add("Idempotent-Replayed", "true");
            return response;
        });

        var result = await Target(stub).PushAsync(new OutboundMessage("saisine", Saisines.Caf()), Guid.NewGuid().ToString(), default);

        Assert.True(result.Replayed);
        Assert.Equal("S68-2026-004417", result.PartnerReference);
    }

    [Theory]
    [InlineData(HttpStatusCode.Conflict, "cle-reutilisee", ConnectorErrorKind.Permanent)]
    [InlineData(HttpStatusCode.Conflict, "traitement-en-cours", ConnectorErrorKind.Retryable)]
    [InlineData(HttpStatusCode.UnprocessableEntity, "droit-hors-perimetre", ConnectorErrorKind.Permanent)]
    [InlineData(HttpStatusCode.BadRequest, "requete-invalide", ConnectorErrorKind.Permanent)]
    [InlineData(HttpStatusCode.Unauthorized, "signature-invalide", ConnectorErrorKind.Permanent)]
    [InlineData(HttpStatusCode.TooManyRequests, "trop-de-requetes", ConnectorErrorKind.Retryable)]
    [InlineData(HttpStatusCode.ServiceUnavailable, "indisponible", ConnectorErrorKind.Retryable)]
    [InlineData(HttpStatusCode.InternalServerError, "erreur", ConnectorErrorKind.Retryable)]
    public async Task PushAsync_ProblemAnswer_IsClassified(HttpStatusCode status, string code, ConnectorErrorKind expected)
    {
        var stub = new StubHandler(_ => Answer(status, $$"""{"type":"urn:lda-hub:probleme:{{code}}","title":"t","status":{{(int)status}},"code":"{{code}}","erreurs":[{"champ":"droitsDemandes[0]","message":"hors périmètre"}]}""", "application/problem+json"));

        var error = await Assert.ThrowsAsync<ConnectorException>(() => Target(stub).PushAsync(new OutboundMessage("saisine", Saisines.Caf()), Guid.NewGuid().ToString(), default));

        Assert.Equal(expected, error.Kind);
        Assert.Equal(status, error.Status);
        Assert.Contains(code, error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("MOREL", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PushAsync_InFlightConflictWithoutRetryAfter_WaitsFiveSeconds()
    {
        var stub = new StubHandler(_ => Answer(HttpStatusCode.Conflict, """{"code":"traitement-en-cours"}""", "application/problem+json"));

        var error = await Assert.ThrowsAsync<ConnectorException>(() => Target(stub).PushAsync(new OutboundMessage("saisine", Saisines.Caf()), "k", default));

        Assert.Equal(TimeSpan.FromSeconds(5), error.RetryAfter);
    }

    [Fact]
    public async Task PushAsync_StaleTimestampRefused_RetriesOnceWithReceiverClock()
    {
        var receiverNow = _time.GetUtcNow().AddMinutes(10);
        var stub = new StubHandler(request =>
        {
            var timestamp = long.Parse(request.Headers.GetValues("X-Timestamp").Single(), CultureInfo.InvariantCulture);
            if (Math.Abs(timestamp - receiverNow.ToUnixTimeSeconds()) > 300)
            {
                var refused = Answer(HttpStatusCode.Unauthorized, """{"code":"horodatage-hors-fenetre","status":401}""", "application/problem+json");
                refused.Headers.Date = receiverNow;
                return refused;
            }

            return Answer(HttpStatusCode.Accepted, Receipt);
        });

        var result = await Target(stub).PushAsync(new OutboundMessage("saisine", Saisines.Caf()), "k", default);

        Assert.Equal(2, stub.Requests.Count);
        Assert.Equal(HttpStatusCode.Accepted, result.Status);
        Assert.All(stub.Requests, r => Assert.Equal("k", r.Headers["Idempotency-Key"]));
    }

    [Fact]
    public async Task PushAsync_WrongKindOrOrganisation_IsPermanentWithoutCall()
    {
        var stub = new StubHandler(_ => Answer(HttpStatusCode.Accepted, Receipt));
        var sut = Target(stub);

        var wrongKind = await Assert.ThrowsAsync<ConnectorException>(() => sut.PushAsync(new OutboundMessage("retour", Saisines.Caf()), "k", default));
        var wrongOrganisation = await Assert.ThrowsAsync<ConnectorException>(() => sut.PushAsync(new OutboundMessage("saisine", Saisines.Cpam()), "k", default));

        Assert.Equal(ConnectorErrorKind.Permanent, wrongKind.Kind);
        Assert.Equal(ConnectorErrorKind.Permanent, wrongOrganisation.Kind);
        Assert.Empty(stub.Requests);
    }

    private IPushTarget Target(StubHandler stub)
    {
        var provider = ConnectorTestHost.Build("caf", ConnectorTestHost.Settings("caf", new Uri("http://api.test/"), new Uri("http://saisines.test/lda/")), _time, referralHandler: stub);
        var target = provider.GetRequiredKeyedService<IPushTarget>("caf");
        Assert.Same(target, provider.GetServices<IPushTarget>().Single(t => t.Connector == "caf"));
        return target;
    }

    private static HttpResponseMessage Answer(HttpStatusCode status, string body, string mediaType = "application/json") =>
        new(status) { Content = new StringContent(body, Encoding.UTF8, new MediaTypeHeaderValue(mediaType)) };
}
