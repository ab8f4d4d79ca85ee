using System.Globalization;
using Hub.Connectors.Core;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Hub.Connectors.Tests.Siao;

/// <summary>
/// Builds a connector module exactly as the host does (options, Refit client, resilience pipeline), with short delays
/// and timeouts so that fault tests run in milliseconds. One provider per test: a fresh circuit breaker each time.
/// </summary>
internal static class PartnerTestHost
{
    public static Dictionary<string, string?> Settings(
        string connector, Uri baseUrl, int retries = 2, int pageSize = 500, string attemptTimeout = "00:00:05") => new()
    {
        [$"Hub:Connectors:{connector}:Connection:BaseUrl"] = baseUrl.ToString(),
        [$"Hub:Connectors:{connector}:Connection:ApiToken"] = "jeton-de-test",
        [$"Hub:Connectors:{connector}:Paging:PageSize"] = pageSize.ToString(CultureInfo.InvariantCulture),
        [$"Hub:Connectors:{connector}:Resilience:MaxRetryAttempts"] = retries.ToString(CultureInfo.InvariantCulture),
        [$"Hub:Connectors:{connector}:Resilience:BaseDelay"] = "00:00:00.005",
        [$"Hub:Connectors:{connector}:Resilience:MaxRetryAfter"] = "00:00:00.050",
        [$"Hub:Connectors:{connector}:Resilience:AttemptTimeout"] = attemptTimeout,
        [$"Hub:Connectors:{connector}:Resilience:TotalTimeout"] = "00:00:30",
        [$"Hub:Connectors:{connector}:Resilience:RateLimitPerSecond"] = "0",
        // The breaker is tested by the core; here it must not open halfway through a fault scenario.
        [$"Hub:Connectors:{connector}:Resilience:CircuitMinimumThroughput"] = "10000",
    };

    public static ServiceProvider Build(IConnectorModule module, IDictionary<string, string?> settings, Action<IServiceCollection>? extra = null)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        module.Register(services, configuration);
        extra?.Invoke(services);
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
    }

    public static IPullStream Stream(this IServiceProvider services, string connector, string stream) =>
        services.GetServices<IPullStream>().Single(s => s.Connector == connector && s.Stream == stream);

    public static IPushTarget Target(this IServiceProvider services, string connector) =>
        services.GetServices<IPushTarget>().Single(t => t.Connector == connector);

    /// <summary>Reads the whole list, as the engine does (calls again while the partner says there is more).</summary>
    public static async Task<List<PulledPage>> PullAllAsync(IPullStream stream)
    {
        var pages = new List<PulledPage>();
        await foreach (var page in stream.PullAllAsync(null))
        {
            pages.Add(page);
        }

        return pages;
    }

    public static string NewKey() => Guid.NewGuid().ToString();
}
