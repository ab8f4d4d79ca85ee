using Hub.Mapping.Core;
using Hub.Mapping.Rsa;
using Hub.Mapping.Siao;
using Microsoft.Extensions.DependencyInjection;

namespace Hub.Mapping;

public static class MappingServiceCollectionExtensions
{
    /// <summary>Registers every partner's inbound and outbound mappers (one line per mapper).</summary>
    public static IServiceCollection AddMapping(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddSingleton(CodeTables.Default);
        services.AddSingleton<IInboundMapper>(SiaoMapper.Default);
        services.AddSingleton<IInboundMapper>(RsaFoyerMapper.Default);
        return services;
    }
}
