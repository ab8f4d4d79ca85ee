using Hub.Connectors.ApiParticulier;
using Hub.Connectors.Caf.RsaFlow;
using Hub.Connectors.Core;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Hub.Connectors.Caf;

/// <summary>
/// CAF du Haut-Rhin: rights read through API Particulier (keyed <see cref="ApiParticulierClient"/> "caf"), saisines
/// pushed to the CAF referent (keyed IPushTarget "caf"), status callbacks checked by the keyed ReferralSignatureVerifier,
/// and the reader of the CNAF RSA XML flow that SOLIS forwards.
/// </summary>
public sealed class CafConnectorModule : IConnectorModule
{
    public const string ConnectorName = "caf";

    public string Name => ConnectorName;

    public string DisplayName => "CAF du Haut-Rhin";

    public void Register(IServiceCollection services, IConfiguration configuration)
    {
        services.AddApiParticulierConnector<CafOptions>(configuration, ConnectorName, "CAF");
        services.TryAddSingleton<RsaFlowReader>();
    }
}
