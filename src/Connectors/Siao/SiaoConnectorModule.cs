using Hub.Connectors.Core;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Refit;

namespace Hub.Connectors.Siao;

/// <summary>SI-SIAO (SIAO 68): four incremental lists, two push endpoints, one resilience pipeline.</summary>
public sealed class SiaoConnectorModule : IConnectorModule
{
    public const string ConnectorName = "siao";

    public string Name => ConnectorName;

    public string DisplayName => "SI-SIAO";

    public void Register(IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        var options = services.AddConnectorOptions<SiaoOptions>(configuration, ConnectorName);
        services.AddRefitGeneratedClient<ISiaoApi>(SiaoJsonContext.Default).ConfigureConnectorClient(ConnectorName, options);
        services.TryAddSingleton(TimeProvider.System);

        var pageSize = options.Paging.PageSize;
        AddStream(services, SiaoStreams.MenagesDefinition, pageSize, api => api.ListerMenagesAsync);
        AddStream(services, SiaoStreams.DemandesDefinition, pageSize, api => api.ListerDemandesAsync);
        AddStream(services, SiaoStreams.OrientationsDefinition, pageSize, api => api.ListerOrientationsAsync);
        AddStream(services, SiaoStreams.MouvementsDefinition, pageSize, api => api.ListerMouvementsAsync);
        services.AddSingleton<IPushTarget>(sp => new SiaoRetoursTarget(sp, sp.GetRequiredService<TimeProvider>()));
    }

    private static void AddStream<TRecord>(
        IServiceCollection services,
        CursorStreamDefinition<TRecord, Suppression> definition,
        int pageSize,
        Func<ISiaoApi, Func<string?, int?, CancellationToken, Task<HttpResponseMessage>>> list)
        where TRecord : class
    {
        services.AddSingleton<IPullStream>(sp => new CursorPullStream<TRecord, Suppression>(
            definition,
            (cursor, limit, ct) => list(sp.GetRequiredService<ISiaoApi>())(cursor, limit, ct),
            pageSize,
            sp.GetRequiredService<TimeProvider>()));
    }
}
