using Hub.Identity.Matching;

namespace Hub.Identity.Synthetic;

/// <summary>Runs the matcher on a synthetic set and measures it against the truth.</summary>
public static class QualityHarness
{
    /// <summary>Generates a set, de-duplicates it in a fresh index, and measures.</summary>
    public static (QualityReport Report, BatchResult Result) Run(SyntheticOptions synthetic, MatchOptions? matching = null)
    {
        var set = SyntheticPopulation.Generate(synthetic);
        var index = new PersonIndex(matching, capacity: set.Records.Count);
        var result = index.Deduplicate(set.Records);
        return (Measure(set, result), result);
    }

    /// <summary>Pair counts from cluster sizes (no pair enumeration: linear in the number of records).</summary>
    public static QualityReport Measure(SyntheticSet set, BatchResult result)
    {
        ArgumentNullException.ThrowIfNull(set);
        ArgumentNullException.ThrowIfNull(result);
        var truth = new Dictionary<int, long>();
        var predicted = new Dictionary<int, long>();
        var both = new Dictionary<(int, int), long>();
        for (var i = 0; i < set.TruthOf.Length; i++)
        {
            Increment(truth, set.TruthOf[i]);
            Increment(predicted, result.PersonOf[i]);
            Increment(both, (result.PersonOf[i], set.TruthOf[i]));
        }

        var sameInReview = result.Reviews.Count(r => set.TruthOf[r.First] == set.TruthOf[r.Second]);
        return new QualityReport(Pairs(truth.Values), Pairs(predicted.Values), Pairs(both.Values), result.Reviews.Count, sameInReview);
    }

    private static long Pairs(IEnumerable<long> sizes) => sizes.Sum(n => n * (n - 1) / 2);

    private static void Increment<TKey>(Dictionary<TKey, long> counts, TKey key)
        where TKey : notnull =>
        counts[key] = counts.GetValueOrDefault(key) + 1;
}
