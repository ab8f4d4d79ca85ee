namespace Hub.Api.Features.Alerts;

/// <summary>What a channel sends: one incident, firing or resolved. Counts and durations only, never a record's values.</summary>
public sealed record AlertNotice(
    string IncidentId,
    string Rule,
    string Kind,
    string Severity,
    string Status,
    string Subject,
    string Summary,
    DateTimeOffset Since,
    DateTimeOffset? FiredAt,
    DateTimeOffset? ResolvedAt,
    string Hub);

public static class IncidentStatus
{
    public const string Pending = "pending";
    public const string Firing = "firing";
    public const string Resolved = "resolved";
}
