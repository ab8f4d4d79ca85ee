using System.Diagnostics;
using System.Globalization;
using System.Net;
using Hub.Sync.Tests.Processes;

namespace Hub.Sync.Tests.Operations;

/// <summary>
/// Issue 9 on the real binary (<c>dotnet Hub.Api.dll</c>, real Kestrel, real ports): the metrics port is really
/// listened on and answers without a token, the API port does not serve /metrics even to a forged Host header, and
/// the admin CLI is the same binary run as a command against the running hub.
/// </summary>
[Collection(HubProcessCollection.Name)]
public sealed class HubProcessOperationsTests : IAsyncLifetime
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "lda-hub-ops-tests", Guid.NewGuid().ToString("N"));
    private readonly int _metricsPort = HubProcess.FreeLoopbackPort();
    private HubProcess? _hub;

    private HubProcess Hub => _hub ?? throw new InvalidOperationException("not started");

    public async Task InitializeAsync()
    {
        var database = await HubDatabase.CreateAsync("Sqlite", _root);
        var settings = HubProcessSettings.Simulated(households: 30, pageSize: 10, database);
        settings["Hub:Operations:MetricsPort"] = _metricsPort.ToString(CultureInfo.InvariantCulture);
        _hub = new HubProcess("ops", _root, settings);
        await _hub.StartAsync();
    }

    public async Task DisposeAsync()
    {
        if (_hub is not null)
        {
            await _hub.DisposeAsync();
        }

        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }

    [Fact]
    public async Task Metrics_OnMetricsPortWithoutToken_ServedAndForgedHostOnApiPortRefused()
    {
        using var anonymous = new HttpClient();
        var apiPort = Hub.Client.BaseAddress!.Port;

        using var scraped = await anonymous.GetAsync(new Uri($"http://127.0.0.1:{_metricsPort}/metrics"));
        using var forged = new HttpRequestMessage(HttpMethod.Get, new Uri($"http://127.0.0.1:{apiPort}/metrics"));
        forged.Headers.Host = $"127.0.0.1:{_metricsPort}";
        using var spoofed = await anonymous.SendAsync(forged);

        Assert.Equal(HttpStatusCode.OK, scraped.StatusCode);
        Assert.Contains("# TYPE ldahub_sync_connector_paused gauge", await scraped.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, spoofed.StatusCode);
        Assert.DoesNotContain("ldahub_sync", await spoofed.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Cli_SameBinaryAgainstRunningHub_RunStatusAndExitCodes()
    {
        var url = Hub.Client.BaseAddress!.ToString();
        var token = Hub.Client.DefaultRequestHeaders.Authorization!.Parameter!;

        var run = await CliAsync(token, "run", "solis", "--url", url);
        var status = await CliAsync(token, "status", "solis", "--url", url);
        var replay = await CliAsync(token, "dead-letters", "replay", "no-such-letter", "--url", url);
        var usage = await CliAsync(token, "frobnicate");
        var refused = await CliAsync("not-a-token", "status", "--url", url);

        Assert.True(run.Exit == 0, run.Error);
        Assert.Contains("solis/individus: succeeded", run.Error, StringComparison.Ordinal);
        Assert.Matches(@"solis/individus\s+succeeded\s+\d+\s+[1-9]\d*/\d+/\d+/0", run.Output);
        Assert.Equal(0, status.Exit);
        Assert.Matches(@"solis/individus\s+idle\s+succeeded", status.Output);
        Assert.Equal((1, 2, 1), (replay.Exit, usage.Exit, refused.Exit));
        Assert.StartsWith("401", refused.Error, StringComparison.Ordinal);
    }

    /// <summary>The binary as an operator runs it, the token through HUB_TOKEN.</summary>
    private static async Task<(int Exit, string Output, string Error)> CliAsync(string token, params string[] args)
    {
        var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        info.ArgumentList.Add(HubProcess.HubAssembly);
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        info.Environment["HUB_TOKEN"] = token;
        using var process = Process.Start(info)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await output, await error);
    }
}
