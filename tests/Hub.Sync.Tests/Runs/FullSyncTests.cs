using Hub.Canonical.Model;
using Hub.Simulators;
using Hub.Sync.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Hub.Sync.Tests.Runs;

public abstract class FullSyncTests(SyncHubFactory factory) : IAsyncLifetime
{
    public Task InitializeAsync() => factory.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task RunAsync_FourSiaoStreams_StoreReconcilesWithSimulatorAndResyncWritesNothing()
    {
        var menages = await SimulatorFeed.ReadAllAsync(factory.Cluster.BaseUrls[SimulatedSystem.Siao], "menages");
        var menageIds = menages.Select(m => m["id"]!.GetValue<string>()).Order(StringComparer.Ordinal).ToList();
        var personIds = menages
            .SelectMany(m => m["membres"]!.AsArray().Select(x => x!["personne"]!["id"]!.GetValue<string>()))
            .Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(SyncHubFactory.Households, menageIds.Count);

        var first = await SyncDriver.RunConnectorAsync(factory, "siao");

        Assert.Equal(["menages", "demandes", "orientations", "mouvements"], first.Select(r => r.Stream));
        Assert.All(first, SyncDriver.AssertSucceeded);
        Assert.All(first, run => Assert.True(run.RecordsWritten > 0, $"{run.Stream} wrote nothing"));
        Assert.Equal(menageIds, await IdentifierValuesAsync("Household", IdentifierSystems.SiaoMenage));
        Assert.Equal(personIds, await IdentifierValuesAsync("Person", IdentifierSystems.SiaoPersonne));
        var synced = await StoreSnapshot.TakeAsync(factory);
        Assert.Equal(menageIds.Count, synced.ResourcesByType["Household"]);
        Assert.Equal(personIds.Count, synced.ResourcesByType["Person"]);
        Assert.Equal(0, synced.OpenDeadLetters);

        var incremental = await SyncDriver.RunConnectorAsync(factory, "siao");
        await factory.ExecuteAsync(db => db.SyncCursors.ExecuteDeleteAsync());
        var reread = await SyncDriver.RunConnectorAsync(factory, "siao");

        Assert.All(incremental.Concat(reread), SyncDriver.AssertSucceeded);
        Assert.All(incremental, run => Assert.Equal(0, run.RecordsWritten));
        Assert.All(reread, run => Assert.Equal(0, run.RecordsWritten));
        Assert.Equal(first.Select(r => r.RecordsRead), reread.Select(r => r.RecordsRead));
        Assert.Equal(reread.Select(r => r.RecordsRead), reread.Select(r => r.RecordsSkipped));
        StoreSnapshot.AssertSame(synced, await StoreSnapshot.TakeAsync(factory));
    }

    private async Task<List<string>> IdentifierValuesAsync(string resourceType, string system)
    {
        var values = await factory.QueryAsync(db => db.Identifiers.Where(i => i.ResourceType == resourceType && i.System == system)
            .Select(i => i.Value).ToListAsync());
        return [.. values.Order(StringComparer.Ordinal)];
    }
}

[Collection(SqliteCollection.Name)]
public sealed class SqliteFullSyncTests(SqliteSyncHubFactory factory) : FullSyncTests(factory);

[Collection(PostgresCollection.Name)]
public sealed class PostgresFullSyncTests(PostgresSyncHubFactory factory) : FullSyncTests(factory);
