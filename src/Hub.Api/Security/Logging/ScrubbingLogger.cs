using System.Globalization;

namespace Hub.Api.Security.Logging;

/// <summary>Scrubs each entry (message, structured values, exception text) before the wrapped sink sees it.</summary>
internal sealed class ScrubbingLogger(ILogger inner) : ILogger
{
    public IDisposable? BeginScope<TState>(TState state)
        where TState : notnull => inner.BeginScope(state);

    public bool IsEnabled(LogLevel logLevel) => inner.IsEnabled(logLevel);

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        ArgumentNullException.ThrowIfNull(formatter);
        if (!inner.IsEnabled(logLevel))
        {
            return;
        }

        var message = formatter(state, exception) ?? string.Empty;
        var values = new List<KeyValuePair<string, object?>>();
        if (state is IEnumerable<KeyValuePair<string, object?>> pairs)
        {
            foreach (var (key, value) in pairs)
            {
                var (scrubbed, original, replacement) = ScrubValue(key, value);
                values.Add(new(key, scrubbed));
                if (original is { Length: > 1 } && replacement is not null)
                {
                    message = message.Replace(original, replacement, StringComparison.Ordinal);
                }
            }
        }

        inner.Log(logLevel, eventId, new ScrubbedState(values, LogScrubber.Scrub(message)), ScrubbedException.From(exception), ScrubbedState.Format);
    }

    /// <summary>The value to hand on, and the text to replace in the message when the value was a query string.</summary>
    private static (object? Value, string? Original, string? Replacement) ScrubValue(string key, object? value)
    {
        if (value is null || key == "{OriginalFormat}" || value is bool or Enum or Guid or DateTime or DateTimeOffset or TimeSpan)
        {
            return (value, null, null);
        }

        var text = Convert.ToString(value, CultureInfo.InvariantCulture) ?? string.Empty;
        if (LogScrubber.IsQueryKey(key) && text.Length > 1)
        {
            return (LogScrubber.QueryMask, text, LogScrubber.QueryMask);
        }

        var scrubbed = LogScrubber.Scrub(text);
        return string.Equals(scrubbed, text, StringComparison.Ordinal) ? (value, null, null) : (scrubbed, null, null);
    }
}
