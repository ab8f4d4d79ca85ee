using System.Security.Cryptography;
using Hub.Api.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;

namespace Hub.Api.Tests.Security;

/// <summary>
/// Issue 6: the hub refuses to start in Production with what is only safe on a developer's machine, and says why.
/// Each test starts from a configuration that Production accepts and breaks one thing.
/// </summary>
[Collection(SqliteCollection.Name)]
public sealed class ProductionStartupTests(SqliteHubApiFactory factory)
{
    private static readonly string ArchiveKey = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
    private static readonly string AuditKey = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));

    private static Dictionary<string, string> Acceptable() => new(StringComparer.Ordinal)
    {
        ["Hub:Auth:Authority"] = "https://idp.lda-hub.example",
        ["urls"] = "https://localhost:5443",
        ["Hub:Archive:Keys:k1"] = ArchiveKey,
        ["Hub:Archive:ActiveKeyId"] = "k1",
        ["Hub:Audit:Keys:a1"] = AuditKey,
        ["Hub:Audit:ActiveKeyId"] = "a1",
    };

    [Fact]
    public async Task Start_ProductionWithEveryRequirement_Starts()
    {
        await using var hub = Production(Acceptable());

        _ = hub.Server;
    }

    [Fact]
    public async Task Start_ProductionWithDevIssuer_RefusesAndSaysWhy()
    {
        var settings = Acceptable();
        settings.Remove("Hub:Auth:Authority");

        var error = await StartFailsAsync(settings);

        Assert.Contains("Production needs an external OpenID Connect authority (Hub:Auth:Authority)", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_ProductionWithHttpMetadata_RefusesAndSaysWhy()
    {
        var settings = Acceptable();
        settings["Hub:Auth:RequireHttpsMetadata"] = "false";

        var error = await StartFailsAsync(settings);

        Assert.Contains("Hub:Auth:RequireHttpsMetadata must stay true", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_ProductionOnPlainHttp_RefusesUnlessTlsTerminatedByProxy()
    {
        var settings = Acceptable();
        settings["urls"] = "http://0.0.0.0:5080";

        var error = await StartFailsAsync(settings);
        settings["Hub:Auth:TlsTerminatedByProxy"] = "true";
        await using var proxied = Production(settings);
        _ = proxied.Server;

        Assert.Contains("Production serves HTTPS only: http://0.0.0.0:5080 is plain HTTP", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_ProductionWithoutArchiveKey_RefusesAndSaysWhy()
    {
        var settings = Acceptable();
        settings.Remove("Hub:Archive:Keys:k1");
        settings.Remove("Hub:Archive:ActiveKeyId");

        var error = await StartFailsAsync(settings);

        Assert.Contains("Hub:Archive:Keys", error, StringComparison.Ordinal);
        Assert.Contains("Production never runs with a generated local key", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_ProductionWithoutAuditKey_RefusesAndSaysWhy()
    {
        var settings = Acceptable();
        settings.Remove("Hub:Audit:Keys:a1");
        settings.Remove("Hub:Audit:ActiveKeyId");

        var error = await StartFailsAsync(settings);

        Assert.Contains("Audit key missing: set Hub:Audit:Keys", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_ProductionWithSecretsInJsonFile_RefusesNamingKeysNotValues()
    {
        var file = Path.Combine(Path.GetTempPath(), $"appsettings.secrets-test.{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(file, $$"""
            {
              "Hub": {
                "Archive": { "Keys": { "k0": "{{ArchiveKey}}" } },
                "Audit": { "Keys": { "a0": "{{AuditKey}}" } },
                "Connectors": { "siao": { "Connection": { "ApiToken": "synthetic-token-value" } } },
                "Database": { "ConnectionString": "Host=db;Database=hub;Username=hub;Password=synthetic-password" }
              }
            }
            """);
        try
        {
            var error = await StartFailsAsync(Acceptable(), file);

            Assert.Contains("Production reads secrets from the environment or a secret store only: Hub:Archive:Keys:k0 is set in", error, StringComparison.Ordinal);
            Assert.Contains("Hub:Audit:Keys:a0 is set in", error, StringComparison.Ordinal);
            Assert.Contains("Hub:Connectors:siao:Connection:ApiToken is set in", error, StringComparison.Ordinal);
            Assert.Contains("Hub:Database:ConnectionString is set in", error, StringComparison.Ordinal);
            Assert.Contains("Hub__Connectors__siao__Connection__ApiToken", error, StringComparison.Ordinal);
            Assert.DoesNotContain("synthetic-token-value", error, StringComparison.Ordinal);
            Assert.DoesNotContain("synthetic-password", error, StringComparison.Ordinal);
            Assert.DoesNotContain(ArchiveKey, error, StringComparison.Ordinal);
            Assert.DoesNotContain(AuditKey, error, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(file);
        }
    }

    private async Task<string> StartFailsAsync(Dictionary<string, string> settings, string? jsonFile = null)
    {
        await using var hub = Production(settings, jsonFile);
        var error = Assert.ThrowsAny<Exception>(() => hub.Server);
        return error.ToString();
    }

    private WebApplicationFactory<Program> Production(Dictionary<string, string> settings, string? jsonFile = null) =>
        factory.WithWebHostBuilder(b =>
        {
            b.UseEnvironment(Environments.Production);
            foreach (var (key, value) in settings)
            {
                b.UseSetting(key, value);
            }

            if (jsonFile is not null)
            {
                b.ConfigureAppConfiguration(c => c.AddJsonFile(jsonFile, optional: false));
            }
        });
}
