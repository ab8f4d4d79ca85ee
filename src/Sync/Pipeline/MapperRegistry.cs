using Hub.Mapping.Core;

namespace Hub.Sync.Pipeline;

/// <summary>
/// Finds the inbound mapper of (connector, record kind), or the outbound mapper of (connector, message kind), among
/// those registered. Outbound mappers are handed out wrapped in <see cref="NirGuardedOutboundMapper"/>: this is the one
/// place where the NIR rule (only a qualified identity carries it) is enforced for every partner message.
/// </summary>
public sealed class MapperRegistry(IEnumerable<IInboundMapper> inbound, IEnumerable<IOutboundMapper> outbound)
{
    private readonly Dictionary<(string, string), IInboundMapper> _inbound = inbound
        .SelectMany(m => m.Kinds.Select(k => (Key: (m.Connector, k), Mapper: m)))
        .ToDictionary(x => x.Key, x => x.Mapper);

    private readonly Dictionary<(string, string), IOutboundMapper> _outbound = outbound
        .Select(m => m as NirGuardedOutboundMapper ?? new NirGuardedOutboundMapper(m))
        .SelectMany(m => m.Kinds.Select(k => (Key: (m.Connector, k), Mapper: (IOutboundMapper)m)))
        .ToDictionary(x => x.Key, x => x.Mapper);

    public IInboundMapper? Inbound(string connector, string kind) => _inbound.GetValueOrDefault((connector, kind));

    public IOutboundMapper? Outbound(string connector, string kind) => _outbound.GetValueOrDefault((connector, kind));
}
