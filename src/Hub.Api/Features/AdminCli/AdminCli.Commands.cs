using System.Globalization;
using System.Text.Json.Nodes;

namespace Hub.Api.Features.AdminCli;

public static partial class AdminCli
{
    private static async Task<int> StatusAsync(HubApiClient hub, CliConsole console, string? connector, CancellationToken cancellationToken)
    {
        var answer = await hub.GetAsync(connector is null ? "/api/sync/connectors" : $"/api/sync/connectors/{Uri.EscapeDataString(connector)}", cancellationToken);
        if (!answer.Ok)
        {
            return await FailAsync(console, answer);
        }

        if (console.Json)
        {
            await console.WriteJsonAsync(answer.Json);
            return Done;
        }

        var connectors = answer.Json is JsonArray array ? array.Select(c => c!).ToList() : [answer.Json!];
        await console.WriteTableAsync(
            ["CONNECTOR", "STATE", "PAUSED", "FAILURES", "BACKLOG", "BLOCKED", "DEAD-LETTERS"],
            connectors.Select(c => (IReadOnlyList<string>)[Text(c["name"]), Text(c["state"]), c["paused"]!.GetValue<bool>() ? "yes" : "no",
                Text(c["consecutiveFailures"]), Text(c["outboxBacklog"]), Text(c["outboxBlocked"]), Text(c["deadLetters"])]));
        await console.Output.WriteLineAsync();
        await console.WriteTableAsync(
            ["STREAM", "STATE", "LAST RUN", "STARTED", "READ/WRITTEN/SKIPPED/FAILED", "LAG", "NEXT FIRE"],
            from c in connectors
            from s in c["streams"]!.AsArray()
            let last = s!["lastRun"]
            select (IReadOnlyList<string>)[$"{Text(c["name"])}/{Text(s["stream"])}", Text(s["state"]), last is null ? "-" : Text(last["status"]),
                last is null ? "-" : Text(last["startedAt"]), last is null ? "-" : Counts(last["records"]!), Lag(s["lagSeconds"]), Text(s["nextFireAt"])]);
        return Done;
    }

    private static async Task<int> PauseAsync(HubApiClient hub, CliConsole console, string connector, CancellationToken cancellationToken)
    {
        var body = new JsonObject { ["reason"] = console.Arguments.Option("--reason") ?? "paused from the admin CLI" };
        return await StateChangeAsync(console, await hub.PostAsync($"/api/sync/connectors/{Uri.EscapeDataString(connector)}/pause", body, cancellationToken));
    }

    private static async Task<int> ResumeAsync(HubApiClient hub, CliConsole console, string connector, CancellationToken cancellationToken) =>
        await StateChangeAsync(console, await hub.PostAsync($"/api/sync/connectors/{Uri.EscapeDataString(connector)}/resume", null, cancellationToken));

    private static async Task<int> StateChangeAsync(CliConsole console, HubAnswer answer)
    {
        if (!answer.Ok)
        {
            return await FailAsync(console, answer);
        }

        var c = answer.Json!;
        await console.Output.WriteLineAsync($"{Text(c["name"])}: {Text(c["state"])}{(c["paused"]!.GetValue<bool>() ? $" (paused: {Text(c["pausedReason"])})" : "")}");
        return Done;
    }

    private static async Task<int> ListDeadLettersAsync(HubApiClient hub, CliConsole console, CancellationToken cancellationToken)
    {
        var query = new List<string>();
        foreach (var (option, parameter) in new[] { ("--connector", "connector"), ("--status", "status"), ("--count", "_count") })
        {
            if (console.Arguments.Option(option) is { } value)
            {
                query.Add($"{parameter}={Uri.EscapeDataString(value)}");
            }
        }

        var answer = await hub.GetAsync("/api/dead-letters" + (query.Count > 0 ? "?" + string.Join('&', query) : ""), cancellationToken);
        if (!answer.Ok)
        {
            return await FailAsync(console, answer);
        }

        if (console.Json)
        {
            await console.WriteJsonAsync(answer.Json);
            return Done;
        }

        var items = answer.Json!["items"]!.AsArray();
        await console.WriteTableAsync(
            ["ID", "DIRECTION", "CONNECTOR/STREAM", "STATUS", "CREATED", "REASON"],
            items.Select(d => (IReadOnlyList<string>)[Text(d!["id"]), Text(d["direction"]), $"{Text(d["connector"])}/{Text(d["stream"])}", Text(d["status"]),
                Text(d["createdAt"]), Shorten(Text(d["reason"]), 80)]));
        await console.Error.WriteLineAsync($"{items.Count} of {Text(answer.Json["total"])} dead letter(s).");
        return Done;
    }

    private static async Task<int> ReplayAsync(HubApiClient hub, CliConsole console, string id, CancellationToken cancellationToken)
    {
        var answer = await hub.PostAsync($"/api/dead-letters/{Uri.EscapeDataString(id)}/replay", null, cancellationToken);
        if (!answer.Ok)
        {
            return await FailAsync(console, answer);
        }

        await console.Output.WriteLineAsync($"{id}: replayed{(answer.Json?["reason"] is { } reason ? $" ({reason})" : "")}");
        return Done;
    }

    private static async Task<int> AlertsAsync(HubApiClient hub, CliConsole console, CancellationToken cancellationToken)
    {
        var status = console.Arguments.Option("--status");
        var answer = await hub.GetAsync("/api/alerts" + (status is null ? "" : $"?status={Uri.EscapeDataString(status)}"), cancellationToken);
        if (!answer.Ok)
        {
            return await FailAsync(console, answer);
        }

        if (console.Json)
        {
            await console.WriteJsonAsync(answer.Json);
            return Done;
        }

        await console.WriteTableAsync(
            ["STATUS", "SEVERITY", "RULE", "SUBJECT", "SINCE", "SUMMARY"],
            answer.Json!["incidents"]!.AsArray().Select(i => (IReadOnlyList<string>)[Text(i!["status"]), Text(i["severity"]), Text(i["rule"]), Text(i["subject"]),
                Text(i["since"]), Shorten(Text(i["summary"]), 80)]));
        return Done;
    }

    private static string Text(JsonNode? node) => node?.ToString() ?? "-";

    private static string Counts(JsonNode records) =>
        $"{Text(records["read"])}/{Text(records["written"])}/{Text(records["skipped"])}/{Text(records["failed"])}";

    private static string Lag(JsonNode? seconds) => seconds is null ? "-"
        : TimeSpan.FromSeconds(Math.Round(seconds.GetValue<double>())).ToString("c", CultureInfo.InvariantCulture);

    private static string Shorten(string text, int length) => text.Length <= length ? text : text[..(length - 1)] + "…";
}
