using Hub.Api.Security;
using Microsoft.Extensions.Configuration;

namespace Hub.Api.Tests.Security;

/// <summary>Issue 6: the dev token command mints only while the hub trusts its dev issuer.</summary>
public sealed class OidcTokenCommandTests : IDisposable
{
    private readonly string _dataDirectory = Path.Combine(Path.GetTempPath(), "lda-hub-tests", Guid.NewGuid().ToString("N"));

    [Fact]
    public void Run_AuthorityConfigured_RefusesAndPrintsNoToken()
    {
        var configuration = Configuration(new KeyValuePair<string, string?>("Hub:Auth:Authority", "http://127.0.0.1:9/test-authority"));
        using var output = new StringWriter();
        using var error = new StringWriter();

        var exitCode = TokenCommand.Run(["--role", HubRoles.Admin], configuration, output, error);

        Assert.Equal(2, exitCode);
        Assert.Empty(output.ToString());
        Assert.Contains("Refused", error.ToString(), StringComparison.Ordinal);
        Assert.False(Directory.Exists(_dataDirectory), "a refused command must not create the dev issuer's key");
    }

    [Fact]
    public void Run_NoAuthority_PrintsOneToken()
    {
        var configuration = Configuration();
        using var output = new StringWriter();
        using var error = new StringWriter();

        var exitCode = TokenCommand.Run(["--role", HubRoles.Admin], configuration, output, error);

        Assert.Equal(0, exitCode);
        var lines = output.ToString().Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(3, Assert.Single(lines).Split('.').Length);
    }

    private IConfiguration Configuration(params KeyValuePair<string, string?>[] settings) =>
        new ConfigurationBuilder()
            .AddInMemoryCollection([new("Hub:DataDirectory", _dataDirectory), .. settings])
            .Build();

    public void Dispose()
    {
        if (Directory.Exists(_dataDirectory))
        {
            Directory.Delete(_dataDirectory, recursive: true);
        }
    }
}
