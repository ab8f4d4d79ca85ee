using System.Diagnostics;
using System.Globalization;
using System.Text.Json.Nodes;

namespace Hub.Api.Features.AdminCli;

public static partial class AdminCli
{
    /// <summary>Runs are listed this many at a time while waiting (more than any connector has streams).</summary>
    private const int RunPage = 200;

    /// <summary>
    /// Fires every stream of the connector, then polls the run history until a new run of each stream has ended,
    /// printing a progress line whenever one moves (plain lines, readable in a log or a pipe). Exit 1 if any failed.
    /// </summary>
    private static async Task<int> RunConnectorAsync(HubApiClient hub, CliConsole console, string connector, CancellationToken cancellationToken)
    {
        var timeoutText = console.Arguments.Option("--timeout") ?? "3600";
        if (!int.TryParse(timeoutText, NumberStyles.None, CultureInfo.InvariantCulture, out var timeoutSeconds) || timeoutSeconds < 1)
        {
            return await console.UsageAsync($"--timeout '{timeoutText}' is not a number of seconds.");
        }

        var runsPath = $"/api/sync/runs?connector={Uri.EscapeDataString(connector)}&_count={RunPage}";
        // Runs that existed before: the ones this command starts are the others (no clock shared with the hub needed).
        var before = await hub.GetAsync(runsPath, cancellationToken);
        var fired = await hub.PostAsync($"/api/sync/connectors/{Uri.EscapeDataString(connector)}/run", null, cancellationToken);
        if (!fired.Ok)
        {
            return await FailAsync(console, fired);
        }

        var streams = fired.Json!["streams"]!.AsArray().Select(s => s!.GetValue<string>()).ToList();
        await console.Error.WriteLineAsync($"{connector}: {streams.Count} stream(s) fired ({string.Join(", ", streams)}).");
        if (streams.Count == 0 || console.Arguments.Flag("--no-wait") || !before.Ok)
        {
            return before.Ok || streams.Count == 0 ? Done : await FailAsync(console, before);
        }

        var known = before.Json!["items"]!.AsArray().Select(r => r!["id"]!.GetValue<string>()).ToHashSet(StringComparer.Ordinal);
        var progress = new Dictionary<string, string>(StringComparer.Ordinal);
        var clock = Stopwatch.StartNew();
        while (true)
        {
            var answer = await hub.GetAsync(runsPath, cancellationToken);
            if (!answer.Ok)
            {
                return await FailAsync(console, answer);
            }

            var runs = answer.Json!["items"]!.AsArray().Select(r => r!).Where(r => !known.Contains(r["id"]!.GetValue<string>()))
                .GroupBy(r => r["stream"]!.GetValue<string>()).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
            foreach (var (stream, run) in runs.OrderBy(r => r.Key, StringComparer.Ordinal))
            {
                var line = $"{connector}/{stream}: {run["status"]}, {run["pages"]} page(s), {run["records"]!["read"]} read, {run["records"]!["written"]} written";
                if (progress.GetValueOrDefault(stream) != line)
                {
                    progress[stream] = line;
                    await console.Error.WriteLineAsync(line);
                }
            }

            if (streams.All(s => runs.TryGetValue(s, out var run) && run["status"]!.GetValue<string>() != "running"))
            {
                return await SummaryAsync(console, connector, [.. streams.Select(s => runs[s])]);
            }

            if (clock.Elapsed > TimeSpan.FromSeconds(timeoutSeconds))
            {
                await console.Error.WriteLineAsync($"{connector}: runs still going after {timeoutSeconds} s; follow them with: status {connector}");
                return Failed;
            }

            await Task.Delay(TimeSpan.FromMilliseconds(500), cancellationToken);
        }
    }

    private static async Task<int> SummaryAsync(CliConsole console, string connector, IReadOnlyList<JsonNode> runs)
    {
        if (console.Json)
        {
            await console.WriteJsonAsync(new JsonArray([.. runs.Select(r => r.DeepClone())]));
        }
        else
        {
            await console.WriteTableAsync(
                ["STREAM", "STATUS", "PAGES", "READ/WRITTEN/SKIPPED/FAILED", "ERROR"],
                runs.Select(r => (IReadOnlyList<string>)[$"{connector}/{Text(r["stream"])}", Text(r["status"]), Text(r["pages"]), Counts(r["records"]!),
                    Shorten(r["error"]?.ToString() ?? "", 100)]));
        }

        // A skipped run (paused connector) did nothing: not a success to report with 0.
        return runs.All(r => r["status"]!.GetValue<string>() == "succeeded") ? Done : Failed;
    }
}
