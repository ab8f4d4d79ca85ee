namespace Hub.Identity.Matching;

/// <summary>The three outcomes of matching a record against known persons.</summary>
public enum MatchOutcome
{
    /// <summary>No known person is close enough: a new person.</summary>
    NewPerson,

    /// <summary>Probably the same person, not certain enough: a data steward decides.</summary>
    Review,

    /// <summary>Same person: linked automatically (deterministic rule or score above the auto-link threshold).</summary>
    AutoLink,
}
