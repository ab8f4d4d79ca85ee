using System.Net;
using System.Text.Json.Nodes;
using Hub.Api.Security;
using Hub.Api.Tests.Infrastructure;

namespace Hub.Api.Tests.Security;

/// <summary>A referent sees only the households they follow; the coordinator sees all; the observatory none.</summary>
[Collection(SqliteCollection.Name)]
public sealed class CareAccessTests(SqliteHubApiFactory factory) : IAsyncLifetime
{
    private readonly HttpClient _coordinator = factory.CreateClient();
    private string _followedPerson = "";
    private string _otherPerson = "";
    private string _followed = "";
    private string _other = "";
    private string _otherAccompaniment = "";

    public async Task InitializeAsync()
    {
        await factory.ResetAsync();
        _followedPerson = await CareRecords.CreateAsync(_coordinator, CareRecords.Person("Alice"));
        _otherPerson = await CareRecords.CreateAsync(_coordinator, CareRecords.Person("Bruno"));
        _followed = await CareRecords.CreateAsync(_coordinator, CareRecords.Household(_followedPerson));
        _other = await CareRecords.CreateAsync(_coordinator, CareRecords.Household(_otherPerson));
        await CareRecords.CreateAsync(_coordinator, CareRecords.Accompaniment(_followed, "agent-1"));
        _otherAccompaniment = await CareRecords.CreateAsync(_coordinator, CareRecords.Accompaniment(_other, "agent-2"));
    }

    public Task DisposeAsync()
    {
        _coordinator.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task Read_ReferentOnFollowedAndOtherHousehold_OnlyFollowedVisible()
    {
        using var referent = CareRecords.ClientAs(factory, HubRoles.Referent, "agent-1");

        Assert.Equal(HttpStatusCode.OK, (await referent.GetAsync($"/api/Household/{_followed}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await referent.GetAsync($"/api/Person/{_followedPerson}")).StatusCode);
        // Not 403: a referent must not learn that a household they do not follow exists.
        Assert.Equal(HttpStatusCode.NotFound, (await referent.GetAsync($"/api/Household/{_other}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await referent.GetAsync($"/api/Person/{_otherPerson}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await referent.GetAsync($"/api/Accompaniment/{_otherAccompaniment}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await referent.GetAsync($"/api/Household/{_other}/_history")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await referent.GetAsync($"/api/Household/{_other}/_history/1")).StatusCode);
    }

    [Fact]
    public async Task Search_Referent_OnlyFollowedHouseholdsRecords()
    {
        using var referent = CareRecords.ClientAs(factory, HubRoles.Referent, "agent-1");

        Assert.Equal([_followed], await SearchIdsAsync(referent, "Household"));
        Assert.Equal([_followedPerson], await SearchIdsAsync(referent, "Person"));
        Assert.Single(await SearchIdsAsync(referent, "Accompaniment"));
        Assert.Equal(2, (await SearchIdsAsync(_coordinator, "Household")).Count);
    }

    [Fact]
    public async Task Search_ReferentFollowingNobody_SeesNothing()
    {
        using var stranger = CareRecords.ClientAs(factory, HubRoles.Referent, "agent-unknown");

        Assert.Empty(await SearchIdsAsync(stranger, "Household"));
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync($"/api/Household/{_followed}")).StatusCode);
    }

    [Fact]
    public async Task Read_AccompanimentCompleted_ReferentNoLongerSeesHousehold()
    {
        using var referent = CareRecords.ClientAs(factory, HubRoles.Referent, "agent-3");
        var household = await CareRecords.CreateAsync(_coordinator, CareRecords.Household(_followedPerson));
        await CareRecords.CreateAsync(_coordinator, CareRecords.Accompaniment(household, "agent-3", status: "completed"));

        Assert.Equal(HttpStatusCode.NotFound, (await referent.GetAsync($"/api/Household/{household}")).StatusCode);
    }

    [Fact]
    public async Task Indicators_Observatory_AggregatesWithSmallCellsWithheld()
    {
        using var observatory = CareRecords.ClientAs(factory, HubRoles.Observatory, "observatoire");

        var indicators = JsonNode.Parse(await observatory.GetStringAsync("/api/indicators"))!;

        // Two households: a cell under five is withheld (null), never printed.
        Assert.Null(indicators["totals"]!["Household"]);
        Assert.Equal(0, indicators["totals"]!["Orientation"]!.GetValue<int>());
        Assert.Equal(5, indicators["smallCellThreshold"]!.GetValue<int>());
        Assert.Equal(HttpStatusCode.Forbidden, (await observatory.GetAsync($"/api/Household/{_followed}")).StatusCode);
    }

    private static async Task<List<string>> SearchIdsAsync(HttpClient client, string type)
    {
        var bundle = JsonNode.Parse(await client.GetStringAsync($"/api/{type}"))!;
        return [.. (bundle["entry"]?.AsArray() ?? []).Select(e => e!["resource"]!["id"]!.GetValue<string>())];
    }
}
