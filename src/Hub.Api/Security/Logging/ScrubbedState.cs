using System.Collections;

namespace Hub.Api.Security.Logging;

/// <summary>A log entry's structured values and formatted message after <see cref="LogScrubber"/>: what sinks receive.</summary>
internal sealed class ScrubbedState(IReadOnlyList<KeyValuePair<string, object?>> values, string message) : IReadOnlyList<KeyValuePair<string, object?>>
{
    public string Message { get; } = message;

    public KeyValuePair<string, object?> this[int index] => values[index];

    public int Count => values.Count;

    public IEnumerator<KeyValuePair<string, object?>> GetEnumerator() => values.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    public override string ToString() => Message;

    public static string Format(ScrubbedState state, Exception? exception) => state.Message;
}
