using System.ComponentModel.DataAnnotations;
using Hub.Identity.Matching;

namespace Hub.Sync.Identity;

/// <summary>
/// <c>Hub:Identity</c>: the matcher's thresholds (docs/IDENTITY.md, "Order of decision"). The defaults are the library's
/// (<see cref="MatchOptions"/>); a hub refuses to start with a review threshold at or above the auto-link one, or a
/// value that is not positive.
/// </summary>
public sealed class IdentityOptions : IValidatableObject
{
    public const string SectionName = "Hub:Identity";

    private static readonly MatchOptions Defaults = new();

    /// <summary>Score from which a record is linked to a stored person without a steward.</summary>
    public double AutoLinkThreshold { get; set; } = Defaults.AutoLinkThreshold;

    /// <summary>Score from which a pair goes to the review queue.</summary>
    public double ReviewThreshold { get; set; } = Defaults.ReviewThreshold;

    /// <summary>The weight names, sex, birthplace and NIR must reach on their own for an auto-link by score.</summary>
    public double MinimumIdentityWeight { get; set; } = Defaults.MinimumIdentityWeight;

    /// <summary>Candidates read per blocking key at most.</summary>
    public int MaxBlockScan { get; set; } = Defaults.MaxBlockScan;

    public MatchOptions ToMatchOptions() => new()
    {
        AutoLinkThreshold = AutoLinkThreshold,
        ReviewThreshold = ReviewThreshold,
        MinimumIdentityWeight = MinimumIdentityWeight,
        MaxBlockScan = MaxBlockScan,
    };

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        foreach (var (name, value) in new[] { (nameof(AutoLinkThreshold), AutoLinkThreshold), (nameof(ReviewThreshold), ReviewThreshold), (nameof(MinimumIdentityWeight), MinimumIdentityWeight) })
        {
            if (!double.IsFinite(value) || value <= 0)
            {
                yield return new ValidationResult($"{SectionName}:{name} must be a positive number (got {value}).", [name]);
            }
        }

        if (MaxBlockScan < 1)
        {
            yield return new ValidationResult($"{SectionName}:{nameof(MaxBlockScan)} must be at least 1 (got {MaxBlockScan}).", [nameof(MaxBlockScan)]);
        }

        if (ReviewThreshold >= AutoLinkThreshold)
        {
            yield return new ValidationResult(
                $"{SectionName}:{nameof(ReviewThreshold)} ({ReviewThreshold}) must be below {SectionName}:{nameof(AutoLinkThreshold)} ({AutoLinkThreshold}).",
                [nameof(ReviewThreshold), nameof(AutoLinkThreshold)]);
        }
    }
}
