using System.Text.Json.Nodes;
using Hub.Canonical.Model;
using Hub.Storage.Identity;
using Hub.Sync.Identity;
using Hub.Sync.Tests.Infrastructure;
using Hub.Testing;
using Microsoft.EntityFrameworkCore;

namespace Hub.Sync.Tests.Identity;

/// <summary>
/// Issue 5, households: an SIAO ménage and a SOLIS dossier are linked through the persons they share at the same time
/// (one household-link decision per pair, in the page's transaction), and each one's timeline shows the other's events.
/// </summary>
public abstract class HouseholdLinkingTests(SyncHubFactory factory) : IAsyncLifetime
{
    private const string SiaoEvent = "urn:lda-hub:id:siao:evenement";
    private const string SolisEvent = "urn:lda-hub:id:solis:evenement";
    private static readonly DateTimeOffset T1 = new(2026, 3, 1, 9, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset T2 = T1.AddHours(5);

    public Task InitializeAsync() => factory.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task ProcessAsync_MenageAndDossierSharingTwoPersonsAtTheSameTime_AreLinked()
    {
        await SiaoMenageAsync(("p-1", null, null), ("p-2", null, null));
        await SolisDossierAsync(("s-1", null, null), ("s-2", null, null));

        var (menage, dossier) = (await HouseholdIdAsync(IdentifierSystems.SiaoMenage), await HouseholdIdAsync(IdentifierSystems.SolisDossier));
        var link = Assert.Single(await LinksAsync());
        var pair = string.CompareOrdinal(menage, dossier) < 0 ? (menage, dossier) : (dossier, menage);
        Assert.Equal((pair.Item1, pair.Item2, HouseholdLinking.Applied, "resolver"), (link.LeftPersonId, link.RightPersonId, link.Status, link.Actor));
        var evidence = JsonNode.Parse(link.Evidence)!;
        Assert.Equal(2, evidence["sharedPersons"]!.GetValue<int>());
        Assert.Equal(2, evidence["shared"]!.AsArray().Count);
        Assert.Equal(["siao", "solis"], new[] { evidence["leftSource"]!.GetValue<string>(), evidence["rightSource"]!.GetValue<string>() }.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Timeline_LinkedHouseholds_EitherShowsBothSourcesEvents()
    {
        await SiaoMenageAsync(("p-1", null, null), ("p-2", null, null));
        await factory.ProcessAsync(CanonicalTestMapper.Page("siao", "e-1", EventJson(SiaoEvent, "e-1", IdentifierSystems.SiaoMenage, "m-1", "siao", "2026-02-10T10:00:00+01:00"), T1));
        await SolisDossierAsync(("s-1", null, null), ("s-2", null, null));
        await factory.ProcessAsync(CanonicalTestMapper.Page("solis", "ev-1", EventJson(SolisEvent, "ev-1", IdentifierSystems.SolisDossier, "d-1", "solis", "2026-02-20T10:00:00+01:00"), T2));
        var (menage, dossier) = (await HouseholdIdAsync(IdentifierSystems.SiaoMenage), await HouseholdIdAsync(IdentifierSystems.SolisDossier));
        using var client = factory.CreateClient();
        var organisation = (await HubHttp.GetObjectAsync(client, $"/api/Household/{menage}/timeline"))["viewerOrganisation"]!.GetValue<string>();
        foreach (var person in await PersonIdsAsync())
        {
            // Both partners' entries are another organisation's: the persons consent to share them for coordination.
            using var created = await client.PostAsync(new Uri("/api/Consent", UriKind.Relative), HubHttp.Json(ConsentJson(person, organisation)));
            Assert.True(created.IsSuccessStatusCode, await created.Content.ReadAsStringAsync());
        }

        foreach (var (household, other) in new[] { (menage, dossier), (dossier, menage) })
        {
            var timeline = await HubHttp.GetObjectAsync(client, $"/api/Household/{household}/timeline");

            Assert.Equal(["solis", "siao"], timeline["entries"]!.AsArray().Select(e => e!["source"]!["code"]!.GetValue<string>()));
            Assert.Equal([$"Household/{other}"], timeline["linkedHouseholds"]!.AsArray().Select(h => h!.GetValue<string>()));
            Assert.Equal(2, timeline["total"]!.GetValue<int>());
            Assert.Equal(0, timeline["withheld"]!.GetValue<int>());
            var links = await HubHttp.GetObjectAsync(client, $"/api/identity/households/{household}/links");
            var only = Assert.Single(links["links"]!.AsArray())!;
            Assert.Equal(($"Household/{other}", "applied"), (only["household"]!.GetValue<string>(), only["status"]!.GetValue<string>()));
        }

        var filtered = await HubHttp.GetObjectAsync(client, $"/api/Household/{menage}/timeline?source=solis");
        Assert.Equal(["solis"], filtered["entries"]!.AsArray().Select(e => e!["source"]!["code"]!.GetValue<string>()));
    }

    [Fact]
    public async Task ProcessAsync_OneSharedAdultBetweenHouseholdsOfTwoAndThree_NotLinked()
    {
        await PersonAsync("siao", IdentifierSystems.SiaoPersonne, "p-1", "LEFEVRE", "1985-04-12", "F", "Hélène");
        await PersonAsync("siao", IdentifierSystems.SiaoPersonne, "p-3", "KOWALCZYK", "1979-11-03", "M", "Piotr");
        await factory.ProcessAsync(CanonicalTestMapper.Page("siao", "m-1", HouseholdJson(IdentifierSystems.SiaoMenage, "m-1", IdentifierSystems.SiaoPersonne, ("p-1", null, null), ("p-3", null, null)), T1));
        await PersonAsync("solis", IdentifierSystems.SolisIndividu, "s-1", "LEFEVRE", "1985-04-12", "F", "HELENE");
        await PersonAsync("solis", IdentifierSystems.SolisIndividu, "s-4", "N'DIAYE", "1990-06-21", "M", "Mamadou");
        await PersonAsync("solis", IdentifierSystems.SolisIndividu, "s-5", "N'DIAYE", "2015-01-30", "F", "Awa");
        await factory.ProcessAsync(CanonicalTestMapper.Page("solis", "d-1", HouseholdJson(IdentifierSystems.SolisDossier, "d-1", IdentifierSystems.SolisIndividu, ("s-1", null, null), ("s-4", null, null), ("s-5", null, null)), T2));

        // The adult is one person in the hub (auto-linked), in both households: someone who moved, not one household.
        Assert.Equal(4, (await IdentityTestData.PersonsAsync(factory)).Count);
        Assert.Empty(await LinksAsync());
    }

    [Fact]
    public async Task ProcessAsync_MembershipEndedBeforeTheOtherHouseholdStarted_NotLinked()
    {
        await SiaoMenageAsync(("p-1", "2018-01-01", "2020-06-30"), ("p-2", "2018-01-01", "2020-06"));
        await SolisDossierAsync(("s-1", "2022-01-01", null), ("s-2", "2022-01-01", null));

        Assert.Empty(await LinksAsync());
    }

    [Fact]
    public async Task ProcessAsync_SamePageAgainOrHouseholdRewritten_RecordsNothingNew()
    {
        await SiaoMenageAsync(("p-1", null, null), ("p-2", null, null));
        await SolisDossierAsync(("s-1", null, null), ("s-2", null, null));
        var before = Assert.Single(await LinksAsync());

        // The same page (skipped by its content hash), then the dossier changed in another field (re-evaluated).
        await SolisDossierAsync(("s-1", null, null), ("s-2", null, null));
        await factory.ProcessAsync(CanonicalTestMapper.Page("solis", "d-1",
            HouseholdJson(IdentifierSystems.SolisDossier, "d-1", IdentifierSystems.SolisIndividu, ("s-1", "2020-01-01", null), ("s-2", null, null)), T2.AddHours(1)));

        var after = Assert.Single(await LinksAsync());
        Assert.Equal((before.Id, before.Status, before.DecidedAt, before.Evidence), (after.Id, after.Status, after.DecidedAt, after.Evidence));
        Assert.Equal(2, (await IdentityTestData.DecisionsAsync(factory)).Count(d => d.Kind == IdentityDecisionRow.AutoLink));
    }

    [Fact]
    public async Task ProcessAsync_MembersLeaveThenComeBack_LinkUnlinkedThenAppliedAgain()
    {
        await SiaoMenageAsync(("p-1", "2024-01-01", null), ("p-2", "2024-01-01", null));
        await SolisDossierAsync(("s-1", "2024-02-01", null), ("s-2", "2024-02-01", null));
        var linked = Assert.Single(await LinksAsync());

        // SOLIS says both left before the SIAO ménage began: the memberships no longer overlap.
        await factory.ProcessAsync(CanonicalTestMapper.Page("solis", "d-1",
            HouseholdJson(IdentifierSystems.SolisDossier, "d-1", IdentifierSystems.SolisIndividu, ("s-1", "2022-01-01", "2023-06-30"), ("s-2", "2022-01-01", "2023-06-30")), T2.AddHours(1)));
        var unlinked = Assert.Single(await LinksAsync());
        Assert.Equal((linked.Id, HouseholdLinking.Unlinked), (unlinked.Id, unlinked.Status));
        using var client = factory.CreateClient();
        var menage = await HouseholdIdAsync(IdentifierSystems.SiaoMenage);
        Assert.Empty((await HubHttp.GetObjectAsync(client, $"/api/Household/{menage}/timeline"))["linkedHouseholds"]!.AsArray());

        await factory.ProcessAsync(CanonicalTestMapper.Page("solis", "d-1",
            HouseholdJson(IdentifierSystems.SolisDossier, "d-1", IdentifierSystems.SolisIndividu, ("s-1", "2024-03-01", null), ("s-2", "2024-03-01", null)), T2.AddHours(2)));
        var again = Assert.Single(await LinksAsync());
        Assert.Equal((linked.Id, HouseholdLinking.Applied), (again.Id, again.Status));
    }

    private async Task SiaoMenageAsync(params (string Id, string? From, string? To)[] members)
    {
        await PersonAsync("siao", IdentifierSystems.SiaoPersonne, "p-1", "LEFEVRE", "1985-04-12", "F", "Hélène", "Marie");
        await PersonAsync("siao", IdentifierSystems.SiaoPersonne, "p-2", "LEFEVRE", "2010-09-03", "M", "Lucas");
        await factory.ProcessAsync(CanonicalTestMapper.Page("siao", "m-1", HouseholdJson(IdentifierSystems.SiaoMenage, "m-1", IdentifierSystems.SiaoPersonne, members), T1));
    }

    private async Task SolisDossierAsync(params (string Id, string? From, string? To)[] members)
    {
        await PersonAsync("solis", IdentifierSystems.SolisIndividu, "s-1", "LEFEVRE", "1985-04-12", "F", "HELENE", "MARIE");
        await PersonAsync("solis", IdentifierSystems.SolisIndividu, "s-2", "LEFEVRE", "2010-09-03", "M", "LUCAS");
        await factory.ProcessAsync(CanonicalTestMapper.Page("solis", "d-1", HouseholdJson(IdentifierSystems.SolisDossier, "d-1", IdentifierSystems.SolisIndividu, members), T2));
    }

    private Task<Hub.Sync.Pipeline.PageOutcome> PersonAsync(string connector, string system, string id, string birthName, string birthDate, string sex, params string[] firstNames) =>
        factory.ProcessAsync(CanonicalTestMapper.Page(connector, id, IdentityTestData.PersonJson(system, id, birthName, birthDate, sex, firstNames), connector == "siao" ? T1 : T2));

    private static string HouseholdJson(string system, string value, string memberSystem, params (string Id, string? From, string? To)[] members) =>
        new JsonObject
        {
            ["resourceType"] = "Household",
            ["identifier"] = new JsonArray(new JsonObject { ["system"] = system, ["value"] = value }),
            ["member"] = new JsonArray([.. members.Select(m =>
            {
                var member = new JsonObject { ["person"] = new JsonObject { ["identifier"] = new JsonObject { ["system"] = memberSystem, ["value"] = m.Id } } };
                if (m.From is not null || m.To is not null)
                {
                    var period = new JsonObject();
                    if (m.From is not null)
                    {
                        period["start"] = m.From;
                    }

                    if (m.To is not null)
                    {
                        period["end"] = m.To;
                    }

                    member["period"] = period;
                }

                return (JsonNode)member;
            })]),
        }.ToJsonString();

    private static string EventJson(string system, string value, string householdSystem, string household, string source, string occurredAt) =>
        new JsonObject
        {
            ["resourceType"] = "TimelineEvent",
            ["identifier"] = new JsonArray(new JsonObject { ["system"] = system, ["value"] = value }),
            ["household"] = new JsonObject { ["identifier"] = new JsonObject { ["system"] = householdSystem, ["value"] = household } },
            ["type"] = new JsonObject { ["system"] = "urn:lda-hub:code:type-evenement", ["code"] = "note" },
            ["occurredAt"] = occurredAt,
            ["source"] = new JsonObject { ["system"] = "urn:lda-hub:code:systeme-source", ["code"] = source },
        }.ToJsonString();

    private static string ConsentJson(string personId, string organisation) =>
        new JsonObject
        {
            ["resourceType"] = "Consent",
            ["person"] = new JsonObject { ["reference"] = $"Person/{personId}" },
            ["status"] = "active",
            ["organisations"] = new JsonArray(new JsonObject { ["system"] = "urn:lda-hub:code:organisation-partenaire", ["code"] = organisation }),
            ["purposes"] = new JsonArray(new JsonObject { ["system"] = "urn:lda-hub:code:finalite-consentement", ["code"] = "coordination" }),
        }.ToJsonString();

    private Task<string> HouseholdIdAsync(string system) =>
        factory.QueryAsync(db => db.Identifiers.AsNoTracking().Where(i => i.ResourceType == Household.TypeName && i.System == system).Select(i => i.ResourceId).SingleAsync());

    private Task<List<string>> PersonIdsAsync() =>
        factory.QueryAsync(db => db.Resources.AsNoTracking().Where(r => r.ResourceType == Person.TypeName && !r.IsDeleted).Select(r => r.Id).ToListAsync());

    private Task<List<IdentityDecisionRow>> LinksAsync() =>
        factory.QueryAsync(db => db.IdentityDecisions.AsNoTracking().Where(d => d.Kind == IdentityDecisionRow.HouseholdLink).ToListAsync());
}

[Collection(SqliteCollection.Name)]
public sealed class SqliteHouseholdLinkingTests(SqliteSyncHubFactory factory) : HouseholdLinkingTests(factory);

[Collection(PostgresCollection.Name)]
public sealed class PostgresHouseholdLinkingTests(PostgresSyncHubFactory factory) : HouseholdLinkingTests(factory);
