using Hub.Canonical.Model;

namespace Hub.Mapping.Core;

/// <summary>
/// Collects what a mapper produces for one source record: resources, per-field provenance and issues. Mappers write
/// <c>ctx.Set(key, "Person.name.birthName", "nomNaissance")</c> beside each assignment so provenance is never forgotten.
/// </summary>
public sealed class MappingContext(SourceRef source)
{
    private readonly List<Resource> _resources = [];
    private readonly List<FieldProvenance> _provenance = [];
    private readonly List<MappingIssue> _issues = [];

    public SourceRef Source => source;

    public void Add(Resource resource) => _resources.Add(resource);

    /// <summary>Records that <paramref name="path"/> of the resource keyed <paramref name="resourceKey"/> came from <paramref name="sourceField"/>.</summary>
    public void Set(string resourceKey, string path, string? sourceField = null) =>
        _provenance.Add(new FieldProvenance(resourceKey, path, source, sourceField));

    public void Warn(string code, string path, string message, string? sourceValue = null) =>
        _issues.Add(new MappingIssue(MappingIssue.Warning, code, path, message, sourceValue));

    public void Fail(string code, string path, string message, string? sourceValue = null) =>
        _issues.Add(new MappingIssue(MappingIssue.Error, code, path, message, sourceValue));

    public MappingResult ToResult() => new([.. _resources], [.. _provenance], [.. _issues]);
}
