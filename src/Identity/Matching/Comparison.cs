using System.Runtime.CompilerServices;

namespace Hub.Identity.Matching;

/// <summary>
/// The result of comparing two records, as a value (no allocation in the batch loop): the agreement level and weight of
/// each trait, their sum, and the rule that decided. <see cref="Evidence"/> turns it into an explanation.
/// </summary>
internal struct Comparison
{
    public TraitLevels Levels;
    public TraitWeights Weights;
    public double Score;
    public MatchRule Rule;
    public MatchOutcome Outcome;

    public void Set(Trait trait, Agreement agreement, double weight)
    {
        Levels[(int)trait] = agreement;
        Weights[(int)trait] = weight;
        Score += weight;
    }

    public readonly Agreement Level(Trait trait) => Levels[(int)trait];

    /// <summary>The traits that carried evidence, strongest first.</summary>
    public readonly IReadOnlyList<TraitEvidence> Evidence()
    {
        var evidence = new List<TraitEvidence>();
        foreach (var trait in Enum.GetValues<Trait>())
        {
            if (Levels[(int)trait] != Agreement.Missing)
            {
                evidence.Add(new TraitEvidence(trait, Levels[(int)trait], Math.Round(Weights[(int)trait], 2)));
            }
        }

        return evidence.OrderByDescending(e => Math.Abs(e.Weight)).ToList();
    }
}

/// <summary>One agreement level per <see cref="Trait"/>.</summary>
[InlineArray(10)]
internal struct TraitLevels
{
    private Agreement _element;
}

/// <summary>One weight per <see cref="Trait"/>.</summary>
[InlineArray(10)]
internal struct TraitWeights
{
    private double _element;
}
