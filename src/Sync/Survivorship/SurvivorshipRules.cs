using System.Collections.Frozen;

namespace Hub.Sync.Survivorship;

/// <summary>
/// <c>Hub:Sync:Survivorship</c>: per resource type and top-level field (<c>Person.birthDate</c>, or <c>RightsStatus.*</c>
/// for every field without its own rule), the sources by priority, most trusted first. A listed source beats an
/// unlisted one; two unlisted sources (or no rule at all) are decided by the newest change.
/// </summary>
public sealed class SurvivorshipRules
{
    public const string Newest = "newest";
    public const string Wildcard = "*";

    private readonly FrozenDictionary<string, IReadOnlyList<string>> _rules;

    public SurvivorshipRules(IReadOnlyDictionary<string, List<string>> rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        _rules = rules.ToFrozenDictionary(r => r.Key, r => (IReadOnlyList<string>)[.. r.Value], StringComparer.Ordinal);
    }

    public static SurvivorshipRules None { get; } = new(new Dictionary<string, List<string>>());

    /// <summary>The rule's key and its sources for a field, the field's own rule first, then the type's wildcard.</summary>
    public (string Key, IReadOnlyList<string> Sources)? RuleFor(string resourceType, string path)
    {
        foreach (var key in (string[])[$"{resourceType}.{path}", $"{resourceType}.{Wildcard}"])
        {
            if (_rules.TryGetValue(key, out var sources))
            {
                return (key, sources);
            }
        }

        return null;
    }

    /// <summary>Decides between a stored value and a differing incoming one from another source.</summary>
    public SurvivorshipDecision Decide(string resourceType, string path, FieldStamp stored, FieldStamp incoming)
    {
        ArgumentNullException.ThrowIfNull(stored);
        ArgumentNullException.ThrowIfNull(incoming);
        if (RuleFor(resourceType, path) is var (key, sources))
        {
            var storedRank = Rank(sources, stored.Source);
            var incomingRank = Rank(sources, incoming.Source);
            if (storedRank != incomingRank)
            {
                return new SurvivorshipDecision(incomingRank < storedRank, $"priority:{key}");
            }
        }

        // Ties go to the incoming value: of two changes made at the same instant, the one received last is the one seen last.
        return new SurvivorshipDecision(incoming.ChangedAt >= stored.ChangedAt, Newest);
    }

    private static int Rank(IReadOnlyList<string> sources, string source)
    {
        for (var i = 0; i < sources.Count; i++)
        {
            if (string.Equals(sources[i], source, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return int.MaxValue;
    }
}
