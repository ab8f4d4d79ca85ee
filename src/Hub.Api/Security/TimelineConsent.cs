using Hub.Canonical.Model;
using Hub.Canonical.Serialization;
using Hub.Storage.Resources;

namespace Hub.Api.Security;

/// <summary>
/// Which persons consented, at a given instant, to share their records with an organisation for coordination: the
/// timeline shows a source's entries to another organisation only for those persons.
/// </summary>
public sealed class TimelineConsent(IResourceStore store)
{
    public const string Purpose = "coordination";

    public async Task<IReadOnlySet<string>> ConsentingAsync(
        IEnumerable<string> personIds, string organisation, DateTimeOffset at, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(personIds);
        var consenting = new HashSet<string>(StringComparer.Ordinal);
        foreach (var personId in personIds.Distinct(StringComparer.Ordinal))
        {
            foreach (var stored in await store.ReferencingAsync(Consent.TypeName, Person.TypeName, personId, cancellationToken))
            {
                if (!stored.IsDeleted && CanonicalJson.Deserialize(stored.Json) is Consent consent && Covers(consent, organisation, at))
                {
                    consenting.Add(personId);
                    break;
                }
            }
        }

        return consenting;
    }

    /// <summary>Active, within its period (open ends allowed; a partial date counts from its first to its last day), not revoked by then.</summary>
    public static bool Covers(Consent consent, string organisation, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(consent);
        var day = DateOnly.FromDateTime(at.UtcDateTime);
        return consent.Status == ConsentStatus.Active
            && consent.Organisations.Any(o => o.Code == organisation)
            && consent.Purposes.Any(p => p.Code == Purpose)
            && (consent.Period?.Start is not { } start || (start.Instant is { } s ? s <= at : start.Date.Start <= day))
            && (consent.Period?.End is not { } end || (end.Instant is { } e ? at <= e : day <= end.Date.End))
            && (consent.RevokedAt is not { } revoked || (revoked.Instant is { } r ? at < r : day < revoked.Date.Start));
    }
}
