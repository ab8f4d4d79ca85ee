using System.Text.Json.Nodes;
using Hub.Storage.Resources;

namespace Hub.Sync.Survivorship;

/// <summary>
/// Merges a mapped resource onto the stored one field by field (top-level properties) instead of replacing it:
/// a field the incoming resource does not carry keeps its stored value (a SORTIE movement keeps the entry date);
/// identifiers are united by <c>system|value</c>; a differing value from the source that set the field replaces it;
/// a differing value from another source goes to the survivorship rules, and the disagreement is reported.
/// </summary>
public static class FieldMerger
{
    private const string IdentifierPath = "identifier";

    /// <param name="stored">The current version (server fields included).</param>
    /// <param name="provenance">Who set each stored field, by top-level property.</param>
    /// <param name="fallback">Whom to credit for a stored field without provenance (written before it was kept).</param>
    public static MergeResult Merge(
        string resourceType, JsonObject stored, IReadOnlyDictionary<string, FieldStamp> provenance, FieldStamp fallback,
        JsonObject incoming, FieldStamp incomingStamp, SurvivorshipRules rules)
    {
        ArgumentNullException.ThrowIfNull(stored);
        ArgumentNullException.ThrowIfNull(provenance);
        ArgumentNullException.ThrowIfNull(incoming);
        ArgumentNullException.ThrowIfNull(incomingStamp);
        ArgumentNullException.ThrowIfNull(rules);

        var merged = (JsonObject)stored.DeepClone();
        var disagreements = new List<FieldDisagreement>();
        var changed = false;
        foreach (var (path, value) in incoming)
        {
            if (ResourceFields.IsServerOwned(path) || value is null)
            {
                continue;
            }

            var before = stored[path];
            if (before is null)
            {
                merged[path] = value.DeepClone();
                changed = true;
                continue;
            }

            if (path == IdentifierPath && before is JsonArray storedIds && value is JsonArray incomingIds)
            {
                if (UnionIdentifiers(storedIds, incomingIds) is { } union)
                {
                    merged[path] = union;
                    changed = true;
                }

                continue;
            }

            if (JsonNode.DeepEquals(before, value))
            {
                continue;
            }

            var storedStamp = provenance.GetValueOrDefault(path) ?? fallback;
            if (string.Equals(storedStamp.Source, incomingStamp.Source, StringComparison.Ordinal))
            {
                // The source that said it says something else now.
                merged[path] = value.DeepClone();
                changed = true;
                continue;
            }

            var decision = rules.Decide(resourceType, path, storedStamp, incomingStamp);
            var storedSide = new SourcedValue(before.DeepClone(), storedStamp);
            var incomingSide = new SourcedValue(value.DeepClone(), incomingStamp);
            if (decision.IncomingWins)
            {
                merged[path] = value.DeepClone();
                changed = true;
            }

            disagreements.Add(decision.IncomingWins
                ? new FieldDisagreement(path, incomingSide, storedSide, decision.Rule)
                : new FieldDisagreement(path, storedSide, incomingSide, decision.Rule));
        }

        if (changed && incoming["meta"] is JsonObject meta)
        {
            // meta.source names the last writer; a merge that keeps every stored value writes nothing, not even that.
            merged["meta"] = meta.DeepClone();
        }

        return new MergeResult(merged, changed, disagreements);
    }

    /// <summary>The stored identifiers followed by the incoming ones they lack, or null when they lack none.</summary>
    private static JsonArray? UnionIdentifiers(JsonArray stored, JsonArray incoming)
    {
        var known = stored.Select(Key).ToHashSet(StringComparer.Ordinal);
        var added = incoming.Where(i => i is not null && known.Add(Key(i))).ToList();
        if (added.Count == 0)
        {
            return null;
        }

        return [.. stored.Select(i => i?.DeepClone()), .. added.Select(i => i!.DeepClone())];
    }

    private static string Key(JsonNode? identifier) =>
        $"{identifier?["system"]?.GetValue<string>()}|{identifier?["value"]?.GetValue<string>()}";
}
