using Hub.Mapping.Core;
using Microsoft.Extensions.DependencyInjection;

namespace Hub.Mapping.Tests.Core;

public sealed class MappingRegistrationTests
{
    [Fact]
    public void AddMapping_DiscoversEveryMapper_OneOwnerPerConnectorAndKind()
    {
        using var services = new ServiceCollection().AddMapping().BuildServiceProvider();

        var inbound = services.GetServices<IInboundMapper>().ToList();
        var outbound = services.GetServices<IOutboundMapper>().ToList();

        Assert.Contains(inbound, m => m.Connector == "siao");
        Assert.Contains(inbound, m => m.Connector == "caf");
        var claims = inbound.SelectMany(m => m.Kinds.Select(k => (m.Connector, k))).ToList();
        Assert.Equal(claims.Count, claims.Distinct().Count());
        var outClaims = outbound.SelectMany(m => m.Kinds.Select(k => (m.Connector, k))).ToList();
        Assert.Equal(outClaims.Count, outClaims.Distinct().Count());
    }
}
