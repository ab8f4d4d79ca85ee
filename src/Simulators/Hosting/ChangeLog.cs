namespace Hub.Simulators.Hosting;

/// <summary>One change after the generated base: a new revision (or a deletion) of a list slot, at a new sequence.</summary>
internal sealed class ChangeEntry(long sequence, long slot, int revision, bool deleted, string? mergedInto, DateTimeOffset at)
{
    public long Sequence { get; } = sequence;

    public long Slot { get; } = slot;

    public int Revision { get; } = revision;

    public bool Deleted { get; } = deleted;

    public string? MergedInto { get; } = mergedInto;

    public DateTimeOffset At { get; } = at;

    /// <summary>A later change of the same slot exists: a change feed shows only the last state of a record.</summary>
    public bool Superseded { get; set; }
}

/// <summary>
/// Append-only log of the changes of one list, numbered after the base sequences. Only changes are kept in memory
/// (the base stays a pure function of the seed), so a million-record source with a few thousand mutations stays small.
/// </summary>
internal sealed class ChangeLog(long baseMax)
{
    private readonly Lock _gate = new();
    private readonly List<ChangeEntry> _entries = [];
    private readonly Dictionary<long, ChangeEntry> _latest = [];
    private long _next = baseMax + 1;

    public long BaseMax { get; } = baseMax;

    public long LastSequence
    {
        get
        {
            lock (_gate)
            {
                return _next - 1;
            }
        }
    }

    public int Count
    {
        get
        {
            lock (_gate)
            {
                return _entries.Count;
            }
        }
    }

    /// <param name="created">The slot is new (after the base): its first entry is revision 0, the record as generated.</param>
    public ChangeEntry Append(long slot, DateTimeOffset at, bool deleted = false, string? mergedInto = null, bool created = false)
    {
        lock (_gate)
        {
            var revision = created ? 0 : 1;
            if (_latest.TryGetValue(slot, out var previous))
            {
                previous.Superseded = true;
                revision = previous.Revision + 1;
            }

            var entry = new ChangeEntry(_next++, slot, revision, deleted, mergedInto, at);
            _entries.Add(entry);
            _latest[slot] = entry;
            return entry;
        }
    }

    public ChangeEntry? Latest(long slot)
    {
        lock (_gate)
        {
            return _latest.GetValueOrDefault(slot);
        }
    }

    public bool IsOverridden(long slot)
    {
        lock (_gate)
        {
            return _latest.ContainsKey(slot);
        }
    }

    /// <summary>Live (not superseded) changes after <paramref name="sequence"/>, at most <paramref name="max"/>.</summary>
    public List<ChangeEntry> After(long sequence, int max)
    {
        var result = new List<ChangeEntry>();
        lock (_gate)
        {
            var low = 0;
            var high = _entries.Count;
            while (low < high)
            {
                var mid = (low + high) / 2;
                if (_entries[mid].Sequence <= sequence)
                {
                    low = mid + 1;
                }
                else
                {
                    high = mid;
                }
            }

            for (var i = low; i < _entries.Count && result.Count < max; i++)
            {
                if (!_entries[i].Superseded)
                {
                    result.Add(_entries[i]);
                }
            }
        }

        return result;
    }

    public void Clear()
    {
        lock (_gate)
        {
            _entries.Clear();
            _latest.Clear();
            _next = BaseMax + 1;
        }
    }
}
