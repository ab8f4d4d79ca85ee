using System.Collections.Concurrent;
using System.Globalization;
using System.Text;
using Microsoft.Extensions.Logging;

namespace Hub.Sync.Tests.Infrastructure;

/// <summary>
/// A log sink that keeps every entry as the text a sink could write: category, formatted message, each structured
/// value, the active scopes and the exception's full text. Registered like any other provider, so it receives what
/// the console would, after the hub's redaction and scrubbing.
/// </summary>
public sealed class LogCapture : ILoggerProvider, ISupportExternalScope
{
    private readonly ConcurrentQueue<string> _lines = new();
    private IExternalScopeProvider? _scopes;

    public IReadOnlyList<string> Lines => [.. _lines];

    public void Clear() => _lines.Clear();

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    public void SetScopeProvider(IExternalScopeProvider scopeProvider) => _scopes = scopeProvider;

    public void Dispose()
    {
    }

    private sealed class Logger(LogCapture owner, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => owner._scopes?.Push(state);

        public bool IsEnabled(LogLevel logLevel) => logLevel != LogLevel.None;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            var line = new StringBuilder().Append(CultureInfo.InvariantCulture, $"{logLevel} {category}[{eventId.Id}] {formatter(state, exception)}");
            if (state is IEnumerable<KeyValuePair<string, object?>> values)
            {
                foreach (var (key, value) in values)
                {
                    line.Append(CultureInfo.InvariantCulture, $" | {key}={Text(value)}");
                }
            }

            owner._scopes?.ForEachScope((scope, builder) => builder.Append(CultureInfo.InvariantCulture, $" | scope={Text(scope)}"), line);
            if (exception is not null)
            {
                line.Append(" | exception=").Append(exception);
            }

            owner._lines.Enqueue(line.ToString());
        }

        private static string Text(object? value) => value switch
        {
            null => "null",
            string s => s,
            IEnumerable<KeyValuePair<string, object?>> pairs => string.Join(", ", pairs.Select(p => $"{p.Key}={Text(p.Value)}")),
            System.Collections.IEnumerable items => string.Join(", ", items.Cast<object?>().Select(Text)),
            _ => Convert.ToString(value, CultureInfo.InvariantCulture) ?? string.Empty,
        };
    }
}
