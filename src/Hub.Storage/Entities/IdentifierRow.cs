namespace Hub.Storage.Entities;

/// <summary>Search index: one row per <c>identifier[]</c> entry of a current resource.</summary>
public sealed class IdentifierRow
{
    public required string ResourceType { get; set; }

    public required string ResourceId { get; set; }

    public required string System { get; set; }

    public required string Value { get; set; }
}
