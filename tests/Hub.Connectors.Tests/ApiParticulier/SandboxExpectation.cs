using System.Text.Json;
using Hub.Connectors.Core;

namespace Hub.Connectors.Tests.ApiParticulier;

/// <summary>What a sandbox case must give, read from its status and payload independently of the code under test.</summary>
internal sealed record SandboxExpectation(bool? Found, bool? Beneficiary, int? QuotientFamilial, ConnectorErrorKind? Error)
{
    public static SandboxExpectation For(SandboxCase sandbox)
    {
        switch (sandbox.Status)
        {
            case 200:
                using (var document = JsonDocument.Parse(sandbox.Payload))
                {
                    var data = document.RootElement.GetProperty("data");
                    if (data.TryGetProperty("quotient_familial", out var qf))
                    {
                        return new SandboxExpectation(true, null, qf.GetProperty("valeur").GetInt32(), null);
                    }

                    return new SandboxExpectation(true, data.GetProperty("est_beneficiaire").GetBoolean(), null, null);
                }

            case 404:
                return new SandboxExpectation(false, null, null, null);
            case 409 or 429 or 500 or 502 or 503 or 504:
                return new SandboxExpectation(null, null, null, ConnectorErrorKind.Retryable);
            default:
                return new SandboxExpectation(null, null, null, ConnectorErrorKind.Permanent);
        }
    }
}
