using System.Net;
using Hub.Connectors.ApiParticulier;
using Hub.Connectors.Core;
using Microsoft.Extensions.DependencyInjection;

namespace Hub.Connectors.Tests.ApiParticulier;

/// <summary>Every sandbox case over real HTTP against the CAF/CPAM simulators, which replay the sandbox.</summary>
[Collection(OrganisationSimulatorCollection.Name)]
public sealed class ApiParticulierContractTests(OrganisationSimulatorFixture fixture)
{
    public static TheoryData<string, string> Cases() => SandboxCase.Theory();

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Get_SandboxCase_GivesAnswerOrErrorClass(string endpoint, string file)
    {
        var sandbox = SandboxCase.Find(endpoint, file);
        var expected = SandboxExpectation.For(sandbox);
        var connector = sandbox.Endpoint == ApiParticulierEndpoint.ComplementaireSanteSolidaire ? "cpam" : "caf";
        using var provider = fixture.Connector(connector, retries: 1);
        var sut = provider.GetRequiredKeyedService<ApiParticulierClient>(connector);

        var (outcome, error) = await Call(sut, sandbox);

        if (sandbox.UnsendableParams.Count > 0 && outcome is { Found: false })
        {
            // The case needs a misspelt parameter (sandbox typo) that a correct client never sends: the simulator cannot
            // match it and answers "not found", which is still a classified, usable answer.
            return;
        }

        if (expected.Error is { } kind)
        {
            Assert.NotNull(error);
            Assert.Equal(kind, error.Kind);
            Assert.Equal((HttpStatusCode)sandbox.Status, error.Status);
            return;
        }

        Assert.Null(error);
        Assert.Equal(expected.Found, outcome!.Found);
        Assert.Equal(expected.Beneficiary, outcome.Beneficiary);
        Assert.Equal(expected.QuotientFamilial, outcome.QuotientFamilial);
    }

    internal static async Task<(Outcome? Outcome, ConnectorException? Error)> Call(ApiParticulierClient sut, SandboxCase sandbox)
    {
        try
        {
            var identity = sandbox.Identity();
            switch (sandbox.Endpoint)
            {
                case ApiParticulierEndpoint.QuotientFamilial:
                    var qf = await sut.GetQuotientFamilialAsync(identity, sandbox.Number("annee"), sandbox.Number("mois"));
                    return (new Outcome(qf.Found, null, qf.Data?.QuotientFamilial?.Valeur), null);
                case ApiParticulierEndpoint.ComplementaireSanteSolidaire:
                    var c2s = await sut.GetComplementaireSanteSolidaireAsync(identity);
                    return (new Outcome(c2s.Found, c2s.Data?.EstBeneficiaire, null), null);
                default:
                    var prestation = await sut.GetPrestationAsync(sandbox.Endpoint, identity);
                    return (new Outcome(prestation.Found, prestation.Data?.EstBeneficiaire, null), null);
            }
        }
        catch (ConnectorException e)
        {
            return (null, e);
        }
    }

    internal sealed record Outcome(bool Found, bool? Beneficiary, int? QuotientFamilial);
}
