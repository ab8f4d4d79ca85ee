namespace Hub.Identity.Matching;

/// <summary>
/// The outcome of de-duplicating a batch: for each record (in input order) the index of the first record of its
/// person (itself for a new person), the pairs sent to review, and counts for the benchmark.
/// </summary>
public sealed record BatchResult(int[] PersonOf, IReadOnlyList<ReviewPair> Reviews, long PairsCompared, int AutoLinks)
{
    /// <summary>How many distinct persons the batch holds.</summary>
    public int PersonCount => PersonOf.Where((p, i) => p == i).Count();

    /// <summary>Where the time went (for the benchmark).</summary>
    public BatchTimings? Timings { get; init; }
}

/// <summary>Seconds spent normalising (all cores), filing in the index (one core), comparing and clustering (all cores).</summary>
public sealed record BatchTimings(double NormaliseSeconds, double IndexSeconds, double CompareSeconds);

/// <summary>Two records (input indexes) a data steward should look at, with their score.</summary>
public sealed record ReviewPair(int First, int Second, double Score);
