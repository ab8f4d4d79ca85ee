using Hub.Canonical.Model;
using Hub.Canonical.Privacy;
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

    /// <summary>The shared rule (<see cref="ConsentRules.Covers"/>) for one viewer organisation and the coordination purpose.</summary>
    public static bool Covers(Consent consent, string organisation, DateTimeOffset at) =>
        ConsentRules.Covers(consent, [organisation], Purpose, at);
}
