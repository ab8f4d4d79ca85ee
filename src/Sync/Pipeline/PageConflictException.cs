namespace Hub.Sync.Pipeline;

/// <summary>A page met a concurrent writer; its transaction was rolled back and the page can simply be run again.</summary>
public sealed class PageConflictException : Exception
{
    public PageConflictException()
    {
    }

    public PageConflictException(string message)
        : base(message)
    {
    }

    public PageConflictException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
