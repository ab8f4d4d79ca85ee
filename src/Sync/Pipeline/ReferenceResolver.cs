using System.Text.Json.Nodes;
using Hub.Storage.Resources;

namespace Hub.Sync.Pipeline;

/// <summary>
/// Mapping knows partners' ids, not hub ids: it writes references as <c>{"identifier": {system, value}}</c>. Before a
/// resource is stored, each such reference whose target is already known gets its <c>reference: "Type/id"</c>.
/// </summary>
internal static class ReferenceResolver
{
    /// <summary>Every identifier-shaped object (string <c>system</c> and <c>value</c>) in the resource: its own
    /// identifiers and those its references name. What a page prefetches; a few extra keys only cost a row each.</summary>
    public static IEnumerable<(string System, string Value)> IdentifiersIn(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject obj:
                if (obj["system"] is JsonValue systemNode && systemNode.TryGetValue<string>(out var system)
                    && obj["value"] is JsonValue valueNode && valueNode.TryGetValue<string>(out var value))
                {
                    yield return (system, value);
                }

                foreach (var (_, child) in obj)
                {
                    foreach (var key in IdentifiersIn(child))
                    {
                        yield return key;
                    }
                }

                break;
            case JsonArray array:
                foreach (var item in array)
                {
                    foreach (var key in IdentifiersIn(item))
                    {
                        yield return key;
                    }
                }

                break;
        }
    }

    public static async Task ResolveAsync(JsonNode? node, IResourceStore store, CancellationToken cancellationToken)
    {
        switch (node)
        {
            case JsonObject obj:
                if (obj["identifier"] is JsonObject identifier && obj["reference"] is null
                    && identifier["system"]?.GetValue<string>() is { } system && identifier["value"]?.GetValue<string>() is { } value
                    && await store.FindByIdentifierAsync(null, system, value, cancellationToken) is { } target)
                {
                    obj["reference"] = $"{target.ResourceType}/{target.Id}";
                }

                foreach (var (key, child) in obj.ToList())
                {
                    if (key != "identifier" || child is JsonArray)
                    {
                        await ResolveAsync(child, store, cancellationToken);
                    }
                }

                break;
            case JsonArray array:
                foreach (var item in array.ToList())
                {
                    await ResolveAsync(item, store, cancellationToken);
                }

                break;
        }
    }
}
