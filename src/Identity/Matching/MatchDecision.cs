namespace Hub.Identity.Matching;

/// <summary>
/// The decision for one record against the index: the outcome, the rule that decided, the score, the person and the
/// record it was compared with (for auto-link and review), and the explanation (each trait, its level and its weight).
/// </summary>
public sealed record MatchDecision(
    MatchOutcome Outcome,
    MatchRule Rule,
    double Score,
    int? PersonId,
    SourceRecordRef? Candidate,
    IReadOnlyList<TraitEvidence> Evidence,
    int CandidatesCompared)
{
    /// <summary>A new person, nobody close enough.</summary>
    public static MatchDecision None(int compared) => new(MatchOutcome.NewPerson, MatchRule.Score, 0, null, null, [], compared);
}

/// <summary>A record of a source system.</summary>
public sealed record SourceRecordRef(string Source, string SourceId);
