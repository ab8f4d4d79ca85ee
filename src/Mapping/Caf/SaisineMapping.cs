using Hub.Connectors.Core;
using Hub.Connectors.Referral;
using Hub.Connectors.Referral.Dtos;
using Hub.Mapping.Core;

namespace Hub.Mapping.Caf;

/// <summary>The saisine to send, or the reasons it cannot be sent (error issues); warnings never block it.</summary>
public sealed record SaisineMapping(Saisine? Saisine, IReadOnlyList<MappingIssue> Issues)
{
    public bool IsSendable => Saisine is not null && !Issues.Any(i => i.IsError);

    /// <summary>The outbox message (kind <c>saisine</c>) for the connector's push target.</summary>
    public OutboundMessage ToMessage() =>
        IsSendable ? new OutboundMessage(ReferralPushTarget.SaisineKind, Saisine!) : throw new InvalidOperationException("The saisine has errors; it cannot be sent.");
}
