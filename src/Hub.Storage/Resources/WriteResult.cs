namespace Hub.Storage.Resources;

/// <summary>The outcome of a write and, when there is one, the resulting current version.</summary>
/// <param name="Conflict">For <see cref="WriteOutcome.DuplicateIdentifier"/>: the identifier and the resource that holds it.</param>
public sealed record WriteResult(
    WriteOutcome Outcome,
    StoredResource? Resource = null,
    long? CurrentVersionId = null,
    IdentifierConflict? Conflict = null);
