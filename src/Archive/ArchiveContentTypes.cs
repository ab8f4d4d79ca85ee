namespace Hub.Archive;

/// <summary>Content types with a meaning for retention.</summary>
public static class ArchiveContentTypes
{
    /// <summary>
    /// Exports of the audit trail: records of accountability, kept as long as the organisation keeps its audit, so
    /// payload retention never purges them (the audit's own retention is a decision of the data controller).
    /// </summary>
    public const string AuditExport = "application/vnd.lda-hub.audit-export+x-ndjson";
}
