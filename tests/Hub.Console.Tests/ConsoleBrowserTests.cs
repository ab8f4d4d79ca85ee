using System.Text;
using System.Text.Json.Nodes;
using Hub.Console.Tests.Infrastructure;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace Hub.Console.Tests;

/// <summary>
/// Issue 7: the console in a real headless Chromium, logged in through the real OpenID Connect provider's login page.
/// Each test saves a screenshot of the pages it visits (path in the test output).
/// </summary>
[Collection(ConsoleCollection.Name)]
public sealed class ConsoleBrowserTests(ConsoleHubFactory hub, ITestOutputHelper output) : BrowserTest
{
    [Fact]
    public async Task Dashboard_AdminLogsIn_ShowsEveryConnectorWithItsStreams()
    {
        await using var sut = await ConsoleSession.LogInAsync(hub, Browser, TestAgents.Admin);

        await sut.Page.WaitForURLAsync("**/console/synchronisation");
        Assert.Equal("État des synchronisations", await sut.Page.Locator("h1").InnerTextAsync());
        var cards = sut.Page.Locator("[data-connector]");
        Assert.Equal(["caf", "cpam", "siao", "solis"], await cards.EvaluateAllAsync<string[]>("cards => cards.map(c => c.dataset.connector)"));
        Assert.Equal(["CAF", "CPAM", "SI-SIAO", "SOLIS"], (await sut.Page.Locator("[data-connector] h2").AllInnerTextsAsync()).Select(t => t.Split(' ')[0].Trim()));
        // The seeding sync of SI-SIAO households: a stream row with its counts, and the dead letter it left.
        var menages = sut.Page.Locator("[data-connector=siao] tr[data-stream=menages]");
        Assert.Contains("Réussie", await sut.Page.Locator("[data-connector=siao]").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Matches(@"\d+ / \d+ / 1", await menages.InnerTextAsync());
        Assert.Equal("fr", await sut.Page.Locator("html").GetAttributeAsync("lang"));
        Assert.Equal(200, (await sut.Page.APIRequest.GetAsync(new Uri(hub.Address, "/dsfr/dsfr.min.css").ToString())).Status);
        output.WriteLine($"screenshot: {await sut.ScreenshotAsync("01-synchronisation")}");
    }

    [Fact]
    public async Task RunNow_AdminClicksRun_PageRefreshesUntilTheRunHasFinished()
    {
        await using var sut = await ConsoleSession.LogInAsync(hub, Browser, TestAgents.Admin, "/console/synchronisation");
        var card = sut.Page.Locator("[data-connector=solis]");
        var before = await card.GetAttributeAsync("data-last-run") ?? string.Empty;

        await card.GetByRole(AriaRole.Button, new() { NameRegex = new System.Text.RegularExpressions.Regex("^Lancer maintenant") }).ClickAsync();

        await sut.Page.WaitForURLAsync("**/console/synchronisation?message=lance&connecteur=solis");
        Assert.Contains("Exécution demandée pour SOLIS", await sut.Page.Locator("[role=status]").First.InnerTextAsync(), StringComparison.Ordinal);
        // No reload from the test: console.js polls the page while the run is requested or running.
        await sut.Page.WaitForFunctionAsync(
            "before => { const c = document.querySelector('[data-connector=solis]'); return c && c.dataset.lastRun && c.dataset.lastRun !== before && c.dataset.state !== 'running'; }",
            before, new PageWaitForFunctionOptions { Timeout = 90_000, PollingInterval = 500 });
        var state = await sut.Page.Locator("[data-connector=solis]").GetAttributeAsync("data-state");
        Assert.Equal("idle", state);
        output.WriteLine($"screenshot: {await sut.ScreenshotAsync("02-synchronisation-apres-execution")}");

        await sut.GoAsync("/console/executions?connecteur=solis");
        Assert.Contains("Réussie", await sut.Page.Locator("table").TextContentAsync(), StringComparison.Ordinal);
        output.WriteLine($"screenshot: {await sut.ScreenshotAsync("03-executions")}");
    }

    [Fact]
    public async Task DeadLetter_AdminReplaysThenCorrectsAndReplays_LetterReplayed()
    {
        await using var sut = await ConsoleSession.LogInAsync(hub, Browser, TestAgents.Admin, "/console/rejets?connecteur=siao");
        var row = sut.Page.Locator("tr[data-dead-letter]", new() { HasText = hub.BrokenMenage });
        Assert.Contains("Contract violation", await row.InnerTextAsync(), StringComparison.Ordinal);
        output.WriteLine($"screenshot: {await sut.ScreenshotAsync("04-rejets")}");

        await row.GetByRole(AriaRole.Link).ClickAsync();
        await sut.Page.WaitForURLAsync("**/console/rejets/*");
        Assert.Contains("pas-une-date", await sut.Page.Locator("pre.hub-json").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal("Ouvert", await sut.Page.Locator("[data-testid=statut]").TextContentAsync());

        // As it is, the record still breaks the contract: the attempt is refused and recorded.
        await sut.Page.ClickAsync("#rejouer");
        await sut.Page.WaitForURLAsync("**message=echec");
        Assert.Equal("Ouvert", await sut.Page.Locator("[data-testid=statut]").TextContentAsync());
        Assert.Contains("replay-failed", await sut.Page.Locator("table").InnerTextAsync(), StringComparison.Ordinal);

        // Corrected with what SI-SIAO serves for that ménage: it goes through.
        await sut.Page.FillAsync("#payload", hub.CorrectedMenage);
        await sut.Page.GetByRole(AriaRole.Button, new() { Name = "Corriger et rejouer" }).ClickAsync();
        await sut.Page.WaitForURLAsync("**message=rejoue");
        Assert.Equal("Rejoué", await sut.Page.Locator("[data-testid=statut]").TextContentAsync());
        Assert.Contains("edited-and-replayed", await sut.Page.Locator("table").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Contains(TestAgents.Admin.Subject, await sut.Page.Locator("table").InnerTextAsync(), StringComparison.Ordinal);
        output.WriteLine($"screenshot: {await sut.ScreenshotAsync("05-rejet-rejoue")}");
    }

    [Fact]
    public async Task Household_CoordinatorSearchesByName_ReadsTimelineAndExportsCsvForExcel()
    {
        await using var sut = await ConsoleSession.LogInAsync(hub, Browser, TestAgents.Coordinator, "/console/menages");
        // Lower case and without the accent the record does not have: the search folds both.
        await sut.Page.GetByLabel("Nom ou prénom d'un membre").FillAsync("alphonsine elise");
        await sut.Page.GetByRole(AriaRole.Button, new() { Name = "Rechercher" }).ClickAsync();
        await sut.Page.WaitForURLAsync("**/console/menages?**");
        var results = sut.Page.Locator("#resultats tbody tr");
        Assert.Equal(1, await results.CountAsync());
        Assert.Contains("ALPHONSINE Élise, né(e) le 12/03/1984", await results.InnerTextAsync(), StringComparison.Ordinal);
        output.WriteLine($"screenshot: {await sut.ScreenshotAsync("06-menages-recherche")}");

        await results.GetByRole(AriaRole.Link).ClickAsync();
        await sut.Page.WaitForURLAsync($"**/console/menages/{hub.ReferentHousehold}");
        Assert.Contains("Identité validée", await sut.Page.Locator("table").First.InnerTextAsync(), StringComparison.Ordinal);
        var rows = sut.Page.Locator("#chronologie tbody tr");
        // Newest first, each with its source system, type and actor; dates in French.
        Assert.Equal(["hub", "caf", "siao"], await rows.EvaluateAllAsync<string[]>("rows => rows.map(r => r.dataset.source)"));
        Assert.Contains("01/03/2026 14:00:00", await rows.First.InnerTextAsync(), StringComparison.Ordinal);
        Assert.Contains("Droit ouvert", await rows.Nth(1).InnerTextAsync(), StringComparison.Ordinal);
        Assert.Contains("Agent d'accueil — CAF", await rows.Nth(1).InnerTextAsync(), StringComparison.Ordinal);
        output.WriteLine($"screenshot: {await sut.ScreenshotAsync("07-menage-chronologie")}");

        var download = await sut.Page.RunAndWaitForDownloadAsync(() => sut.Page.ClickAsync("#export-csv"));
        var bytes = await File.ReadAllBytesAsync(await download.PathAsync());
        Assert.Equal(Encoding.UTF8.GetPreamble(), bytes[..3]);
        var lines = Encoding.UTF8.GetString(bytes[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("\"Date\";\"Source\";\"Type\";\"Acteur\";\"Résumé\";\"Personne\";\"Provenance\";\"Identifiant\"", lines[0]);
        Assert.Equal(4, lines.Length);
        Assert.Contains("\"'=Note de coordination\"", lines[1], StringComparison.Ordinal);
        Assert.Contains("\"Ouverture du droit \"\"RSA\"\"\"", lines[2], StringComparison.Ordinal);
        Assert.Contains("\"Demande enregistrée; suivi = oui\"", lines[3], StringComparison.Ordinal);

        // Filtered by source: the page and the API answer the same.
        await sut.Page.SelectOptionAsync("#source", "caf");
        await sut.Page.GetByRole(AriaRole.Button, new() { Name = "Filtrer" }).ClickAsync();
        await sut.Page.WaitForURLAsync("**source=caf**");
        Assert.Equal(["caf"], await rows.EvaluateAllAsync<string[]>("rows => rows.map(r => r.dataset.source)"));
        var api = await sut.Page.APIRequest.GetAsync(new Uri(hub.Address, $"/api/Household/{hub.ReferentHousehold}/timeline?source=caf").ToString());
        Assert.Equal(200, api.Status);
        var view = JsonNode.Parse(await api.TextAsync())!;
        Assert.Equal(1, view["total"]!.GetValue<int>());
        var search = JsonNode.Parse(await (await sut.Page.APIRequest.GetAsync(new Uri(hub.Address, "/api/Household?birthDate=1984-03&name=Alphonsine").ToString())).TextAsync())!;
        Assert.Equal(hub.ReferentHousehold, search["entry"]![0]!["resource"]!["id"]!.GetValue<string>());
    }

    [Fact]
    public async Task Household_ReferentOpensAnotherReferentsHousehold_NotFoundAndNotInSearch()
    {
        await using var sut = await ConsoleSession.LogInAsync(hub, Browser, TestAgents.Referent, "/console/menages");

        var other = await sut.GoAsync($"/console/menages/{hub.OtherReferentHousehold}");
        Assert.Equal(404, other!.Status);
        Assert.Equal("Ménage introuvable", await sut.Page.Locator("h1").InnerTextAsync());
        Assert.DoesNotContain("BERTHOLET", await sut.Page.ContentAsync(), StringComparison.Ordinal);
        output.WriteLine($"screenshot: {await sut.ScreenshotAsync("08-referent-autre-menage")}");
        var export = await sut.Page.APIRequest.GetAsync(new Uri(hub.Address, $"/console/menages/{hub.OtherReferentHousehold}/export?format=csv").ToString());
        Assert.Equal(404, export.Status);

        await sut.GoAsync("/console/menages?identifiant=NAVIGATEUR-0002");
        Assert.Contains("0 ménage(s) trouvé(s)", await sut.Page.Locator("#resultats caption").InnerTextAsync(), StringComparison.Ordinal);

        // Their own household opens; entries from other organisations without consent for theirs are withheld.
        var own = await sut.GoAsync($"/console/menages/{hub.ReferentHousehold}");
        Assert.Equal(200, own!.Status);
        Assert.Equal(["hub"], await sut.Page.Locator("#chronologie tbody tr").EvaluateAllAsync<string[]>("rows => rows.map(r => r.dataset.source)"));
        Assert.Contains("2 événement(s)", await sut.Page.Locator("[role=status]").InnerTextAsync(), StringComparison.Ordinal);
        output.WriteLine($"screenshot: {await sut.ScreenshotAsync("09-referent-son-menage")}");
    }

    [Fact]
    public async Task Console_ObservatoryLogsIn_SeesNoPersonLevelPage()
    {
        await using var sut = await ConsoleSession.LogInAsync(hub, Browser, TestAgents.Observatory);

        Assert.Contains("aucune page de la console ne montre de personne", await sut.Page.Locator("main").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal(0, await sut.Page.Locator("#navigation a").CountAsync());
        output.WriteLine($"screenshot: {await sut.ScreenshotAsync("10-observatoire")}");
        Assert.Equal(403, (await sut.GoAsync($"/console/menages/{hub.ReferentHousehold}"))!.Status);
        Assert.Equal(403, (await sut.GoAsync("/console/menages?nom=ALPHONSINE"))!.Status);
        Assert.Equal(403, (await sut.GoAsync("/console/synchronisation"))!.Status);
    }
}
