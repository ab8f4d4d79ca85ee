using System.Net.Http.Headers;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Hub.Connectors.Core;

/// <summary>Shared wiring of a connector: validated options and the HTTP client every Refit interface of it uses.</summary>
public static class ConnectorHttp
{
    /// <summary>Binds named options <typeparamref name="TOptions"/> (name = connector) to <c>Hub:Connectors:{name}</c>, validated at start.</summary>
    public static TOptions AddConnectorOptions<TOptions>(this IServiceCollection services, IConfiguration configuration, string name)
        where TOptions : ConnectorOptions, new()
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var section = ConnectorOptions.SectionFor(name);
        services.AddOptions<TOptions>(name).BindConfiguration(section).ValidateDataAnnotations().ValidateOnStart();
        return configuration.GetSection(section).Get<TOptions>() ?? new TOptions();
    }

    /// <summary>Base address, bearer token and the connector's one resilience pipeline on a Refit (or plain) client.</summary>
    public static IHttpClientBuilder ConfigureConnectorClient(this IHttpClientBuilder client, string name, ConnectorOptions options)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(options);
        client.ConfigureHttpClient(http =>
        {
            if (options.Connection.BaseUrl is { } baseUrl)
            {
                http.BaseAddress = baseUrl;
            }

            if (!string.IsNullOrEmpty(options.Connection.ApiToken))
            {
                http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", options.Connection.ApiToken);
            }

            // The pipeline owns timeouts (attempt and total); HttpClient's own would cut retries short.
            http.Timeout = Timeout.InfiniteTimeSpan;
        });
        return client.AddConnectorResilience(name, options.Resilience);
    }
}
