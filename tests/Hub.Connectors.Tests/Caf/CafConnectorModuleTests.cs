using Hub.Connectors.ApiParticulier;
using Hub.Connectors.Caf;
using Hub.Connectors.Caf.RsaFlow;
using Hub.Connectors.Core;
using Hub.Connectors.Referral;
using Hub.Connectors.Tests.ApiParticulier;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Hub.Connectors.Tests.Caf;

public sealed class CafConnectorModuleTests
{
    [Fact]
    public void Catalog_Modules_ListCafAndCpam()
    {
        Assert.Contains(ConnectorCatalog.Modules, m => m is CafConnectorModule { Name: "caf" });
        Assert.Contains(ConnectorCatalog.Modules, m => m.Name == "cpam");
    }

    [Fact]
    public void Register_ValidSettings_ResolvesClientPushTargetVerifierAndRsaReader()
    {
        using var sut = ConnectorTestHost.Build("caf", ConnectorTestHost.Settings("caf", new Uri("https://particulier.api.gouv.fr/"), new Uri("https://saisines.caf68.example/lda/")));

        Assert.Equal("caf", sut.GetRequiredKeyedService<ApiParticulierClient>("caf").Connector);
        Assert.Equal("caf", sut.GetRequiredKeyedService<IPushTarget>("caf").Connector);
        Assert.NotNull(sut.GetRequiredKeyedService<ReferralSignatureVerifier>("caf"));
        Assert.NotNull(sut.GetRequiredService<RsaFlowReader>());
    }

    [Fact]
    public void Options_NothingConfigured_ReportsEveryMissingKeyAtOnce()
    {
        using var sut = ConnectorTestHost.Build("caf", new Dictionary<string, string?>());

        var error = Assert.Throws<OptionsValidationException>(() => sut.GetRequiredService<IOptionsMonitor<CafOptions>>().Get("caf"));

        foreach (var key in new[] { "Connection:BaseUrl", "Connection:ApiToken", "Connection:Recipient", "Referral:BaseUrl", "Connection:SigningKey", "Referral:InboundKeys" })
        {
            Assert.Contains(error.Failures, f => f.Contains(key, StringComparison.Ordinal));
        }
    }

    [Fact]
    public void Options_RecipientNotASiret_IsRefused()
    {
        var settings = ConnectorTestHost.Settings("caf", new Uri("https://particulier.api.gouv.fr/"), new Uri("https://saisines.caf68.example/"));
        settings["Hub:Connectors:caf:Connection:Recipient"] = "1300252650";
        using var sut = ConnectorTestHost.Build("caf", settings);

        var error = Assert.Throws<OptionsValidationException>(() => sut.GetRequiredService<IOptionsMonitor<CafOptions>>().Get("caf"));

        Assert.Contains(error.Failures, f => f.Contains("SIRET", StringComparison.Ordinal));
    }

    [Fact]
    public void Options_ReferralDisabled_NeedsOnlyApiParticulierSettings()
    {
        using var sut = ConnectorTestHost.Build("caf", new Dictionary<string, string?>
        {
            ["Hub:Connectors:caf:Connection:BaseUrl"] = "https://particulier.api.gouv.fr/",
            ["Hub:Connectors:caf:Connection:ApiToken"] = "jwt",
            ["Hub:Connectors:caf:Connection:Recipient"] = "13002526500013",
            ["Hub:Connectors:caf:Referral:Enabled"] = "false",
        });

        var options = sut.GetRequiredService<IOptionsMonitor<CafOptions>>().Get("caf");

        Assert.False(options.Referral.Enabled);
        Assert.Empty(sut.GetServices<IPushTarget>());
    }
}
