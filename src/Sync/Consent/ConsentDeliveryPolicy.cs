using Hub.Canonical.Model;
using Hub.Canonical.Privacy;
using Hub.Sync.Outbox;

namespace Hub.Sync.Consent;

/// <summary>
/// No push to a partner without consent for that purpose. The consents that count are those of the person or household
/// the change is about and of that household's members (the dispatcher gathers them); the delivery may go when one of
/// them covers the target's organisation and the route's purpose at the moment of delivery: active, within its period,
/// not revoked. Every canonical record concerns someone, so the policy fails closed: no consent found, nothing sent.
/// </summary>
internal sealed class ConsentDeliveryPolicy(TimeProvider time) : IDeliveryPolicy
{
    public Task<DeliveryDecision> DecideAsync(DeliveryRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var organisations = ConsentRules.OwnersOf(request.Entry.Target);
        var now = time.GetUtcNow();
        // The dispatcher gathers exactly the consents that point at these subjects (by hub id or by identifier).
        var consents = request.Related.Values.OfType<Canonical.Model.Consent>().ToList();
        if (consents.Any(c => ConsentRules.Covers(c, [.. organisations], request.Purpose, now)))
        {
            return Task.FromResult(DeliveryDecision.Allow);
        }

        // The reason names the rule, never the person: it is shown in sync health and stored in the audit trail.
        var why = consents.Count == 0
            ? "no consent on record"
            : consents.Any(c => c.Status == ConsentStatus.Revoked || c.RevokedAt is not null) ? "consent revoked"
            : consents.Any(c => c.Organisations.Any(o => o.Code is { } code && organisations.Contains(code)) && c.Purposes.Any(p => p.Code == request.Purpose))
                ? "consent not in force (expired, not yet valid or inactive)"
                : "no consent naming this partner for this purpose";
        return Task.FromResult(new DeliveryDecision(false,
            $"Consent: {why} for '{request.Purpose}' with {string.Join("/", organisations)}; nothing is sent to {request.Entry.Target}."));
    }
}
