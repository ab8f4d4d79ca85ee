namespace Hub.Simulators.Generation;

/// <summary>Draws an item with a probability proportional to its weight (cumulative weights + binary search).</summary>
internal sealed class WeightedTable<T>
{
    private readonly T[] _items;
    private readonly long[] _cumulative;

    public WeightedTable(IEnumerable<(T Item, long Weight)> entries)
    {
        var list = entries.Where(e => e.Weight > 0).ToList();
        if (list.Count == 0)
        {
            throw new ArgumentException("A weighted table needs at least one positive weight.", nameof(entries));
        }

        _items = new T[list.Count];
        _cumulative = new long[list.Count];
        long total = 0;
        for (var i = 0; i < list.Count; i++)
        {
            total += list[i].Weight;
            _items[i] = list[i].Item;
            _cumulative[i] = total;
        }
    }

    public int Count => _items.Length;

    public IReadOnlyList<T> Items => _items;

    public T Pick(ref Rng rng)
    {
        var target = (long)(rng.NextULong() % (ulong)_cumulative[^1]);
        var index = Array.BinarySearch(_cumulative, target + 1);
        if (index < 0)
        {
            index = ~index;
        }

        return _items[index];
    }
}
