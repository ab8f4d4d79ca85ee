using Hub.Mapping.Cog;

namespace Hub.Identity.Matching;

/// <summary>
/// The in-memory index of known persons: compact keys per record (<see cref="PersonKeys"/>), interned strings, value
/// frequencies and blocks. It matches one new record against everyone in a few blocks (<see cref="Match"/>) and
/// de-duplicates a whole batch (<see cref="Deduplicate"/>). Records belong to persons (ids given by the caller or
/// allocated here). Calls are serialised by a lock; a batch uses every core inside it.
/// </summary>
public sealed partial class PersonIndex
{
    private readonly Lock _gate = new();
    private readonly MatchOptions _options;
    private readonly PersonNormaliser _normaliser;
    private readonly StringPool _pool = new();
    private readonly Frequencies _frequencies = new();
    private readonly BlockIndex _blocks;
    private readonly PersonComparator _comparator;
    private readonly Dictionary<ulong, int> _bySource = [];
    private readonly HashSet<(int, int)> _neverLink = [];
    private PersonKeys[] _keys;
    private int[] _personOf;
    private SourceRecordRef[] _refs;
    private int _count;
    private int _nextPerson;

    /// <summary>An empty index.</summary>
    /// <param name="options">Thresholds and weights; defaults when null.</param>
    /// <param name="cog">The COG used to bring birthplaces to their code at birth; the embedded one when null.</param>
    /// <param name="capacity">Expected number of records (avoids regrowing arrays).</param>
    public PersonIndex(MatchOptions? options = null, CogDirectory? cog = null, int capacity = 1024)
    {
        _options = options ?? new MatchOptions();
        var problems = _options.Validate();
        if (problems.Count > 0)
        {
            throw new ArgumentException(string.Join("; ", problems), nameof(options));
        }

        _normaliser = new PersonNormaliser(cog ?? CogDirectory.Default);
        _comparator = new PersonComparator(_options, _pool, _frequencies);
        _blocks = new BlockIndex(capacity * 6);
        _keys = new PersonKeys[Math.Max(capacity, 16)];
        _personOf = new int[_keys.Length];
        _refs = new SourceRecordRef[_keys.Length];
    }

    /// <summary>Number of records.</summary>
    public int Count => _count;

    /// <summary>Distinct blocking keys (for the benchmark).</summary>
    public int BlockCount => _blocks.KeyCount;

    /// <summary>The person a source record belongs to, null when the index does not know the record.</summary>
    public int? PersonOf(SourceRecordRef record)
    {
        ArgumentNullException.ThrowIfNull(record);
        lock (_gate)
        {
            return _bySource.TryGetValue(PersonNormaliser.SourceKey(record.Source, record.SourceId), out var index) ? _personOf[index] : null;
        }
    }

    /// <summary>Adds a record to a person (a new one when <paramref name="personId"/> is null); returns the person id.</summary>
    public int Add(PersonRecord record, int? personId = null)
    {
        var normalised = _normaliser.Normalise(record);
        lock (_gate)
        {
            return AddLocked(record, normalised, personId);
        }
    }

    /// <summary>
    /// Matches a record against the index without adding it. The source id already linked decides first; then every
    /// record sharing a blocking key is compared, and the best person wins (a person with a decisive conflict on any of
    /// its records is at most sent to review).
    /// </summary>
    public MatchDecision Match(PersonRecord record)
    {
        var normalised = _normaliser.Normalise(record);
        lock (_gate)
        {
            return MatchLocked(normalised);
        }
    }

    /// <summary>Matches a record, then adds it: to the matched person on auto-link, as a new person otherwise.</summary>
    public (MatchDecision Decision, int PersonId) MatchAndAdd(PersonRecord record)
    {
        var normalised = _normaliser.Normalise(record);
        lock (_gate)
        {
            var decision = MatchLocked(normalised);
            var person = AddLocked(record, normalised, decision.Outcome == MatchOutcome.AutoLink ? decision.PersonId : null);
            return (decision, person);
        }
    }

    /// <summary>
    /// Compares two records with this index's weights and frequencies and explains the result (for a review screen that
    /// shows both records side by side). Neither record is added.
    /// </summary>
    public MatchDecision Compare(PersonRecord first, PersonRecord second)
    {
        var a = _normaliser.Normalise(first);
        var b = _normaliser.Normalise(second);
        lock (_gate)
        {
            var keysA = PersonKeys.From(a, _pool);
            var keysB = PersonKeys.From(b, _pool);
            var comparison = _comparator.Compare(in keysA, in keysB);
            return new MatchDecision(comparison.Outcome, comparison.Rule, Math.Round(comparison.Score, 2), null,
                new SourceRecordRef(second.Source, second.SourceId), comparison.Evidence(), 1);
        }
    }

    /// <summary>
    /// Records that a person split these two records: they are never linked again automatically, whatever their score.
    /// </summary>
    public void NeverLink(SourceRecordRef first, SourceRecordRef second)
    {
        ArgumentNullException.ThrowIfNull(first);
        ArgumentNullException.ThrowIfNull(second);
        lock (_gate)
        {
            NeverLinkLocked(first, second);
        }
    }

    private int AddLocked(PersonRecord record, NormalisedPerson normalised, int? personId)
    {
        if (_bySource.TryGetValue(normalised.SourceKey, out var existing))
        {
            // A new version of a known source record replaces its keys in place (its old blocks still lead to it, and
            // the comparison reads the new keys); it stays with its person unless one is given.
            _keys[existing] = PersonKeys.From(normalised, _pool);
            File(existing);
            return _personOf[existing] = personId ?? _personOf[existing];
        }

        if (_count == _keys.Length)
        {
            Array.Resize(ref _keys, _count * 2);
            Array.Resize(ref _personOf, _count * 2);
            Array.Resize(ref _refs, _count * 2);
        }

        var index = _count++;
        _keys[index] = PersonKeys.From(normalised, _pool);
        var person = personId ?? _nextPerson++;
        _nextPerson = Math.Max(_nextPerson, person + 1);
        _personOf[index] = person;
        _refs[index] = new SourceRecordRef(record.Source, record.SourceId);
        _bySource[normalised.SourceKey] = index;
        _frequencies.Add(in _keys[index]);
        File(index);
        return person;
    }

    private void File(int index)
    {
        Span<ulong> keys = stackalloc ulong[BlockingKeys.Max];
        var n = BlockingKeys.ForStorage(in _keys[index], keys);
        for (var k = 0; k < n; k++)
        {
            _blocks.Add(keys[k], index);
        }
    }

    private MatchDecision MatchLocked(NormalisedPerson normalised)
    {
        if (_bySource.TryGetValue(normalised.SourceKey, out var known))
        {
            // The same source record seen again: it stays with its person, no comparison needed.
            return new MatchDecision(MatchOutcome.AutoLink, MatchRule.SourceIdLinked, 0, _personOf[known], _refs[known], [], 0);
        }

        var query = PersonKeys.From(normalised, _pool);
        var best = new Best();
        var conflicted = new HashSet<int>();
        var compared = 0;
        var seen = new HashSet<int>();
        Span<ulong> keys = stackalloc ulong[BlockingKeys.Max];
        var n = BlockingKeys.ForQuery(in query, keys);
        for (var k = 0; k < n; k++)
        {
            var scanned = 0;
            for (var e = _blocks.First(keys[k]); e >= 0 && scanned < _options.MaxBlockScan; e = _blocks.Next(e), scanned++)
            {
                var candidate = _blocks.RecordAt(e);
                if (!seen.Add(candidate))
                {
                    continue;
                }

                compared++;
                var comparison = _comparator.Compare(in query, in _keys[candidate]);
                if (comparison.Outcome == MatchOutcome.NewPerson && comparison.Rule != MatchRule.Score)
                {
                    conflicted.Add(_personOf[candidate]);
                }

                best.Offer(candidate, in comparison);
            }
        }

        if (best.Record < 0 || best.Comparison.Outcome == MatchOutcome.NewPerson)
        {
            return best.Record < 0
                ? MatchDecision.None(compared)
                : Decision(best, MatchOutcome.NewPerson, compared);
        }

        var person = _personOf[best.Record];
        var outcome = best.Comparison.Outcome == MatchOutcome.AutoLink && conflicted.Contains(person)
            ? MatchOutcome.Review
            : best.Comparison.Outcome;
        return Decision(best, outcome, compared);
    }

    private MatchDecision Decision(Best best, MatchOutcome outcome, int compared) => new(
        outcome,
        best.Comparison.Rule,
        Math.Round(best.Comparison.Score, 2),
        outcome == MatchOutcome.NewPerson ? null : _personOf[best.Record],
        _refs[best.Record],
        best.Comparison.Evidence(),
        compared);

    /// <summary>The best comparison so far: auto-link over review over new person, then the higher score.</summary>
    private struct Best()
    {
        public int Record = -1;
        public Comparison Comparison;

        public void Offer(int record, in Comparison comparison)
        {
            if (Record < 0 || comparison.Outcome > Comparison.Outcome ||
                (comparison.Outcome == Comparison.Outcome && comparison.Score > Comparison.Score))
            {
                Record = record;
                Comparison = comparison;
            }
        }
    }
}
