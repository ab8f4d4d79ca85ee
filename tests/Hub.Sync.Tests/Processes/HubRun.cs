using System.Text.Json.Nodes;

namespace Hub.Sync.Tests.Processes;

/// <summary>A row of <c>GET /api/sync/runs</c>.</summary>
public sealed record HubRun(string Id, string Connector, string Stream, string Trigger, string Status, DateTimeOffset StartedAt, DateTimeOffset? FinishedAt, int Pages, int Written, string? Error, string? Node)
{
    public string Key => $"{Connector}/{Stream}";

    public static HubRun From(JsonNode item)
    {
        ArgumentNullException.ThrowIfNull(item);
        return new HubRun(
            item["id"]!.GetValue<string>(),
            item["connector"]!.GetValue<string>(),
            item["stream"]!.GetValue<string>(),
            item["trigger"]!.GetValue<string>(),
            item["status"]!.GetValue<string>(),
            item["startedAt"]!.GetValue<DateTimeOffset>(),
            item["finishedAt"]?.GetValue<DateTimeOffset>(),
            item["pages"]!.GetValue<int>(),
            item["records"]!["written"]!.GetValue<int>(),
            item["error"]?.GetValue<string>(),
            item["node"]?.GetValue<string>());
    }

    public override string ToString() => $"{Key} {Status} on {Node} {StartedAt:HH:mm:ss.fff}–{FinishedAt:HH:mm:ss.fff} pages={Pages} written={Written} {Error}";
}
