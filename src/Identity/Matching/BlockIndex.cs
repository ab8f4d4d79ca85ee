using System.Runtime.InteropServices;

namespace Hub.Identity.Matching;

/// <summary>
/// Blocks as linked chains in flat arrays: one dictionary entry per distinct key pointing at the newest entry, and per
/// entry the record and the previous entry of the same key. About 8 bytes per (record, key) plus the dictionary,
/// instead of a list object per block; adding is O(1), reading a block walks its chain.
/// </summary>
internal sealed class BlockIndex
{
    private readonly Dictionary<ulong, int> _heads;
    private int[] _record;
    private int[] _next;
    private int _count;

    public BlockIndex(int capacity = 1024)
    {
        _heads = new Dictionary<ulong, int>(capacity);
        _record = new int[Math.Max(capacity, 16)];
        _next = new int[Math.Max(capacity, 16)];
    }

    public int KeyCount => _heads.Count;

    public void Add(ulong key, int record)
    {
        if (_count == _record.Length)
        {
            Array.Resize(ref _record, _count * 2);
            Array.Resize(ref _next, _count * 2);
        }

        ref var head = ref CollectionsMarshal.GetValueRefOrAddDefault(_heads, key, out var exists);
        _record[_count] = record;
        _next[_count] = exists ? head : -1;
        head = _count++;
    }

    /// <summary>The newest entry of a block, -1 when the key is unknown. Walk with <see cref="Next"/>.</summary>
    public int First(ulong key) => _heads.TryGetValue(key, out var entry) ? entry : -1;

    public int Next(int entry) => _next[entry];

    public int RecordAt(int entry) => _record[entry];
}
