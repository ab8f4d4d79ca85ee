using System.Text.Json.Serialization;

namespace Hub.Canonical.Model;

/// <summary>Errors and warnings returned by the canonical resource API.</summary>
public sealed record OperationOutcome() : Resource(TypeName)
{
    /// <summary>The <c>resourceType</c> of this resource.</summary>
    public const string TypeName = "OperationOutcome";

    /// <summary>The issues.</summary>
    [JsonPropertyName("issue")]
    public required IReadOnlyList<OperationOutcomeIssue> Issue { get; init; }
}
