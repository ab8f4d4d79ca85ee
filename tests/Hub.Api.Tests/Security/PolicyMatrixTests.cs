using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Hub.Api.Security;
using Hub.Api.Tests.Infrastructure;
using Hub.Testing;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.Extensions.DependencyInjection;

namespace Hub.Api.Tests.Security;

/// <summary>
/// The policy matrix, generated from the hub's own endpoint list: every endpoint × every role × no token × expired
/// token, checked against <see cref="AccessPolicyTable"/>. A new endpoint joins the matrix by itself; one without a
/// declared rule stops the hub before any of these requests.
/// </summary>
public sealed class PolicyMatrixTests(SqliteHubApiFactory factory) : IClassFixture<SqliteHubApiFactory>
{
    private const string NoToken = "(no token)";
    private const string ExpiredToken = "(expired token)";

    public static TheoryData<string> Callers() => [.. HubRoles.All, NoToken, ExpiredToken];

    [Theory]
    [MemberData(nameof(Callers))]
    public async Task Endpoint_EachCaller_AnswersAsThePolicyTableDeclares(string caller)
    {
        var probes = Probes();
        using var client = factory.CreateDefaultClient();
        client.DefaultRequestHeaders.Authorization = caller switch
        {
            NoToken => null,
            ExpiredToken => new AuthenticationHeaderValue("Bearer", TestTokens.Mint(factory.Services, HubRoles.All, lifetime: TimeSpan.FromMinutes(-10))),
            _ => new AuthenticationHeaderValue("Bearer", TestTokens.Mint(factory.Services, [caller], subject: "matrix-" + caller)),
        };

        var mismatches = new List<string>();
        foreach (var probe in probes)
        {
            using var request = probe.ToRequest();
            using var response = await client.SendAsync(request);
            var expected = Expected(probe.Rule, caller, probe.System);
            var status = (int)response.StatusCode;
            var ok = expected switch
            {
                Outcome.Unauthenticated => response.StatusCode == HttpStatusCode.Unauthorized,
                Outcome.Forbidden => response.StatusCode == HttpStatusCode.Forbidden,
                _ => status is not (401 or 403),
            };
            if (!ok)
            {
                mismatches.Add($"{probe.Method} {probe.Path} ({probe.Name}, rule {probe.Rule.Name}): expected {expected}, got {status}");
            }

            if (response.StatusCode == HttpStatusCode.Unauthorized && !response.Headers.WwwAuthenticate.Any(h => h.Scheme == "Bearer"))
            {
                mismatches.Add($"{probe.Method} {probe.Path}: 401 without a Bearer challenge");
            }
        }

        Assert.True(mismatches.Count == 0, $"{mismatches.Count} of {probes.Count} endpoints disagree with the policy table for {caller}:\n{string.Join('\n', mismatches)}");
    }

    [Fact]
    public void Endpoints_All_HaveADeclaredRuleAndTheMatrixCoversEveryRule()
    {
        var probes = Probes();

        // The resource API alone has 7 operations × 8 types; the rest are the feature endpoints.
        Assert.True(probes.Count >= 70, $"only {probes.Count} endpoints found");
        Assert.Equal(
            AccessPolicyTable.Rules.Select(r => r.Name).Order(StringComparer.Ordinal),
            probes.Select(p => p.Rule.Name).Distinct().Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task InboundPush_OtherSystemsToken_Forbidden()
    {
        using var client = factory.CreateDefaultClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", TestTokens.Mint(factory.Services, [HubRoles.SystemSolis]));

        using var response = await client.PostAsync("/api/inbound/siao", new StringContent("{}", Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task Me_ReferentToken_ShowsSubjectRoleAndOrganisation()
    {
        using var client = factory.CreateDefaultClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue(
            "Bearer", TestTokens.Mint(factory.Services, [HubRoles.Referent], subject: "agent-7", organisation: "cd68"));

        var me = System.Text.Json.Nodes.JsonNode.Parse(await client.GetStringAsync("/api/me"))!;

        Assert.Equal("agent-7", me["subject"]!.GetValue<string>());
        Assert.Equal(["referent"], me["roles"]!.AsArray().Select(r => r!.GetValue<string>()));
        Assert.Equal("cd68", me["organisation"]!.GetValue<string>());
    }

    [Fact]
    public async Task Api_TokenFromAnotherIssuer_Unauthorized()
    {
        // Same claims, signed by a key the hub does not know.
        var stranger = new DevTokenIssuer(
            Microsoft.Extensions.Options.Options.Create(new AuthOptions()),
            Microsoft.Extensions.Options.Options.Create(new Hub.Storage.HubDataOptions { DataDirectory = Path.Combine(Path.GetTempPath(), "lda-hub-stranger", Guid.NewGuid().ToString("N")) }),
            factory.Clock);
        using var client = factory.CreateDefaultClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", stranger.Mint(HubRoles.All, "intruder"));

        using var response = await client.GetAsync("/api/sync/connectors");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    private static Outcome Expected(AccessRule rule, string caller, string? system) => caller switch
    {
        _ when rule.Kind == AccessKind.Anonymous => Outcome.Passes,
        NoToken or ExpiredToken => Outcome.Unauthenticated,
        _ => rule.Admits(caller, system) ? Outcome.Passes : Outcome.Forbidden,
    };

    private List<Probe> Probes()
    {
        var sources = factory.Services.GetRequiredService<IEnumerable<EndpointDataSource>>();
        var probes = new List<Probe>();
        foreach (var endpoint in sources.SelectMany(s => s.Endpoints).OfType<RouteEndpoint>())
        {
            var name = endpoint.Metadata.GetMetadata<IEndpointNameMetadata>()?.EndpointName;
            var rule = (name is null ? AccessPolicyTable.ForUnnamed(endpoint.RoutePattern.RawText) : AccessPolicyTable.For(name))
                ?? throw new InvalidOperationException($"{endpoint.DisplayName} has no declared rule");
            foreach (var method in endpoint.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? ["GET"])
            {
                var (path, system) = Fill(endpoint.RoutePattern);
                probes.Add(new Probe(name ?? endpoint.RoutePattern.RawText!, method, path, rule, system));
            }
        }

        return probes;
    }

    /// <summary>Route values that reach the handler: a known connector, an id that does not exist.</summary>
    private static (string Path, string? System) Fill(RoutePattern pattern)
    {
        string? system = null;
        var segments = pattern.PathSegments.Select(segment => string.Concat(segment.Parts.Select(part => part switch
        {
            RoutePatternLiteralPart literal => literal.Content,
            RoutePatternSeparatorPart separator => separator.Content,
            RoutePatternParameterPart { Name: "system" } => system = "siao",
            RoutePatternParameterPart { Name: "name" } => "siao",
            RoutePatternParameterPart { Name: "documentName" } => "v1",
            RoutePatternParameterPart { Name: "versionId" } => "1",
            RoutePatternParameterPart { IsCatchAll: true } => "matrix/probe",
            RoutePatternParameterPart => "matrix-probe",
            _ => string.Empty,
        })));
        return ("/" + string.Join('/', segments), system);
    }

    private enum Outcome
    {
        Passes,
        Unauthenticated,
        Forbidden,
    }

    private sealed record Probe(string Name, string Method, string Path, AccessRule Rule, string? System)
    {
        public HttpRequestMessage ToRequest()
        {
            var request = new HttpRequestMessage(new HttpMethod(Method), Path);
            if (Method is "POST" or "PUT" or "PATCH")
            {
                request.Content = new StringContent("{}", Encoding.UTF8, "application/json");
            }

            return request;
        }
    }
}
