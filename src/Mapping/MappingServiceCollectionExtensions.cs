using System.Reflection;
using Hub.Mapping.Core;
using Microsoft.Extensions.DependencyInjection;

namespace Hub.Mapping;

public static class MappingServiceCollectionExtensions
{
    /// <summary>
    /// Registers every inbound and outbound mapper of this assembly. Mappers are found, not listed: a new partner's
    /// mapping folder needs no registration line (its connector module is the one line, in ConnectorCatalog).
    /// A mapper exposing a static <c>Default</c> instance is registered as that instance; others are built by DI.
    /// </summary>
    public static IServiceCollection AddMapping(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddSingleton(CodeTables.Default);
        foreach (var type in MapperTypes())
        {
            foreach (var contract in new[] { typeof(IInboundMapper), typeof(IOutboundMapper) }.Where(c => c.IsAssignableFrom(type)))
            {
                if (type.GetProperty("Default", BindingFlags.Public | BindingFlags.Static)?.GetValue(null) is { } instance && contract.IsInstanceOfType(instance))
                {
                    services.AddSingleton(contract, instance);
                }
                else
                {
                    services.AddSingleton(contract, type);
                }
            }
        }

        return services;
    }

    /// <summary>Every concrete mapper type of the mapping assembly (the NIR guard is a wrapper, not a partner's mapper).</summary>
    public static IReadOnlyList<Type> MapperTypes() =>
        [.. typeof(MappingServiceCollectionExtensions).Assembly.GetTypes()
            .Where(t => t is { IsClass: true, IsAbstract: false } && t != typeof(NirGuardedOutboundMapper) && (typeof(IInboundMapper).IsAssignableFrom(t) || typeof(IOutboundMapper).IsAssignableFrom(t)))
            .OrderBy(t => t.FullName, StringComparer.Ordinal)];
}
