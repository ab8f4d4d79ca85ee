namespace Hub.Identity.Matching;

/// <summary>Thresholds and limits of the matcher. A score at or above <see cref="AutoLinkThreshold"/> links; at or
/// above <see cref="ReviewThreshold"/> goes to review; below is a new person.</summary>
public sealed record MatchOptions
{
    /// <summary>Score (sum of log2 m/u weights) from which a pair is linked without a person.</summary>
    public double AutoLinkThreshold { get; init; } = 20;

    /// <summary>Score from which a pair is shown to a data steward.</summary>
    public double ReviewThreshold { get; init; } = 13;

    /// <summary>
    /// The weight names, sex, birthplace and NIR must reach on their own for an auto-link by score: the birth date and
    /// the address do not tell homonyms apart.
    /// </summary>
    public double MinimumIdentityWeight { get; init; } = 8;

    /// <summary>Candidates read per blocking key at most: a huge block (a data error) must not make one query slow.</summary>
    public int MaxBlockScan { get; init; } = 500;

    /// <summary>The weights.</summary>
    public MatchWeights Weights { get; init; } = MatchWeights.Default;

    /// <summary>Every problem at once (empty when valid).</summary>
    public IReadOnlyList<string> Validate()
    {
        var problems = new List<string>();
        if (ReviewThreshold > AutoLinkThreshold)
        {
            problems.Add("ReviewThreshold must not exceed AutoLinkThreshold");
        }

        if (MaxBlockScan < 1)
        {
            problems.Add("MaxBlockScan must be at least 1");
        }

        if (Weights is null)
        {
            problems.Add("Weights are required");
        }

        return problems;
    }
}
