using Hub.Connectors.ApiParticulier;
using Hub.Connectors.Core;
using Hub.Connectors.Referral.Dtos;
using Microsoft.Extensions.DependencyInjection;
using Refit;

namespace Hub.Connectors.Referral;

/// <summary>Wires the saisine channel of a CAF/CPAM connector: signed push target and inbound signature verifier, keyed by connector name.</summary>
internal static class ReferralRegistration
{
    public static void AddReferralChannel(IServiceCollection services, string connector, string organisme, ApiParticulierConnectorOptions options)
    {
        var referral = options.Referral;
        services.AddKeyedSingleton(connector, (sp, _) =>
            new ReferralSignatureVerifier(new Dictionary<string, string>(referral.InboundKeys, StringComparer.Ordinal), sp.GetRequiredService<TimeProvider>(), referral.ClockSkew));
        if (!referral.Enabled)
        {
            return;
        }

        // Not ConfigureConnectorClient: the API Particulier bearer token must never travel to the saisine receiver.
        services.AddKeyedRefitGeneratedClient<IReferralApi>(connector, ReferralJsonContext.Default, _ => new RefitSettings(), $"{connector}-referral", false)
            .ConfigureHttpClient(http =>
            {
                http.BaseAddress = referral.BaseUrl;
                http.Timeout = Timeout.InfiniteTimeSpan;
            })
            .AddConnectorResilience($"{connector}-referral", referral.Resilience);
        services.AddKeyedSingleton<IPushTarget>(connector, (sp, _) => new ReferralPushTarget(
            connector, organisme, sp.GetRequiredKeyedService<IReferralApi>(connector),
            options.Connection.SigningKeyId ?? string.Empty, options.Connection.SigningKey ?? string.Empty, sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton(sp => sp.GetRequiredKeyedService<IPushTarget>(connector));
    }
}
