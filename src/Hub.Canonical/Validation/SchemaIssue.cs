namespace Hub.Canonical.Validation;

/// <summary>One reason a document does not conform to its schema.</summary>
/// <param name="Path">Where, as a FHIRPath-like expression rooted at the resource type (e.g. <c>Household.member[0].role</c>).</param>
/// <param name="Message">What is wrong, for a human.</param>
/// <param name="Kind">The machine-readable kind of failure reported by the validator.</param>
public sealed record SchemaIssue(string Path, string Message, string Kind);
