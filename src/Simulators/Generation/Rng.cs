namespace Hub.Simulators.Generation;

/// <summary>
/// Small counter-based random source: every draw is a pure function of (seed, stream, index, draw number), so any
/// record can be rebuilt alone, in any order, on any thread. Not for security (CA5394 does not apply: no System.Random).
/// </summary>
internal struct Rng
{
    private ulong _state;

    public Rng(ulong seed, ulong stream, long index)
    {
        _state = Mix(seed ^ Mix(stream + 0x9E3779B97F4A7C15UL) ^ Mix((ulong)index * 0xBF58476D1CE4E5B9UL + 0x94D049BB133111EBUL));
    }

    public static ulong Mix(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    /// <summary>A stable 64-bit hash of a string (FNV-1a), used to turn names into stream numbers.</summary>
    public static ulong Hash(string text)
    {
        var h = 14695981039346656037UL;
        foreach (var c in text)
        {
            h = (h ^ c) * 1099511628211UL;
        }

        return Mix(h);
    }

    public ulong NextULong()
    {
        _state += 0x9E3779B97F4A7C15UL;
        return Mix(_state);
    }

    /// <summary>Uniform in [0, 1).</summary>
    public double NextDouble() => (NextULong() >> 11) * (1.0 / (1UL << 53));

    /// <summary>Uniform in [0, max).</summary>
    public int Next(int max) => max <= 1 ? 0 : (int)(NextULong() % (ulong)max);

    /// <summary>Uniform in [min, max] (both included).</summary>
    public int Between(int min, int max) => min + Next(max - min + 1);

    public bool Chance(double probability) => NextDouble() < probability;

    public T Pick<T>(IReadOnlyList<T> items) => items[Next(items.Count)];
}
