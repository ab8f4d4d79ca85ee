using System.Globalization;
using System.Text.Json.Nodes;
using Hub.Console.Tests.Infrastructure;
using Hub.Simulators;
using Hub.Simulators.Faults;
using Hub.Storage;
using Hub.Storage.Sync;
using Hub.Sync.Runs;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace Hub.Console.Tests;

/// <summary>
/// Issue 7, sync health over time: the history charts (server-drawn SVG with their data tables) and the progress of a
/// running sync, in a real headless Chromium.
/// </summary>
[Collection(ConsoleCollection.Name)]
public sealed class ConsoleHistoryTests(ConsoleHubFactory hub, ITestOutputHelper output) : BrowserTest
{
    private static readonly CultureInfo French = CultureInfo.GetCultureInfo("fr-FR");

    [Fact]
    public async Task HistoryCharts_SeededRuns_BarsPointsAndDataTablesMatchTheApi()
    {
        await SeedRunsAsync();
        await using var sut = await ConsoleSession.LogInAsync(hub, Browser, TestAgents.Admin, "/console/synchronisation?historique=siao");

        var api = JsonNode.Parse(await (await sut.Page.APIRequest.GetAsync(new Uri(hub.Address, "/api/sync/history?period=24h&connector=siao").ToString())).TextAsync())!;
        var buckets = api["connectors"]![0]!["buckets"]!.AsArray();
        Assert.Equal(24, buckets.Count);
        var debit = sut.Page.Locator("figure[data-chart=debit-siao]");
        Assert.Equal("Débit de SI-SIAO (24 dernières heures)", await debit.Locator("figcaption").InnerTextAsync());
        Assert.Equal("img", await debit.Locator("svg").GetAttributeAsync("role"));
        Assert.Equal("Débit de SI-SIAO (24 dernières heures)", await debit.Locator("svg > title").TextContentAsync());
        Assert.Contains("lus et", await debit.Locator("svg > desc").TextContentAsync(), StringComparison.Ordinal);
        // One bar per series and bucket with records; the data table says the same as the API, in French.
        var reads = buckets.Select(b => b!["read"]!.GetValue<long>()).ToList();
        var writes = buckets.Select(b => b!["written"]!.GetValue<long>()).ToList();
        Assert.Equal(reads.Count(r => r > 0) + writes.Count(w => w > 0), await debit.Locator("rect.hub-chart__bar").CountAsync());
        Assert.Contains(reads, r => r >= 1234);
        var rows = debit.Locator("table[data-chart-table=debit-siao] tbody tr");
        Assert.Equal(24, await rows.CountAsync());
        Assert.Equal(reads.Select(r => r.ToString("N0", French)), await rows.Locator("td:nth-of-type(1)").AllTextContentsAsync());
        Assert.Equal(writes.Select(w => w.ToString("N0", French)), await rows.Locator("td:nth-of-type(2)").AllTextContentsAsync());
        Assert.Matches(@"^\d{2}/\d{2} \d{2}:\d{2} – \d{2}:\d{2}$", await rows.First.Locator("th").TextContentAsync());
        var errors = sut.Page.Locator("figure[data-chart=erreurs-siao]");
        Assert.True(await errors.Locator("rect.hub-chart__bar[data-series='Exécutions échouées']").CountAsync() >= 1);
        // The lag is known from the first bucket on (a success before the window): a point per bucket.
        Assert.Equal(24, await sut.Page.Locator("figure[data-chart=retard-siao] circle.hub-chart__point").CountAsync());
        Assert.Equal(["siao"], await sut.Page.Locator("[data-history]").EvaluateAllAsync<string[]>("s => s.map(e => e.dataset.history)"));
        output.WriteLine($"screenshot: {await sut.ScreenshotAsync("11-synchronisation-historique-24h")}");

        // Seven days, all connectors: 28 buckets of 6 hours, and the run of two days ago is in.
        await sut.Page.SelectOptionAsync("#periode", "7j");
        await sut.Page.SelectOptionAsync("#historique-connecteur", "");
        await sut.Page.GetByRole(AriaRole.Button, new() { Name = "Afficher" }).ClickAsync();
        await sut.Page.WaitForURLAsync("**periode=7j**");
        Assert.Equal(["caf", "cpam", "siao", "solis"], await sut.Page.Locator("[data-history]").EvaluateAllAsync<string[]>("s => s.map(e => e.dataset.history)"));
        var week = sut.Page.Locator("table[data-chart-table=debit-siao] tbody tr");
        Assert.Equal(28, await week.CountAsync());
        var weekReads = (await week.Locator("td:nth-of-type(1)").AllTextContentsAsync()).Sum(t => long.Parse(t, NumberStyles.AllowThousands, French));
        Assert.True(weekReads >= reads.Sum() + 5000, $"7 days read {weekReads}, 24 h read {reads.Sum()}");
        Assert.Equal("Débit de SI-SIAO (7 derniers jours)", await sut.Page.Locator("figure[data-chart=debit-siao] svg > title").TextContentAsync());
        output.WriteLine($"screenshot: {await sut.ScreenshotAsync("12-synchronisation-historique-7j")}");
    }

    [Fact]
    public async Task RunProgress_SlowPages_CardShowsPagesRecordsAndRateThenTheRunFinishes()
    {
        var solis = hub.Services.GetRequiredService<SimulatorCluster>().All.Single(s => s.System.ToString().Equals("solis", StringComparison.OrdinalIgnoreCase));
        await using var sut = await ConsoleSession.LogInAsync(hub, Browser, TestAgents.Admin, "/console/synchronisation");
        var card = sut.Page.Locator("[data-connector=solis]");
        var before = await card.GetAttributeAsync("data-last-run") ?? string.Empty;
        foreach (var list in new[] { "dossiers", "individus", "mesures", "referents" })
        {
            // Pages of 10 (ConsoleHubFactory), each of the first ones 1.5 s late: the run lasts long enough to be watched.
            solis.Faults.Inject($"GET /v1/{list}", FaultKind.Latency, count: 4, delay: TimeSpan.FromSeconds(1.5));
        }

        try
        {
            await card.GetByRole(AriaRole.Button, new() { NameRegex = new System.Text.RegularExpressions.Regex("^Lancer maintenant") }).ClickAsync();
            await sut.Page.WaitForURLAsync("**message=lance&connecteur=solis");

            // console.js refreshes the cards: a running stream shows its progress once a page is done.
            var seen = await sut.Page.WaitForFunctionAsync(
                "() => { const c = document.querySelector('[data-connector=solis]'); const p = c && [...c.querySelectorAll('[data-testid=progression]')].find(p => Number(p.dataset.pages) >= 1);" +
                " return p ? JSON.stringify({ text: p.innerText, state: c.dataset.state, read: Number(p.dataset.read) }) : null; }",
                null, new PageWaitForFunctionOptions { Timeout = 60_000, PollingInterval = 200 });
            var progress = JsonNode.Parse(await seen.JsonValueAsync<string>())!;
            var text = progress["text"]!.GetValue<string>();
            Assert.Equal("running", progress["state"]!.GetValue<string>());
            Assert.True(progress["read"]!.GetValue<int>() > 0, text);
            Assert.Matches(@"Flux \w+ en cours depuis \d+ (s|min)", text);
            Assert.Matches(@"\d+ page\(s\) traitée\(s\), [\d\u202F\u00A0 ]+ enregistrement\(s\) lu\(s\)", text);
            Assert.Matches(@"(\d+,\d enregistrements/s|débit en cours de mesure)", text);
            output.WriteLine($"screenshot: {await sut.ScreenshotAsync("13-synchronisation-progression")}");

            await sut.Page.WaitForFunctionAsync(
                "before => { const c = document.querySelector('[data-connector=solis]'); return c && c.dataset.lastRun !== before && c.dataset.state !== 'running' && !c.querySelector('[data-testid=progression]'); }",
                before, new PageWaitForFunctionOptions { Timeout = 120_000, PollingInterval = 500 });
            Assert.Equal("idle", await card.GetAttributeAsync("data-state"));
            output.WriteLine($"screenshot: {await sut.ScreenshotAsync("14-synchronisation-progression-terminee")}");
        }
        finally
        {
            solis.Faults.Clear();
        }

        // What the card showed while running was the run's own row, saved page by page.
        await using var scope = hub.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<HubDbContext>();
        var runs = await db.SyncRuns.AsNoTracking().Where(r => r.Connector == "solis" && r.Trigger == RunTrigger.Manual).ToListAsync();
        var multiPage = runs.Where(r => r.Status == RunStatus.Succeeded).MaxBy(r => r.Pages)!;
        Assert.True(multiPage.Pages >= 2, $"a SOLIS stream of several pages: {multiPage.Stream} had {multiPage.Pages}");
    }

    /// <summary>Runs of SI-SIAO's orientations stream: one a day ago (a success before the 24 h window), two in it (one failed), one two days ago.</summary>
    private async Task SeedRunsAsync()
    {
        await using var scope = hub.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<HubDbContext>();
        if (await db.SyncRuns.AnyAsync(r => r.Id.StartsWith("console-chart-")))
        {
            return;
        }

        var now = DateTimeOffset.UtcNow;
        db.SyncRuns.AddRange(
            Run("console-chart-1", RunStatus.Succeeded, now.AddDays(-2), 5000, 4000, 0),
            Run("console-chart-2", RunStatus.Succeeded, now.AddHours(-25), 10, 10, 0),
            Run("console-chart-3", RunStatus.Failed, now.AddHours(-5), 60, 0, 6),
            Run("console-chart-4", RunStatus.Succeeded, now.AddHours(-2), 1234, 1200, 3));
        await db.SaveChangesAsync();
    }

    private static SyncRunRow Run(string id, string status, DateTimeOffset started, int read, int written, int failed) => new()
    {
        Id = id, Connector = "siao", Stream = "orientations", Trigger = RunTrigger.Scheduled, Status = status, StartedAt = started,
        FinishedAt = started.AddMinutes(2), Pages = 3, RecordsRead = read, RecordsWritten = written, RecordsFailed = failed,
        Error = status == RunStatus.Failed ? "Transient: seeded failure for the charts" : null,
    };
}
