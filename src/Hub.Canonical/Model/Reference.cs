using System.Text.Json.Serialization;

namespace Hub.Canonical.Model;

/// <summary>A link to another resource (<c>Person/123</c>) or to a business identifier.</summary>
public sealed record Reference
{
    /// <summary>A reference to a hub resource by type and id, e.g. <c>Reference.To(Person.TypeName, "123")</c>.</summary>
    public static Reference To(string resourceType, string id) => new() { ReferenceValue = $"{resourceType}/{id}" };

    /// <summary>Relative reference <c>ResourceType/id</c> (C# forbids a member named like its type, hence the name).</summary>
    [JsonPropertyName("reference")]
    public string? ReferenceValue { get; init; }

    /// <summary>Business identifier of the target when its hub id is unknown.</summary>
    [JsonPropertyName("identifier")]
    public Identifier? Identifier { get; init; }

    /// <summary>Text alternative for the target.</summary>
    [JsonPropertyName("display")]
    public string? Display { get; init; }
}
