namespace Hub.Sync.Survivorship;

/// <summary>Whether the incoming value replaces the stored one, and the rule that said so.</summary>
public readonly record struct SurvivorshipDecision(bool IncomingWins, string Rule);
