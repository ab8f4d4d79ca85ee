using System.Text.Json.Nodes;

namespace Hub.Canonical.Tests.TestSupport;

/// <summary>Enumerates every object of a JSON tree with its JSON pointer.</summary>
internal static class JsonWalk
{
    public static IEnumerable<(string Pointer, JsonObject Node)> Objects(JsonNode? root, string pointer = "")
    {
        switch (root)
        {
            case JsonObject obj:
                yield return (pointer, obj);
                foreach (var (name, child) in obj)
                {
                    foreach (var item in Objects(child, $"{pointer}/{name}"))
                    {
                        yield return item;
                    }
                }

                break;
            case JsonArray array:
                for (var i = 0; i < array.Count; i++)
                {
                    foreach (var item in Objects(array[i], $"{pointer}/{i}"))
                    {
                        yield return item;
                    }
                }

                break;
        }
    }

    /// <summary>Pointer of the first difference between two JSON trees, or null when they are deep-equal.</summary>
    public static string? FirstDifference(JsonNode? expected, JsonNode? actual, string pointer = "")
    {
        switch (expected, actual)
        {
            case (JsonObject e, JsonObject a):
                foreach (var name in e.Select(static p => p.Key).Union(a.Select(static p => p.Key)))
                {
                    if (FirstDifference(e[name], a[name], $"{pointer}/{name}") is { } d)
                    {
                        return d;
                    }
                }

                return null;
            case (JsonArray e, JsonArray a):
                for (var i = 0; i < Math.Max(e.Count, a.Count); i++)
                {
                    if (FirstDifference(i < e.Count ? e[i] : null, i < a.Count ? a[i] : null, $"{pointer}/{i}") is { } d)
                    {
                        return d;
                    }
                }

                return null;
            default:
                return JsonNode.DeepEquals(expected, actual)
                    ? null
                    : $"{pointer}: expected {expected?.ToJsonString() ?? "(absent)"}, got {actual?.ToJsonString() ?? "(absent)"}";
        }
    }
}
