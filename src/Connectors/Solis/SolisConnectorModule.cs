using Hub.Connectors.Core;
using Hub.Connectors.Siao;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Refit;

namespace Hub.Connectors.Solis;

/// <summary>SOLIS (CD68): four incremental lists, two push endpoints, one resilience pipeline.</summary>
public sealed class SolisConnectorModule : IConnectorModule
{
    public const string ConnectorName = "solis";

    public string Name => ConnectorName;

    public string DisplayName => "SOLIS (CD68)";

    public void Register(IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        var options = services.AddConnectorOptions<SolisOptions>(configuration, ConnectorName);
        services.AddRefitGeneratedClient<ISolisApi>(SolisJsonContext.Default).ConfigureConnectorClient(ConnectorName, options);
        services.TryAddSingleton(TimeProvider.System);

        var pageSize = options.Paging.PageSize;
        AddStream(services, SolisStreams.DossiersDefinition, pageSize, api => api.ListerDossiersAsync);
        AddStream(services, SolisStreams.IndividusDefinition, pageSize, api => api.ListerIndividusAsync);
        AddStream(services, SolisStreams.MesuresDefinition, pageSize, api => api.ListerMesuresAsync);
        AddStream(services, SolisStreams.ReferentsDefinition, pageSize, api => api.ListerReferentsAsync);
        services.AddSingleton<IPushTarget>(sp => new SolisEntrantsTarget(sp, sp.GetRequiredService<TimeProvider>()));
    }

    private static void AddStream<TRecord>(
        IServiceCollection services,
        CursorStreamDefinition<TRecord, Suppression> definition,
        int pageSize,
        Func<ISolisApi, Func<string?, int?, CancellationToken, Task<HttpResponseMessage>>> list)
        where TRecord : class
    {
        services.AddSingleton<IPullStream>(sp => new CursorPullStream<TRecord, Suppression>(
            definition,
            (cursor, limit, ct) => list(sp.GetRequiredService<ISolisApi>())(cursor, limit, ct),
            pageSize,
            sp.GetRequiredService<TimeProvider>()));
    }
}
