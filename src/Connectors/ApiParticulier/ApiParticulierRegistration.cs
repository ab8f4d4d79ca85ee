using Hub.Connectors.ApiParticulier.Dtos;
using Hub.Connectors.Core;
using Hub.Connectors.Referral;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Refit;

namespace Hub.Connectors.ApiParticulier;

/// <summary>Shared registration of the CAF and CPAM connectors: both read API Particulier and send saisines.</summary>
internal static class ApiParticulierRegistration
{
    public static IServiceCollection AddApiParticulierConnector<TOptions>(this IServiceCollection services, IConfiguration configuration, string connector, string organisme)
        where TOptions : ApiParticulierConnectorOptions, new()
    {
        ArgumentNullException.ThrowIfNull(services);
        services.TryAddSingleton(TimeProvider.System);
        var options = services.AddConnectorOptions<TOptions>(configuration, connector);
        services.AddKeyedRefitGeneratedClient<IApiParticulierApi>(connector, ApiParticulierJsonContext.Default, _ => new RefitSettings(), $"{connector}-api-particulier", false)
            .ConfigureConnectorClient(connector, options);
        services.AddKeyedSingleton(connector, (sp, _) =>
        {
            var time = sp.GetRequiredService<TimeProvider>();
            return new ApiParticulierClient(connector, sp.GetRequiredKeyedService<IApiParticulierApi>(connector), options.Connection.Recipient ?? string.Empty,
                time, new ApiParticulierAnswerCache(time), new ApiParticulierRateGate(time));
        });
        ReferralRegistration.AddReferralChannel(services, connector, organisme, options);
        return services;
    }
}
