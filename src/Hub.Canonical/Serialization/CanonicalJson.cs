using System.Text.Json;
using Hub.Canonical.Model;

namespace Hub.Canonical.Serialization;

/// <summary>Shortcuts to read and write any canonical resource with <see cref="CanonicalJsonContext"/>.</summary>
public static class CanonicalJson
{
    /// <summary>Writes a resource, <c>resourceType</c> first.</summary>
    public static string Serialize(Resource resource) => JsonSerializer.Serialize(resource, CanonicalJsonContext.Default.Resource);

    /// <summary>Reads a resource of any canonical type, chosen by its <c>resourceType</c>.</summary>
    /// <exception cref="JsonException">The JSON is not a known canonical resource.</exception>
    public static Resource Deserialize(string json) =>
        JsonSerializer.Deserialize(json, CanonicalJsonContext.Default.Resource) ?? throw new JsonException("Expected a resource, got null.");
}
