using System.Text.Json.Nodes;
using Hub.Canonical.Model;
using Hub.Storage.Identity;
using Hub.Sync.Tests.Infrastructure;
using Hub.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Hub.Sync.Tests.Identity;

/// <summary>Issue 5, wiring: persons of different partners are matched in the page pipeline, and every decision is kept.</summary>
public abstract class IdentityResolutionTests(SyncHubFactory factory) : IAsyncLifetime
{
    private const string CafSystem = IdentifierSystems.CafAllocataire;
    private static readonly DateTimeOffset T1 = new(2026, 3, 1, 9, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset T2 = T1.AddHours(5);

    public Task InitializeAsync() => factory.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task ProcessAsync_CafPersonWithTypoAndNoAccents_AutoLinksToTheSiaoPerson()
    {
        await ProcessAsync("siao", "p-1", IdentityTestData.PersonJson(IdentifierSystems.SiaoPersonne, "p-1", "LEFEVRE", "1985-04-12", "F", "Hélène", "Marie"), T1);
        await ProcessAsync("caf", "a-1", IdentityTestData.PersonJson(CafSystem, "0912345", "LEFEVBRE", "1985-04-12", "F", "HELENE", "MARIE"), T2);

        var person = Assert.Single(await PersonsAsync());
        var identifiers = person["identifier"]!.AsArray().Select(i => (i!["system"]!.GetValue<string>(), i["value"]!.GetValue<string>())).ToList();
        Assert.Contains((IdentifierSystems.SiaoPersonne, "p-1"), identifiers);
        Assert.Contains((CafSystem, "0912345"), identifiers);
        var decision = Assert.Single(await DecisionsAsync());
        Assert.Equal((IdentityDecisionRow.AutoLink, "applied", person["id"]!.GetValue<string>(), $"{CafSystem}|0912345", "caf", "resolver"),
            (decision.Kind, decision.Status, decision.LeftPersonId, decision.RightIdentifier, decision.RightSource, decision.Actor));
        var evidence = JsonNode.Parse(decision.Evidence)!;
        Assert.Equal("AutoLink", evidence["outcome"]!.GetValue<string>());
        Assert.Contains(evidence["traits"]!.AsArray(), t => t!["trait"]!.GetValue<string>() == "BirthName" && t["agreement"]!.GetValue<string>() == "Similar");
        Assert.True(decision.Score >= 20, $"score {decision.Score}");
    }

    [Fact]
    public async Task ProcessAsync_SamePageOfAnotherPartner_AutoLinksEachPersonToItsOwn()
    {
        await factory.ProcessAsync(CanonicalTestMapper.Page("siao",
        [
            ("p-1", IdentityTestData.PersonJson(IdentifierSystems.SiaoPersonne, "p-1", "KOWALCZYK", "1979-11-03", "F", "Agnès"), T1),
            ("p-2", IdentityTestData.PersonJson(IdentifierSystems.SiaoPersonne, "p-2", "N'DIAYE", "1990-06-21", "M", "Mamadou"), T1),
        ]));
        await factory.ProcessAsync(CanonicalTestMapper.Page("caf",
        [
            ("a-2", IdentityTestData.PersonJson(CafSystem, "0900002", "NDIAYE", "1990-06-21", "M", "MAMADOU"), T2),
            ("a-1", IdentityTestData.PersonJson(CafSystem, "0900001", "KOWALCZYK", "1979-11-03", "F", "AGNES"), T2),
        ]));

        var persons = await PersonsAsync();
        Assert.Equal(2, persons.Count);
        Assert.All(persons, p => Assert.Equal(2, p["identifier"]!.AsArray().Count));
        Assert.Equal(2, (await DecisionsAsync()).Count(d => d.Kind == IdentityDecisionRow.AutoLink));
    }

    [Fact]
    public async Task ProcessAsync_SameTraitsButOtherSex_StoresANewPersonAndQueuesAReview()
    {
        await ProcessAsync("siao", "p-1", IdentityTestData.PersonJson(IdentifierSystems.SiaoPersonne, "p-1", "QUEBERCHAREL", "1944-12-05", "F", "Camille"), T1);
        await ProcessAsync("caf", "a-1", IdentityTestData.PersonJson(CafSystem, "0912345", "QUEBERCHAREL", "1944-12-05", "M", "CAMILLE"), T2);

        var persons = await PersonsAsync();
        Assert.Equal(2, persons.Count);
        Assert.All(persons, p => Assert.Single(p["identifier"]!.AsArray()));
        var siaoId = persons.Single(p => p["identifier"]![0]!["system"]!.GetValue<string>() == IdentifierSystems.SiaoPersonne)["id"]!.GetValue<string>();
        var review = Assert.Single(await DecisionsAsync());
        Assert.Equal((IdentityDecisionRow.Review, "open", siaoId, $"{CafSystem}|0912345"), (review.Kind, review.Status, review.LeftPersonId, review.RightIdentifier));
        Assert.Contains(JsonNode.Parse(review.Evidence)!["traits"]!.AsArray(), t => t!["trait"]!.GetValue<string>() == "Sex" && t["agreement"]!.GetValue<string>() == "Different");
    }

    [Fact]
    public async Task ProcessAsync_DifferentPerson_StoresANewPersonWithoutDecision()
    {
        await ProcessAsync("siao", "p-1", IdentityTestData.PersonJson(IdentifierSystems.SiaoPersonne, "p-1", "LEFEVRE", "1985-04-12", "F", "Hélène"), T1);
        await ProcessAsync("caf", "a-1", IdentityTestData.PersonJson(CafSystem, "0912345", "ZIMMERMANN", "1961-02-27", "M", "PAUL"), T2);

        Assert.Equal(2, (await PersonsAsync()).Count);
        Assert.Empty(await DecisionsAsync());
    }

    [Fact]
    public async Task ProcessAsync_PersonsStoredBeforeTheIndexWasLoaded_AreMatched()
    {
        await ProcessAsync("siao", "p-1", IdentityTestData.PersonJson(IdentifierSystems.SiaoPersonne, "p-1", "LEFEVRE", "1985-04-12", "F", "Hélène", "Marie"), T1);
        // A restarted hub: the index is rebuilt from the store at its first use.
        factory.Services.GetRequiredService<Hub.Sync.Identity.PersonIndexCache>().Forget();

        await ProcessAsync("caf", "a-1", IdentityTestData.PersonJson(CafSystem, "0912345", "LEFEVRE", "1985-04-12", "F", "HELENE", "MARIE"), T2);

        Assert.Single(await PersonsAsync());
        Assert.Equal(IdentityDecisionRow.AutoLink, Assert.Single(await DecisionsAsync()).Kind);
    }

    [Fact]
    public async Task ProcessAsync_LinkedRecordSentAgain_StaysWithItsPersonWithoutNewDecision()
    {
        await ProcessAsync("siao", "p-1", IdentityTestData.PersonJson(IdentifierSystems.SiaoPersonne, "p-1", "LEFEVRE", "1985-04-12", "F", "Hélène", "Marie"), T1);
        await ProcessAsync("caf", "a-1", IdentityTestData.PersonJson(CafSystem, "0912345", "LEFEVBRE", "1985-04-12", "F", "HELENE", "MARIE"), T2);

        // Its identifier is known now: the store's lookup decides, the matcher is not asked again.
        await ProcessAsync("caf", "a-1", IdentityTestData.PersonJson(CafSystem, "0912345", "LEFEVRE", "1985-04-12", "F", "HELENE", "MARIE"), T2.AddHours(1));

        Assert.Equal("LEFEVRE", Assert.Single(await PersonsAsync())["name"]!["birthName"]!.GetValue<string>());
        Assert.Single(await DecisionsAsync());
    }

    private Task<Hub.Sync.Pipeline.PageOutcome> ProcessAsync(string connector, string sourceId, string json, DateTimeOffset modifiedAt) =>
        factory.ProcessAsync(CanonicalTestMapper.Page(connector, sourceId, json, modifiedAt));

    private Task<List<JsonObject>> PersonsAsync() => IdentityTestData.PersonsAsync(factory);

    private Task<List<IdentityDecisionRow>> DecisionsAsync() => IdentityTestData.DecisionsAsync(factory);

}

[Collection(SqliteCollection.Name)]
public sealed class SqliteIdentityResolutionTests(SqliteSyncHubFactory factory) : IdentityResolutionTests(factory);

[Collection(PostgresCollection.Name)]
public sealed class PostgresIdentityResolutionTests(PostgresSyncHubFactory factory) : IdentityResolutionTests(factory);
