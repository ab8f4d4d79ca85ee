using System.Text.Json.Nodes;
using Hub.Canonical.Model;
using Hub.Sync.Tests.Infrastructure;
using Hub.Testing;
using Microsoft.EntityFrameworkCore;

namespace Hub.Sync.Tests.Pipeline;

/// <summary>
/// A page is applied as one batch (identifiers prefetched, new rows inserted in bulk by one flush). What the batch has
/// not saved yet must still be seen by the page's later records: the cases where a record depends on an earlier one.
/// </summary>
public abstract class PageBatchTests(SyncHubFactory factory) : IAsyncLifetime
{
    private const string PersonSystem = IdentifierSystems.SiaoPersonne;
    private static readonly DateTimeOffset T1 = new(2026, 3, 1, 9, 0, 0, TimeSpan.Zero);

    public Task InitializeAsync() => factory.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task ProcessAsync_SameResourceTwiceInOnePage_TwoVersionsAndTheLaterValueWins()
    {
        var outcome = await factory.ProcessAsync(CanonicalTestMapper.Page("siao",
        [
            ("p-1", PersonJson("P1", "DUPONT", "Marie"), T1),
            ("p-1-bis", PersonJson("P1", "DURAND", "Marie"), T1.AddMinutes(5)),
        ]));

        Assert.Equal((2, 0), (outcome.Written, outcome.Failed));
        var person = await SingleAsync("Person");
        Assert.Equal("DURAND", person["name"]!["birthName"]!.GetValue<string>());
        Assert.Equal(2L, await factory.QueryAsync(db => db.ResourceVersions.LongCountAsync(v => v.ResourceType == "Person")));
        Assert.Equal(1, await factory.QueryAsync(db => db.Identifiers.CountAsync(i => i.ResourceType == "Person" && i.Value == "P1")));
    }

    [Fact]
    public async Task ProcessAsync_ReferenceToResourceCreatedEarlierInPage_ResolvedToItsHubId()
    {
        await factory.ProcessAsync(CanonicalTestMapper.Page("siao",
        [
            ("p-1", PersonJson("P1", "DUPONT", "Marie"), T1),
            ("m-1", HouseholdJson("M1", "P1"), T1),
        ]));

        var person = await SingleAsync("Person");
        var household = await SingleAsync("Household");
        Assert.Equal($"Person/{person["id"]!.GetValue<string>()}", household["member"]!.AsArray()[0]!["person"]!["reference"]!.GetValue<string>());
        var members = await factory.QueryAsync(db => db.HouseholdMembers.AsNoTracking().ToListAsync());
        Assert.Equal(person["id"]!.GetValue<string>(), Assert.Single(members).PersonId);
    }

    [Fact]
    public async Task ProcessAsync_RecordJoiningTwoPersonsOfTheSamePage_DeadLetteredOthersKept()
    {
        var outcome = await factory.ProcessAsync(CanonicalTestMapper.Page("siao",
        [
            ("p-1", PersonJson("P1", "DUPONT", "Marie"), T1),
            ("p-2", PersonJson("P2", "MARTIN", "Paul"), T1),
            ("p-3", PersonJson(["P1", "P2"], "DUPONT", "Marie"), T1),
        ]));

        Assert.Equal((2, 1), (outcome.Written, outcome.Failed));
        var letter = await factory.QueryAsync(db => db.DeadLetters.AsNoTracking().SingleAsync());
        Assert.Equal("p-3", letter.SourceId);
        Assert.Contains("already belongs to Person/", letter.Reason, StringComparison.Ordinal);
        var holders = await factory.QueryAsync(db => db.Identifiers.AsNoTracking().Where(i => i.ResourceType == "Person").OrderBy(i => i.Value).ToListAsync());
        Assert.Equal(["P1", "P2"], holders.Select(h => h.Value));
        Assert.NotEqual(holders[0].ResourceId, holders[1].ResourceId);
    }

    [Fact]
    public async Task ProcessAsync_SamePageTwice_SecondRunSkipsEverythingAndWritesNothing()
    {
        var page = CanonicalTestMapper.Page("siao",
        [
            ("p-1", PersonJson("P1", "DUPONT", "Marie"), T1),
            ("p-2", PersonJson("P2", "MARTIN", "Paul"), T1),
            ("m-1", HouseholdJson("M1", "P1", "P2"), T1),
        ]);
        var first = await factory.ProcessAsync(page);
        var rowsAfterFirst = await CountRowsAsync();

        var second = await factory.ProcessAsync(page);

        Assert.Equal((3, 0), (first.Written, first.Skipped));
        Assert.Equal((0, 3), (second.Written, second.Skipped));
        Assert.Equal(rowsAfterFirst, await CountRowsAsync());
    }

    [Fact]
    public async Task ProcessAsync_UpdateOfStoredResourceBesideCreates_IndexesRewrittenOnce()
    {
        await factory.ProcessAsync(CanonicalTestMapper.Page("siao", "p-1", PersonJson("P1", "DUPONT", "Marie"), T1));

        var outcome = await factory.ProcessAsync(CanonicalTestMapper.Page("siao",
        [
            ("p-1", PersonJson("P1", "DUPONT", "Marie-Anne"), T1.AddHours(1)),
            ("p-9", PersonJson("P9", "ROUX", "Luc"), T1.AddHours(1)),
        ]));

        Assert.Equal((2, 0), (outcome.Written, outcome.Failed));
        var p1 = await factory.QueryAsync(db => db.Identifiers.AsNoTracking().SingleAsync(i => i.ResourceType == "Person" && i.Value == "P1"));
        Assert.Equal(2, await factory.QueryAsync(db => db.ResourceVersions.AsNoTracking().CountAsync(v => v.Id == p1.ResourceId)));
        Assert.Equal(2, await factory.QueryAsync(db => db.Resources.AsNoTracking().CountAsync(r => r.ResourceType == "Person")));
        var stored = JsonNode.Parse(await factory.QueryAsync(db => db.Resources.AsNoTracking().Where(r => r.Id == p1.ResourceId).Select(r => r.Json).SingleAsync()))!;
        Assert.Equal("Marie-Anne", stored["name"]!["firstNames"]!.AsArray()[0]!.GetValue<string>());
    }

    private async Task<(int Resources, int Versions, int Identifiers, int Provenance, int Outbox, int Links)> CountRowsAsync() =>
        (await factory.QueryAsync(db => db.Resources.CountAsync()), await factory.QueryAsync(db => db.ResourceVersions.CountAsync()),
            await factory.QueryAsync(db => db.Identifiers.CountAsync()), await factory.QueryAsync(db => db.FieldProvenance.CountAsync()),
            await factory.QueryAsync(db => db.Outbox.CountAsync()), await factory.QueryAsync(db => db.SourceLinks.CountAsync()));

    private async Task<JsonObject> SingleAsync(string resourceType)
    {
        var json = await factory.QueryAsync(db => db.Resources.AsNoTracking().Where(r => r.ResourceType == resourceType).Select(r => r.Json).SingleAsync());
        return JsonNode.Parse(json)!.AsObject();
    }

    private static string PersonJson(string id, string family, string given) => PersonJson([id], family, given);

    private static string PersonJson(string[] ids, string family, string given) => new JsonObject
    {
        ["resourceType"] = "Person",
        ["identifier"] = new JsonArray([.. ids.Select(id => new JsonObject { ["system"] = PersonSystem, ["value"] = id })]),
        ["name"] = new JsonObject { ["birthName"] = family, ["firstNames"] = new JsonArray(given) },
        ["birthDate"] = "1980-01-01",
    }.ToJsonString();

    private static string HouseholdJson(string id, params string[] members) => new JsonObject
    {
        ["resourceType"] = "Household",
        ["identifier"] = new JsonArray(new JsonObject { ["system"] = "urn:lda-hub:id:siao:menage", ["value"] = id }),
        ["member"] = new JsonArray([.. members.Select(m => new JsonObject
        {
            ["person"] = new JsonObject { ["identifier"] = new JsonObject { ["system"] = PersonSystem, ["value"] = m } },
            ["role"] = new JsonObject { ["system"] = "urn:lda-hub:code:role-membre-menage", ["code"] = "demandeur" },
        })]),
    }.ToJsonString();
}

[Collection(SqliteCollection.Name)]
public sealed class SqlitePageBatchTests(SqliteSyncHubFactory factory) : PageBatchTests(factory);

[Collection(PostgresCollection.Name)]
public sealed class PostgresPageBatchTests(PostgresSyncHubFactory factory) : PageBatchTests(factory);
