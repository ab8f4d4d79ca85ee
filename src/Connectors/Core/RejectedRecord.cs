using System.Text.Json;

namespace Hub.Connectors.Core;

/// <summary>A record of a page that failed the partner's contract; the page goes on, this record goes to dead letters.</summary>
public sealed record RejectedRecord(string Kind, string? SourceId, string Reason, JsonElement Raw);
