using System.Collections.Concurrent;

namespace Hub.Simulators.Faults;

/// <summary>Calls received per endpoint ("GET /v1/menages"), faulted ones included, so tests can count retries.</summary>
public sealed class CallCounters
{
    private readonly ConcurrentDictionary<string, long> _counts = new(StringComparer.Ordinal);

    public long this[string endpoint] => _counts.GetValueOrDefault(endpoint);

    public long Total => _counts.Values.Sum();

    public IReadOnlyDictionary<string, long> Snapshot() => new SortedDictionary<string, long>(_counts, StringComparer.Ordinal);

    public void Reset() => _counts.Clear();

    internal void Increment(string endpoint) => _counts.AddOrUpdate(endpoint, 1, (_, n) => n + 1);
}
