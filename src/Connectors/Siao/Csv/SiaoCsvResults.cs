using Hub.Connectors.Core;

namespace Hub.Connectors.Siao.Csv;

/// <summary>One file of a drop read as a page: its rows as records (or rejected with their line), and the report lines.</summary>
public sealed record SiaoCsvFileResult(PulledPage Page, IReadOnlyList<SiaoCsvIssue> Issues);

/// <summary>A whole drop, its pages in the order they must be applied (ménages, personnes, demandes, orientations).</summary>
public sealed record SiaoCsvDropResult(string Drop, IReadOnlyList<PulledPage> Pages, IReadOnlyList<SiaoCsvIssue> Issues);
