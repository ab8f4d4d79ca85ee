using Hub.Canonical.Model;

namespace Hub.Mapping.Core;

/// <summary>
/// Wraps an outbound mapper so that it never sees the NIR of an identity that is not qualified
/// (<see cref="NirDisclosure"/>): the resource and every related person are redacted before it maps. The sync engine's
/// mapper registry hands out only wrapped mappers, so no partner mapping, present or future, can leak one.
/// </summary>
public sealed class NirGuardedOutboundMapper(IOutboundMapper inner) : IOutboundMapper
{
    public string Connector => inner.Connector;

    public IReadOnlyCollection<string> Kinds => inner.Kinds;

    public OutboundMapping Map(string kind, Resource resource, IReadOnlyDictionary<string, Resource> related)
    {
        ArgumentNullException.ThrowIfNull(resource);
        ArgumentNullException.ThrowIfNull(related);
        return inner.Map(kind, NirDisclosure.Redact(resource), NirDisclosure.Redact(related));
    }
}
