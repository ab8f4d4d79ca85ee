using Hub.Connectors.Core;
using Hub.Connectors.Siao;
using Hub.Connectors.Solis;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Hub.Connectors.Tests.Siao;

/// <summary>Both modules register what the engine looks for, and refuse a configuration the contract forbids.</summary>
public sealed class ConnectorModuleTests
{
    public static TheoryData<IConnectorModule, string[]> Modules => new()
    {
        { new SiaoConnectorModule(), [SiaoStreams.Menages, SiaoStreams.Demandes, SiaoStreams.Orientations, SiaoStreams.Mouvements] },
        { new SolisConnectorModule(), [SolisStreams.Dossiers, SolisStreams.Individus, SolisStreams.Mesures, SolisStreams.Referents] },
    };

    [Theory]
    [MemberData(nameof(Modules))]
    public void Register_ValidSettings_GivesOneStreamPerListAndOnePushTarget(IConnectorModule module, string[] lists)
    {
        using var services = PartnerTestHost.Build(module, PartnerTestHost.Settings(module.Name, new Uri("http://127.0.0.1:9/")));

        var streams = services.GetServices<IPullStream>().Where(s => s.Connector == module.Name).ToList();
        Assert.Equal(lists, streams.Select(s => s.Stream));
        Assert.All(streams, s => Assert.IsAssignableFrom<IRecordReader>(s));
        Assert.Equal(2, services.Target(module.Name).Kinds.Count);
    }

    [Theory]
    [InlineData(SiaoConnectorModule.ConnectorName)]
    [InlineData(SolisConnectorModule.ConnectorName)]
    public void Options_PageAboveTheContractLimitAndNoUrl_AreAllReportedAtOnce(string name)
    {
        IConnectorModule module = name == SiaoConnectorModule.ConnectorName ? new SiaoConnectorModule() : new SolisConnectorModule();
        var settings = PartnerTestHost.Settings(module.Name, new Uri("http://127.0.0.1:9/"), pageSize: 2000);
        settings[$"Hub:Connectors:{module.Name}:Connection:BaseUrl"] = null;
        using var services = PartnerTestHost.Build(module, settings);

        var error = module is SiaoConnectorModule
            ? Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptionsMonitor<SiaoOptions>>().Get(module.Name))
            : Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptionsMonitor<SolisOptions>>().Get(module.Name));

        Assert.Contains(error.Failures, f => f.Contains("PageSize", StringComparison.Ordinal));
        Assert.Contains(error.Failures, f => f.Contains("BaseUrl", StringComparison.Ordinal));
    }
}
