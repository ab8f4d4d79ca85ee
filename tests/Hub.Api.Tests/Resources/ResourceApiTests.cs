using System.Net;
using System.Text.Json.Nodes;
using Hub.Api.Tests.Infrastructure;
using Hub.Storage.Resources;
using Microsoft.Extensions.DependencyInjection;

namespace Hub.Api.Tests.Resources;

/// <summary>The resource API contract, run once per database engine (see the derived classes).</summary>
public abstract class ResourceApiTests(HubApiFactory factory) : IAsyncLifetime
{
    private const string SiaoPerson = "urn:lda-hub:id:siao:personne";

    protected HttpClient Client { get; } = factory.CreateClient();

    public Task InitializeAsync() => factory.ResetAsync();

    public Task DisposeAsync()
    {
        Client.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task Create_ValidPerson_Returns201WithLocationIdAndMeta()
    {
        var response = await Client.PostAsync("/api/Person", TestFhir.Json(TestFhir.Person("SIAO-1")));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var body = await TestFhir.ReadObjectAsync(response);
        var id = body["id"]!.GetValue<string>();
        Assert.Equal("1", body["meta"]!["versionId"]!.GetValue<string>());
        Assert.Equal("2026-12-01T09:00:00.000Z", body["meta"]!["lastUpdated"]!.GetValue<string>());
        Assert.EndsWith($"/api/Person/{id}/_history/1", response.Headers.Location!.ToString(), StringComparison.Ordinal);
        Assert.Equal("W/\"1\"", response.Headers.ETag!.ToString());
        Assert.StartsWith("application/fhir+json", response.Content.Headers.ContentType!.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Create_ClientSuppliedId_IsReplacedByServerId()
    {
        var person = TestFhir.Person("SIAO-2");
        person["id"] = "chosen-by-client";

        var body = await TestFhir.ReadObjectAsync(await Client.PostAsync("/api/Person", TestFhir.Json(person)));

        Assert.NotEqual("chosen-by-client", body["id"]!.GetValue<string>());
    }

    [Fact]
    public async Task RoundTrip_CreateUpdateVreadHistorySearch_Works()
    {
        var created = await TestFhir.ReadObjectAsync(await Client.PostAsync("/api/Person", TestFhir.Json(TestFhir.Person("SIAO-RT", "DURAND"))));
        var id = created["id"]!.GetValue<string>();

        factory.Clock.Advance(TimeSpan.FromMinutes(5));
        var changed = TestFhir.Person("SIAO-RT", "DURAND-LEFEBVRE");
        changed["id"] = id;
        var update = await TestFhir.PutAsync(Client, $"/api/Person/{id}", changed, "W/\"1\"");
        Assert.Equal(HttpStatusCode.OK, update.StatusCode);
        Assert.Equal("W/\"2\"", update.Headers.ETag!.ToString());

        var v1 = await TestFhir.ReadObjectAsync(await Client.GetAsync($"/api/Person/{id}/_history/1"));
        Assert.Equal("DURAND", v1["name"]!["birthName"]!.GetValue<string>());
        var current = await Client.GetAsync($"/api/Person/{id}");
        Assert.Equal("DURAND-LEFEBVRE", (await TestFhir.ReadObjectAsync(current))["name"]!["birthName"]!.GetValue<string>());
        Assert.Equal("W/\"2\"", current.Headers.ETag!.ToString());

        var history = await TestFhir.ReadObjectAsync(await Client.GetAsync($"/api/Person/{id}/_history"));
        Assert.Equal("history", history["type"]!.GetValue<string>());
        Assert.Equal(2, history["total"]!.GetValue<int>());
        Assert.Equal(["2", "1"], history["entry"]!.AsArray().Select(e => e!["resource"]!["meta"]!["versionId"]!.GetValue<string>()));

        var search = await TestFhir.ReadObjectAsync(await Client.GetAsync($"/api/Person?identifier={SiaoPerson}|SIAO-RT"));
        Assert.Equal("searchset", search["type"]!.GetValue<string>());
        Assert.Equal(1, search["total"]!.GetValue<int>());
        Assert.Equal(id, search["entry"]![0]!["resource"]!["id"]!.GetValue<string>());
    }

    [Fact]
    public async Task Update_StaleIfMatch_Returns412AndKeepsCurrentVersion()
    {
        var id = await CreatePersonAsync("SIAO-STALE");
        var first = TestFhir.Person("SIAO-STALE", "PETIT");
        Assert.Equal(HttpStatusCode.OK, (await TestFhir.PutAsync(Client, $"/api/Person/{id}", first, "W/\"1\"")).StatusCode);
        var before = await factory.CountAsync();

        var stale = await TestFhir.PutAsync(Client, $"/api/Person/{id}", TestFhir.Person("SIAO-STALE", "GRAND"), "W/\"1\"");

        await AssertOutcomeAsync(stale, HttpStatusCode.PreconditionFailed, "conflict");
        Assert.Equal(before, await factory.CountAsync());
        var current = await TestFhir.ReadObjectAsync(await Client.GetAsync($"/api/Person/{id}"));
        Assert.Equal("PETIT", current["name"]!["birthName"]!.GetValue<string>());
    }

    [Fact]
    public async Task Update_ConcurrentWritersSameVersion_ExactlyOneWins()
    {
        var id = await CreatePersonAsync("SIAO-RACE");

        var responses = await Task.WhenAll(Enumerable.Range(0, 6).Select(i =>
            TestFhir.PutAsync(Client, $"/api/Person/{id}", TestFhir.Person("SIAO-RACE", $"WRITER{i}"), "W/\"1\"")));

        Assert.Single(responses, r => r.StatusCode == HttpStatusCode.OK);
        Assert.All(responses.Where(r => r.StatusCode != HttpStatusCode.OK),
            r => Assert.Contains(r.StatusCode, new[] { HttpStatusCode.PreconditionFailed, HttpStatusCode.Conflict }));
        var history = await TestFhir.ReadObjectAsync(await Client.GetAsync($"/api/Person/{id}/_history"));
        Assert.Equal(2, history["total"]!.GetValue<int>());
    }

    [Fact]
    public async Task Update_ExistingWithoutIfMatch_Returns428()
    {
        var id = await CreatePersonAsync("SIAO-428");

        var response = await TestFhir.PutAsync(Client, $"/api/Person/{id}", TestFhir.Person("SIAO-428", "AUTRE"), ifMatch: null);

        await AssertOutcomeAsync(response, HttpStatusCode.PreconditionRequired, "processing");
    }

    [Fact]
    public async Task Update_SameContent_KeepsVersion()
    {
        var id = await CreatePersonAsync("SIAO-SAME");

        var response = await TestFhir.PutAsync(Client, $"/api/Person/{id}", TestFhir.Person("SIAO-SAME"), "W/\"1\"");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("W/\"1\"", response.Headers.ETag!.ToString());
        Assert.Equal(1, (await factory.CountAsync()).Versions);
    }

    [Fact]
    public async Task Update_UnknownIdWithoutIfMatch_CreatesWithThatId()
    {
        var response = await TestFhir.PutAsync(Client, "/api/Person/siao-42", TestFhir.Person("SIAO-42"), ifMatch: null);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal("siao-42", (await TestFhir.ReadObjectAsync(response))["id"]!.GetValue<string>());
    }

    [Fact]
    public async Task Update_BodyIdDiffersFromUrl_Returns400()
    {
        var id = await CreatePersonAsync("SIAO-ID");
        var body = TestFhir.Person("SIAO-ID");
        body["id"] = "someone-else";

        await AssertOutcomeAsync(await TestFhir.PutAsync(Client, $"/api/Person/{id}", body, "W/\"1\""), HttpStatusCode.BadRequest, "invalid");
    }

    [Fact]
    public async Task Delete_ThenRead_Returns410AndHistoryKeepsVersions()
    {
        var id = await CreatePersonAsync("SIAO-DEL");

        var delete = await Client.DeleteAsync($"/api/Person/{id}");

        Assert.Equal(HttpStatusCode.NoContent, delete.StatusCode);
        await AssertOutcomeAsync(await Client.GetAsync($"/api/Person/{id}"), HttpStatusCode.Gone, "deleted");
        var history = await TestFhir.ReadObjectAsync(await Client.GetAsync($"/api/Person/{id}/_history"));
        Assert.Equal(2, history["total"]!.GetValue<int>());
        Assert.Equal("DELETE", history["entry"]![0]!["request"]!["method"]!.GetValue<string>());
        var search = await TestFhir.ReadObjectAsync(await Client.GetAsync($"/api/Person?identifier={SiaoPerson}|SIAO-DEL"));
        Assert.Equal(0, search["total"]!.GetValue<int>());
    }

    [Fact]
    public async Task Read_UnknownId_Returns404OperationOutcome()
    {
        await AssertOutcomeAsync(await Client.GetAsync("/api/Person/nobody"), HttpStatusCode.NotFound, "not-found");
        await AssertOutcomeAsync(await Client.GetAsync("/api/Person/nobody/_history/1"), HttpStatusCode.NotFound, "not-found");
    }

    [Fact]
    public async Task Create_DuplicateIdentifier_Returns409AndLeavesStoreUnchanged()
    {
        await CreatePersonAsync("SIAO-DUP");
        var before = await factory.CountAsync();

        var response = await Client.PostAsync("/api/Person", TestFhir.Json(TestFhir.Person("SIAO-DUP", "AUTRE")));

        await AssertOutcomeAsync(response, HttpStatusCode.Conflict, "duplicate");
        Assert.Equal(before, await factory.CountAsync());
    }

    [Fact]
    public async Task Search_ByLastUpdatedAndPaging_ReturnsTotalAndNextLink()
    {
        for (var i = 0; i < 5; i++)
        {
            await CreatePersonAsync($"SIAO-PAGE-{i}");
            factory.Clock.Advance(TimeSpan.FromHours(1));
        }

        var firstPage = await TestFhir.ReadObjectAsync(await Client.GetAsync("/api/Person?_lastUpdated=ge2026-12-01T10:00:00Z&_count=2"));

        Assert.Equal(4, firstPage["total"]!.GetValue<int>());
        Assert.Equal(2, firstPage["entry"]!.AsArray().Count);
        var next = firstPage["link"]!.AsArray().Single(l => l!["relation"]!.GetValue<string>() == "next")!["url"]!.GetValue<string>();
        var secondPage = await TestFhir.ReadObjectAsync(await Client.GetAsync(new Uri(next).PathAndQuery));
        Assert.Equal(2, secondPage["entry"]!.AsArray().Count);
        Assert.DoesNotContain(secondPage["link"]!.AsArray(), l => l!["relation"]!.GetValue<string>() == "next");

        var sameDay = await TestFhir.ReadObjectAsync(await Client.GetAsync("/api/Person?_lastUpdated=2026-12-01"));
        Assert.Equal(5, sameDay["total"]!.GetValue<int>());
        var before = await TestFhir.ReadObjectAsync(await Client.GetAsync("/api/Person?_lastUpdated=lt2026-12-01T10:00:00Z"));
        Assert.Equal(1, before["total"]!.GetValue<int>());
    }

    [Fact]
    public async Task Search_IdentifierForms_MatchSystemValueAndAlternatives()
    {
        var a = await CreatePersonAsync("SIAO-A");
        var b = await CreatePersonAsync("SIAO-B");

        Assert.Equal(2, await TotalAsync($"/api/Person?identifier={SiaoPerson}|SIAO-A,{SiaoPerson}|SIAO-B"));
        Assert.Equal(1, await TotalAsync("/api/Person?identifier=SIAO-B"));
        Assert.Equal(2, await TotalAsync($"/api/Person?identifier={SiaoPerson}|"));
        Assert.Equal(0, await TotalAsync("/api/Person?identifier=urn:lda-hub:id:solis:individu|SIAO-A"));
        Assert.NotEqual(a, b);
    }

    [Theory]
    [InlineData("/api/Person?name=MARTIN")]
    [InlineData("/api/Person?_count=0")]
    [InlineData("/api/Person?_count=abc")]
    [InlineData("/api/Person?_lastUpdated=yesterday")]
    [InlineData("/api/Person?_lastUpdated=2026-12-01T10:00:00")]
    [InlineData("/api/Person?identifier=|")]
    public async Task Search_BadParameter_Returns400(string url)
    {
        await AssertOutcomeAsync(await Client.GetAsync(url), HttpStatusCode.BadRequest, "invalid");
    }

    [Fact]
    public async Task Create_HouseholdAndTimelineEvent_AreIndexed()
    {
        var personId = await CreatePersonAsync("SIAO-MEMBER");
        var household = new JsonObject
        {
            ["resourceType"] = "Household",
            ["member"] = new JsonArray(new JsonObject
            {
                ["person"] = new JsonObject { ["reference"] = $"Person/{personId}" },
                ["role"] = new JsonObject { ["system"] = "urn:lda-hub:code:role-membre-menage", ["code"] = "demandeur" },
                ["period"] = new JsonObject { ["start"] = "2026-01-15" },
            }),
        };
        var householdResponse = await Client.PostAsync("/api/Household", TestFhir.Json(household));
        Assert.Equal(HttpStatusCode.Created, householdResponse.StatusCode);
        var householdId = (await TestFhir.ReadObjectAsync(householdResponse))["id"]!.GetValue<string>();

        var timelineEvent = new JsonObject
        {
            ["resourceType"] = "TimelineEvent",
            ["household"] = new JsonObject { ["reference"] = $"Household/{householdId}" },
            ["type"] = new JsonObject { ["system"] = "urn:lda-hub:code:type-evenement", ["code"] = "orientation-decidee" },
            ["occurredAt"] = "2026-02-01T10:00:00+01:00",
            ["source"] = new JsonObject { ["system"] = "urn:lda-hub:code:systeme-source", ["code"] = "siao" },
        };
        var eventResponse = await Client.PostAsync("/api/TimelineEvent", TestFhir.Json(timelineEvent));

        Assert.Equal(HttpStatusCode.Created, eventResponse.StatusCode);
        var counts = await factory.CountAsync();
        Assert.Equal(1, counts.Members);
        Assert.Equal(1, counts.TimelineEvents);
        await using var scope = factory.Services.CreateAsyncScope();
        var store = scope.ServiceProvider.GetRequiredService<IResourceStore>();
        Assert.Single(await store.ReferencingAsync("Household", "Person", personId, CancellationToken.None));
        Assert.Single(await store.ReferencingAsync("TimelineEvent", "Household", householdId, CancellationToken.None));
    }

    [Fact]
    public async Task Referencing_ReferenceByIdentifierWrittenBeforeTarget_IsFoundOnceTargetExists()
    {
        var consent = new JsonObject
        {
            ["resourceType"] = "Consent",
            ["person"] = new JsonObject { ["identifier"] = new JsonObject { ["system"] = "urn:lda-hub:id:siao:menage", ["value"] = "M-77" } },
            ["status"] = "active",
            ["organisations"] = new JsonArray(new JsonObject { ["system"] = "urn:lda-hub:code:organisation-partenaire", ["code"] = "cd68" }),
            ["purposes"] = new JsonArray(new JsonObject { ["system"] = "urn:lda-hub:code:finalite-consentement", ["code"] = "orientation" }),
        };
        var consentResponse = await Client.PostAsync("/api/Consent", TestFhir.Json(consent));
        Assert.True(consentResponse.StatusCode == HttpStatusCode.Created, await consentResponse.Content.ReadAsStringAsync());
        var household = new JsonObject
        {
            ["resourceType"] = "Household",
            ["identifier"] = new JsonArray(new JsonObject { ["system"] = "urn:lda-hub:id:siao:menage", ["value"] = "M-77" }),
            ["member"] = new JsonArray(new JsonObject { ["person"] = new JsonObject { ["reference"] = $"Person/{await CreatePersonAsync("SIAO-M77")}" } }),
        };
        var householdId = (await TestFhir.ReadObjectAsync(await Client.PostAsync("/api/Household", TestFhir.Json(household))))["id"]!.GetValue<string>();

        await using var scope = factory.Services.CreateAsyncScope();
        var found = await scope.ServiceProvider.GetRequiredService<IResourceStore>().ReferencingAsync("Consent", "Household", householdId, CancellationToken.None);

        Assert.Single(found);
    }

    [Fact]
    public async Task UnknownResourceType_Returns404OperationOutcome()
    {
        var before = await factory.CountAsync();

        await AssertOutcomeAsync(await Client.PostAsync("/api/Patient", TestFhir.Json("""{"resourceType":"Patient"}""")), HttpStatusCode.NotFound, "not-supported");
        await AssertOutcomeAsync(await Client.GetAsync("/api/Patient/1"), HttpStatusCode.NotFound, "not-supported");
        Assert.Equal(before, await factory.CountAsync());
    }

    protected async Task<string> CreatePersonAsync(string siaoId, string birthName = "MARTIN")
    {
        var response = await Client.PostAsync("/api/Person", TestFhir.Json(TestFhir.Person(siaoId, birthName)));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await TestFhir.ReadObjectAsync(response))["id"]!.GetValue<string>();
    }

    protected async Task<int> TotalAsync(string url)
    {
        var response = await Client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await TestFhir.ReadObjectAsync(response))["total"]!.GetValue<int>();
    }

    protected static Task<JsonObject> AssertOutcomeAsync(HttpResponseMessage response, HttpStatusCode status, string code) =>
        ResourceApiTestsAssert.OutcomeAsync(response, status, code);
}

[Collection(SqliteCollection.Name)]
public sealed class SqliteResourceApiTests(SqliteHubApiFactory factory) : ResourceApiTests(factory);

[Collection(PostgresCollection.Name)]
public sealed class PostgresResourceApiTests(PostgresHubApiFactory factory) : ResourceApiTests(factory);
