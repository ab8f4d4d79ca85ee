using System.ComponentModel.DataAnnotations;
using Hub.Connectors.Core;
using Hub.Connectors.Referral;

namespace Hub.Connectors.ApiParticulier;

/// <summary>
/// Settings of a connector that reads rights through API Particulier and sends saisines (CAF, CPAM).
/// <c>Connection</c> is API Particulier (BaseUrl, ApiToken = the API Particulier JWT, Recipient = SIRET of the habilitated
/// administration; SigningKey/SigningKeyId = the hub → organisation HMAC secret); <c>Referral</c> is the saisine receiver.
/// </summary>
public class ApiParticulierConnectorOptions : ConnectorOptions
{
    public ReferralSettings Referral { get; set; } = new();

    public override IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        // Every failure at once, so an operator fixes the configuration in one go.
        var results = base.Validate(validationContext).ToList();
        if (!Enabled)
        {
            return results;
        }

        if (string.IsNullOrWhiteSpace(Connection.ApiToken))
        {
            results.Add(new ValidationResult("Connection:ApiToken (API Particulier bearer token) is required.", ["Connection.ApiToken"]));
        }

        if (string.IsNullOrWhiteSpace(Connection.Recipient))
        {
            results.Add(new ValidationResult("Connection:Recipient (SIRET of the administration receiving the data) is required.", ["Connection.Recipient"]));
        }

        results.AddRange(Referral.Validate(Connection));
        return results;
    }
}
