using Hub.Connectors.ApiParticulier;
using Hub.Connectors.Core;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Hub.Connectors.Cpam;

/// <summary>
/// CPAM du Haut-Rhin: C2S status read through API Particulier (keyed <see cref="ApiParticulierClient"/> "cpam"),
/// saisines (PUMa, C2S) pushed to the CPAM referent and status callbacks checked with the CPAM secrets.
/// </summary>
public sealed class CpamConnectorModule : IConnectorModule
{
    public const string ConnectorName = "cpam";

    public string Name => ConnectorName;

    public string DisplayName => "CPAM du Haut-Rhin";

    public void Register(IServiceCollection services, IConfiguration configuration) =>
        services.AddApiParticulierConnector<CpamOptions>(configuration, ConnectorName, "CPAM");
}
