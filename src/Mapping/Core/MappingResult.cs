using Hub.Canonical.Model;

namespace Hub.Mapping.Core;

/// <summary>The canonical resources one external record became, with their provenance and what mapping noticed.</summary>
public sealed record MappingResult(
    IReadOnlyList<Resource> Resources,
    IReadOnlyList<FieldProvenance> Provenance,
    IReadOnlyList<MappingIssue> Issues)
{
    public static MappingResult Empty { get; } = new([], [], []);

    /// <summary>False when an error-level issue means the record must go to dead letters instead of the store.</summary>
    public bool IsMappable => !Issues.Any(i => i.IsError);
}
