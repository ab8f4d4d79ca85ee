using System.Net.Http;

namespace Hub.Api.Features.AdminCli;

/// <summary>
/// Operating a running hub from a terminal: <c>status</c>, <c>run</c>, <c>pause</c>, <c>resume</c>, <c>dead-letters
/// list|replay</c>, <c>alerts</c>, through the hub's own API (so every action is authorised and audited like a call
/// from the console). The hub is <c>--url</c> or <c>HUB_URL</c> (default: the first of <c>Urls</c>), the admin token
/// <c>--token</c> or <c>HUB_TOKEN</c>. Exit codes: 0 done, 1 failed (the hub refused, a run failed, the hub is
/// unreachable), 2 bad usage. Data on stdout, progress and errors on stderr.
/// </summary>
public static partial class AdminCli
{
    public const int Done = 0;
    public const int Failed = 1;
    public const int Usage = 2;

    public static IReadOnlySet<string> Verbs { get; } = new HashSet<string>(StringComparer.Ordinal) { "status", "run", "pause", "resume", "dead-letters", "alerts" };

    private const string Help = """
        Usage (a running hub; --url or HUB_URL, --token or HUB_TOKEN with the admin role):
          status [<connector>] [--json]             connectors and streams: state, last run, lag, backlog, dead letters
          run <connector> [--no-wait] [--timeout <s>]  run every stream now; waits and shows progress until the runs end
          pause <connector> [--reason <text>]       pause the schedule (kept across restarts)
          resume <connector>                        resume it
          dead-letters list [--connector <c>] [--status open|replayed|discarded] [--count <n>]
          dead-letters replay <id>                  replay one dead letter
          alerts [--status pending|firing|resolved] alert incidents
        On the database directly: audit verify | audit export | purge (retention now). Dev tokens: token --role admin.
        Exit codes: 0 done, 1 failed, 2 usage.
        """;

    /// <param name="args">The command and its arguments (after <see cref="Hosting.HubCommandLine.Command"/>).</param>
    /// <param name="configuration">The hub's configuration (for <c>Urls</c>, <c>HUB_URL</c>, <c>HUB_TOKEN</c>).</param>
    /// <param name="handler">Tests give the in-memory server's handler; null uses the network.</param>
    public static async Task<int> RunAsync(
        IReadOnlyList<string> args, IConfiguration configuration, TextWriter output, TextWriter error, HttpMessageHandler? handler = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        var cli = CliArguments.Parse(args);
        if (cli.Error is not null || cli.Word(0) is not { } verb || !Verbs.Contains(verb))
        {
            await error.WriteLineAsync(cli.Error ?? (cli.Word(0) is { } unknown ? $"Unknown command '{unknown}'." : "No command."));
            await error.WriteLineAsync(Help);
            return Usage;
        }

        var url = cli.Option("--url") ?? configuration["HUB_URL"] ?? configuration["Urls"]?.Split(';')[0] ?? "http://localhost:5080";
        if (!Uri.TryCreate(url, UriKind.Absolute, out var baseUrl))
        {
            await error.WriteLineAsync($"--url '{url}' is not an absolute URL.");
            return Usage;
        }

        using var hub = HubApiClient.Create(baseUrl, cli.Option("--token") ?? configuration["HUB_TOKEN"], handler);
        var console = new CliConsole(output, error, cli);
        try
        {
            return (verb, cli.Word(1)) switch
            {
                ("status", var connector) => await StatusAsync(hub, console, connector, cancellationToken),
                ("run", { } connector) => await RunConnectorAsync(hub, console, connector, cancellationToken),
                ("pause", { } connector) => await PauseAsync(hub, console, connector, cancellationToken),
                ("resume", { } connector) => await ResumeAsync(hub, console, connector, cancellationToken),
                ("dead-letters", "list") => await ListDeadLettersAsync(hub, console, cancellationToken),
                ("dead-letters", "replay") when cli.Word(2) is { } id => await ReplayAsync(hub, console, id, cancellationToken),
                ("alerts", _) => await AlertsAsync(hub, console, cancellationToken),
                _ => await console.UsageAsync($"'{string.Join(' ', cli.Words)}' is incomplete.\n{Help}"),
            };
        }
        catch (HttpRequestException ex)
        {
            await error.WriteLineAsync($"The hub at {baseUrl} does not answer: {ex.Message}");
            return Failed;
        }
        catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            await error.WriteLineAsync($"The hub at {baseUrl} did not answer in time.");
            return Failed;
        }
    }

    private static async Task<int> FailAsync(CliConsole console, HubAnswer answer)
    {
        await console.Error.WriteLineAsync(answer.Describe());
        return Failed;
    }
}
