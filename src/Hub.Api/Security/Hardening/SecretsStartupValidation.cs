using Hub.Api.Hosting;
using Microsoft.Extensions.Configuration.Json;
using Microsoft.Extensions.Options;

namespace Hub.Api.Security.Hardening;

/// <summary>
/// Production takes secrets from the environment (or a secret store that feeds it), never from a file: an
/// appsettings*.json travels with the binaries, into images, backups and repositories. Walks each configuration
/// provider and refuses to start when a file provider holds a secret, naming the key and the file, never the value.
/// </summary>
internal sealed class SecretsStartupValidation(IHostEnvironment environment, IConfiguration configuration) : IValidateOptions<HubApiOptions>
{
    /// <summary>Last segments of keys that hold secrets whatever their section.</summary>
    private static readonly HashSet<string> SecretNames = new(StringComparer.OrdinalIgnoreCase)
    {
        "ClientSecret", "ApiToken", "ApiKey", "SigningKey", "Password", "Secret", "HmacKey", "S3SecretKey", "AzureConnectionString", "PrivateKey",
    };

    public ValidateOptionsResult Validate(string? name, HubApiOptions options)
    {
        if (!environment.IsProduction() || configuration is not IConfigurationRoot root)
        {
            return ValidateOptionsResult.Success;
        }

        var failures = new List<string>();
        foreach (var provider in root.Providers.OfType<FileConfigurationProvider>())
        {
            var file = provider.Source.Path ?? provider.ToString();
            foreach (var key in Keys(provider, null).Where(k => IsSecret(provider, k)).Order(StringComparer.OrdinalIgnoreCase))
            {
                failures.Add($"Production reads secrets from the environment or a secret store only: {key} is set in {file}. " +
                    $"Remove it from the file and give it as the environment variable {key.Replace(":", "__", StringComparison.Ordinal)}.");
            }
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    internal static bool IsSecret(IConfigurationProvider provider, string key)
    {
        if (!provider.TryGet(key, out var value) || string.IsNullOrWhiteSpace(value))
        {
            return false;
        }

        var last = key[(key.LastIndexOf(':') + 1)..];
        if (key.StartsWith("Hub:Archive:Keys:", StringComparison.OrdinalIgnoreCase) || key.StartsWith("Hub:Audit:Keys:", StringComparison.OrdinalIgnoreCase)
            || SecretNames.Contains(last))
        {
            return true;
        }

        // A connection string is configuration; one that carries a password is a secret.
        return last.EndsWith("ConnectionString", StringComparison.OrdinalIgnoreCase)
            && (value.Contains("Password=", StringComparison.OrdinalIgnoreCase) || value.Contains("Pwd=", StringComparison.OrdinalIgnoreCase)
                || value.Contains("AccountKey=", StringComparison.OrdinalIgnoreCase));
    }

    private static IEnumerable<string> Keys(IConfigurationProvider provider, string? parent)
    {
        foreach (var child in provider.GetChildKeys([], parent).Distinct(StringComparer.OrdinalIgnoreCase))
        {
            var path = parent is null ? child : parent + ConfigurationPath.KeyDelimiter + child;
            yield return path;
            foreach (var nested in Keys(provider, path))
            {
                yield return nested;
            }
        }
    }
}
