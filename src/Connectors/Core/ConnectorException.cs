using System.Net;

namespace Hub.Connectors.Core;

/// <summary>A failed exchange with a partner, classified so that the engine knows whether to retry, dead-letter or move on.</summary>
public sealed class ConnectorException : Exception
{
    public ConnectorException(ConnectorErrorKind kind, string message, HttpStatusCode? status = null, TimeSpan? retryAfter = null, Exception? inner = null)
        : base(message, inner)
    {
        Kind = kind;
        Status = status;
        RetryAfter = retryAfter;
    }

    public ConnectorException()
        : this(ConnectorErrorKind.Retryable, "Connector error")
    {
    }

    public ConnectorException(string message)
        : this(ConnectorErrorKind.Retryable, message)
    {
    }

    public ConnectorException(string message, Exception innerException)
        : this(ConnectorErrorKind.Retryable, message, inner: innerException)
    {
    }

    public ConnectorErrorKind Kind { get; }

    public HttpStatusCode? Status { get; }

    /// <summary>When the partner said when to come back (Retry-After, API Particulier <c>retry_in</c>).</summary>
    public TimeSpan? RetryAfter { get; }
}
