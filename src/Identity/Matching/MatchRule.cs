namespace Hub.Identity.Matching;

/// <summary>Which rule decided: a deterministic one, the weighted score, or a decisive negative.</summary>
public enum MatchRule
{
    /// <summary>The Fellegi–Sunter score against the thresholds.</summary>
    Score,

    /// <summary>The source id was already linked to this person.</summary>
    SourceIdLinked,

    /// <summary>Equal valid NIR/NIA, consistent with sex and birth year on both sides.</summary>
    SameNir,

    /// <summary>Same CAF allocataire number and organisme, same sex, compatible first name (the number covers a foyer).</summary>
    SameCafMember,

    /// <summary>Two different valid NIRs: two persons.</summary>
    DifferentNir,

    /// <summary>Birth years more than one apart (father and son, mother and daughter with the same names).</summary>
    DifferentGeneration,

    /// <summary>Same complete birth date but clearly different first names (twins).</summary>
    Twins,

    /// <summary>A score above the auto-link threshold that a guard sends to review (conflicting given names or sex,
    /// or too little identity besides birth date and address).</summary>
    NeedsReview,

}
