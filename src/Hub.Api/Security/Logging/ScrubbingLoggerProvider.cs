namespace Hub.Api.Security.Logging;

/// <summary>Wraps a sink (console, test capture, OpenTelemetry…) so it only ever receives scrubbed entries.</summary>
internal sealed class ScrubbingLoggerProvider(ILoggerProvider inner) : ILoggerProvider, ISupportExternalScope
{
    public ILoggerProvider Inner => inner;

    public ILogger CreateLogger(string categoryName) => new ScrubbingLogger(inner.CreateLogger(categoryName));

    public void SetScopeProvider(IExternalScopeProvider scopeProvider)
    {
        if (inner is ISupportExternalScope scoped)
        {
            scoped.SetScopeProvider(scopeProvider);
        }
    }

    // The container owns the wrapped provider and disposes it.
    public void Dispose()
    {
    }
}
