namespace Hub.Audit;

/// <summary>
/// Appends events to the hash-chained audit trail. The task completes once the event is committed: callers that must
/// not act without a trace (an API answer, a delivery) await it, and a failure to record surfaces as their failure.
/// </summary>
public interface IAuditTrail
{
    Task RecordAsync(AuditRecord record, CancellationToken cancellationToken = default);
}
