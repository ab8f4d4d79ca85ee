using System.Text.Json.Serialization;

namespace Hub.Canonical.Model;

/// <summary>One issue of an <see cref="OperationOutcome"/>.</summary>
public sealed record OperationOutcomeIssue
{
    /// <summary>Severity.</summary>
    [JsonPropertyName("severity")]
    public required IssueSeverity Severity { get; init; }

    /// <summary>Kind of issue.</summary>
    [JsonPropertyName("code")]
    public required IssueType Code { get; init; }

    /// <summary>Details for a developer or an admin; never personal data.</summary>
    [JsonPropertyName("diagnostics")]
    public string? Diagnostics { get; init; }

    /// <summary>FHIRPath-like locations, e.g. <c>Household.member[0].role</c>.</summary>
    [JsonPropertyName("expression")]
    public IReadOnlyList<string>? Expression { get; init; }
}
