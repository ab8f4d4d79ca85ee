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
/// <param name="NotApplicable">True when there is simply nothing to tell the partner (e.g. a status it does not track):
/// the delivery is skipped, not a failure to dead-letter.</param>
public sealed record OutboundMapping(OutboundMessage? Message, string? Reason = null, bool NotApplicable = false)
{
    public static OutboundMapping NothingToSend(string reason) => new(null, reason, NotApplicable: true);
}
