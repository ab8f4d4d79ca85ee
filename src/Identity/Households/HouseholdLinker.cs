using Hub.Identity.Matching;

namespace Hub.Identity.Households;

/// <summary>
/// Links households across sources through their members: two households are one when the persons they share at the
/// same time (memberships that overlap in time, persons resolved by <see cref="PersonIndex"/>) make at least half of
/// the smaller one, with two persons at least, or one person when both households are that single person or carry the
/// same CAF allocataire number. One shared member of two large households is someone who moved, not one household.
/// Candidates come from an inverted index person → households, so the cost follows the memberships, not n².
/// </summary>
public static class HouseholdLinker
{
    /// <summary>The links between households of different sources.</summary>
    /// <param name="households">Households of every source.</param>
    /// <param name="personOf">The person id of a source person record (<see cref="PersonIndex.PersonOf"/>), null when unknown.</param>
    public static IReadOnlyList<HouseholdLink> Link(IReadOnlyList<HouseholdRecord> households, Func<SourceRecordRef, int?> personOf)
    {
        ArgumentNullException.ThrowIfNull(households);
        ArgumentNullException.ThrowIfNull(personOf);
        var members = households.Select(h => h.Members
            .Select(m => (Person: personOf(m.Person), Membership: m))
            .Where(m => m.Person is not null)
            .Select(m => (Person: m.Person!.Value, m.Membership))
            .ToList()).ToList();

        var byPerson = new Dictionary<int, List<int>>();
        for (var h = 0; h < households.Count; h++)
        {
            foreach (var person in members[h].Select(m => m.Person).Distinct())
            {
                if (!byPerson.TryGetValue(person, out var list))
                {
                    byPerson[person] = list = [];
                }

                list.Add(h);
            }
        }

        var pairs = new HashSet<(int, int)>();
        foreach (var list in byPerson.Values)
        {
            for (var i = 0; i < list.Count; i++)
            {
                for (var j = i + 1; j < list.Count; j++)
                {
                    if (households[list[i]].Household.Source != households[list[j]].Household.Source)
                    {
                        pairs.Add((Math.Min(list[i], list[j]), Math.Max(list[i], list[j])));
                    }
                }
            }
        }

        var links = new List<HouseholdLink>();
        foreach (var (a, b) in pairs.OrderBy(p => p))
        {
            var shared = members[a]
                .Where(x => members[b].Any(y => y.Person == x.Person && y.Membership.Overlaps(x.Membership)))
                .Select(x => x.Person)
                .Distinct()
                .Count();
            var smaller = Math.Min(members[a].Select(m => m.Person).Distinct().Count(), members[b].Select(m => m.Person).Distinct().Count());
            var overlap = smaller == 0 ? 0 : (double)shared / smaller;
            var sameCaf = households[a].CafNumber is { } caf && caf == households[b].CafNumber &&
                          households[a].CafOrganisme == households[b].CafOrganisme;
            var linked = shared > 0 && overlap >= 0.5 && (shared >= 2 || smaller == 1 && shared == 1 && (sameCaf || IsSingle(members[a]) && IsSingle(members[b])));
            if (linked)
            {
                links.Add(new HouseholdLink(households[a].Household, households[b].Household, shared, Math.Round(overlap, 3), sameCaf));
            }
        }

        return links;
    }

    private static bool IsSingle(List<(int Person, HouseholdMembership Membership)> members) => members.Select(m => m.Person).Distinct().Count() == 1;
}
