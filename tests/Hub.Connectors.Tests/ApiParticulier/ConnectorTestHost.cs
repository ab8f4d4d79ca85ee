using Hub.Connectors.Caf;
using Hub.Connectors.Core;
using Hub.Connectors.Cpam;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Hub.Connectors.Tests.ApiParticulier;

/// <summary>Builds the CAF or CPAM connector exactly as the host does, with test settings and optional stub handlers.</summary>
internal static class ConnectorTestHost
{
    public const string Token = "jwt-de-test";
    public const string Recipient = "13002526500013";
    public const string KeyId = "hub-caf68-test";
    public const string Secret = "cle-de-test-lda-hub-non-secrete";
    public const string InboundKeyId = "caf68-hub-test";
    public const string InboundSecret = "cle-entrante-de-test";

    public static Dictionary<string, string?> Settings(string connector, Uri apiBase, Uri referralBase, int retries = 0) => new()
    {
        [$"Hub:Connectors:{connector}:Connection:BaseUrl"] = apiBase.ToString(),
        [$"Hub:Connectors:{connector}:Connection:ApiToken"] = Token,
        [$"Hub:Connectors:{connector}:Connection:Recipient"] = Recipient,
        [$"Hub:Connectors:{connector}:Connection:SigningKey"] = Secret,
        [$"Hub:Connectors:{connector}:Connection:SigningKeyId"] = KeyId,
        [$"Hub:Connectors:{connector}:Resilience:MaxRetryAttempts"] = retries.ToString(System.Globalization.CultureInfo.InvariantCulture),
        [$"Hub:Connectors:{connector}:Resilience:BaseDelay"] = "00:00:00.010",
        [$"Hub:Connectors:{connector}:Resilience:AttemptTimeout"] = "00:00:02",
        [$"Hub:Connectors:{connector}:Resilience:TotalTimeout"] = "00:00:20",
        [$"Hub:Connectors:{connector}:Resilience:MaxRetryAfter"] = "00:00:00.200",
        [$"Hub:Connectors:{connector}:Referral:BaseUrl"] = referralBase.ToString(),
        [$"Hub:Connectors:{connector}:Referral:InboundKeys:{InboundKeyId}"] = InboundSecret,
        [$"Hub:Connectors:{connector}:Referral:Resilience:MaxRetryAttempts"] = retries.ToString(System.Globalization.CultureInfo.InvariantCulture),
        [$"Hub:Connectors:{connector}:Referral:Resilience:BaseDelay"] = "00:00:00.010",
        [$"Hub:Connectors:{connector}:Referral:Resilience:MaxRetryAfter"] = "00:00:00.200",
    };

    public static ServiceProvider Build(
        string connector,
        IDictionary<string, string?> settings,
        TimeProvider? time = null,
        HttpMessageHandler? apiHandler = null,
        HttpMessageHandler? referralHandler = null)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        if (time is not null)
        {
            services.AddSingleton(time);
        }

        IConnectorModule module = connector == CafConnectorModule.ConnectorName ? new CafConnectorModule() : new CpamConnectorModule();
        module.Register(services, configuration);
        if (apiHandler is not null)
        {
            services.AddHttpClient($"{connector}-api-particulier").ConfigurePrimaryHttpMessageHandler(() => apiHandler);
        }

        if (referralHandler is not null)
        {
            services.AddHttpClient($"{connector}-referral").ConfigurePrimaryHttpMessageHandler(() => referralHandler);
        }

        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
    }
}
