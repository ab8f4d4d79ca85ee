using System.Net;
using Hub.Connectors.Core;
using Hub.Connectors.Referral;
using Hub.Connectors.Tests.ApiParticulier;
using Hub.Simulators.Faults;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace Hub.Connectors.Tests.Referral;

/// <summary>Saisines against the CAF/CPAM simulators' receivers: signature checked there, kept, idempotent; and their signed callbacks checked here.</summary>
[Collection(OrganisationSimulatorCollection.Name)]
public sealed class ReferralContractTests(OrganisationSimulatorFixture fixture)
{
    private const string Route = "POST /v1/saisines";

    [Fact]
    public async Task PushAsync_CafSaisine_AcceptedSignedAndKeptAsSent()
    {
        using var provider = fixture.Connector("caf");
        var sut = provider.GetRequiredKeyedService<IPushTarget>("caf");

        var result = await sut.PushAsync(new OutboundMessage("saisine", Saisines.Caf()), Guid.NewGuid().ToString(), default);

        Assert.Equal(HttpStatusCode.Accepted, result.Status);
        Assert.False(result.Replayed);
        var kept = Assert.Single(fixture.Cluster.Caf.Received.Of(Route));
        Assert.Equal(result.PartnerReference, kept.AssignedId);
        using var body = kept.Parse();
        Assert.Equal("sai-2b7e91c4-6d3f-4a85-b0e2-5f1c8a7d3e96", body.RootElement.GetProperty("referenceHub").GetString());
        Assert.Equal(3, body.RootElement.GetProperty("droitsDemandes").GetArrayLength());
    }

    [Fact]
    public async Task PushAsync_SameKeySameBody_ReplayedWithSameIdAndKeptOnce()
    {
        using var provider = fixture.Connector("cpam");
        var sut = provider.GetRequiredKeyedService<IPushTarget>("cpam");
        var key = Guid.NewGuid().ToString();

        var first = await sut.PushAsync(new OutboundMessage("saisine", Saisines.Cpam()), key, default);
        var again = await sut.PushAsync(new OutboundMessage("saisine", Saisines.Cpam()), key, default);

        Assert.False(first.Replayed);
        Assert.True(again.Replayed);
        Assert.Equal(first.PartnerReference, again.PartnerReference);
        Assert.Single(fixture.Cluster.Cpam.Received.Of(Route));
        Assert.Equal(1, fixture.Cluster.Cpam.Received.Replays);
    }

    [Fact]
    public async Task PushAsync_SameKeyOtherBody_PermanentConflict()
    {
        using var provider = fixture.Connector("caf");
        var sut = provider.GetRequiredKeyedService<IPushTarget>("caf");
        var key = Guid.NewGuid().ToString();
        await sut.PushAsync(new OutboundMessage("saisine", Saisines.Caf()), key, default);

        var error = await Assert.ThrowsAsync<ConnectorException>(() => sut.PushAsync(new OutboundMessage("saisine", Saisines.Caf("sai-autre")), key, default));

        Assert.Equal(ConnectorErrorKind.Permanent, error.Kind);
        Assert.Equal(HttpStatusCode.Conflict, error.Status);
    }

    [Fact]
    public async Task PushAsync_RightOutsideCpamScope_PermanentUnprocessable()
    {
        using var provider = fixture.Connector("cpam");
        var sut = provider.GetRequiredKeyedService<IPushTarget>("cpam");

        var error = await Assert.ThrowsAsync<ConnectorException>(() =>
            sut.PushAsync(new OutboundMessage("saisine", Saisines.Cpam() with { DroitsDemandes = ["RSA"] }), Guid.NewGuid().ToString(), default));

        Assert.Equal(ConnectorErrorKind.Permanent, error.Kind);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, error.Status);
        Assert.Contains("droit-hors-perimetre", error.Message, StringComparison.Ordinal);
        Assert.Empty(fixture.Cluster.Cpam.Received.Of(Route));
    }

    [Fact]
    public async Task PushAsync_WrongSecret_RefusedPermanent()
    {
        fixture.Cluster.Reset();
        var settingsProvider = ConnectorTestHost.Build("caf", WithSecret("caf", "pas-le-bon-secret"));
        var sut = settingsProvider.GetRequiredKeyedService<IPushTarget>("caf");

        var error = await Assert.ThrowsAsync<ConnectorException>(() => sut.PushAsync(new OutboundMessage("saisine", Saisines.Caf()), Guid.NewGuid().ToString(), default));

        Assert.Equal(HttpStatusCode.Unauthorized, error.Status);
        Assert.Equal(ConnectorErrorKind.Permanent, error.Kind);
        Assert.Contains("signature-invalide", error.Message, StringComparison.Ordinal);
        await settingsProvider.DisposeAsync();
    }

    [Fact]
    public async Task PushAsync_ReceiverUnavailableOnce_RetriedWithSameKeyAndKeptOnce()
    {
        using var provider = fixture.Connector("caf", retries: 2);
        var sut = provider.GetRequiredKeyedService<IPushTarget>("caf");
        fixture.Cluster.Caf.Faults.Inject(Route, FaultKind.ServiceUnavailable, count: 1);

        var result = await sut.PushAsync(new OutboundMessage("saisine", Saisines.Caf()), Guid.NewGuid().ToString(), default);

        Assert.Equal(HttpStatusCode.Accepted, result.Status);
        Assert.Equal(2, fixture.Cluster.Caf.Calls[Route]);
        Assert.Single(fixture.Cluster.Caf.Received.Of(Route));
    }

    [Fact]
    public async Task Verify_StatusPublishedBySimulator_AcceptedByHubVerifier()
    {
        var verifier = new ReferralSignatureVerifier(new Dictionary<string, string> { ["caf68-hub-sim"] = "secret-caf-vers-hub" }, TimeProvider.System);
        var results = new List<SignatureCheck>();
        await using var hub = await InboundEndpoint(async context =>
        {
            using var buffer = new MemoryStream();
            await context.Request.Body.CopyToAsync(buffer);
            var check = verifier.Verify(buffer.ToArray(), context.Request.Headers);
            lock (results)
            {
                results.Add(check);
            }

            context.Response.StatusCode = check.IsValid ? 200 : 401;
        });
        using var http = new HttpClient();
        const string status = """{"kind":"saisine-statut","idSaisine":"S68-2026-000001","referenceHub":"sai-test","organisme":"CAF","statut":"en-cours","sequence":2,"horodatage":"2026-03-05T08:30:00+01:00"}""";

        using var good = await fixture.Cluster.Caf.PublishStatusAsync(http, new Uri(hub.Url, "api/inbound/caf"), "caf68-hub-sim", "secret-caf-vers-hub", status);
        using var bad = await fixture.Cluster.Caf.PublishStatusAsync(http, new Uri(hub.Url, "api/inbound/caf"), "caf68-hub-sim", "autre-secret", status);

        Assert.Equal(HttpStatusCode.OK, good.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, bad.StatusCode);
        Assert.Equal(SignatureCheck.SignatureInvalide, results[1].Code);
    }

    private Dictionary<string, string?> WithSecret(string connector, string secret)
    {
        var url = fixture.Cluster.Caf.BaseUrl;
        var settings = ConnectorTestHost.Settings(connector, url, url);
        settings[$"Hub:Connectors:{connector}:Connection:SigningKeyId"] = OrganisationSimulatorFixture.CafKeyId;
        settings[$"Hub:Connectors:{connector}:Connection:SigningKey"] = secret;
        return settings;
    }

    private static async Task<InboundHost> InboundEndpoint(RequestDelegate handler)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        app.MapPost("/api/inbound/caf", handler);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new InboundHost(app, new Uri(address.EndsWith('/') ? address : address + "/"));
    }

    private sealed class InboundHost(WebApplication app, Uri url) : IAsyncDisposable
    {
        public Uri Url { get; } = url;

        public ValueTask DisposeAsync() => app.DisposeAsync();
    }
}
