namespace Hub.Audit;

/// <summary>
/// What happened, as the code that saw it knows it. <see cref="AuditEventDocument"/> turns it into the stored FHIR
/// AuditEvent (IHE BALP shape): who (agent), what (entities), why (purpose), how it ended (outcome), from where.
/// </summary>
public sealed record AuditRecord
{
    /// <summary>C (create), R (read), U (update), D (delete), E (execute: run, replay, push, export).</summary>
    public required string Action { get; init; }

    /// <summary>The interaction: <c>read</c>, <c>search</c>, <c>create</c>, <c>replay</c>, <c>transmit</c>, <c>blocked</c>…</summary>
    public required string Subtype { get; init; }

    /// <summary><see cref="AuditCategories"/>: rest, sync, security.</summary>
    public string Category { get; init; } = AuditCategories.Rest;

    public required AuditOutcome Outcome { get; init; }

    /// <summary>Why it failed or was refused (no personal data: a status code, a rule, a consent purpose).</summary>
    public string? OutcomeDetail { get; init; }

    /// <summary>The person or system that acted (token <c>sub</c>), or null for an anonymous caller.</summary>
    public string? Agent { get; init; }

    public string? Role { get; init; }

    /// <summary>The OAuth client the call came through (<c>client_id</c> / <c>azp</c>), or the hub's own job.</summary>
    public string? Client { get; init; }

    /// <summary>The caller's network address.</summary>
    public string? Address { get; init; }

    /// <summary>The purpose of use (code system finalite-consentement, or <c>operations</c> for admin work).</summary>
    public string? Purpose { get; init; }

    /// <summary>What was acted on; the first is the main entity (indexed).</summary>
    public IReadOnlyList<AuditEntity> Entities { get; init; } = [];
}

/// <summary>An entity of an audit event: <c>Type/id</c>, its role in the event, and the query for a search.</summary>
public sealed record AuditEntity(string What, string Role = AuditEntityRoles.Subject, string? Query = null);

public enum AuditOutcome
{
    Success,
    Denied,
    Failure,
}

public static class AuditCategories
{
    /// <summary>A call to the hub's API.</summary>
    public const string Rest = "rest";

    /// <summary>The sync engine moving records between partners (imports, deliveries, consent refusals).</summary>
    public const string Sync = "sync";

    /// <summary>Authentication and audit-trail operations.</summary>
    public const string Security = "security";
}

public static class AuditEntityRoles
{
    /// <summary>The record, household or object acted on.</summary>
    public const string Subject = "subject";

    /// <summary>A search: the entity carries the query.</summary>
    public const string Query = "query";

    /// <summary>A record returned by a search or shown in a timeline.</summary>
    public const string Returned = "returned";

    /// <summary>The partner system a record was sent to or came from.</summary>
    public const string Partner = "partner";
}

/// <summary>FHIR AuditEvent.action codes.</summary>
public static class AuditActions
{
    public const string Create = "C";
    public const string Read = "R";
    public const string Update = "U";
    public const string Delete = "D";

    /// <summary>Run, replay, push, export, verify: an operation rather than a CRUD on one record.</summary>
    public const string Execute = "E";
}
