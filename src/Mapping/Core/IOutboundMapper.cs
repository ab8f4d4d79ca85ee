using Hub.Canonical.Model;
using Hub.Connectors.Core;

namespace Hub.Mapping.Core;

/// <summary>Turns a canonical change into the message a partner's push endpoint takes.</summary>
public interface IOutboundMapper
{
    string Connector { get; }

    /// <summary>The message kinds (<see cref="OutboundMessage.Kind"/>) this mapper produces.</summary>
    IReadOnlyCollection<string> Kinds { get; }

    /// <summary>The message, or <c>null</c> with a reason when the resource cannot be expressed for this partner.</summary>
    OutboundMapping Map(string kind, Resource resource, IReadOnlyDictionary<string, Resource> related);
}

/// <summary>An outbound mapping: the message, or why there is none.</summary>
public sealed record OutboundMapping(OutboundMessage? Message, string? Reason = null);
