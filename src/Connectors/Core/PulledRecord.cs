using System.Text.Json;

namespace Hub.Connectors.Core;

/// <summary>One record of a pulled page: its identity at the source, its raw JSON (for dead letters) and its typed DTO.</summary>
/// <param name="Kind">The record type at the source (e.g. <c>menage</c>, <c>mesure</c>), so mapping knows what it holds.</param>
/// <param name="SourceId">The partner's stable id.</param>
/// <param name="SourceVersion">The partner's version or change stamp, when it gives one.</param>
/// <param name="Deleted">The partner says the record was deleted or merged away.</param>
public sealed record PulledRecord(
    string Kind,
    string SourceId,
    string? SourceVersion,
    DateTimeOffset? ModifiedAt,
    bool Deleted,
    JsonElement Raw,
    object Dto);
