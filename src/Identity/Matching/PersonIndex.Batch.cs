using System.Collections.Concurrent;

namespace Hub.Identity.Matching;

public sealed partial class PersonIndex
{
    /// <summary>
    /// De-duplicates a batch into this (empty) index: records are normalised on every core, filed in the blocks, then
    /// each record is compared with the earlier records of its blocks on every core; auto-linked pairs are joined into
    /// persons, review pairs are returned. Pairs in <paramref name="neverLink"/> (split by a person) are never joined.
    /// </summary>
    public BatchResult Deduplicate(IReadOnlyList<PersonRecord> records, IEnumerable<(SourceRecordRef First, SourceRecordRef Second)>? neverLink = null)
    {
        ArgumentNullException.ThrowIfNull(records);
        var phases = System.Diagnostics.Stopwatch.StartNew();
        var normalised = new NormalisedPerson[records.Count];
        Parallel.For(0, records.Count, i => normalised[i] = _normaliser.Normalise(records[i]));
        var normaliseSeconds = phases.Elapsed.TotalSeconds;
        lock (_gate)
        {
            if (_count != 0)
            {
                throw new InvalidOperationException("a batch is de-duplicated into an empty index");
            }

            var sameSource = new List<(int, int)>();
            for (var i = 0; i < normalised.Length; i++)
            {
                if (_bySource.TryGetValue(normalised[i].SourceKey, out var earlier))
                {
                    // The same source record twice in the batch: one person by construction (each stays a row, so
                    // that the result keeps one entry per input record).
                    sameSource.Add((i, earlier));
                    _bySource.Remove(normalised[i].SourceKey);
                }

                AddLocked(records[i], normalised[i], null);
                normalised[i] = null!; // let the strings go as soon as they are interned
            }

            foreach (var (first, second) in neverLink ?? [])
            {
                NeverLinkLocked(first, second);
            }

            var indexSeconds = phases.Elapsed.TotalSeconds - normaliseSeconds;
            var result = Cluster(sameSource);
            return result with { Timings = new BatchTimings(normaliseSeconds, indexSeconds, phases.Elapsed.TotalSeconds - normaliseSeconds - indexSeconds) };
        }
    }

    private BatchResult Cluster(List<(int, int)> sameSource)
    {
        var links = new ConcurrentBag<(int, int)>(sameSource);
        var reviews = new ConcurrentBag<ReviewPair>();
        long compared = 0;
        // One worker per core, each with one stamp array, taking interleaved records: Parallel.For's per-task state
        // would allocate a stamp array per task, gigabytes for a million records.
        var workers = Environment.ProcessorCount;
        Parallel.For(0, workers, new ParallelOptions { MaxDegreeOfParallelism = workers }, w =>
        {
            var worker = new BatchWorker(new int[_count]);
            for (var i = w; i < _count; i += workers)
            {
                worker.Compared += CompareWithEarlier(i, worker, links, reviews);
            }

            Interlocked.Add(ref compared, worker.Compared);
        });

        var sets = new UnionFind(_count);
        foreach (var (a, b) in links)
        {
            sets.Union(a, b);
        }

        // A person is named by its first record, so the result does not depend on the order threads finished in.
        var first = new int[_count];
        Array.Fill(first, -1);
        var personOf = new int[_count];
        for (var i = 0; i < _count; i++)
        {
            var root = sets.Find(i);
            if (first[root] < 0)
            {
                first[root] = i;
            }

            personOf[i] = first[root];
            _personOf[i] = first[root];
        }

        _nextPerson = _count;
        return new BatchResult(personOf, reviews.OrderBy(r => r.First).ThenBy(r => r.Second).ToList(), compared, links.Count);
    }

    private int CompareWithEarlier(int i, BatchWorker worker, ConcurrentBag<(int, int)> links, ConcurrentBag<ReviewPair> reviews)
    {
        // A stamp per query instead of clearing a set: a candidate seen through two keys is compared once.
        var stamp = i + 1;
        var compared = 0;
        Span<ulong> keys = stackalloc ulong[BlockingKeys.Max];
        var n = BlockingKeys.ForQuery(in _keys[i], keys);
        for (var k = 0; k < n; k++)
        {
            var scanned = 0;
            for (var e = _blocks.First(keys[k]); e >= 0 && scanned < _options.MaxBlockScan; e = _blocks.Next(e), scanned++)
            {
                var j = _blocks.RecordAt(e);
                if (j >= i || worker.Seen[j] == stamp)
                {
                    continue;
                }

                worker.Seen[j] = stamp;
                compared++;
                var comparison = _comparator.Compare(in _keys[i], in _keys[j]);
                if (comparison.Outcome == MatchOutcome.NewPerson || (_neverLink.Count > 0 && _neverLink.Contains((j, i))))
                {
                    continue;
                }

                if (comparison.Outcome == MatchOutcome.AutoLink)
                {
                    links.Add((i, j));
                }
                else
                {
                    reviews.Add(new ReviewPair(j, i, Math.Round(comparison.Score, 2)));
                }
            }
        }

        return compared;
    }

    private void NeverLinkLocked(SourceRecordRef first, SourceRecordRef second)
    {
        if (_bySource.TryGetValue(PersonNormaliser.SourceKey(first.Source, first.SourceId), out var a) &&
            _bySource.TryGetValue(PersonNormaliser.SourceKey(second.Source, second.SourceId), out var b))
        {
            _neverLink.Add((Math.Min(a, b), Math.Max(a, b)));
        }
    }

    private sealed class BatchWorker(int[] seen)
    {
        public int[] Seen { get; } = seen;

        public long Compared { get; set; }
    }
}
