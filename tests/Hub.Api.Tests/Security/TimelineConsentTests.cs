using System.Net;
using System.Text.Json.Nodes;
using Hub.Api.Security;
using Hub.Api.Tests.Infrastructure;

namespace Hub.Api.Tests.Security;

/// <summary>
/// The household timeline shows a source's entries to another organisation only with the person's consent to share
/// with that organisation for coordination: granted, revoked, expired, not yet valid, other organisation.
/// </summary>
[Collection(SqliteCollection.Name)]
public sealed class TimelineConsentTests(SqliteHubApiFactory factory) : IAsyncLifetime
{
    private readonly HttpClient _writer = factory.CreateClient();
    private string _person = "";
    private string _household = "";

    public async Task InitializeAsync()
    {
        await factory.ResetAsync();
        _person = await CareRecords.CreateAsync(_writer, CareRecords.Person("Alice"));
        _household = await CareRecords.CreateAsync(_writer, CareRecords.Household(_person));
        await CareRecords.CreateAsync(_writer, CareRecords.Accompaniment(_household, "agent-cd68"));
        var day = 10;
        foreach (var source in new[] { "siao", "solis", "caf", "cpam", "hub" })
        {
            await CareRecords.CreateAsync(_writer, CareRecords.Event(_household, source, $"2026-11-{day++}T10:00:00+01:00", _person));
        }
    }

    public Task DisposeAsync()
    {
        _writer.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task Timeline_NoConsent_ViewerSeesOwnOrganisationAndHubEntriesOnly()
    {
        using var referent = CareRecords.ClientAs(factory, HubRoles.Referent, "agent-cd68", organisation: "cd68");

        var timeline = await TimelineAsync(referent);

        Assert.Equal(["hub", "solis"], Sources(timeline));
        Assert.Equal(3, timeline["withheld"]!.GetValue<int>());
        Assert.Equal(["caf", "cpam", "siao"], timeline["withheldSources"]!.AsArray().Select(s => s!.GetValue<string>()));
    }

    public static TheoryData<string, string?, string?, string?, string, bool> ConsentStates() => new()
    {
        // status, period start, period end, revokedAt, organisation granted, visible to the coordinator (ville-mulhouse)?
        { "active", null, null, null, "ville-mulhouse", true },
        { "active", "2026-01-01", "2027-12-31", null, "ville-mulhouse", true },
        { "active", null, null, null, "cd68", false },
        { "active", null, "2026-06-30", null, "ville-mulhouse", false },
        { "active", "2027-01", null, null, "ville-mulhouse", false },
        { "active", null, null, "2026-11-01T00:00:00Z", "ville-mulhouse", false },
        { "revoked", null, null, null, "ville-mulhouse", false },
        { "draft", null, null, null, "ville-mulhouse", false },
    };

    [Theory]
    [MemberData(nameof(ConsentStates))]
    public async Task Timeline_CoordinatorWithConsentState_PartnerEntriesFollowConsent(
        string status, string? start, string? end, string? revokedAt, string organisation, bool visible)
    {
        await CareRecords.CreateAsync(_writer, CareRecords.Consent(_person, [organisation], status, start, end, revokedAt));
        using var coordinator = CareRecords.ClientAs(factory, HubRoles.Coordinator, "coordination-lda");

        var timeline = await TimelineAsync(coordinator);

        Assert.Equal("ville-mulhouse", timeline["viewerOrganisation"]!.GetValue<string>());
        Assert.Equal(visible ? ["caf", "cpam", "hub", "siao", "solis"] : ["hub"], Sources(timeline));
        Assert.Equal(visible ? 0 : 4, timeline["withheld"]!.GetValue<int>());
    }

    [Fact]
    public async Task Timeline_EntriesNewestFirstAndPaged()
    {
        await CareRecords.CreateAsync(_writer, CareRecords.Consent(_person, ["ville-mulhouse"]));
        using var coordinator = CareRecords.ClientAs(factory, HubRoles.Coordinator, "coordination-lda");

        var page = await TimelineAsync(coordinator, "?_count=2&_offset=1");

        Assert.Equal(5, page["total"]!.GetValue<int>());
        Assert.Equal(["cpam", "caf"], page["entries"]!.AsArray().Select(e => e!["source"]!["code"]!.GetValue<string>()));
    }

    [Fact]
    public async Task Timeline_ReferentNotFollowing_NotFound()
    {
        using var other = CareRecords.ClientAs(factory, HubRoles.Referent, "agent-elsewhere", organisation: "cd68");

        using var response = await other.GetAsync($"/api/households/{_household}/timeline");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    private async Task<JsonNode> TimelineAsync(HttpClient client, string query = "")
    {
        using var response = await client.GetAsync($"/api/households/{_household}/timeline{query}");
        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
    }

    private static List<string> Sources(JsonNode timeline) =>
        [.. timeline["entries"]!.AsArray().Select(e => e!["source"]!["code"]!.GetValue<string>()).Order(StringComparer.Ordinal)];
}
