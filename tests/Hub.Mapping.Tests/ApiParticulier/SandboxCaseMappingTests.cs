using System.Text.Json;
using Hub.Canonical.Model;
using Hub.Connectors.ApiParticulier;
using Hub.Connectors.Core;
using Hub.Mapping.Tests.Caf;

namespace Hub.Mapping.Tests.ApiParticulier;

public sealed class SandboxCaseMappingTests
{
    public static TheoryData<string, string> Cases() => SandboxCases.Theory();

    [Theory]
    [MemberData(nameof(Cases))]
    public void Map_SandboxCase_GivesRightsStatusOrErrorClass(string endpoint, string file)
    {
        var (api, _, status, payload) = SandboxCases.Find(endpoint, file);

        var outcome = Record.Exception(() => AnswerReplay.Map(api, status, payload));

        if (status is not (200 or 404))
        {
            var error = Assert.IsType<ConnectorException>(outcome);
            var expected = status is 429 or 502 or 503 or 504 ? ConnectorErrorKind.Retryable : ConnectorErrorKind.Permanent;
            Assert.Equal(expected, error.Kind);
            return;
        }

        Assert.Null(outcome);
        var result = AnswerReplay.Map(api, status, payload);
        var rights = Assert.IsType<RightsStatus>(Assert.Single(result.Resources));
        CanonicalAssert.Valid(result.Resources);
        Assert.True(result.IsMappable);
        Assert.Equal(Expected(api, status, payload), rights.Status);
        Assert.Equal(api == ApiParticulierEndpoint.ComplementaireSanteSolidaire ? "CPAM" : ExpectedProvider(payload), rights.Provider.Code);
        Assert.Equal(ExpectedRight(api), rights.Right.Code);
        Assert.Equal(AnswerReplay.CheckedAt, rights.CheckedAt!.Value.Instant);
        Assert.Equal(api == ApiParticulierEndpoint.ComplementaireSanteSolidaire ? "cpam" : "caf", rights.Source!.Code);
        Assert.Equal(AnswerReplay.Subject.Person, rights.Person);
        if (status == 200 && api == ApiParticulierEndpoint.QuotientFamilial)
        {
            Assert.Equal(QuotientFamilial(payload), rights.QuotientFamilial);
            Assert.Equal(AnswerReplay.Subject.Household, rights.Household);
        }
    }

    private static RightStatusCode Expected(ApiParticulierEndpoint api, int status, string payload)
    {
        if (status == 404)
        {
            return RightStatusCode.Unknown;
        }

        using var document = JsonDocument.Parse(payload);
        var data = document.RootElement.GetProperty("data");
        return api == ApiParticulierEndpoint.QuotientFamilial ? RightStatusCode.Open
            : data.GetProperty("est_beneficiaire").GetBoolean() ? RightStatusCode.Open : RightStatusCode.Closed;
    }

    private static string ExpectedProvider(string payload) =>
        payload.Contains("\"MSA\"", StringComparison.Ordinal) ? "MSA" : "CAF";

    private static string ExpectedRight(ApiParticulierEndpoint api) => api switch
    {
        ApiParticulierEndpoint.QuotientFamilial => "QF",
        ApiParticulierEndpoint.RevenuSolidariteActive => "RSA",
        ApiParticulierEndpoint.PrimeActivite => "PRIME_ACTIVITE",
        ApiParticulierEndpoint.AllocationAdulteHandicape => "AAH",
        ApiParticulierEndpoint.AllocationSoutienFamilial => "ASF",
        _ => "C2S",
    };

    private static int QuotientFamilial(string payload)
    {
        using var document = JsonDocument.Parse(payload);
        return document.RootElement.GetProperty("data").GetProperty("quotient_familial").GetProperty("valeur").GetInt32();
    }
}
