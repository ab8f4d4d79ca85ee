namespace Hub.Api.Security.Logging;

/// <summary>
/// Stands for an exception whose text held something <see cref="LogScrubber"/> masks: sinks print <see cref="ToString"/>
/// (message, inner exceptions, stack), which is the original's, scrubbed. The type name stays visible in the text.
/// </summary>
internal sealed class ScrubbedException : Exception
{
    private readonly string _text;
    private readonly string? _stackTrace;

    public ScrubbedException()
        : this("Scrubbed exception.")
    {
    }

    public ScrubbedException(string message)
        : base(message)
    {
        _text = message;
    }

    public ScrubbedException(string message, Exception innerException)
        : base(message, innerException)
    {
        _text = message;
    }

    private ScrubbedException(Exception original, string message, string text)
        : base(message)
    {
        _text = text;
        _stackTrace = original.StackTrace;
        HResult = original.HResult;
        Source = original.Source;
    }

    public override string? StackTrace => _stackTrace;

    public override string ToString() => _text;

    /// <summary>The original when nothing needs masking, else a stand-in carrying its scrubbed text.</summary>
    public static Exception? From(Exception? exception)
    {
        if (exception is null)
        {
            return null;
        }

        var text = exception.ToString();
        var scrubbedText = LogScrubber.Scrub(text);
        return ReferenceEquals(text, scrubbedText) || text == scrubbedText
            ? exception
            : new ScrubbedException(exception, LogScrubber.Scrub(exception.Message), scrubbedText);
    }
}
