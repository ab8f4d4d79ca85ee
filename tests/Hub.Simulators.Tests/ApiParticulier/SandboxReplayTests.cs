using System.Net;
using System.Text.Json.Nodes;
using Hub.Simulators.ApiParticulier;
using Hub.Simulators.Generation;
using Hub.Simulators.Tests.Infrastructure;

namespace Hub.Simulators.Tests.ApiParticulier;

[Collection(ClusterCollection.Name)]
public sealed class SandboxReplayTests(ClusterFixture fixture)
{
    public static TheoryData<string, string> Cases()
    {
        var data = new TheoryData<string, string>();
        foreach (var (endpoint, cases) in SandboxCases.All)
        {
            foreach (var c in cases)
            {
                data.Add(endpoint, c.File);
            }
        }

        return data;
    }

    [Fact]
    public void SandboxCases_AllShipped_101Cases()
    {
        Assert.Equal(101, SandboxCases.All.Values.Sum(c => c.Count));
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Identite_SandboxCaseParams_ReplaysItsStatusAndPayload(string endpoint, string file)
    {
        var sandbox = SandboxCases.For(endpoint).Single(c => c.File == file);
        var system = endpoint == "complementaire_sante_solidaire" ? SimulatedSystem.Cpam : SimulatedSystem.Caf;
        using var sut = fixture.Client(system);
        var query = string.Join('&', sandbox.Params.SelectMany(p => p.Value.Select(v => $"{(p.Key == "prenoms" ? "prenoms[]" : p.Key)}={Uri.EscapeDataString(v)}")));

        using var response = await sut.GetAsync(new Uri($"v3/dss/{endpoint}/identite?recipient=13002526500013&{query}", UriKind.Relative));

        Assert.Equal(sandbox.Status, (int)response.StatusCode);
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(sandbox.Payload), await response.ReadNodeAsync()), file);
        Assert.True(response.Headers.Contains("RateLimit-Remaining"));
    }

    [Fact]
    public async Task Identite_NoBearerToken_401WithApiParticulierError()
    {
        using var sut = fixture.Client(SimulatedSystem.Caf, bearer: null);

        using var response = await sut.GetAsync(new Uri("v3/dss/quotient_familial/identite?recipient=13002526500013&nomNaissance=X", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("00101", (await response.ReadNodeAsync())["errors"]![0]!["code"]!.GetValue<string>());
    }

    [Fact]
    public async Task Identite_NoRecipient_422_00203()
    {
        using var sut = fixture.Client(SimulatedSystem.Cpam);

        using var response = await sut.GetAsync(new Uri("v3/dss/complementaire_sante_solidaire/identite?nomNaissance=X", UriKind.Relative));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal("00203", (await response.ReadNodeAsync())["errors"]![0]!["code"]!.GetValue<string>());
    }

    [Fact]
    public async Task QuotientFamilial_GeneratedAllocataire_AnswersFromThePopulation()
    {
        using var sut = fixture.Client(SimulatedSystem.Caf);
        var generator = fixture.Cluster.Generator;
        var household = Enumerable.Range(0, 500).Select(i => generator.Household(i)).First(h => h.Benefits is not null && h.Members.Count > 2);
        var p = household.Applicant;
        var query = $"recipient=13002526500013&nomNaissance={Uri.EscapeDataString(p.BirthName)}&prenoms[]={Uri.EscapeDataString(p.FirstNames[0])}" +
            $"&anneeDateNaissance={p.BirthDate.Year}&moisDateNaissance={p.BirthDate.Month}&jourDateNaissance={p.BirthDate.Day}" +
            $"&sexeEtatCivil={(p.Sex == Sex.Female ? "F" : "M")}&codeCogInseePaysNaissance={p.BirthPlace.CountryCode}";

        var answer = await sut.GetNodeAsync($"v3/dss/quotient_familial/identite?{query}");
        using var unknown = await sut.GetAsync(new Uri("v3/dss/quotient_familial/identite?recipient=1&nomNaissance=PERSONNE&prenoms[]=Inconnue&sexeEtatCivil=F&codeCogInseePaysNaissance=99100&anneeDateNaissance=1970&moisDateNaissance=1&jourDateNaissance=1", UriKind.Relative));

        Assert.Equal(household.Benefits!.QuotientFamilial, answer["data"]!["quotient_familial"]!["valeur"]!.GetValue<int>());
        Assert.Equal(household.Members.Count(m => m.Role == HouseholdRole.Child), answer["data"]!["enfants"]!.AsArray().Count);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
    }
}
