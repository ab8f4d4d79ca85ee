using Hub.Identity.Matching;

namespace Hub.Identity.Households;

/// <summary>
/// A household as one source knows it (an SIAO ménage, a CAF foyer, a SOLIS dossier): its members over time and, for
/// the CAF, the allocataire number. Sources cut households differently, so they are linked through their members.
/// </summary>
public sealed record HouseholdRecord(SourceRecordRef Household, IReadOnlyList<HouseholdMembership> Members, string? CafNumber = null, string? CafOrganisme = null);

/// <summary>One person's membership of a household: from and to (inclusive) when known; open ends mean "still" or "since always".</summary>
public sealed record HouseholdMembership(SourceRecordRef Person, DateOnly? From = null, DateOnly? To = null)
{
    /// <summary>True when the two memberships share at least one day.</summary>
    public bool Overlaps(HouseholdMembership other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return (From ?? DateOnly.MinValue) <= (other.To ?? DateOnly.MaxValue) && (other.From ?? DateOnly.MinValue) <= (To ?? DateOnly.MaxValue);
    }
}

/// <summary>Two households of different sources that are the same household, with the evidence.</summary>
public sealed record HouseholdLink(SourceRecordRef First, SourceRecordRef Second, int SharedPersons, double Overlap, bool SameCaf);
