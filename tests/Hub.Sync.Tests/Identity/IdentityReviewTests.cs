using System.Net;
using System.Text.Json.Nodes;
using Hub.Canonical.Model;
using Hub.Storage.Identity;
using Hub.Sync.Tests.Infrastructure;
using Hub.Testing;
using Microsoft.EntityFrameworkCore;

namespace Hub.Sync.Tests.Identity;

/// <summary>Issue 5, review and correction: the queue, merge, reject and undo through the API, on both engines.</summary>
public abstract class IdentityReviewTests(SyncHubFactory factory) : IAsyncLifetime
{
    private const string CafSystem = IdentifierSystems.CafAllocataire;
    private const string FoyerSystem = "urn:lda-hub:id:caf:foyer";
    private static readonly DateTimeOffset T1 = new(2026, 3, 1, 9, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset T2 = T1.AddHours(5);

    public Task InitializeAsync() => factory.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Reviews_AmbiguousPair_ListedAndShownSideBySideWithEvidence()
    {
        await ArrangeReviewAsync();
        using var client = factory.CreateClient();

        var page = await HubHttp.GetObjectAsync(client, "/api/identity/reviews");
        var item = Assert.Single(page["items"]!.AsArray())!;
        var detail = await HubHttp.GetObjectAsync(client, $"/api/identity/reviews/{item["id"]!.GetValue<string>()}");

        Assert.Equal(1, page["total"]!.GetValue<int>());
        Assert.Equal("F", detail["left"]!["sex"]!["code"]!.GetValue<string>());
        Assert.Equal("M", detail["right"]!["sex"]!["code"]!.GetValue<string>());
        Assert.Contains(detail["review"]!["evidence"]!["traits"]!.AsArray(), t => t!["trait"]!.GetValue<string>() == "Sex");
        Assert.Equal(("PROV", "Provisional", false), (detail["leftIdentityStatus"]!["code"]!.GetValue<string>(),
            detail["leftIdentityStatus"]!["status"]!.GetValue<string>(), detail["rightIdentityStatus"]!["mayShareNir"]!.GetValue<bool>()));
        Assert.Equal(HttpStatusCode.BadRequest, (await client.GetAsync("/api/identity/reviews?_count=0")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/api/identity/reviews/nope")).StatusCode);
    }

    [Fact]
    public async Task MergeThenUndo_RoundTrip_RestoresBothPersonsAndTheirReferences()
    {
        var (reviewId, siaoId, cafId) = await ArrangeReviewAsync();
        using var client = factory.CreateClient();
        var audited = await AuditCountAsync();

        using var merged = await client.PostAsync($"/api/identity/reviews/{reviewId}/merge", null);
        Assert.Equal(HttpStatusCode.OK, merged.StatusCode);
        var merge = await HubHttp.ReadObjectAsync(merged);
        Assert.Equal(("merge", siaoId, cafId), (merge["kind"]!.GetValue<string>(), merge["leftPersonId"]!.GetValue<string>(), merge["rightPersonId"]!.GetValue<string>()));
        var person = Assert.Single(await PersonsAsync());
        Assert.Equal(siaoId, person["id"]!.GetValue<string>());
        Assert.Equal(2, person["identifier"]!.AsArray().Count);
        Assert.Equal($"Person/{siaoId}", await MemberReferenceAsync());
        Assert.Equal(HttpStatusCode.Conflict, (await client.PostAsync($"/api/identity/reviews/{reviewId}/merge", null)).StatusCode);

        using var undone = await client.PostAsync($"/api/identity/decisions/{merge["id"]!.GetValue<string>()}/undo", null);
        Assert.Equal(HttpStatusCode.OK, undone.StatusCode);
        var persons = await PersonsAsync();
        Assert.Equal(2, persons.Count);
        Assert.All(persons, p => Assert.Single(p["identifier"]!.AsArray()));
        Assert.Equal("M", persons.Single(p => p["id"]!.GetValue<string>() == cafId)["sex"]!["code"]!.GetValue<string>());
        Assert.Equal($"Person/{cafId}", await MemberReferenceAsync());
        var decisions = await DecisionsAsync();
        Assert.Equal(["review:merged", "merge:undone", "undo:applied"], decisions.Select(d => $"{d.Kind}:{d.Status}"));
        Assert.Equal(HttpStatusCode.Conflict, (await client.PostAsync($"/api/identity/decisions/{merge["id"]!.GetValue<string>()}/undo", null)).StatusCode);
        Assert.True(await AuditCountAsync() >= audited + 4, "merge, merge again, undo and undo again are audited");

        // The CAF record again: it goes to its own person, nothing is re-merged or re-queued.
        await ProcessAsync("caf", "a-1", IdentityTestData.PersonJson(CafSystem, "0912345", "QUEBERCHAREL", "1944-12-05", "M", "CAMILLE"), T2.AddHours(2));
        Assert.Equal(2, (await PersonsAsync()).Count);
        Assert.Equal(3, (await DecisionsAsync()).Count);
    }

    [Fact]
    public async Task Reject_OpenReview_RecordedAndNeverLinkedAgain()
    {
        var (reviewId, siaoId, cafId) = await ArrangeReviewAsync();
        using var client = factory.CreateClient();

        using var rejected = await client.PostAsync($"/api/identity/reviews/{reviewId}/reject", null);

        Assert.Equal(HttpStatusCode.OK, rejected.StatusCode);
        var reject = Assert.Single(await DecisionsAsync(), d => d.Kind == IdentityDecisionRow.Reject);
        Assert.Equal((siaoId, cafId), (reject.LeftPersonId, reject.RightPersonId));
        Assert.Empty((await HubHttp.GetObjectAsync(client, "/api/identity/reviews"))["items"]!.AsArray());
        Assert.Equal(HttpStatusCode.Conflict, (await client.PostAsync($"/api/identity/reviews/{reviewId}/merge", null)).StatusCode);
        await ProcessAsync("caf", "a-1", IdentityTestData.PersonJson(CafSystem, "0912345", "QUEBERCHAREL", "1944-12-05", "M", "CAMILLE"), T2.AddHours(2));
        Assert.Equal(2, (await PersonsAsync()).Count);
        Assert.Equal(2, (await DecisionsAsync()).Count);
    }

    [Fact]
    public async Task Undo_UnknownDecision_Returns404ProblemDetails()
    {
        using var client = factory.CreateClient();

        using var response = await client.PostAsync("/api/identity/decisions/nope/undo", null);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", HubHttp.ContentType(response));
    }

    /// <summary>An SI-SIAO person, a CAF one with the same traits but the other sex (a review), and the CAF foyer naming the CAF one.</summary>
    private async Task<(string ReviewId, string SiaoId, string CafId)> ArrangeReviewAsync()
    {
        await ProcessAsync("siao", "p-1", IdentityTestData.PersonJson(IdentifierSystems.SiaoPersonne, "p-1", "QUEBERCHAREL", "1944-12-05", "F", "Camille"), T1);
        await ProcessAsync("caf", "a-1", IdentityTestData.PersonJson(CafSystem, "0912345", "QUEBERCHAREL", "1944-12-05", "M", "CAMILLE"), T2);
        await ProcessAsync("caf", "f-1",
            new JsonObject
            {
                ["resourceType"] = "Household",
                ["identifier"] = new JsonArray(new JsonObject { ["system"] = FoyerSystem, ["value"] = "f-1" }),
                ["member"] = new JsonArray(new JsonObject { ["person"] = new JsonObject { ["identifier"] = new JsonObject { ["system"] = CafSystem, ["value"] = "0912345" } } }),
            }.ToJsonString(), T2);
        var persons = await PersonsAsync();
        string IdOf(string system) => persons.Single(p => p["identifier"]![0]!["system"]!.GetValue<string>() == system)["id"]!.GetValue<string>();
        var review = Assert.Single(await DecisionsAsync());
        Assert.Equal(IdentityDecisionRow.Review, review.Kind);
        Assert.Equal($"Person/{IdOf(CafSystem)}", await MemberReferenceAsync());
        return (review.Id, IdOf(IdentifierSystems.SiaoPersonne), IdOf(CafSystem));
    }

    private Task<Hub.Sync.Pipeline.PageOutcome> ProcessAsync(string connector, string sourceId, string json, DateTimeOffset modifiedAt) =>
        factory.ProcessAsync(CanonicalTestMapper.Page(connector, sourceId, json, modifiedAt));

    private async Task<string> MemberReferenceAsync()
    {
        var json = await factory.QueryAsync(db => db.Resources.AsNoTracking().Where(r => r.ResourceType == Household.TypeName).Select(r => r.Json).SingleAsync());
        return JsonNode.Parse(json)!["member"]![0]!["person"]!["reference"]!.GetValue<string>();
    }

    private Task<List<JsonObject>> PersonsAsync() => IdentityTestData.PersonsAsync(factory);

    private Task<List<IdentityDecisionRow>> DecisionsAsync() => IdentityTestData.DecisionsAsync(factory);

    private Task<int> AuditCountAsync() =>
        factory.QueryAsync(db => db.AuditEvents.CountAsync(e => e.Subtype.StartsWith("identity_")));

}

[Collection(SqliteCollection.Name)]
public sealed class SqliteIdentityReviewTests(SqliteSyncHubFactory factory) : IdentityReviewTests(factory);

[Collection(PostgresCollection.Name)]
public sealed class PostgresIdentityReviewTests(PostgresSyncHubFactory factory) : IdentityReviewTests(factory);
