using System.Security.Claims;
using Hub.Api.Security;
using Hub.Canonical.Model;
using Hub.Storage;
using Hub.Storage.Entities;
using Hub.Storage.Identity;
using Hub.Storage.Resources;
using Hub.Sync.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Hub.Api.Features.Timeline;

/// <summary>
/// One household's accompaniment timeline across every source, newest first, as the viewer may see it: entries from
/// the viewer's own organisation and the hub always; another source's entries only when the person concerned (or, for
/// a household-level entry, a member) consented to share with the viewer's organisation for coordination. The entries
/// of the households linked to it (an SIAO ménage and the SOLIS dossier of the same people) are merged in, under the
/// same rules applied to each entry.
/// </summary>
public sealed class HouseholdTimeline(HubDbContext db, IResourceStore store, CareAccess care, TimelineConsent consent, IOptions<AuthOptions> auth, TimeProvider time)
{
    public Task<TimelineView?> ReadAsync(string householdId, ClaimsPrincipal viewer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(householdId, viewer, TimelineFilter.None, offset, count, cancellationToken);

    public async Task<TimelineView?> ReadAsync(
        string householdId, ClaimsPrincipal viewer, TimelineFilter filter, int offset, int count, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(filter);

        // One connection for the read's queries: opening a pooled SQLite connection re-runs EF's connection set-up,
        // which cost as much as a query each time.
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            return await ReadOpenAsync(householdId, viewer, filter, offset, count, cancellationToken);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    private async Task<TimelineView?> ReadOpenAsync(
        string householdId, ClaimsPrincipal viewer, TimelineFilter filter, int offset, int count, CancellationToken cancellationToken)
    {
        if (!await care.CanSeeAsync(Household.TypeName, householdId, cancellationToken)
            || !await store.IsLiveAsync(Household.TypeName, householdId, cancellationToken))
        {
            return null;
        }

        // Households of other sources linked to this one through their members (identity_decisions, household-link):
        // their events join the timeline, each still showing its own source. Linking never widens access: a viewer
        // restricted to some households sees a linked household's events only where the resource API would show
        // them (the linked household is one they follow, or the event is about a person of theirs), and consent is
        // applied to each event as to this household's own.
        var scope = await care.ScopeAsync(cancellationToken);
        var linked = await LinkedAsync(householdId, cancellationToken);
        var followed = linked.Where(id => scope is null || scope.HouseholdIds.Contains(id)).ToList();
        string[] households = [householdId, .. linked];
        // Members matter only for consent, which only a viewer of a partner organisation needs (the hub's own
        // agents see what no organisation owns, and nothing is shared with "no organisation").
        var organisation = SourceVisibility.OrganisationOf(viewer, auth.Value);
        var members = organisation is null
            ? Enumerable.Empty<(string HouseholdId, string PersonId)>().ToLookup(m => m.HouseholdId, m => m.PersonId, StringComparer.Ordinal)
            : (await db.HouseholdMembers.AsNoTracking().Where(m => households.Contains(m.HouseholdId))
                .Select(m => new { m.HouseholdId, m.PersonId }).ToListAsync(cancellationToken))
                .Select(m => (m.HouseholdId, m.PersonId)).ToLookup(m => m.HouseholdId, m => m.PersonId, StringComparer.Ordinal);
        var consenting = organisation is null
            ? new HashSet<string>(StringComparer.Ordinal)
            : await consent.ConsentingAsync(members.SelectMany(m => m), organisation, time.GetUtcNow(), cancellationToken);

        // A household without links (most of them) is filtered by equality: a list parameter makes EF expand and
        // re-generate the SQL on every call.
        var events = linked.Count == 0
            ? db.TimelineEvents.AsNoTracking().Where(e => e.HouseholdId == householdId)
            : db.TimelineEvents.AsNoTracking().Where(e => households.Contains(e.HouseholdId!));
        events = filter.Sources.Count == 0 ? events : events.Where(e => filter.Sources.Contains(e.SourceSystem));
        events = filter.Types.Count == 0 ? events : events.Where(e => filter.Types.Contains(e.EventType));
        events = filter.From is { } from ? events.Where(e => e.OccurredAt >= from) : events;
        events = filter.Until is { } until ? events.Where(e => e.OccurredAt < until) : events;
        var raw = await Ordered(events, filter.OldestFirst)
            .Select(e => new { e.EventId, e.SourceSystem, e.PersonId, e.HouseholdId })
            .ToListAsync(cancellationToken);
        var ids = raw.Where(e => InCare(e.HouseholdId!, e.PersonId)).ToList();
        var visible = ids.Where(e => MayShow(e.SourceSystem, e.PersonId, e.HouseholdId!)).ToList();
        var withheld = ids.Where(e => !MayShow(e.SourceSystem, e.PersonId, e.HouseholdId!)).Select(e => e.SourceSystem).ToList();

        List<StoredJson> entries;
        if (visible.Count == raw.Count)
        {
            // Everything is visible (the common case): the page is the query's own page, each row carrying its
            // document (a primary-key lookup per row of the page). Looking the page's fifty ids up afterwards with an
            // IN list cost more than the rest of the read; a plain join let SQLite's planner scan the resources.
            var page = await Ordered(events, filter.OldestFirst).Skip(offset).Take(count)
                .Select(e => db.Resources.Where(r => r.ResourceType == TimelineEvent.TypeName && r.Id == e.EventId && !r.IsDeleted).Select(r => r.Json).FirstOrDefault())
                .ToListAsync(cancellationToken);
            entries = [.. page.OfType<string>().Select(json => new StoredJson(json))];
        }
        else
        {
            // Some entries are withheld or out of care: the page is cut from the visible ones, then read by id.
            var page = visible.Skip(offset).Take(count).Select(e => e.EventId).ToList();
            var documents = await db.Resources.AsNoTracking()
                .Where(r => r.ResourceType == TimelineEvent.TypeName && !r.IsDeleted && page.Contains(r.Id))
                .Select(r => new { r.Id, r.Json })
                .ToDictionaryAsync(r => r.Id, r => r.Json, StringComparer.Ordinal, cancellationToken);
            entries = [.. page.Where(documents.ContainsKey).Select(id => new StoredJson(documents[id]))];
        }

        return new TimelineView($"{Household.TypeName}/{householdId}", organisation, visible.Count, offset, count, entries,
            withheld.Count, [.. withheld.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)],
            [.. followed.Order(StringComparer.Ordinal).Select(id => $"{Household.TypeName}/{id}")]);

        // This household's events (the caller may see it), a followed linked household's, else only those about a person in scope.
        bool InCare(string eventHousehold, string? personId) =>
            eventHousehold == householdId || scope is null || scope.HouseholdIds.Contains(eventHousehold)
            || (personId is not null && scope.PersonIds.Contains(personId));

        // As before households were linked, consent is read among the members of the entry's own household: the
        // person concerned, or for a household-level entry any member.
        bool MayShow(string source, string? personId, string eventHousehold)
        {
            var owners = SourceVisibility.OwnersOf(source);
            if (owners.Count == 0 || (organisation is not null && owners.Contains(organisation)))
            {
                return true;
            }

            var own = members[eventHousehold];
            return personId is not null ? consenting.Contains(personId) && own.Contains(personId) : own.Any(consenting.Contains);
        }
    }

    private static IQueryable<TimelineEventRow> Ordered(IQueryable<TimelineEventRow> events, bool oldestFirst) =>
        oldestFirst
            ? events.OrderBy(e => e.OccurredAt).ThenBy(e => e.EventId)
            : events.OrderByDescending(e => e.OccurredAt).ThenBy(e => e.EventId);

    /// <summary>The live households linked to this one by a household-link in force.</summary>
    private async Task<List<string>> LinkedAsync(string householdId, CancellationToken cancellationToken)
    {
        var linked = await db.IdentityDecisions.AsNoTracking()
            .Where(d => d.Kind == IdentityDecisionRow.HouseholdLink && d.Status == HouseholdLinking.Applied
                && (d.LeftPersonId == householdId || d.RightPersonId == householdId))
            .Select(d => d.LeftPersonId == householdId ? d.RightPersonId! : d.LeftPersonId!)
            .ToListAsync(cancellationToken);
        return linked.Count == 0
            ? linked
            : await db.Resources.AsNoTracking()
                .Where(r => r.ResourceType == Household.TypeName && !r.IsDeleted && linked.Contains(r.Id))
                .Select(r => r.Id)
                .ToListAsync(cancellationToken);
    }
}

/// <summary>Which entries of a timeline to list: by source system and event type (any of each), and a period [From, Until).</summary>
public sealed record TimelineFilter(IReadOnlyList<string> Sources, IReadOnlyList<string> Types, DateTimeOffset? From, DateTimeOffset? Until, bool OldestFirst = false)
{
    public static TimelineFilter None { get; } = new([], [], null, null);
}

/// <param name="Withheld">How many entries consent keeps from this viewer (a count only: which ones is the point of withholding).</param>
/// <param name="LinkedHouseholds">The households of other sources linked to this one (issue 5) that the viewer may see; their entries are in the timeline.</param>
public sealed record TimelineView(
    string Household,
    string? ViewerOrganisation,
    int Total,
    int Offset,
    int Count,
    IReadOnlyList<StoredJson> Entries,
    int Withheld,
    IReadOnlyList<string> WithheldSources,
    IReadOnlyList<string> LinkedHouseholds);
