using System.Security.Claims;
using System.Text.Json.Nodes;
using Hub.Api.Security;
using Hub.Canonical.Model;
using Hub.Storage;
using Hub.Storage.Resources;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Hub.Api.Features.Timeline;

/// <summary>
/// One household's accompaniment timeline across every source, newest first, as the viewer may see it: entries from
/// the viewer's own organisation and the hub always; another source's entries only when the person concerned (or, for
/// a household-level entry, a member) consented to share with the viewer's organisation for coordination.
/// </summary>
public sealed class HouseholdTimeline(HubDbContext db, IResourceStore store, CareAccess care, TimelineConsent consent, IOptions<AuthOptions> auth, TimeProvider time)
{
    public async Task<TimelineView?> ReadAsync(string householdId, ClaimsPrincipal viewer, int offset, int count, CancellationToken cancellationToken)
    {
        if (!await care.CanSeeAsync(Household.TypeName, householdId, cancellationToken)
            || await store.ReadAsync(Household.TypeName, householdId, cancellationToken) is not { IsDeleted: false })
        {
            return null;
        }

        var organisation = SourceVisibility.OrganisationOf(viewer, auth.Value);
        var members = await db.HouseholdMembers.AsNoTracking().Where(m => m.HouseholdId == householdId).Select(m => m.PersonId).ToListAsync(cancellationToken);
        var consenting = organisation is null
            ? new HashSet<string>(StringComparer.Ordinal)
            : await consent.ConsentingAsync(members, organisation, time.GetUtcNow(), cancellationToken);

        var ids = await db.TimelineEvents.AsNoTracking()
            .Where(e => e.HouseholdId == householdId)
            .OrderByDescending(e => e.OccurredAt).ThenBy(e => e.EventId)
            .Select(e => new { e.EventId, e.SourceSystem, e.PersonId })
            .ToListAsync(cancellationToken);
        var visible = ids.Where(e => MayShow(e.SourceSystem, e.PersonId)).ToList();
        var withheld = ids.Where(e => !MayShow(e.SourceSystem, e.PersonId)).Select(e => e.SourceSystem).ToList();

        var entries = new List<JsonNode>();
        foreach (var entry in visible.Skip(offset).Take(count))
        {
            if (await store.ReadAsync(TimelineEvent.TypeName, entry.EventId, cancellationToken) is { IsDeleted: false } stored)
            {
                entries.Add(JsonNode.Parse(stored.Json)!);
            }
        }

        return new TimelineView($"{Household.TypeName}/{householdId}", organisation, visible.Count, offset, count, entries,
            withheld.Count, [.. withheld.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)]);

        bool MayShow(string source, string? personId)
        {
            var owners = SourceVisibility.OwnersOf(source);
            if (owners.Count == 0 || (organisation is not null && owners.Contains(organisation)))
            {
                return true;
            }

            return personId is not null ? consenting.Contains(personId) : consenting.Count > 0;
        }
    }
}

/// <param name="Withheld">How many entries consent keeps from this viewer (a count only: which ones is the point of withholding).</param>
public sealed record TimelineView(
    string Household,
    string? ViewerOrganisation,
    int Total,
    int Offset,
    int Count,
    IReadOnlyList<JsonNode> Entries,
    int Withheld,
    IReadOnlyList<string> WithheldSources);
