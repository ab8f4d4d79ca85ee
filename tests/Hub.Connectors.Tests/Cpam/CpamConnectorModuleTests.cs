using Hub.Connectors.ApiParticulier;
using Hub.Connectors.Core;
using Hub.Connectors.Cpam;
using Hub.Connectors.Tests.ApiParticulier;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Hub.Connectors.Tests.Cpam;

public sealed class CpamConnectorModuleTests
{
    [Fact]
    public void Register_BothConnectors_KeepSeparateClientsAndTargets()
    {
        var settings = ConnectorTestHost.Settings("caf", new Uri("http://caf.test/"), new Uri("http://caf-saisines.test/"))
            .Concat(ConnectorTestHost.Settings("cpam", new Uri("http://cpam.test/"), new Uri("http://cpam-saisines.test/")))
            .ToDictionary(p => p.Key, p => p.Value);
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection().AddSingleton<IConfiguration>(configuration).AddConnectors(configuration);
        using var sut = services.BuildServiceProvider();

        Assert.NotSame(sut.GetRequiredKeyedService<ApiParticulierClient>("caf"), sut.GetRequiredKeyedService<ApiParticulierClient>("cpam"));
        Assert.Equal("caf", sut.GetRequiredKeyedService<IPushTarget>("caf").Connector);
        Assert.Equal("cpam", sut.GetRequiredKeyedService<IPushTarget>("cpam").Connector);
        Assert.Equal(new Uri("http://cpam-saisines.test/"), sut.GetRequiredService<IOptionsMonitor<CpamOptions>>().Get("cpam").Referral.BaseUrl);
    }

    [Fact]
    public void Options_MissingToken_NamesTheCpamKey()
    {
        var settings = ConnectorTestHost.Settings("cpam", new Uri("http://cpam.test/"), new Uri("http://cpam-saisines.test/"));
        settings.Remove("Hub:Connectors:cpam:Connection:ApiToken");
        using var sut = ConnectorTestHost.Build("cpam", settings);

        var error = Assert.Throws<OptionsValidationException>(() => sut.GetRequiredService<IOptionsMonitor<CpamOptions>>().Get("cpam"));

        Assert.Contains(error.Failures, f => f.Contains("Connection:ApiToken", StringComparison.Ordinal));
    }
}
