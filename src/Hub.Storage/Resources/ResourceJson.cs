using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Hub.Storage.Resources;

/// <summary>Writes the server-owned parts of a resource (<c>id</c>, <c>meta</c>) and serializes it the one way the hub serves it.</summary>
public static class ResourceJson
{
    // Responses are application/fhir+json, never HTML: keeping accented French text unescaped makes payloads readable.
    public static readonly JsonSerializerOptions Options = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        WriteIndented = false,
    };

    public static string Serialize(JsonNode node) => node.ToJsonString(Options);

    /// <summary>Returns a copy ordered <c>resourceType, id, meta, ...rest</c> with the server's id and meta.</summary>
    internal static JsonObject Stamp(JsonObject resource, string resourceType, string id, long versionId, DateTimeOffset lastUpdated)
    {
        var meta = resource["meta"] is JsonObject incoming ? (JsonObject)incoming.DeepClone() : new JsonObject();
        meta.Remove("versionId");
        meta.Remove("lastUpdated");
        var stampedMeta = new JsonObject
        {
            ["versionId"] = versionId.ToString(CultureInfo.InvariantCulture),
            ["lastUpdated"] = FhirInstant.Format(lastUpdated),
        };
        foreach (var (key, value) in meta)
        {
            stampedMeta[key] = value?.DeepClone();
        }

        var stamped = new JsonObject
        {
            ["resourceType"] = resourceType,
            ["id"] = id,
            ["meta"] = stampedMeta,
        };
        foreach (var (key, value) in resource)
        {
            if (key is not ("resourceType" or "id" or "meta"))
            {
                stamped[key] = value?.DeepClone();
            }
        }

        return stamped;
    }

    /// <summary>True when two versions carry the same content, ignoring what the server owns (id, version, time).</summary>
    internal static bool SameContent(JsonObject candidate, string currentJson)
    {
        if (JsonNode.Parse(currentJson) is not JsonObject current)
        {
            return false;
        }

        return JsonNode.DeepEquals(WithoutVersionStamp(candidate), WithoutVersionStamp(current));
    }

    internal static string? MetaSource(JsonObject resource) =>
        resource["meta"]?["source"] is JsonValue value && value.TryGetValue<string>(out var source) ? source : null;

    private static JsonObject WithoutVersionStamp(JsonObject resource)
    {
        var copy = (JsonObject)resource.DeepClone();
        copy.Remove("id");
        if (copy["meta"] is JsonObject meta)
        {
            meta.Remove("versionId");
            meta.Remove("lastUpdated");
            if (meta.Count == 0)
            {
                copy.Remove("meta");
            }
        }

        return copy;
    }
}
