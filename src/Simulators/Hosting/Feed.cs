namespace Hub.Simulators.Hosting;

/// <summary>A page of an incremental list: elements in sequence order, the cursor to send back and whether more exist.</summary>
internal sealed record FeedPage(IReadOnlyList<IFeedRecord> Elements, long CursorSequence, bool More);

/// <summary>
/// One incremental list. Base slot <c>s</c> (sequence <c>s + 1</c>) holds revision 0 of a generated record, or nothing;
/// later changes come from the <see cref="ChangeLog"/> with higher sequences. Reading never builds the records before
/// the cursor, so any page of a million-record list costs the same.
/// </summary>
/// <param name="exists">Cheap test: does base slot hold a record (no full generation).</param>
/// <param name="build">Builds the record of a slot at a revision, with its sequence and change time (null: base time).</param>
internal sealed class Feed(string name, long baseSlots, Func<long, bool> exists, Func<long, int, long, DateTimeOffset?, IFeedRecord?> build)
{
    // Bounds the empty slots one request may walk (sparse lists): beyond, the page ends early with More = true.
    private const int ScanBudgetPerItem = 32;

    public string Name { get; } = name;

    public ChangeLog Changes { get; } = new(baseSlots);

    public long BaseSlots { get; } = baseSlots;

    public FeedPage Read(long after, int limit)
    {
        var items = new List<IFeedRecord>(Math.Min(limit, 1024));
        var scanned = Math.Max(after, 0);
        var budget = ((long)limit * ScanBudgetPerItem) + 4096;
        var sequence = scanned + 1;
        while (sequence <= BaseSlots && items.Count < limit && budget-- > 0)
        {
            var slot = sequence - 1;
            if (!Changes.IsOverridden(slot) && exists(slot) && build(slot, 0, sequence, null) is { } record)
            {
                items.Add(record);
            }

            scanned = sequence++;
        }

        if (sequence <= BaseSlots)
        {
            // Stopped inside the base (page full or budget spent): more follows if any slot or change is left.
            return new FeedPage(items, scanned, items.Count < limit || HasBaseAfter(scanned) || Changes.After(BaseSlots, 1).Count > 0);
        }

        var changes = Changes.After(Math.Max(scanned, BaseSlots), limit - items.Count + 1);
        var take = Math.Min(changes.Count, limit - items.Count);
        for (var i = 0; i < take; i++)
        {
            items.Add(FromChange(changes[i]));
            scanned = changes[i].Sequence;
        }

        return new FeedPage(items, scanned, changes.Count > take);
    }

    /// <summary>Current state of a slot (last change, or the base record); null when empty or deleted.</summary>
    public IFeedRecord? Current(long slot)
    {
        var change = Changes.Latest(slot);
        if (change is null)
        {
            return slot < BaseSlots && exists(slot) ? build(slot, 0, slot + 1, null) : null;
        }

        return change.Deleted ? null : build(slot, change.Revision, change.Sequence, change.At);
    }

    public bool IsDeleted(long slot) => Changes.Latest(slot)?.Deleted == true;

    private IFeedRecord FromChange(ChangeEntry change)
    {
        if (!change.Deleted)
        {
            return build(change.Slot, change.Revision, change.Sequence, change.At)
                ?? throw new InvalidOperationException($"{Name}: change {change.Sequence} names an empty slot {change.Slot}.");
        }

        var before = build(change.Slot, change.Revision - 1, change.Sequence, change.At);
        return new Suppression(before?.Id ?? change.Slot.ToString(System.Globalization.CultureInfo.InvariantCulture), (before?.Version ?? 1) + 1, change.At, change.Sequence, true, change.MergedInto);
    }

    private bool HasBaseAfter(long scanned)
    {
        var budget = 4096;
        for (var sequence = scanned + 1; sequence <= BaseSlots; sequence++)
        {
            if (budget-- == 0)
            {
                return true;
            }

            if (!Changes.IsOverridden(sequence - 1) && exists(sequence - 1))
            {
                return true;
            }
        }

        return false;
    }
}
