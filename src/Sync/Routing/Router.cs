using System.Text.Json.Nodes;
using Microsoft.Extensions.Options;

namespace Hub.Sync.Routing;

/// <summary>Decides which partners a canonical change goes to. Never back to its origin (no echo loops).</summary>
public sealed class Router(IOptionsMonitor<SyncOptions> options)
{
    public IReadOnlyList<RouteRule> Match(string resourceType, JsonObject resource, string origin)
    {
        ArgumentNullException.ThrowIfNull(resource);
        var matches = new List<RouteRule>();
        foreach (var rule in options.CurrentValue.ActiveRoutes)
        {
            if (rule.ResourceType == resourceType
                && !string.Equals(rule.To, origin, StringComparison.Ordinal)
                && (rule.From.Count == 0 || rule.From.Contains(origin, StringComparer.Ordinal))
                && rule.When.All(condition => Holds(resource, condition.Key, condition.Value)))
            {
                matches.Add(rule);
            }
        }

        return matches;
    }

    /// <summary>True when the value at a dotted path equals <paramref name="expected"/> (any element, through arrays).</summary>
    internal static bool Holds(JsonNode? node, string path, string expected)
    {
        var dot = path.IndexOf('.', StringComparison.Ordinal);
        var head = dot < 0 ? path : path[..dot];
        var rest = dot < 0 ? null : path[(dot + 1)..];
        return node switch
        {
            JsonArray array => array.Any(item => Holds(item, path, expected)),
            JsonObject obj when obj[head] is { } child => rest is null ? Equal(child, expected) : Holds(child, rest, expected),
            _ => false,
        };
    }

    private static bool Equal(JsonNode value, string expected) => value switch
    {
        JsonArray array => array.Any(item => item is not null && Equal(item, expected)),
        JsonValue scalar => string.Equals(scalar.ToString(), expected, StringComparison.Ordinal),
        _ => false,
    };
}
