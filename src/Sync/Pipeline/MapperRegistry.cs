using Hub.Mapping.Core;

namespace Hub.Sync.Pipeline;

/// <summary>Finds the inbound mapper of (connector, record kind) among those registered.</summary>
public sealed class MapperRegistry(IEnumerable<IInboundMapper> inbound, IEnumerable<IOutboundMapper> outbound)
{
    private readonly Dictionary<(string, string), IInboundMapper> _inbound = inbound
        .SelectMany(m => m.Kinds.Select(k => (Key: (m.Connector, k), Mapper: m)))
        .ToDictionary(x => x.Key, x => x.Mapper);

    private readonly Dictionary<(string, string), IOutboundMapper> _outbound = outbound
        .SelectMany(m => m.Kinds.Select(k => (Key: (m.Connector, k), Mapper: m)))
        .ToDictionary(x => x.Key, x => x.Mapper);

    public IInboundMapper? Inbound(string connector, string kind) => _inbound.GetValueOrDefault((connector, kind));

    public IOutboundMapper? Outbound(string connector, string kind) => _outbound.GetValueOrDefault((connector, kind));
}
