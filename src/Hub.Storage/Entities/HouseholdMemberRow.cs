namespace Hub.Storage.Entities;

/// <summary>Search index: household membership over time, from <c>Household.member[]</c>.</summary>
public sealed class HouseholdMemberRow
{
    public required string HouseholdId { get; set; }

    /// <summary>Position in <c>member[]</c>: a person may hold several memberships (left and came back).</summary>
    public int Ordinal { get; set; }

    public required string PersonId { get; set; }

    public string? Role { get; set; }

    public string? PeriodStart { get; set; }

    public string? PeriodEnd { get; set; }
}
