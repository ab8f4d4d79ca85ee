namespace Hub.Simulators.Hosting;

/// <summary>Fixed one-minute window behind the RateLimit-* headers (and the optional 429 once it is spent).</summary>
internal sealed class RateWindow(int limit, TimeProvider time)
{
    private readonly Lock _gate = new();
    private DateTimeOffset _windowEnd;
    private int _used;

    public int Limit { get; } = limit;

    /// <summary>Counts one call; returns what is left and when the window ends.</summary>
    public (int Remaining, DateTimeOffset Reset) Take()
    {
        var now = time.GetUtcNow();
        lock (_gate)
        {
            if (now >= _windowEnd)
            {
                _windowEnd = now.AddMinutes(1);
                _used = 0;
            }

            _used++;
            return (Limit - _used, _windowEnd);
        }
    }
}
