using System.Net;
using System.Text.Json.Nodes;
using Hub.Canonical.Model;
using Hub.Storage.Identity;
using Hub.Sync.Survivorship;
using Hub.Sync.Tests.Infrastructure;
using Hub.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Hub.Sync.Tests.Identity;

/// <summary>Issue 5, split: an automatic link taken apart through the API, never re-merged by itself, and undone, on both engines.</summary>
public abstract class IdentitySplitTests(SyncHubFactory factory) : IAsyncLifetime
{
    private const string CafSystem = IdentifierSystems.CafAllocataire;
    private const string FoyerSystem = "urn:lda-hub:id:caf:foyer";
    private static readonly DateTimeOffset T1 = new(2026, 3, 1, 9, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset T2 = T1.AddHours(5);

    public Task InitializeAsync() => factory.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Split_AutoLinkedCafRecord_RebuildsItsPersonAndMovesItsReferences()
    {
        var (linkId, personId) = await ArrangeAutoLinkAsync();
        using var client = factory.CreateClient();
        var audited = await AuditCountAsync();

        using var response = await client.PostAsync($"/api/identity/decisions/{linkId}/split", null);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var split = await HubHttp.ReadObjectAsync(response);
        var newId = split["rightPersonId"]!.GetValue<string>();
        Assert.Equal(("split", "applied", personId, linkId), (split["kind"]!.GetValue<string>(), split["status"]!.GetValue<string>(),
            split["leftPersonId"]!.GetValue<string>(), split["relatedDecisionId"]!.GetValue<string>()));
        var persons = await PersonsAsync();
        Assert.Equal(2, persons.Count);
        var kept = persons.Single(p => p["id"]!.GetValue<string>() == personId);
        var rebuilt = persons.Single(p => p["id"]!.GetValue<string>() == newId);
        // The kept person: its own identifier, its own name back (the CAF name had won the conflict), no CAF-only field.
        Assert.Equal([(IdentifierSystems.SiaoPersonne, "p-1")], IdentifiersOf(kept));
        Assert.Equal("LEFEVRE", kept["name"]!["birthName"]!.GetValue<string>());
        Assert.Null(kept["identityStatus"]);
        // The CAF person: its identifier, name and status, and the traits the link found exactly equal.
        Assert.Equal([(CafSystem, "0912345")], IdentifiersOf(rebuilt));
        Assert.Equal("LEFEVBRE", rebuilt["name"]!["birthName"]!.GetValue<string>());
        Assert.Equal("VALI", rebuilt["identityStatus"]!["code"]!.GetValue<string>());
        Assert.Equal(("1985-04-12", "F", "68224"), (rebuilt["birthDate"]!.GetValue<string>(), rebuilt["sex"]!["code"]!.GetValue<string>(), rebuilt["birthPlace"]!["cog"]!.GetValue<string>()));
        // The CAF foyer follows the CAF person; the SIAO ménage stays with the kept one.
        Assert.Equal($"Person/{newId}", await MemberReferenceAsync(FoyerSystem));
        Assert.Equal($"Person/{personId}", await MemberReferenceAsync(IdentifierSystems.SiaoMenage));
        var provenance = await factory.QueryAsync(db => db.FieldProvenance.AsNoTracking().Where(p => p.ResourceId == personId && p.Path == "name").SingleAsync());
        Assert.Equal("siao", provenance.Source);
        Assert.All(await factory.QueryAsync(db => db.Conflicts.AsNoTracking().Where(c => c.ResourceId == personId).ToListAsync()), c => Assert.Equal(Conflicts.Resolved, c.Status));
        Assert.Equal(["auto-link:split", "split:applied"], (await DecisionsAsync()).Select(d => $"{d.Kind}:{d.Status}"));
        Assert.Equal(HttpStatusCode.Conflict, (await client.PostAsync($"/api/identity/decisions/{linkId}/split", null)).StatusCode);
        Assert.True(await AuditCountAsync() >= audited + 2, "the split and the refused second split are audited");
    }

    [Fact]
    public async Task Split_SameRecordIngestedAgain_IsNotLinkedAgain()
    {
        var (linkId, personId) = await ArrangeAutoLinkAsync();
        using var client = factory.CreateClient();
        using var response = await client.PostAsync($"/api/identity/decisions/{linkId}/split", null);
        var newId = (await HubHttp.ReadObjectAsync(response))["rightPersonId"]!.GetValue<string>();
        // A restarted hub: the index is rebuilt from the store, with the split pair.
        factory.Services.GetRequiredService<Hub.Sync.Identity.PersonIndexCache>().Forget();

        await ProcessAsync("caf", "a-1", IdentityTestData.PersonJson(CafSystem, "0912345", "LEFEVBRE", "1985-04-12", "F", "HELENE", "MARIE", "LOUISE"), T2.AddHours(3));

        var persons = await PersonsAsync();
        Assert.Equal(2, persons.Count);
        Assert.Equal(3, persons.Single(p => p["id"]!.GetValue<string>() == newId)["name"]!["firstNames"]!.AsArray().Count);
        Assert.Equal([(IdentifierSystems.SiaoPersonne, "p-1")], IdentifiersOf(persons.Single(p => p["id"]!.GetValue<string>() == personId)));
        Assert.Equal(["auto-link:split", "split:applied"], (await DecisionsAsync()).Select(d => $"{d.Kind}:{d.Status}"));
    }

    [Fact]
    public async Task UndoSplit_SplitAutoLink_MergesBackWithFullHistory()
    {
        var (linkId, personId) = await ArrangeAutoLinkAsync();
        using var client = factory.CreateClient();
        using var splitResponse = await client.PostAsync($"/api/identity/decisions/{linkId}/split", null);
        var split = await HubHttp.ReadObjectAsync(splitResponse);
        var newId = split["rightPersonId"]!.GetValue<string>();

        using var response = await client.PostAsync($"/api/identity/decisions/{split["id"]!.GetValue<string>()}/undo", null);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var person = Assert.Single(await PersonsAsync());
        Assert.Equal(personId, person["id"]!.GetValue<string>());
        Assert.Equal([(CafSystem, "0912345"), (IdentifierSystems.SiaoPersonne, "p-1")], IdentifiersOf(person).Order());
        Assert.Equal("LEFEVBRE", person["name"]!["birthName"]!.GetValue<string>());
        Assert.Equal("VALI", person["identityStatus"]!["code"]!.GetValue<string>());
        Assert.Equal($"Person/{personId}", await MemberReferenceAsync(FoyerSystem));
        Assert.Equal("caf", (await factory.QueryAsync(db => db.FieldProvenance.AsNoTracking().Where(p => p.ResourceId == personId && p.Path == "name").SingleAsync())).Source);
        Assert.Contains(await factory.QueryAsync(db => db.Conflicts.AsNoTracking().Where(c => c.ResourceId == personId).ToListAsync()), c => c.Status == Conflicts.Open);
        Assert.Equal(["auto-link:applied", "split:undone", "undo:applied"], (await DecisionsAsync()).Select(d => $"{d.Kind}:{d.Status}"));
        Assert.True((await factory.QueryAsync(db => db.Resources.AsNoTracking().SingleAsync(r => r.Id == newId))).IsDeleted);
        // The link is in force again: it can be split again.
        Assert.Equal(HttpStatusCode.OK, (await client.PostAsync($"/api/identity/decisions/{linkId}/split", null)).StatusCode);
    }

    [Fact]
    public async Task Split_NotAnAutoLink_ReturnsProblemAndChangesNothing()
    {
        await ProcessAsync("siao", "p-1", IdentityTestData.PersonJson(IdentifierSystems.SiaoPersonne, "p-1", "QUEBERCHAREL", "1944-12-05", "F", "Camille"), T1);
        await ProcessAsync("caf", "a-1", IdentityTestData.PersonJson(CafSystem, "0912345", "QUEBERCHAREL", "1944-12-05", "M", "CAMILLE"), T2);
        var review = Assert.Single(await DecisionsAsync());
        using var client = factory.CreateClient();

        using var onReview = await client.PostAsync($"/api/identity/decisions/{review.Id}/split", null);
        using var unknown = await client.PostAsync("/api/identity/decisions/nope/split", null);
        using var merged = await client.PostAsync($"/api/identity/reviews/{review.Id}/merge", null);
        var mergeId = (await HubHttp.ReadObjectAsync(merged))["id"]!.GetValue<string>();
        using var onMerge = await client.PostAsync($"/api/identity/decisions/{mergeId}/split", null);

        Assert.Equal((HttpStatusCode.Conflict, HttpStatusCode.NotFound, HttpStatusCode.Conflict), (onReview.StatusCode, unknown.StatusCode, onMerge.StatusCode));
        Assert.Equal("application/problem+json", HubHttp.ContentType(onMerge));
        Assert.Contains("undo", (await HubHttp.ReadObjectAsync(onMerge))["detail"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Single(await PersonsAsync());
        Assert.Equal(["review:merged", "merge:applied"], (await DecisionsAsync()).Select(d => $"{d.Kind}:{d.Status}"));
    }

    /// <summary>
    /// An SI-SIAO person in an SI-SIAO ménage, then a CAF record of the same person (a keying error in the name, an identity
    /// status SI-SIAO does not send) that auto-links to it, and the CAF foyer naming the CAF record.
    /// </summary>
    private async Task<(string LinkId, string PersonId)> ArrangeAutoLinkAsync()
    {
        await ProcessAsync("siao", "p-1", IdentityTestData.PersonJson(IdentifierSystems.SiaoPersonne, "p-1", "LEFEVRE", "1985-04-12", "F", "Hélène", "Marie"), T1);
        await ProcessAsync("siao", "m-1", HouseholdJson(IdentifierSystems.SiaoMenage, "m-1", IdentifierSystems.SiaoPersonne, "p-1"), T1);
        var caf = JsonNode.Parse(IdentityTestData.PersonJson(CafSystem, "0912345", "LEFEVBRE", "1985-04-12", "F", "HELENE", "MARIE"))!.AsObject();
        caf["identityStatus"] = new JsonObject { ["system"] = CodeSystems.StatutIdentite, ["code"] = "VALI" };
        await ProcessAsync("caf", "a-1", caf.ToJsonString(), T2);
        await ProcessAsync("caf", "f-1", HouseholdJson(FoyerSystem, "f-1", CafSystem, "0912345"), T2);

        var person = Assert.Single(await PersonsAsync());
        var link = Assert.Single(await DecisionsAsync());
        Assert.Single(await IdentityTestData.DecisionsAsync(factory), d => d.Kind == IdentityDecisionRow.HouseholdLink);
        Assert.Equal(IdentityDecisionRow.AutoLink, link.Kind);
        Assert.Equal("LEFEVBRE", person["name"]!["birthName"]!.GetValue<string>());
        var id = person["id"]!.GetValue<string>();
        Assert.Equal($"Person/{id}", await MemberReferenceAsync(FoyerSystem));
        return (link.Id, id);
    }

    private static string HouseholdJson(string system, string value, string memberSystem, string memberValue) =>
        new JsonObject
        {
            ["resourceType"] = "Household",
            ["identifier"] = new JsonArray(new JsonObject { ["system"] = system, ["value"] = value }),
            ["member"] = new JsonArray(new JsonObject { ["person"] = new JsonObject { ["identifier"] = new JsonObject { ["system"] = memberSystem, ["value"] = memberValue } } }),
        }.ToJsonString();

    private static List<(string, string)> IdentifiersOf(JsonObject person) =>
        [.. person["identifier"]!.AsArray().Select(i => (i!["system"]!.GetValue<string>(), i["value"]!.GetValue<string>()))];

    private Task<Hub.Sync.Pipeline.PageOutcome> ProcessAsync(string connector, string sourceId, string json, DateTimeOffset modifiedAt) =>
        factory.ProcessAsync(CanonicalTestMapper.Page(connector, sourceId, json, modifiedAt));

    private async Task<string> MemberReferenceAsync(string householdSystem)
    {
        var jsons = await factory.QueryAsync(db => db.Resources.AsNoTracking().Where(r => r.ResourceType == Household.TypeName && !r.IsDeleted).Select(r => r.Json).ToListAsync());
        var household = jsons.Select(j => JsonNode.Parse(j)!).Single(h => h["identifier"]![0]!["system"]!.GetValue<string>() == householdSystem);
        return household["member"]![0]!["person"]!["reference"]!.GetValue<string>();
    }

    private Task<List<JsonObject>> PersonsAsync() => IdentityTestData.PersonsAsync(factory);

    /// <summary>The persons' decisions: the ménage and the foyer of the same single person are also linked (household-link).</summary>
    private async Task<List<IdentityDecisionRow>> DecisionsAsync() =>
        [.. (await IdentityTestData.DecisionsAsync(factory)).Where(d => d.Kind != IdentityDecisionRow.HouseholdLink)];

    private Task<int> AuditCountAsync() =>
        factory.QueryAsync(db => db.AuditEvents.CountAsync(e => e.Subtype.StartsWith("identity_")));
}

[Collection(SqliteCollection.Name)]
public sealed class SqliteIdentitySplitTests(SqliteSyncHubFactory factory) : IdentitySplitTests(factory);

[Collection(PostgresCollection.Name)]
public sealed class PostgresIdentitySplitTests(PostgresSyncHubFactory factory) : IdentitySplitTests(factory);
