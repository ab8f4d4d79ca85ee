using System.Text.Json.Nodes;

namespace Hub.Sync.Survivorship;

/// <summary>The document to store after a merge, and the disagreements the merge settled.</summary>
/// <param name="Changed">False when the merged content is the stored content: nothing to write (conflicts may still be).</param>
public sealed record MergeResult(JsonObject Merged, bool Changed, IReadOnlyList<FieldDisagreement> Disagreements);
