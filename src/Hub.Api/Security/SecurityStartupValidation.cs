using Microsoft.Extensions.Options;

namespace Hub.Api.Security;

/// <summary>
/// Production refuses to start with what is only safe on a developer's machine, and says why: the dev issuer (its
/// signing key sits on disk), provider metadata over plain HTTP, or an HTTP endpoint without TLS in front.
/// </summary>
internal sealed class SecurityStartupValidation(IHostEnvironment environment, IConfiguration configuration) : IValidateOptions<AuthOptions>
{
    public ValidateOptionsResult Validate(string? name, AuthOptions options)
    {
        if (!environment.IsProduction())
        {
            return ValidateOptionsResult.Success;
        }

        var failures = new List<string>();
        if (options.UsesDevIssuer)
        {
            failures.Add("Production needs an external OpenID Connect authority (Hub:Auth:Authority): the local dev issuer signs with a key kept on disk.");
        }

        if (!options.RequireHttpsMetadata)
        {
            failures.Add("Production reads the provider's metadata over HTTPS only (Hub:Auth:RequireHttpsMetadata must stay true).");
        }

        var plain = ListenUrls().Where(u => u.StartsWith("http://", StringComparison.OrdinalIgnoreCase)).ToList();
        if (plain.Count > 0 && !configuration.GetValue<bool>("Hub:Auth:TlsTerminatedByProxy"))
        {
            failures.Add($"Production serves HTTPS only: {string.Join(", ", plain)} is plain HTTP. Listen on https://, or set " +
                "Hub:Auth:TlsTerminatedByProxy=true when a reverse proxy terminates TLS in front of the hub.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private IEnumerable<string> ListenUrls()
    {
        foreach (var url in (configuration["urls"] ?? configuration["ASPNETCORE_URLS"] ?? string.Empty).Split(';', StringSplitOptions.RemoveEmptyEntries))
        {
            yield return url.Trim();
        }

        foreach (var endpoint in configuration.GetSection("Kestrel:Endpoints").GetChildren())
        {
            if (endpoint["Url"] is { } url)
            {
                yield return url;
            }
        }
    }
}
