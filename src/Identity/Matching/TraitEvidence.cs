namespace Hub.Identity.Matching;

/// <summary>One line of a decision's explanation: which trait, how it compared, and the weight it added (log2 m/u).</summary>
public sealed record TraitEvidence(Trait Trait, Agreement Agreement, double Weight);
