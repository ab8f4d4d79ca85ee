using System.Text.Json.Nodes;
using Hub.Storage.Resources;
using Hub.Storage.Sync;

namespace Hub.Sync.DeadLetters;

/// <summary>Builds dead letters: the whole payload, the reason, and a history that grows with each failure and replay.</summary>
public static class DeadLetters
{
    public const string Inbound = "inbound";
    public const string Outbound = "outbound";
    public const string Open = "open";
    public const string Replayed = "replayed";
    public const string Discarded = "discarded";

    public static DeadLetterRow Create(
        string direction, string connector, string stream, string? sourceId, string reason, string payload, DateTimeOffset now,
        string? archiveKey = null, string? outboxId = null) => new()
        {
            Id = Guid.CreateVersion7(now).ToString("N"),
            Direction = direction,
            Connector = connector,
            Stream = stream,
            SourceId = sourceId,
            Reason = Truncate(reason, 4000),
            Payload = payload,
            History = new JsonArray(Event(now, "failed", reason, null)).ToJsonString(),
            Status = Open,
            CreatedAt = now,
            UpdatedAt = now,
            ArchiveKey = archiveKey,
            OutboxId = outboxId,
        };

    public static void Append(DeadLetterRow row, DateTimeOffset now, string what, string detail, string? actor)
    {
        ArgumentNullException.ThrowIfNull(row);
        var history = JsonNode.Parse(row.History) as JsonArray ?? [];
        history.Add(Event(now, what, detail, actor));
        row.History = history.ToJsonString();
        row.UpdatedAt = now;
    }

    private static JsonObject Event(DateTimeOffset at, string what, string detail, string? actor)
    {
        var entry = new JsonObject { ["at"] = FhirInstant.Format(at), ["event"] = what, ["detail"] = Truncate(detail, 2000) };
        if (actor is not null)
        {
            entry["actor"] = actor;
        }

        return entry;
    }

    private static string Truncate(string text, int max) => text.Length <= max ? text : text[..max];
}
