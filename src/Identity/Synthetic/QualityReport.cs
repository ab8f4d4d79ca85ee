using System.Globalization;

namespace Hub.Identity.Synthetic;

/// <summary>
/// Pairwise quality of a de-duplication against the truth: a pair of records is predicted linked when both records
/// ended in one person; review pairs are not links (a person has not decided yet) and are counted apart.
/// </summary>
public sealed record QualityReport(long TruePairs, long PredictedPairs, long CorrectPairs, int Reviews, int ReviewsOfSamePerson)
{
    /// <summary>Correct links among predicted links (1 when nothing was linked).</summary>
    public double Precision => PredictedPairs == 0 ? 1 : (double)CorrectPairs / PredictedPairs;

    /// <summary>Found links among true links.</summary>
    public double Recall => TruePairs == 0 ? 1 : (double)CorrectPairs / TruePairs;

    /// <summary>Harmonic mean of precision and recall.</summary>
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    /// <inheritdoc />
    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"precision {Precision:F4}, recall {Recall:F4}, F1 {F1:F4} (true pairs {TruePairs}, predicted {PredictedPairs}, correct {CorrectPairs}; reviews {Reviews}, of which same person {ReviewsOfSamePerson})");
}
