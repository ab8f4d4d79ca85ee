using System.Reflection;
using System.Text.Json.Serialization;
using Hub.Canonical.Model;
using Hub.Connectors.Core;
using Hub.Storage.Resources;

namespace Hub.Sync.Survivorship;

/// <summary>Checks <c>Hub:Sync:Survivorship</c> at start: a typo in a type, a field or a source would silently be no rule.</summary>
internal static class SurvivorshipValidation
{
    private static readonly HashSet<string> NotStored = [Bundle.TypeName, OperationOutcome.TypeName];

    public static IEnumerable<string> Validate(IReadOnlyDictionary<string, List<string>> rules)
    {
        var sources = ConnectorCatalog.Modules.Select(m => m.Name).Append(ResourceAttribution.Hub).ToHashSet(StringComparer.Ordinal);
        foreach (var (key, priority) in rules)
        {
            var at = $"Hub:Sync:Survivorship:{key}";
            var dot = key.IndexOf('.', StringComparison.Ordinal);
            var type = dot > 0 ? key[..dot] : key;
            var field = dot > 0 ? key[(dot + 1)..] : "";
            if (!CanonicalResourceTypes.TryGetClrType(type, out var clrType) || NotStored.Contains(type))
            {
                yield return $"{at}: '{type}' is not a stored canonical resource type (key format: Type.field or Type.*).";
            }
            else if (field != SurvivorshipRules.Wildcard && !FieldsOf(clrType).Contains(field))
            {
                yield return $"{at}: '{field}' is not a top-level field of {type} (known: {string.Join(", ", FieldsOf(clrType).Order(StringComparer.Ordinal))}, or *).";
            }

            if (priority is null || priority.Count == 0)
            {
                yield return $"{at}: list at least one source, most trusted first.";
                continue;
            }

            foreach (var unknown in priority.Where(s => !sources.Contains(s)).Distinct(StringComparer.Ordinal))
            {
                yield return $"{at}: unknown source '{unknown}' (known: {string.Join(", ", sources.Order(StringComparer.Ordinal))}).";
            }

            foreach (var twice in priority.GroupBy(s => s, StringComparer.Ordinal).Where(g => g.Count() > 1))
            {
                yield return $"{at}: source '{twice.Key}' is listed twice.";
            }
        }
    }

    private static HashSet<string> FieldsOf(Type clrType) =>
    [
        .. clrType.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Select(p => p.GetCustomAttribute<JsonPropertyNameAttribute>()?.Name)
            .OfType<string>()
            .Where(name => !ResourceFields.IsServerOwned(name)),
    ];
}
