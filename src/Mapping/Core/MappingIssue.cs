namespace Hub.Mapping.Core;

/// <summary>Something mapping noticed and did not hide: an unknown code (kept, reported), a value it could not read.</summary>
/// <param name="Severity"><c>warning</c> (record mapped, something kept aside) or <c>error</c> (record not mappable: dead letter).</param>
/// <param name="Code">Machine-readable kind: <c>unknown-code</c>, <c>invalid-value</c>, <c>missing-value</c>, <c>unknown-commune</c>.</param>
public sealed record MappingIssue(string Severity, string Code, string Path, string Message, string? SourceValue = null)
{
    public const string Warning = "warning";
    public const string Error = "error";

    public bool IsError => Severity == Error;
}
