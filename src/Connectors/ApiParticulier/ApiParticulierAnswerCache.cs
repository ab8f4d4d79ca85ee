using System.Collections.Concurrent;

namespace Hub.Connectors.ApiParticulier;

/// <summary>
/// The hub's 24 h cache of API Particulier answers, keyed by (endpoint, identity, QF month). Found and not-found
/// answers are both kept: the guide caches a 404 for 24 h too, so a person unknown to the CAF is not asked again all
/// day. Time comes from the injected clock; the size is capped so a bulk check cannot grow it without bound.
/// </summary>
internal sealed class ApiParticulierAnswerCache(TimeProvider time, TimeSpan? lifetime = null, int maxEntries = 50_000)
{
    private readonly ConcurrentDictionary<string, Entry> _entries = new(StringComparer.Ordinal);
    private readonly TimeSpan _lifetime = lifetime ?? TimeSpan.FromHours(24);

    public int Count => _entries.Count;

    public bool TryGet<TData>(string key, out ApiParticulierAnswer<TData> answer)
        where TData : class
    {
        if (_entries.TryGetValue(key, out var entry) && entry.Answer is ApiParticulierAnswer<TData> cached)
        {
            if (entry.Expires > time.GetUtcNow())
            {
                answer = cached with { FromHubCache = true };
                return true;
            }

            _entries.TryRemove(key, out _);
        }

        answer = null!;
        return false;
    }

    public void Set<TData>(string key, ApiParticulierAnswer<TData> answer)
        where TData : class
    {
        var now = time.GetUtcNow();
        if (_entries.Count >= maxEntries)
        {
            Evict(now);
        }

        _entries[key] = new Entry(answer, now + _lifetime);
    }

    public void Remove(string key) => _entries.TryRemove(key, out _);

    private void Evict(DateTimeOffset now)
    {
        foreach (var (key, entry) in _entries)
        {
            if (entry.Expires <= now)
            {
                _entries.TryRemove(key, out _);
            }
        }

        // Still full of live answers: drop the oldest tenth rather than refuse to cache.
        if (_entries.Count >= maxEntries)
        {
            foreach (var key in _entries.OrderBy(e => e.Value.Expires).Take(Math.Max(1, maxEntries / 10)).Select(e => e.Key).ToList())
            {
                _entries.TryRemove(key, out _);
            }
        }
    }

    private sealed record Entry(object Answer, DateTimeOffset Expires);
}
