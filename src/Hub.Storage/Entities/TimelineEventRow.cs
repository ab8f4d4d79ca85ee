namespace Hub.Storage.Entities;

/// <summary>Search index over TimelineEvent resources, so a household's timeline is one ordered range scan.</summary>
public sealed class TimelineEventRow
{
    public required string EventId { get; set; }

    public string? HouseholdId { get; set; }

    public string? PersonId { get; set; }

    public DateTimeOffset OccurredAt { get; set; }

    public required string SourceSystem { get; set; }

    public required string EventType { get; set; }
}
