using System.Net;
using System.Text.Json.Nodes;
using Hub.Api.Security;
using Hub.Api.Tests.Infrastructure;
using Hub.Storage;
using Hub.Storage.Identity;
using Hub.Sync.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Hub.Api.Tests.Security;

/// <summary>
/// Issue 5, households: the timeline of a household includes the entries of the households linked to it, and the link
/// never widens access: a référent sees a linked household's entries only where the resource API would show them, and
/// consent is read per entry among the members of the entry's own household.
/// </summary>
[Collection(SqliteCollection.Name)]
public sealed class LinkedHouseholdTimelineTests(SqliteHubApiFactory factory) : IAsyncLifetime
{
    private readonly HttpClient _writer = factory.CreateClient();
    private string _alice = "";
    private string _followed = "";
    private string _linked = "";

    public async Task InitializeAsync()
    {
        await factory.ResetAsync();
        _alice = await CareRecords.CreateAsync(_writer, CareRecords.Person("Alice"));
        var bob = await CareRecords.CreateAsync(_writer, CareRecords.Person("Bob"));
        var carol = await CareRecords.CreateAsync(_writer, CareRecords.Person("Carol"));
        _followed = await CareRecords.CreateAsync(_writer, CareRecords.Household(_alice, bob));
        _linked = await CareRecords.CreateAsync(_writer, CareRecords.Household(_alice, bob, carol));
        await CareRecords.CreateAsync(_writer, CareRecords.Accompaniment(_followed, "agent-cd68"));
        await CareRecords.CreateAsync(_writer, CareRecords.Event(_followed, "solis", "2026-11-10T10:00:00+01:00", _alice));
        await CareRecords.CreateAsync(_writer, CareRecords.Event(_linked, "siao", "2026-11-11T10:00:00+01:00"));
        await CareRecords.CreateAsync(_writer, CareRecords.Event(_linked, "solis", "2026-11-12T10:00:00+01:00", _alice));
        await CareRecords.CreateAsync(_writer, CareRecords.Event(_linked, "solis", "2026-11-13T10:00:00+01:00", carol));
        await CareRecords.CreateAsync(_writer, CareRecords.Event(_linked, "hub", "2026-11-14T10:00:00+01:00"));
        await LinkAsync(HouseholdLinking.Applied);
    }

    public Task DisposeAsync()
    {
        _writer.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task Timeline_ReferentOfOneLinkedHousehold_SeesTheOthersEntriesAboutTheirPersonsOnly()
    {
        using var referent = CareRecords.ClientAs(factory, HubRoles.Referent, "agent-cd68", organisation: "cd68");

        var timeline = await TimelineAsync(referent, _followed);

        // Its own entry and the linked household's entry about Alice; not the linked household's own entries, nor
        // Carol's (a person the référent does not follow), and those are not even counted as withheld.
        Assert.Equal(["2026-11-12T10:00:00+01:00", "2026-11-10T10:00:00+01:00"], Dates(timeline));
        Assert.Equal(0, timeline["withheld"]!.GetValue<int>());
        Assert.Empty(timeline["linkedHouseholds"]!.AsArray());
    }

    [Fact]
    public async Task Timeline_ReferentNotFollowingTheLinkedHousehold_NotFound()
    {
        using var referent = CareRecords.ClientAs(factory, HubRoles.Referent, "agent-cd68", organisation: "cd68");

        using var response = await referent.GetAsync($"/api/Household/{_linked}/timeline");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Timeline_CoordinatorWithOneMemberConsenting_LinkedEntriesFollowConsentOfTheirOwnHousehold()
    {
        await CareRecords.CreateAsync(_writer, CareRecords.Consent(_alice, ["ville-mulhouse"]));
        using var coordinator = CareRecords.ClientAs(factory, HubRoles.Coordinator, "coordination-lda");

        var timeline = await TimelineAsync(coordinator, _followed);

        // Carol's SOLIS entry is withheld (no consent); the linked household's SI-SIAO entry is shown because a member
        // of that household (Alice) consented.
        Assert.Equal(["2026-11-14T10:00:00+01:00", "2026-11-12T10:00:00+01:00", "2026-11-11T10:00:00+01:00", "2026-11-10T10:00:00+01:00"], Dates(timeline));
        Assert.Equal(1, timeline["withheld"]!.GetValue<int>());
        Assert.Equal(["solis"], timeline["withheldSources"]!.AsArray().Select(s => s!.GetValue<string>()));
        Assert.Equal([$"Household/{_linked}"], timeline["linkedHouseholds"]!.AsArray().Select(h => h!.GetValue<string>()));
        var paged = await TimelineAsync(coordinator, _followed, "?_count=2&_offset=1&_sort=occurredAt");
        Assert.Equal(["2026-11-11T10:00:00+01:00", "2026-11-12T10:00:00+01:00"], Dates(paged));
    }

    [Fact]
    public async Task Timeline_LinkUnlinked_OwnEntriesOnly()
    {
        await LinkAsync(HouseholdLinking.Unlinked);
        using var coordinator = CareRecords.ClientAs(factory, HubRoles.Coordinator, "coordination-lda");
        await CareRecords.CreateAsync(_writer, CareRecords.Consent(_alice, ["ville-mulhouse"]));

        var timeline = await TimelineAsync(coordinator, _followed);

        Assert.Equal(["2026-11-10T10:00:00+01:00"], Dates(timeline));
        Assert.Empty(timeline["linkedHouseholds"]!.AsArray());
    }

    [Fact]
    public async Task HouseholdLinks_UnknownHousehold_NotFoundProblem()
    {
        using var response = await _writer.GetAsync("/api/identity/households/unknown/links");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    /// <summary>The row the pipeline's household linking writes (both households here are the hub's own).</summary>
    private async Task LinkAsync(string status)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<HubDbContext>();
        var (left, right) = string.CompareOrdinal(_followed, _linked) < 0 ? (_followed, _linked) : (_linked, _followed);
        var row = await db.IdentityDecisions.SingleOrDefaultAsync(d => d.Kind == IdentityDecisionRow.HouseholdLink);
        if (row is null)
        {
            db.IdentityDecisions.Add(new IdentityDecisionRow
            {
                Id = "household-link-test",
                DecidedAt = factory.Clock.GetUtcNow(),
                Kind = IdentityDecisionRow.HouseholdLink,
                LeftPersonId = left,
                RightPersonId = right,
                Score = 1,
                Evidence = """{"rule":"SharedMembers","sharedPersons":2}""",
                Actor = "resolver",
                Status = status,
            });
        }
        else
        {
            row.Status = status;
        }

        await db.SaveChangesAsync();
    }

    private static async Task<JsonNode> TimelineAsync(HttpClient client, string household, string query = "")
    {
        using var response = await client.GetAsync($"/api/Household/{household}/timeline{query}");
        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
    }

    private static List<string> Dates(JsonNode timeline) =>
        [.. timeline["entries"]!.AsArray().Select(e => e!["occurredAt"]!.GetValue<string>())];
}
