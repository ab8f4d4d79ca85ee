namespace Hub.Storage.Audit;

/// <summary>
/// One link of the audit chain. <see cref="Json"/> is the event as recorded (FHIR AuditEvent shape) and is what the
/// hash covers; the other columns copy a few of its fields so admins can filter in SQL, and the verifier checks that
/// they still agree with the JSON. Rows are only ever inserted (database triggers refuse UPDATE and DELETE).
/// </summary>
public sealed class AuditEventRow
{
    /// <summary>1, 2, 3… with no gap: a deleted event shows as a hole, a reordered one as a broken link.</summary>
    public long Sequence { get; set; }

    public required string Id { get; set; }

    public DateTimeOffset Recorded { get; set; }

    /// <summary>C, R, U, D or E (FHIR AuditEvent.action).</summary>
    public required string Action { get; set; }

    /// <summary>What was done, e.g. <c>read</c>, <c>search</c>, <c>replay</c>, <c>transmit</c>, <c>blocked</c>.</summary>
    public required string Subtype { get; set; }

    /// <summary>success, denied, failure.</summary>
    public required string Outcome { get; set; }

    public string? Agent { get; set; }

    public string? Role { get; set; }

    public string? Client { get; set; }

    /// <summary>The main entity acted on, <c>Type/id</c> (a resource, a connector, a dead letter…).</summary>
    public string? Entity { get; set; }

    public string? Purpose { get; set; }

    public required string Json { get; set; }

    /// <summary>Hash of the previous link (empty for the first).</summary>
    public required string PreviousHash { get; set; }

    /// <summary>HMAC-SHA256 over sequence, previous hash and JSON, with the audit key named by <see cref="KeyId"/>.</summary>
    public required string Hash { get; set; }

    public required string KeyId { get; set; }
}
