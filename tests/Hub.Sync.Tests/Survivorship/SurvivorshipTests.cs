using System.Net;
using System.Text.Json.Nodes;
using Hub.Canonical.Model;
using Hub.Mapping.Siao;
using Hub.Simulators;
using Hub.Sync.Tests.Infrastructure;
using Hub.Testing;
using Microsoft.EntityFrameworkCore;

namespace Hub.Sync.Tests.Survivorship;

/// <summary>Sync-engine issue, "conflicts, not last-write-wins": pages merged field by field, disagreements recorded and served.</summary>
public abstract class SurvivorshipTests(SyncHubFactory factory) : IAsyncLifetime
{
    private const string Nir = "180017512345678";
    private static readonly DateTimeOffset T1 = new(2026, 3, 1, 9, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset T2 = T1.AddHours(5);

    public Task InitializeAsync() => factory.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task ProcessAsync_SortieAfterEntree_KeepsEntryDate()
    {
        await ProcessAsync("siao", "m-1", """{"resourceType":"HousingPlacement","identifier":[{"system":"urn:lda-hub:id:siao:orientation","value":"o-1"}],"household":{"identifier":{"system":"urn:lda-hub:id:siao:menage","value":"m-1"}},"entryDate":"2026-01-10","status":"active"}""", T1);
        await ProcessAsync("siao", "m-2", """{"resourceType":"HousingPlacement","identifier":[{"system":"urn:lda-hub:id:siao:orientation","value":"o-1"}],"household":{"identifier":{"system":"urn:lda-hub:id:siao:menage","value":"m-1"}},"exitDate":"2026-03-01","status":"ended"}""", T2);

        var placement = await CurrentAsync("HousingPlacement");
        Assert.Equal(("2026-01-10", "2026-03-01", "ended"), (Text(placement, "entryDate"), Text(placement, "exitDate"), Text(placement, "status")));
        Assert.Empty(await factory.QueryAsync(db => db.Conflicts.ToListAsync()));
    }

    [Fact]
    public async Task RunAsync_SiaoMouvementsStream_PlacementsKeepTheirEntryDateAfterSortie()
    {
        var feed = await SimulatorFeed.ReadAllAsync(factory.Cluster.BaseUrls[SimulatedSystem.Siao], "mouvements");
        var entries = feed.Where(m => m["type"]!.GetValue<string>() == "ENTREE" && m["idOrientation"] is not null)
            .ToDictionary(m => m["idOrientation"]!.GetValue<string>(), m => m["dateMouvement"]!.GetValue<string>(), StringComparer.Ordinal);
        var exited = feed.Where(m => m["type"]!.GetValue<string>() == "SORTIE" && m["idOrientation"] is { } o && entries.ContainsKey(o.GetValue<string>()))
            .Select(m => m["idOrientation"]!.GetValue<string>()).ToHashSet(StringComparer.Ordinal);

        Assert.All(await SyncDriver.RunConnectorAsync(factory, "siao"), SyncDriver.AssertSucceeded);

        var placements = await factory.QueryAsync(db => db.Resources.AsNoTracking().Where(r => r.ResourceType == "HousingPlacement").Select(r => r.Json).ToListAsync());
        var ended = placements.Select(j => JsonNode.Parse(j)!.AsObject())
            .Where(p => p["exitDate"] is not null && p["identifier"]!.AsArray().Any(i => i!["system"]!.GetValue<string>() == SiaoIdentifierSystems.Orientation && exited.Contains(i["value"]!.GetValue<string>())))
            .ToList();
        Assert.NotEmpty(ended);
        Assert.All(ended, p =>
        {
            var orientation = p["identifier"]!.AsArray().First(i => i!["system"]!.GetValue<string>() == SiaoIdentifierSystems.Orientation)!["value"]!.GetValue<string>();
            Assert.Equal(entries[orientation], Text(p, "entryDate"));
        });
    }

    [Fact]
    public async Task ProcessAsync_TwoSourcesDisagree_ConflictRecordedWithBothValuesAndServedByApi()
    {
        await ProcessAsync("siao", "p-1", PersonJson("1980-01-01", "M"), T1);
        await ProcessAsync("caf", "a-1", PersonJson("1980-02-01", "M"), T2);

        var person = await CurrentAsync("Person");
        Assert.Equal("1980-02-01", Text(person, "birthDate"));
        using var client = factory.CreateClient();
        var page = await HubHttp.GetObjectAsync(client, "/api/conflicts?resourceType=Person&status=open");
        var conflict = Assert.Single(page["items"]!.AsArray())!;
        Assert.Equal(1, page["total"]!.GetValue<int>());
        Assert.Equal((person["id"]!.GetValue<string>(), "birthDate", "priority:Person.birthDate", "open"),
            (Text(conflict, "resourceId"), Text(conflict, "path"), Text(conflict, "rule"), Text(conflict, "status")));
        Assert.Equal(("caf", "1980-02-01", T2), (Text(conflict["kept"]!, "source"), Text(conflict["kept"]!, "value"), conflict["kept"]!["changedAt"]!.GetValue<DateTimeOffset>()));
        Assert.Equal(("siao", "1980-01-01", T1), (Text(conflict["other"]!, "source"), Text(conflict["other"]!, "value"), conflict["other"]!["changedAt"]!.GetValue<DateTimeOffset>()));
        Assert.Empty((await HubHttp.GetObjectAsync(client, "/api/conflicts?resourceType=Household"))["items"]!.AsArray());
        Assert.Empty((await HubHttp.GetObjectAsync(client, "/api/conflicts?status=resolved"))["items"]!.AsArray());
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task ProcessAsync_HigherPrioritySource_WinsWhateverTheOrderOfArrival(bool higherFirst)
    {
        var cpam = ("cpam", "c-1", PersonJson("1980-02-01", null));
        var siao = ("siao", "p-1", PersonJson("1980-01-01", null));
        foreach (var (source, id, json) in higherFirst ? [cpam, siao] : new[] { siao, cpam })
        {
            await ProcessAsync(source, id, json, T1);
        }

        Assert.Equal("1980-02-01", Text(await CurrentAsync("Person"), "birthDate"));
        var conflict = Assert.Single(await factory.QueryAsync(db => db.Conflicts.AsNoTracking().ToListAsync()));
        Assert.Equal(("cpam", "siao"), (conflict.KeptSource, conflict.OtherSource));
        var provenance = await factory.QueryAsync(db => db.FieldProvenance.AsNoTracking().SingleAsync(p => p.Path == "birthDate"));
        Assert.Equal("cpam", provenance.Source);
    }

    [Fact]
    public async Task ProcessAsync_PageRunAgainAndLoserResent_NoDuplicateConflict()
    {
        await ProcessAsync("cpam", "c-1", PersonJson("1980-02-01", null), T1);
        var loser = CanonicalTestMapper.Page("siao", "p-1", PersonJson("1980-01-01", null), T2);
        await factory.ProcessAsync(loser);

        // The same page again (skipped by its hash), then as after a lost source link, then the record resent with another change.
        await factory.ProcessAsync(loser);
        await factory.ExecuteAsync(db => db.SourceLinks.ExecuteDeleteAsync());
        await factory.ProcessAsync(loser);
        await ProcessAsync("siao", "p-1", PersonJson("1980-01-01", "F"), T2.AddHours(1));

        var conflicts = await factory.QueryAsync(db => db.Conflicts.AsNoTracking().ToListAsync());
        var conflict = Assert.Single(conflicts);
        Assert.Equal(("birthDate", "\"1980-02-01\"", "\"1980-01-01\""), (conflict.Path, conflict.KeptValue, conflict.OtherValue));
        Assert.Equal("F", Text((await CurrentAsync("Person"))["sex"]!, "code"));
    }

    [Fact]
    public async Task ProcessAsync_NoRuleForField_NewestWinsAndConflictRecorded()
    {
        await ProcessAsync("siao", "e-1", EventJson("Entrée (SI-SIAO)"), T1);
        await ProcessAsync("solis", "e-1", EventJson("Entrée (SOLIS)"), T2);
        await ProcessAsync("caf", "e-1", EventJson("Entrée (CAF, older)"), T1.AddHours(-1));

        Assert.Equal("Entrée (SOLIS)", Text(await CurrentAsync("TimelineEvent"), "summary"));
        var conflicts = await factory.QueryAsync(db => db.Conflicts.AsNoTracking().OrderBy(c => c.OtherChangedAt).ToListAsync());
        Assert.Equal(2, conflicts.Count);
        Assert.All(conflicts, c => Assert.Equal(("summary", "newest", "solis"), (c.Path, c.Rule, c.KeptSource)));
        Assert.Equal(["caf", "siao"], conflicts.Select(c => c.OtherSource));
    }

    [Fact]
    public async Task ResolveAsync_OtherValueChosen_WrittenAsHubAndClosed()
    {
        await ProcessAsync("cpam", "c-1", PersonJson("1980-02-01", null), T1);
        await ProcessAsync("siao", "p-1", PersonJson("1980-01-01", null), T2);
        var id = await factory.QueryAsync(db => db.Conflicts.Select(c => c.Id).SingleAsync());
        using var client = factory.CreateClient();

        using var wrong = await client.PostAsync(new Uri($"/api/conflicts/{id}/resolve", UriKind.Relative), HubHttp.Json("""{"value":"1999-09-09"}"""));
        using var resolved = await client.PostAsync(new Uri($"/api/conflicts/{id}/resolve", UriKind.Relative), HubHttp.Json("""{"value":"1980-01-01"}"""));
        using var again = await client.PostAsync(new Uri($"/api/conflicts/{id}/resolve", UriKind.Relative), HubHttp.Json("""{"value":"1980-01-01"}"""));

        Assert.Equal(HttpStatusCode.BadRequest, wrong.StatusCode);
        Assert.True(resolved.IsSuccessStatusCode, await resolved.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        var person = await CurrentAsync("Person");
        Assert.Equal("1980-01-01", Text(person, "birthDate"));
        var provenance = await HubHttp.GetObjectAsync(client, $"/api/Person/{person["id"]}/_provenance");
        var birthDate = provenance["fields"]!.AsArray().Single(f => Text(f!, "path") == "birthDate")!;
        Assert.Equal("hub", Text(birthDate, "source"));
        Assert.Equal("cpam", Text(provenance["fields"]!.AsArray().Single(f => Text(f!, "path") == "identifier")!, "source"));
        var conflict = (await HubHttp.GetObjectAsync(client, "/api/conflicts?status=resolved"))["items"]!.AsArray().Single()!;
        Assert.Equal("1980-01-01", Text(conflict, "resolvedValue"));
    }

    [Theory]
    [InlineData("_count=0")]
    [InlineData("_count=1001")]
    [InlineData("_offset=-1")]
    public async Task ListAsync_BadPaging_Answers400(string query)
    {
        using var client = factory.CreateClient();

        using var response = await client.GetAsync(new Uri($"/api/conflicts?{query}", UriKind.Relative));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    private Task<Hub.Sync.Pipeline.PageOutcome> ProcessAsync(string connector, string sourceId, string json, DateTimeOffset modifiedAt) =>
        factory.ProcessAsync(CanonicalTestMapper.Page(connector, sourceId, json, modifiedAt));

    private async Task<JsonObject> CurrentAsync(string resourceType)
    {
        var json = await factory.QueryAsync(db => db.Resources.AsNoTracking().Where(r => r.ResourceType == resourceType).Select(r => r.Json).SingleAsync());
        return JsonNode.Parse(json)!.AsObject();
    }

    private static string PersonJson(string birthDate, string? sex) =>
        $$"""{"resourceType":"Person","identifier":[{"system":"{{IdentifierSystems.Nir}}","value":"{{Nir}}"}],"birthDate":"{{birthDate}}" """.TrimEnd()
        + (sex is null ? "" : $",\"sex\":{{\"system\":\"{CodeSystems.Sexe}\",\"code\":\"{sex}\"}}") + "}";

    private static string EventJson(string summary) =>
        $$$"""{"resourceType":"TimelineEvent","identifier":[{"system":"urn:lda-hub:id:hub","value":"e-1"}],"household":{"identifier":{"system":"urn:lda-hub:id:siao:menage","value":"m-1"}},"type":{"system":"urn:lda-hub:code:type-evenement","code":"note"},"occurredAt":"2026-03-01T10:00:00+01:00","source":{"system":"urn:lda-hub:code:systeme-source","code":"siao"},"summary":"{{{summary}}}"}""";

    private static string Text(JsonNode node, string property) => node[property]!.GetValue<string>();
}

[Collection(SqliteCollection.Name)]
public sealed class SqliteSurvivorshipTests(SqliteSyncHubFactory factory) : SurvivorshipTests(factory);

[Collection(PostgresCollection.Name)]
public sealed class PostgresSurvivorshipTests(PostgresSyncHubFactory factory) : SurvivorshipTests(factory);
