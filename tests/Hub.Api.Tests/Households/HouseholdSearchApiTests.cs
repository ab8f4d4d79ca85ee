using System.Net;
using System.Text.Json.Nodes;
using Hub.Api.Security;
using Hub.Api.Tests.Infrastructure;
using Hub.Api.Tests.Security;

namespace Hub.Api.Tests.Households;

/// <summary>
/// Issue 7: <c>GET /api/Household?name=&amp;birthDate=&amp;identifier=</c> (members' names, birth dates and identifiers)
/// and <c>GET /api/Household/{id}/timeline?source=&amp;type=&amp;from=&amp;to=</c>, with the care scope of a referent.
/// </summary>
public abstract class HouseholdSearchApiTests(HubApiFactory factory) : IAsyncLifetime
{
    private readonly HttpClient _coordinator = factory.CreateClient();
    private string _hoarau = "";
    private string _lefevre = "";

    public async Task InitializeAsync()
    {
        await factory.ResetAsync();
        var helene = await CareRecords.CreateAsync(_coordinator, Person("HOARAU", "Hélène", "1979-11-02", "1790299123456"));
        var kevin = await CareRecords.CreateAsync(_coordinator, Person("HOARAU", "Kévin", "2008-04-17", null));
        var jean = await CareRecords.CreateAsync(_coordinator, Person("LEFÈVRE", "Jean", "1979-05-30", null));
        _hoarau = await CareRecords.CreateAsync(_coordinator, CareRecords.Household(helene, kevin));
        var lefevre = CareRecords.Household(jean);
        lefevre["identifier"] = new JsonArray(new JsonObject { ["system"] = "urn:lda-hub:id:siao:menage", ["value"] = "SIAO-M-77" });
        _lefevre = await CareRecords.CreateAsync(_coordinator, lefevre);
        await CareRecords.CreateAsync(_coordinator, CareRecords.Accompaniment(_hoarau, "agent-1"));
        await CareRecords.CreateAsync(_coordinator, CareRecords.Accompaniment(_lefevre, "agent-2"));
        await CareRecords.CreateAsync(_coordinator, CareRecords.Event(_hoarau, "hub", "2026-01-10T10:00:00Z"));
        await CareRecords.CreateAsync(_coordinator, CareRecords.Event(_hoarau, "hub", "2026-03-10T10:00:00Z"));
        var other = CareRecords.Event(_hoarau, "hub", "2026-02-10T10:00:00Z");
        other["type"]!["code"] = "note";
        await CareRecords.CreateAsync(_coordinator, other);
    }

    public Task DisposeAsync()
    {
        _coordinator.Dispose();
        return Task.CompletedTask;
    }

    [Theory]
    [InlineData("name=hoarau", "hoarau")]
    [InlineData("name=helene", "hoarau")]
    [InlineData("name=Lefevre%20jean", "lefevre")]
    [InlineData("birthDate=1979", "hoarau,lefevre")]
    [InlineData("birthDate=1979-05", "lefevre")]
    [InlineData("name=hoarau&birthDate=2008-04-17", "hoarau")]
    [InlineData("identifier=1790299123456", "hoarau")]
    [InlineData("identifier=urn:oid:1.2.250.1.213.1.4.8%7C1790299123456", "hoarau")]
    [InlineData("identifier=urn:lda-hub:id:siao:menage%7CSIAO-M-77", "lefevre")]
    [InlineData("name=hoarau&identifier=SIAO-M-77", "")]
    [InlineData("name=martin", "")]
    public async Task Search_ByMemberNameBirthDateOrIdentifier_FindsTheirHouseholds(string query, string expected)
    {
        var ids = await SearchAsync(_coordinator, query);

        var names = new Dictionary<string, string> { [_hoarau] = "hoarau", [_lefevre] = "lefevre" };
        Assert.Equal(expected, string.Join(',', ids.Select(id => names[id]).Order(StringComparer.Ordinal)));
    }

    [Fact]
    public async Task Search_Referent_OnlyTheirHouseholdsAndExactTotal()
    {
        using var referent = CareRecords.ClientAs(factory, HubRoles.Referent, "agent-2");

        Assert.Equal([_lefevre], await SearchAsync(referent, "birthDate=1979"));
        Assert.Empty(await SearchAsync(referent, "name=hoarau"));
    }

    [Theory]
    [InlineData("birthDate=12/03/1984")]
    [InlineData("name=x&_lastUpdated=ge2026")]
    [InlineData("name=x&_count=0")]
    public async Task Search_BadParameter_BadRequest(string query)
    {
        using var response = await _coordinator.GetAsync($"/api/Household?{query}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("OperationOutcome", (await TestFhir.ReadObjectAsync(response))["resourceType"]!.GetValue<string>());
    }

    [Fact]
    public async Task Timeline_ResourcePathWithFilters_FilteredNewestFirstAndOldRouteSame()
    {
        var all = JsonNode.Parse(await _coordinator.GetStringAsync($"/api/Household/{_hoarau}/timeline"))!;
        var old = JsonNode.Parse(await _coordinator.GetStringAsync($"/api/households/{_hoarau}/timeline"))!;
        var period = JsonNode.Parse(await _coordinator.GetStringAsync($"/api/Household/{_hoarau}/timeline?from=2026-02-01&to=2026-03-10"))!;
        var notes = JsonNode.Parse(await _coordinator.GetStringAsync($"/api/Household/{_hoarau}/timeline?type=note&source=hub"))!;
        var oldest = JsonNode.Parse(await _coordinator.GetStringAsync($"/api/Household/{_hoarau}/timeline?_sort=occurredAt&_count=1"))!;

        Assert.Equal(["2026-03-10T10:00:00Z", "2026-02-10T10:00:00Z", "2026-01-10T10:00:00Z"], Dates(all));
        Assert.Equal(Dates(all), Dates(old));
        Assert.Equal(["2026-03-10T10:00:00Z", "2026-02-10T10:00:00Z"], Dates(period));
        Assert.Equal(["2026-02-10T10:00:00Z"], Dates(notes));
        Assert.Equal(3, oldest["total"]!.GetValue<int>());
        Assert.Equal(["2026-01-10T10:00:00Z"], Dates(oldest));
        Assert.Equal(HttpStatusCode.BadRequest, (await _coordinator.GetAsync($"/api/Household/{_hoarau}/timeline?from=hier")).StatusCode);
        using var referent = CareRecords.ClientAs(factory, HubRoles.Referent, "agent-2");
        Assert.Equal(HttpStatusCode.NotFound, (await referent.GetAsync($"/api/Household/{_hoarau}/timeline")).StatusCode);
    }

    private static string[] Dates(JsonNode view) => [.. view["entries"]!.AsArray().Select(e => e!["occurredAt"]!.GetValue<string>())];

    private static async Task<List<string>> SearchAsync(HttpClient client, string query)
    {
        using var response = await client.GetAsync($"/api/Household?{query}");
        var bundle = await TestFhir.ReadObjectAsync(response);
        Assert.True(response.StatusCode == HttpStatusCode.OK, bundle.ToJsonString());
        var ids = (bundle["entry"] as JsonArray ?? []).Select(e => e!["resource"]!["id"]!.GetValue<string>()).ToList();
        Assert.Equal(ids.Count, bundle["total"]!.GetValue<int>());
        return ids;
    }

    private static JsonObject Person(string birthName, string firstName, string birthDate, string? nir)
    {
        var person = new JsonObject
        {
            ["resourceType"] = "Person",
            ["name"] = new JsonObject { ["birthName"] = birthName, ["firstNames"] = new JsonArray(firstName) },
            ["birthDate"] = birthDate,
        };
        if (nir is not null)
        {
            person["identifier"] = new JsonArray(new JsonObject { ["system"] = "urn:oid:1.2.250.1.213.1.4.8", ["value"] = nir });
        }

        return person;
    }
}

[Collection(SqliteCollection.Name)]
public sealed class SqliteHouseholdSearchApiTests(SqliteHubApiFactory factory) : HouseholdSearchApiTests(factory);

[Collection(PostgresCollection.Name)]
public sealed class PostgresHouseholdSearchApiTests(PostgresHubApiFactory factory) : HouseholdSearchApiTests(factory);
