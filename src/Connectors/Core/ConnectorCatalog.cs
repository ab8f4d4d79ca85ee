using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Hub.Connectors.Core;

/// <summary>The partners the hub knows. One line per connector folder.</summary>
public static class ConnectorCatalog
{
    public static IReadOnlyList<IConnectorModule> Modules { get; } =
    [
        // connector modules (one line each)
        new Siao.SiaoConnectorModule(),
        new Solis.SolisConnectorModule(),
        new Caf.CafConnectorModule(),
        new Cpam.CpamConnectorModule(),
    ];

    /// <summary>Registers every connector module: options validated at start, Refit client, resilience pipeline, streams, push targets.</summary>
    public static IServiceCollection AddConnectors(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        foreach (var module in Modules)
        {
            module.Register(services, configuration);
        }

        return services;
    }
}
