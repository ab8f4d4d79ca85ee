using System.Text.Json.Nodes;
using Hub.Console.Tests.Infrastructure;
using Hub.Storage;
using Hub.Storage.Identity;
using Hub.Storage.Resources;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace Hub.Console.Tests;

/// <summary>
/// Issue 7 with issue 5: the identity review page in a real headless Chromium. The pairs come through the real page
/// pipeline and its identity resolver, as partners' records would.
/// </summary>
[Collection(ConsoleCollection.Name)]
public sealed class ConsoleIdentityTests(ConsoleHubFactory hub, ITestOutputHelper output) : BrowserTest
{
    private const string SiaoPersonne = "urn:lda-hub:id:siao:personne";
    private const string CafAllocataire = "urn:lda-hub:id:caf:allocataire";

    [Fact]
    public async Task ReviewPage_CoordinatorMergesThenUndoes_BothRecordsEvidenceAndDecisionsShown()
    {
        var reviewId = await ArrangeReviewAsync();
        await using var sut = await ConsoleSession.LogInAsync(hub, Browser, TestAgents.Coordinator, "/console/identite");

        var row = sut.Page.Locator($"tr[data-review='{reviewId}']");
        Assert.Contains("QUEBERCHAREL Camille", await row.InnerTextAsync(), StringComparison.Ordinal);
        Assert.Contains("CAF", await row.InnerTextAsync(), StringComparison.Ordinal);
        // The auto-linked pair is in the recent decisions, with its "Séparer" button.
        var autoLink = sut.Page.Locator("#decisions tr[data-kind=auto-link]", new() { HasText = "ZIMMERLIN" });
        Assert.Contains("Liaison automatique", await autoLink.InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal(1, await autoLink.GetByRole(AriaRole.Button, new() { Name = "Séparer" }).CountAsync());
        output.WriteLine($"screenshot: {await sut.ScreenshotAsync("15-identite-revues")}");

        await row.GetByRole(AriaRole.Link).ClickAsync();
        await sut.Page.WaitForURLAsync($"**/console/identite/{reviewId}");
        Assert.Equal("Même personne ?", await sut.Page.Locator("h1").InnerTextAsync());
        Assert.Equal("À examiner", await sut.Page.Locator("[data-testid=statut]").TextContentAsync());
        Assert.Equal(["QUEBERCHAREL", "QUEBERCHAREL"], await Sides("Nom de naissance"));
        Assert.Equal(["Camille", "CAMILLE"], await Sides("Prénoms"));
        Assert.Equal(["05/12/1944", "05/12/1944"], await Sides("Date de naissance"));
        Assert.Equal(["Féminin", "Masculin"], await Sides("Sexe"));
        Assert.Equal(["(COG 68224)", "(COG 68224)"], await Sides("Lieu de naissance"));
        Assert.Equal(["SI-SIAO", "CAF"], await Sides("Source"));
        var identifiers = await Sides("Identifiants");
        Assert.Contains("CONSOLE-P-1", identifiers[0], StringComparison.Ordinal);
        Assert.Contains("0977001", identifiers[1], StringComparison.Ordinal);
        var evidence = sut.Page.Locator("#preuves tbody tr", new() { HasText = "Sexe" });
        Assert.Contains("Différent", await evidence.InnerTextAsync(), StringComparison.Ordinal);
        Assert.Contains("Identique", await sut.Page.Locator("#preuves tbody tr", new() { HasText = "Date de naissance" }).InnerTextAsync(), StringComparison.Ordinal);
        Assert.Matches(@"^[+-]\d+,\d{2}$", await sut.Page.Locator("[data-testid=score]").TextContentAsync());
        Assert.Contains("À examiner par un gestionnaire", await sut.Page.Locator("#resultat").InnerTextAsync(), StringComparison.Ordinal);
        output.WriteLine($"screenshot: {await sut.ScreenshotAsync("16-identite-revue")}");

        await sut.Page.ClickAsync("#fusionner");
        await sut.Page.WaitForURLAsync("**message=fusionne");
        Assert.Equal("Fusionnée", await sut.Page.Locator("[data-testid=statut]").TextContentAsync());
        // The kept person now carries both identifiers; the merged one is shown as it was before.
        var merged = await Sides("Identifiants");
        Assert.Contains("0977001", merged[0], StringComparison.Ordinal);
        Assert.Contains("fusionné", await sut.Page.Locator("#comparaison thead").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal(0, await sut.Page.Locator("#fusionner").CountAsync());
        output.WriteLine($"screenshot: {await sut.ScreenshotAsync("17-identite-fusionnee")}");

        await sut.Page.ClickAsync("#annuler");
        await sut.Page.WaitForURLAsync("**message=annule");
        Assert.Contains("Fusion annulée", await sut.Page.Locator("[role=status]").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Contains("annulée depuis", await sut.Page.Locator("main").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal(0, await sut.Page.Locator("#annuler").CountAsync());
        var restored = await Sides("Identifiants");
        Assert.DoesNotContain("0977001", restored[0], StringComparison.Ordinal);
        Assert.Contains("0977001", restored[1], StringComparison.Ordinal);
        output.WriteLine($"screenshot: {await sut.ScreenshotAsync("18-identite-fusion-annulee")}");

        await using var scope = hub.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<HubDbContext>();
        var decisions = await db.IdentityDecisions.AsNoTracking().Where(d => d.RelatedDecisionId == reviewId || d.Id == reviewId).ToListAsync();
        var merge = Assert.Single(decisions, d => d.Kind == IdentityDecisionRow.Merge);
        Assert.Equal(("undone", TestAgents.Coordinator.Subject), (merge.Status, merge.Actor));
        Assert.Equal("merged", decisions.Single(d => d.Id == reviewId).Status);
        Assert.Single(await db.IdentityDecisions.AsNoTracking().Where(d => d.Kind == IdentityDecisionRow.Undo && d.RelatedDecisionId == merge.Id).ToListAsync());

        await sut.GoAsync("/console/identite");
        Assert.Contains("Annulation", await sut.Page.Locator("#decisions").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal(404, (await sut.GoAsync("/console/identite/inconnue"))!.Status);
        Assert.Equal("Revue introuvable", await sut.Page.Locator("h1").InnerTextAsync());

        async Task<string[]> Sides(string trait)
        {
            var cells = sut.Page.Locator($"#comparaison tr[data-trait=\"{trait}\"] td");
            return [.. (await cells.AllTextContentsAsync()).Select(t => t.Trim())];
        }
    }

    [Fact]
    public async Task Queue_StewardSplitsAutoLinkThenUndoes_RecordOwnPersonThenLinkedAgain()
    {
        await ArrangeReviewAsync();
        await using var sut = await ConsoleSession.LogInAsync(hub, Browser, TestAgents.Coordinator, "/console/identite");
        var autoLink = sut.Page.Locator("#decisions tr[data-kind=auto-link]", new() { HasText = "ZIMMERLIN" });
        var linkId = await autoLink.GetAttributeAsync("data-decision");
        Assert.Equal(("applied", true), (await LinkStatusAsync(), await SamePersonAsync()));

        await autoLink.GetByRole(AriaRole.Button, new() { Name = "Séparer" }).ClickAsync();
        await sut.Page.WaitForURLAsync("**message=separe");

        Assert.Contains("Liaison séparée", await sut.Page.Locator("[role=status]").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal(("split", false), (await LinkStatusAsync(), await SamePersonAsync()));
        // TextContent: the badge is upper-cased by the DSFR's CSS, which InnerText would apply.
        Assert.Contains("Séparée", await sut.Page.Locator($"#decisions tr[data-decision='{linkId}']").TextContentAsync(), StringComparison.Ordinal);
        var split = sut.Page.Locator("#decisions tr[data-kind=split]").First;
        Assert.Contains(TestAgents.Coordinator.Subject, await split.InnerTextAsync(), StringComparison.Ordinal);
        output.WriteLine($"screenshot: {await sut.ScreenshotAsync("19-identite-liaison-separee")}");

        await split.GetByRole(AriaRole.Button, new() { Name = "Annuler" }).ClickAsync();
        await sut.Page.WaitForURLAsync("**message=annule");

        Assert.Contains("Décision annulée", await sut.Page.Locator("[role=status]").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal(("applied", true), (await LinkStatusAsync(), await SamePersonAsync()));

        async Task<string> LinkStatusAsync()
        {
            await using var scope = hub.Services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<HubDbContext>();
            return await db.IdentityDecisions.AsNoTracking().Where(d => d.Id == linkId).Select(d => d.Status).SingleAsync();
        }

        // Whether the SI-SIAO record and the CAF record it was linked with are one person of the hub.
        async Task<bool> SamePersonAsync()
        {
            await using var scope = hub.Services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<HubDbContext>();
            var holders = await db.Identifiers.AsNoTracking()
                .Where(i => i.ResourceType == "Person" && (i.Value == "CONSOLE-P-2" || i.Value == "0977002"))
                .Select(i => i.ResourceId).Distinct().ToListAsync();
            return holders.Count == 1;
        }
    }

    [Fact]
    public async Task HouseholdPage_MenageLinkedToSolisDossier_LinkShownAndBothSourcesInTimeline()
    {
        const string SiaoMenage = "urn:lda-hub:id:siao:menage", SolisDossier = "urn:lda-hub:id:solis:dossier", SolisIndividu = "urn:lda-hub:id:solis:individu";
        var t1 = DateTimeOffset.UtcNow.AddMinutes(-5);
        await hub.IngestAsync("siao", "CONSOLE-P-31", Person(SiaoPersonne, "CONSOLE-P-31", "VAUTRIN", "1983-02-17", "F", "Maëlle"), t1);
        await hub.IngestAsync("siao", "CONSOLE-P-32", Person(SiaoPersonne, "CONSOLE-P-32", "VAUTRIN", "2012-10-09", "M", "Noé"), t1);
        await hub.IngestAsync("siao", "CONSOLE-M-3", Household(SiaoMenage, "CONSOLE-M-3", SiaoPersonne, "CONSOLE-P-31", "CONSOLE-P-32"), t1);
        await hub.IngestAsync("solis", "CONSOLE-S-31", Person(SolisIndividu, "CONSOLE-S-31", "VAUTRIN", "1983-02-17", "F", "MAELLE"), t1.AddMinutes(1));
        await hub.IngestAsync("solis", "CONSOLE-S-32", Person(SolisIndividu, "CONSOLE-S-32", "VAUTRIN", "2012-10-09", "M", "NOE"), t1.AddMinutes(1));
        await hub.IngestAsync("solis", "CONSOLE-D-3", Household(SolisDossier, "CONSOLE-D-3", SolisIndividu, "CONSOLE-S-31", "CONSOLE-S-32"), t1.AddMinutes(1));
        await hub.IngestAsync("siao", "CONSOLE-E-31", Event("urn:lda-hub:id:siao:evenement", "CONSOLE-E-31", SiaoMenage, "CONSOLE-M-3", "siao", "2026-03-02T09:00:00Z", "Entretien SIAO de suivi"), t1);
        await hub.IngestAsync("solis", "CONSOLE-E-32", Event("urn:lda-hub:id:solis:evenement", "CONSOLE-E-32", SolisDossier, "CONSOLE-D-3", "solis", "2026-04-15T09:00:00Z", "Visite à domicile SOLIS"), t1.AddMinutes(1));
        string menage, dossier;
        await using (var scope = hub.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<HubDbContext>();
            menage = await db.Identifiers.Where(i => i.System == SiaoMenage && i.Value == "CONSOLE-M-3").Select(i => i.ResourceId).SingleAsync();
            dossier = await db.Identifiers.Where(i => i.System == SolisDossier && i.Value == "CONSOLE-D-3").Select(i => i.ResourceId).SingleAsync();
            // The coordinator works for the city: partners' entries show once the mother consented to share for coordination.
            var mother = await db.Identifiers.Where(i => i.System == SiaoPersonne && i.Value == "CONSOLE-P-31").Select(i => i.ResourceId).SingleAsync();
            var consent = new JsonObject
            {
                ["resourceType"] = "Consent",
                ["person"] = new JsonObject { ["reference"] = $"Person/{mother}" },
                ["status"] = "active",
                ["organisations"] = new JsonArray(new JsonObject { ["system"] = "urn:lda-hub:code:organisation-partenaire", ["code"] = "ville-mulhouse" }),
                ["purposes"] = new JsonArray(new JsonObject { ["system"] = "urn:lda-hub:code:finalite-consentement", ["code"] = "coordination" }),
            };
            Assert.Equal(WriteOutcome.Created, (await scope.ServiceProvider.GetRequiredService<IResourceStore>().CreateAsync("Consent", consent, CancellationToken.None)).Outcome);
        }

        await using var sut = await ConsoleSession.LogInAsync(hub, Browser, TestAgents.Coordinator, $"/console/menages/{menage}");

        Assert.Contains($"Ménage {dossier}", await sut.Page.Locator("#menages-lies").InnerTextAsync(), StringComparison.Ordinal);
        var timeline = await sut.Page.Locator("main").InnerTextAsync();
        Assert.Contains("Entretien SIAO de suivi", timeline, StringComparison.Ordinal);
        Assert.Contains("Visite à domicile SOLIS", timeline, StringComparison.Ordinal);
        output.WriteLine($"screenshot: {await sut.ScreenshotAsync("20-menages-lies")}");

        await sut.Page.Locator("#menages-lies a").ClickAsync();
        await sut.Page.WaitForURLAsync($"**/console/menages/{dossier}");
        Assert.Contains($"Ménage {menage}", await sut.Page.Locator("#menages-lies").InnerTextAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task NewPages_Accessibility_OneH1LabelledControlsNamedChartsAndFrench()
    {
        var reviewId = await ArrangeReviewAsync();
        await using var sut = await ConsoleSession.LogInAsync(hub, Browser, TestAgents.Admin, "/console/synchronisation");

        foreach (var path in new[] { "/console/synchronisation", "/console/synchronisation?periode=7j", "/console/identite", $"/console/identite/{reviewId}" })
        {
            Assert.Equal(200, (await sut.GoAsync(path))!.Status);
            var problems = await sut.Page.EvaluateAsync<string[]>(AccessibilityCheck);
            Assert.True(problems.Length == 0, $"{path}: {string.Join("; ", problems)}");
        }

        // The new pages are in the menu of the roles that may open them.
        Assert.Equal(1, await sut.Page.Locator("#navigation a[href='/console/identite']").CountAsync());
        Assert.Equal("page", await sut.Page.Locator("#navigation a[href='/console/identite']").GetAttributeAsync("aria-current"));
    }

    /// <summary>Checked in the page: one h1, lang="fr", every form control labelled, every link and button named, each chart
    /// image named by its title and description, no duplicate id.</summary>
    private const string AccessibilityCheck = """
        () => {
          const problems = [];
          const h1 = document.querySelectorAll('h1').length;
          if (h1 !== 1) problems.push('h1 count ' + h1);
          if (document.documentElement.lang !== 'fr') problems.push('lang ' + document.documentElement.lang);
          for (const el of document.querySelectorAll('input:not([type=hidden]), select, textarea')) {
            if (!(el.labels && el.labels.length) && !el.getAttribute('aria-label') && !el.getAttribute('aria-labelledby')) problems.push('unlabelled ' + (el.id || el.name));
          }
          for (const el of document.querySelectorAll('button, a[href]')) {
            if (!(el.textContent.trim() || el.getAttribute('aria-label') || el.getAttribute('title'))) problems.push('unnamed ' + el.outerHTML.slice(0, 80));
          }
          for (const svg of document.querySelectorAll('svg[role=img]')) {
            const ids = (svg.getAttribute('aria-labelledby') || '').split(' ').filter(Boolean);
            if (ids.length !== 2 || ids.some(id => !document.getElementById(id) || !document.getElementById(id).textContent.trim())) problems.push('chart ' + svg.closest('figure').dataset.chart);
            if (!svg.closest('figure').querySelector('table caption')) problems.push('no data table ' + svg.closest('figure').dataset.chart);
          }
          const seen = new Set();
          for (const el of document.querySelectorAll('[id]')) { if (seen.has(el.id)) problems.push('duplicate id ' + el.id); seen.add(el.id); }
          return problems;
        }
        """;

    /// <summary>
    /// An SI-SIAO person and a CAF record with the same traits but the other sex (a review), and an SI-SIAO person with
    /// a CAF record differing by a typo (an auto-link), through the pipeline once.
    /// </summary>
    private async Task<string> ArrangeReviewAsync()
    {
        await using (var scope = hub.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<HubDbContext>();
            if (await FindReviewAsync(db) is { } existing)
            {
                return existing;
            }
        }

        var t1 = DateTimeOffset.UtcNow.AddMinutes(-10);
        await hub.IngestAsync("siao", "CONSOLE-P-1", Person(SiaoPersonne, "CONSOLE-P-1", "QUEBERCHAREL", "1944-12-05", "F", "Camille"), t1);
        await hub.IngestAsync("caf", "0977001", Person(CafAllocataire, "0977001", "QUEBERCHAREL", "1944-12-05", "M", "CAMILLE"), t1.AddMinutes(1));
        await hub.IngestAsync("siao", "CONSOLE-P-2", Person(SiaoPersonne, "CONSOLE-P-2", "ZIMMERLIN", "1971-08-23", "F", "Odile", "Rose"), t1);
        await hub.IngestAsync("caf", "0977002", Person(CafAllocataire, "0977002", "ZIMMERLINN", "1971-08-23", "F", "ODILE", "ROSE"), t1.AddMinutes(1));

        await using (var scope = hub.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<HubDbContext>();
            Assert.True(await db.IdentityDecisions.AnyAsync(d => d.Kind == IdentityDecisionRow.AutoLink && d.RightIdentifier == $"{CafAllocataire}|0977002"), "the ZIMMERLIN pair auto-links");
            return await FindReviewAsync(db) ?? throw new InvalidOperationException("The QUEBERCHAREL pair should have made a review.");
        }
    }

    private static Task<string?> FindReviewAsync(HubDbContext db) =>
        db.IdentityDecisions.AsNoTracking().Where(d => d.Kind == IdentityDecisionRow.Review && d.RightIdentifier == $"{CafAllocataire}|0977001")
            .Select(d => d.Id).FirstOrDefaultAsync();

    private static JsonObject Household(string system, string value, string memberSystem, params string[] members) => new()
    {
        ["resourceType"] = "Household",
        ["identifier"] = new JsonArray(new JsonObject { ["system"] = system, ["value"] = value }),
        ["member"] = new JsonArray([.. members.Select(m => (JsonNode)new JsonObject
        {
            ["person"] = new JsonObject { ["identifier"] = new JsonObject { ["system"] = memberSystem, ["value"] = m } },
        })]),
    };

    private static JsonObject Event(string system, string value, string householdSystem, string household, string source, string occurredAt, string summary) => new()
    {
        ["resourceType"] = "TimelineEvent",
        ["identifier"] = new JsonArray(new JsonObject { ["system"] = system, ["value"] = value }),
        ["household"] = new JsonObject { ["identifier"] = new JsonObject { ["system"] = householdSystem, ["value"] = household } },
        ["type"] = new JsonObject { ["system"] = "urn:lda-hub:code:type-evenement", ["code"] = "note" },
        ["occurredAt"] = occurredAt,
        ["source"] = new JsonObject { ["system"] = "urn:lda-hub:code:systeme-source", ["code"] = source },
        ["summary"] = summary,
    };

    private static JsonObject Person(string system, string value, string birthName, string birthDate, string sex, params string[] firstNames) => new()
    {
        ["resourceType"] = "Person",
        ["identifier"] = new JsonArray(new JsonObject { ["system"] = system, ["value"] = value }),
        ["name"] = new JsonObject { ["birthName"] = birthName, ["firstNames"] = new JsonArray([.. firstNames.Select(f => (JsonNode)f)]) },
        ["birthDate"] = birthDate,
        ["sex"] = new JsonObject { ["system"] = "urn:lda-hub:code:sexe", ["code"] = sex },
        ["birthPlace"] = new JsonObject { ["cog"] = "68224" },
    };
}
