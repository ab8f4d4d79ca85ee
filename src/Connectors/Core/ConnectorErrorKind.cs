namespace Hub.Connectors.Core;

/// <summary>How the sync engine must treat a failed call or record.</summary>
public enum ConnectorErrorKind
{
    /// <summary>Transient (5xx, 429, 409 in flight, timeout, reset, truncated page): retry later; the data will come.</summary>
    Retryable,

    /// <summary>The request or record itself is wrong (4xx, schema-invalid): retrying cannot help; it goes to dead letters.</summary>
    Permanent,

    /// <summary>The partner does not know this person (API Particulier 404): a normal answer, not a failure of the exchange.</summary>
    IdentityNotFound,
}
