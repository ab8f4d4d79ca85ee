using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Hub.Canonical.Model;
using Hub.Identity.Households;
using Hub.Identity.Matching;
using Hub.Storage;
using Hub.Storage.Identity;
using Hub.Storage.Resources;
using Microsoft.EntityFrameworkCore;

namespace Hub.Sync.Identity;

/// <summary>
/// Households across sources (issue 5, part 3): after a page's resources are flushed, the households it wrote are
/// compared with the households of other sources that share their persons (<see cref="HouseholdLinker"/>'s rule:
/// persons shared at the same time, at least half of the smaller household and at least two, or both the same
/// single person). A link is a <c>household-link</c> row of <c>identity_decisions</c>, one per pair whatever the
/// number of pages: an SIAO ménage and a SOLIS dossier stay two resources, each with its own source.
/// </summary>
/// <remarks>
/// Cost per page: three queries whatever the number of households (members of the page's households; every
/// membership of the households sharing one of their persons, through the index on person id; the links in force),
/// then the linker works in memory over the memberships it read. Persons are already one hub person per human
/// (<see cref="IdentityResolver"/>), so a person is named by its hub id. The CAF number rule of the linker is not
/// used: no source sends a CAF foyer as a household, and a CAF number is a person's identifier in the hub, which two
/// households sharing that person would trivially have in common.
/// </remarks>
public sealed class HouseholdLinking(HubDbContext db, TimeProvider time)
{
    public const string Applied = "applied";

    public const string Unlinked = "unlinked";

    private const int Chunk = 2_000;

    /// <summary>
    /// Re-evaluates the links of <paramref name="householdIds"/> (the households a page wrote): new links are added,
    /// links their membership no longer supports are marked <see cref="Unlinked"/>, one a membership supports again is
    /// applied again. Rows are added to the context: the caller saves them in the page's transaction.
    /// </summary>
    /// <returns>How many rows were added or changed.</returns>
    public async Task<int> LinkAsync(IReadOnlyCollection<string> householdIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(householdIds);
        if (householdIds.Count == 0)
        {
            return 0;
        }

        var touched = householdIds.ToHashSet(StringComparer.Ordinal);
        var memberships = await MembershipsAsync(touched, cancellationToken);
        var households = memberships.GroupBy(m => m.HouseholdId, StringComparer.Ordinal)
            .Select(g => new HouseholdRecord(
                new SourceRecordRef(g.First().Source, g.Key),
                [.. g.Select(m => new HouseholdMembership(new SourceRecordRef(PersonRecords.HubSource, m.PersonId), StartOf(m.PeriodStart), EndOf(m.PeriodEnd)))]))
            .ToList();
        var personNumbers = new Dictionary<string, int>(StringComparer.Ordinal);
        var found = HouseholdLinker.Link(households, p => personNumbers.TryGetValue(p.SourceId, out var n) ? n : personNumbers[p.SourceId] = personNumbers.Count)
            .Where(l => touched.Contains(l.First.SourceId) || touched.Contains(l.Second.SourceId))
            .ToDictionary(l => Pair(l.First.SourceId, l.Second.SourceId));

        var touchedIds = touched.ToArray();
        var existing = new Dictionary<(string, string), IdentityDecisionRow>();
        foreach (var chunk in touchedIds.Chunk(Chunk))
        {
            foreach (var row in await db.IdentityDecisions
                .Where(d => d.Kind == IdentityDecisionRow.HouseholdLink && (chunk.Contains(d.LeftPersonId!) || chunk.Contains(d.RightPersonId!)))
                .ToListAsync(cancellationToken))
            {
                existing[(row.LeftPersonId!, row.RightPersonId!)] = row;
            }
        }

        var byHousehold = households.ToDictionary(h => h.Household.SourceId, StringComparer.Ordinal);
        var now = time.GetUtcNow();
        var changes = 0;
        foreach (var (pair, link) in found)
        {
            var evidence = Evidence(link, byHousehold[pair.Left], byHousehold[pair.Right]);
            if (existing.TryGetValue(pair, out var row))
            {
                if (row.Status != Applied)
                {
                    // Membership supports the link again (someone came back): the same row is in force again.
                    (row.Status, row.DecidedAt, row.Evidence, row.Score) = (Applied, now, evidence, link.Overlap);
                    changes++;
                }

                continue;
            }

            db.IdentityDecisions.Add(new IdentityDecisionRow
            {
                Id = IdOf(pair),
                DecidedAt = now,
                Kind = IdentityDecisionRow.HouseholdLink,
                LeftPersonId = pair.Left,
                RightPersonId = pair.Right,
                RightSource = byHousehold[pair.Right].Household.Source,
                Score = link.Overlap,
                Evidence = evidence,
                Actor = IdentityResolver.ResolverActor,
                Status = Applied,
            });
            changes++;
        }

        foreach (var (pair, row) in existing)
        {
            if (row.Status == Applied && !found.ContainsKey(pair))
            {
                // Kept, not deleted: who was linked to whom, and until when, is part of the households' history.
                row.Status = Unlinked;
                row.DecidedAt = now;
                changes++;
            }
        }

        return changes;
    }

    /// <summary>
    /// Every membership of the given households and of the live households of any source that share one of their
    /// persons, with each household's source: one query per chunk of persons through the index on person id.
    /// </summary>
    private async Task<List<Membership>> MembershipsAsync(HashSet<string> touched, CancellationToken cancellationToken)
    {
        var touchedIds = touched.ToArray();
        var persons = new HashSet<string>(StringComparer.Ordinal);
        foreach (var chunk in touchedIds.Chunk(Chunk))
        {
            persons.UnionWith(await db.HouseholdMembers.AsNoTracking().Where(m => chunk.Contains(m.HouseholdId)).Select(m => m.PersonId).ToListAsync(cancellationToken));
        }

        var rows = new Dictionary<(string, int), Membership>();
        foreach (var chunk in persons.Chunk(Chunk))
        {
            var households = db.HouseholdMembers.Where(m => chunk.Contains(m.PersonId)).Select(m => m.HouseholdId);
            var found = await (
                from m in db.HouseholdMembers.AsNoTracking()
                join r in db.Resources.AsNoTracking() on new { Type = Household.TypeName, Id = m.HouseholdId } equals new { Type = r.ResourceType, r.Id }
                where !r.IsDeleted && households.Contains(m.HouseholdId)
                select new { m.HouseholdId, m.Ordinal, m.PersonId, m.PeriodStart, m.PeriodEnd, r.Source })
                .ToListAsync(cancellationToken);
            foreach (var m in found)
            {
                rows[(m.HouseholdId, m.Ordinal)] = new Membership(m.HouseholdId, ResourceFields.SourceOf(m.Source), m.PersonId, m.PeriodStart, m.PeriodEnd);
            }
        }

        return [.. rows.Values];
    }

    /// <summary>The pair in ordinal order: the same two households are one row whichever page found them.</summary>
    private static (string Left, string Right) Pair(string a, string b) => string.CompareOrdinal(a, b) <= 0 ? (a, b) : (b, a);

    /// <summary>
    /// A key derived from the pair: two pages committing the same new link at once collide on it, and the second one
    /// is run again (<see cref="Pipeline.PageConflictException"/>) and finds the first one's row.
    /// </summary>
    private static string IdOf((string Left, string Right) pair) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"{IdentityDecisionRow.HouseholdLink}|{pair.Left}|{pair.Right}")));

    /// <summary>The persons both households hold at the same time, with each side's period, and the linker's figures.</summary>
    private static string Evidence(HouseholdLink link, HouseholdRecord left, HouseholdRecord right)
    {
        var shared = new JsonArray();
        foreach (var a in left.Members)
        {
            foreach (var b in right.Members.Where(b => b.Person.SourceId == a.Person.SourceId && b.Overlaps(a)))
            {
                shared.Add(new JsonObject
                {
                    ["person"] = $"{Person.TypeName}/{a.Person.SourceId}",
                    ["left"] = Period(a),
                    ["right"] = Period(b),
                });
            }
        }

        return new JsonObject
        {
            ["rule"] = link.SharedPersons >= 2 ? "SharedMembers" : "SamePerson",
            ["leftSource"] = left.Household.Source,
            ["rightSource"] = right.Household.Source,
            ["sharedPersons"] = link.SharedPersons,
            ["overlap"] = link.Overlap,
            ["shared"] = shared,
        }.ToJsonString();

        static JsonObject Period(HouseholdMembership m) => new()
        {
            ["from"] = m.From?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            ["to"] = m.To?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        };
    }

    /// <summary>The first day a FHIR date or dateTime (YYYY, YYYY-MM, YYYY-MM-DD…) covers; null when absent or unreadable.</summary>
    internal static DateOnly? StartOf(string? value) => Parse(value, end: false);

    /// <summary>The last day a FHIR date or dateTime covers (2026-03 ends on the 31st).</summary>
    internal static DateOnly? EndOf(string? value) => Parse(value, end: true);

    private static DateOnly? Parse(string? value, bool end)
    {
        if (value is null || value.Length < 4 || !int.TryParse(value.AsSpan(0, 4), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var year) || year < 1)
        {
            return null;
        }

        var month = value.Length >= 7 && value[4] == '-' && int.TryParse(value.AsSpan(5, 2), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var m) && m is >= 1 and <= 12 ? m : 0;
        if (month == 0)
        {
            return end ? new DateOnly(year, 12, 31) : new DateOnly(year, 1, 1);
        }

        var days = DateTime.DaysInMonth(year, month);
        var day = value.Length >= 10 && value[7] == '-' && int.TryParse(value.AsSpan(8, 2), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var d) && d >= 1 && d <= days ? d : 0;
        return day != 0 ? new DateOnly(year, month, day) : new DateOnly(year, month, end ? days : 1);
    }

    private sealed record Membership(string HouseholdId, string Source, string PersonId, string? PeriodStart, string? PeriodEnd);
}
