using System.Text.Json.Serialization;

namespace Hub.Canonical.Model;

/// <summary>One event on the unified accompaniment timeline of a household.</summary>
public sealed record TimelineEvent() : Resource(TypeName)
{
    /// <summary>The <c>resourceType</c> of this resource.</summary>
    public const string TypeName = "TimelineEvent";

    /// <summary>Household whose timeline holds the event.</summary>
    [JsonPropertyName("household")]
    public required Reference Household { get; init; }

    /// <summary>The person the event is about, when not the whole household.</summary>
    [JsonPropertyName("person")]
    public Reference? Person { get; init; }

    /// <summary>Kind of event, code system <see cref="CodeSystems.TypeEvenement"/>.</summary>
    [JsonPropertyName("type")]
    public required Coding Type { get; init; }

    /// <summary>When the event happened (a date only when the source has no time).</summary>
    [JsonPropertyName("occurredAt")]
    public required FhirDateTime OccurredAt { get; init; }

    /// <summary>System the event comes from, code system <see cref="CodeSystems.SystemeSource"/>.</summary>
    [JsonPropertyName("source")]
    public required Coding Source { get; init; }

    /// <summary>Who did it.</summary>
    [JsonPropertyName("actor")]
    public EventActor? Actor { get; init; }

    /// <summary>The resource the event is about.</summary>
    [JsonPropertyName("focus")]
    public Reference? Focus { get; init; }

    /// <summary>Short French text shown on the timeline; no health detail.</summary>
    [JsonPropertyName("summary")]
    public string? Summary { get; init; }
}
