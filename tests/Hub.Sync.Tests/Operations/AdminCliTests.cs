using Hub.Api.Features.AdminCli;
using Hub.Simulators.Faults;
using Hub.Sync.Runs;
using Hub.Sync.Tests.Infrastructure;
using Hub.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using DeadLetterStates = Hub.Sync.DeadLetters.DeadLetters;

namespace Hub.Sync.Tests.Operations;

/// <summary>Issue 9: the admin CLI against a running hub (the test server's handler; the same HTTP API a remote hub serves).</summary>
[Collection(SqliteCollection.Name)]
public sealed class AdminCliTests(SqliteSyncHubFactory factory) : IAsyncLifetime
{
    public Task InitializeAsync() => factory.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Purge_OldFinishedRun_RemovedAuditedAndReportedExit0()
    {
        var now = factory.Services.GetRequiredService<TimeProvider>().GetUtcNow();
        await factory.ExecuteAsync(async db =>
        {
            db.SyncRuns.Add(new Hub.Storage.Sync.SyncRunRow
            {
                Id = "purge-me", Connector = "siao", Stream = "menages", Trigger = RunTrigger.Manual, Status = RunStatus.Succeeded,
                StartedAt = now - TimeSpan.FromDays(400), FinishedAt = now - TimeSpan.FromDays(400),
            });
            await db.SaveChangesAsync();
        });
        using var output = new StringWriter();
        using var error = new StringWriter();

        var exit = await PurgeCommand.RunAsync(factory.Services, output, error);

        Assert.Equal(AdminCli.Done, exit);
        Assert.Contains("\"runs\": 1", output.ToString(), StringComparison.Ordinal);
        Assert.False(await factory.QueryAsync(db => db.SyncRuns.AnyAsync(r => r.Id == "purge-me")));
        Assert.True(await factory.QueryAsync(db => db.AuditEvents.AnyAsync(e => e.Subtype == "retention-purge")));
    }

    [Fact]
    public async Task Status_RunningHub_ListsConnectorsAndStreamsExit0()
    {
        var result = await CliAsync("status");

        Assert.Equal(AdminCli.Done, result.Exit);
        Assert.Contains("siao", result.Output, StringComparison.Ordinal);
        Assert.Contains("solis/individus", result.Output, StringComparison.Ordinal);
        Assert.Contains("CONNECTOR", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_Connector_WaitsShowsProgressAndSummaryExit0()
    {
        var result = await CliAsync("run", "siao");

        Assert.Equal(AdminCli.Done, result.Exit);
        var streams = SyncDriver.StreamsOf(factory, "siao");
        Assert.Contains("4 stream(s) fired", result.Error, StringComparison.Ordinal);
        foreach (var stream in streams)
        {
            Assert.Contains($"siao/{stream}: succeeded", result.Error, StringComparison.Ordinal);
        }

        var runs = await factory.QueryAsync(db => db.SyncRuns.Where(r => r.Connector == "siao").ToListAsync());
        Assert.Equal(streams.Order(StringComparer.Ordinal), runs.Select(r => r.Stream).Order(StringComparer.Ordinal));
        Assert.All(runs, r => Assert.Equal((RunStatus.Succeeded, RunTrigger.Manual), (r.Status, r.Trigger)));
        var menages = runs.Single(r => r.Stream == "menages");
        Assert.Matches($@"siao/menages\s+succeeded\s+{menages.Pages}\s+{menages.RecordsRead}/{menages.RecordsWritten}/", result.Output);
    }

    [Fact]
    public async Task Run_PartnerFailing_Exit1WithTheFailedStream()
    {
        factory.Simulator("siao").Faults.Inject("GET /v1/menages", FaultKind.InternalError, count: null);
        try
        {
            var result = await CliAsync("run", "siao");

            Assert.Equal(AdminCli.Failed, result.Exit);
            Assert.Contains("siao/menages: failed", result.Error, StringComparison.Ordinal);
        }
        finally
        {
            factory.Simulator("siao").Faults.Clear();
        }
    }

    [Fact]
    public async Task PauseThenResume_Connector_StateStoredAndShown()
    {
        var paused = await CliAsync("pause", "solis", "--reason", "maintenance SOLIS");
        var whilePaused = await factory.QueryAsync(db => db.ConnectorStates.SingleAsync(s => s.Connector == "solis"));
        var resumed = await CliAsync("resume", "solis");

        Assert.Equal((AdminCli.Done, AdminCli.Done), (paused.Exit, resumed.Exit));
        Assert.StartsWith("solis: paused (paused: ", paused.Output, StringComparison.Ordinal);
        Assert.Contains("maintenance SOLIS", whilePaused.PausedReason, StringComparison.Ordinal);
        Assert.True(whilePaused.Paused);
        Assert.False((await factory.QueryAsync(db => db.ConnectorStates.SingleAsync(s => s.Connector == "solis"))).Paused);
        Assert.Equal("solis: idle" + Environment.NewLine, resumed.Output);
    }

    [Fact]
    public async Task DeadLetters_ListThenReplayUnknown_ListsTheLetterAndReplayExit1()
    {
        var letter = DeadLetterStates.Create(DeadLetterStates.Outbound, "cpam", "saisines", "S-1", "Rejected by partner: test", "{}", DateTimeOffset.UtcNow, null);
        await factory.ExecuteAsync(async db =>
        {
            db.DeadLetters.Add(letter);
            await db.SaveChangesAsync();
        });

        var list = await CliAsync("dead-letters", "list", "--connector", "cpam");
        var replay = await CliAsync("dead-letters", "replay", "no-such-letter");

        Assert.Equal(AdminCli.Done, list.Exit);
        Assert.Contains(letter.Id, list.Output, StringComparison.Ordinal);
        Assert.Contains("1 of 1 dead letter(s)", list.Error, StringComparison.Ordinal);
        Assert.Equal(AdminCli.Failed, replay.Exit);
        Assert.Contains("404", replay.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("frobnicate")]
    [InlineData("run")]
    [InlineData("dead-letters replay")]
    [InlineData("run siao --timeout soon")]
    [InlineData("status --url")]
    public async Task Cli_BadUsage_Exit2WithHelp(string commandLine)
    {
        var result = await CliAsync(commandLine.Split(' ', StringSplitOptions.RemoveEmptyEntries));

        Assert.Equal(AdminCli.Usage, result.Exit);
        Assert.NotEmpty(result.Error);
        Assert.Empty(result.Output);
    }

    [Fact]
    public async Task Status_NoToken_Exit1SaysTheTokenWasRefused()
    {
        var result = await CliWithTokenAsync(null, "status");

        Assert.Equal(AdminCli.Failed, result.Exit);
        Assert.StartsWith("401", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Status_CoordinatorToken_Exit1Forbidden()
    {
        var result = await CliWithTokenAsync(TestTokens.Mint(factory.Services, ["coordinator"]), "status");

        Assert.Equal(AdminCli.Failed, result.Exit);
        Assert.StartsWith("403", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Status_HubUnreachable_Exit1()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection([new("HUB_URL", "http://127.0.0.1:1"), new("HUB_TOKEN", "x")]).Build();
        using var output = new StringWriter();
        using var error = new StringWriter();

        var exit = await AdminCli.RunAsync(["status"], configuration, output, error);

        Assert.Equal(AdminCli.Failed, exit);
        Assert.Contains("does not answer", error.ToString(), StringComparison.Ordinal);
    }

    private Task<CliResult> CliAsync(params string[] args) => CliWithTokenAsync(TestTokens.Mint(factory.Services, ["admin"]), args);

    /// <summary>The token comes through HUB_TOKEN and the hub through HUB_URL, as in a shell.</summary>
    private async Task<CliResult> CliWithTokenAsync(string? token, params string[] args)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection([new("HUB_URL", factory.Server.BaseAddress.ToString()), new("HUB_TOKEN", token)])
            .Build();
        using var output = new StringWriter();
        using var error = new StringWriter();
        using var handler = factory.Server.CreateHandler();
        var exit = await AdminCli.RunAsync(args, configuration, output, error, handler);
        return new CliResult(exit, output.ToString(), error.ToString());
    }

    private sealed record CliResult(int Exit, string Output, string Error);
}
