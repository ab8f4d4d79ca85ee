using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Hub.Connectors.Core;

/// <summary>
/// What a connector folder exposes to the host: its name and one registration method (Refit client, options,
/// resilience pipeline, pull streams, push targets). Adding a partner = a new folder with one module + one line in
/// <see cref="ConnectorCatalog"/>.
/// </summary>
public interface IConnectorModule
{
    /// <summary>Lower-case name used in configuration, routes and metrics (<c>siao</c>, <c>solis</c>, <c>caf</c>, <c>cpam</c>).</summary>
    string Name { get; }

    /// <summary>The partner as people name it (<c>SI-SIAO</c>).</summary>
    string DisplayName { get; }

    void Register(IServiceCollection services, IConfiguration configuration);
}
