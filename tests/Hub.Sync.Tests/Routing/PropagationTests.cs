using Hub.Storage.Sync;
using Hub.Sync.Outbox;
using Hub.Sync.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Hub.Sync.Tests.Routing;

/// <summary>
/// A committed change wakes the dispatcher (<c>Hub:Sync:DispatchOnCommit</c>): SI-SIAO's orientations reach SOLIS
/// without anyone dispatching and long before the dispatch interval (10 minutes in this fixture) comes round.
/// </summary>
[Collection(PropagationCollection.Name)]
public sealed class PropagationTests(PropagationSyncHubFactory factory) : IAsyncLifetime
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(90);

    public Task InitializeAsync() => factory.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Sync_ChangesRoutedToSolis_DeliveredWithoutExplicitDispatch()
    {
        Assert.All(await SyncDriver.RunConnectorAsync(factory, "siao"), SyncDriver.AssertSucceeded);

        var entries = await WaitAsync(async () =>
        {
            var toSolis = await factory.QueryAsync(db => db.Outbox.AsNoTracking().Where(o => o.Target == "solis").ToListAsync());
            return toSolis.Count > 0 && toSolis.All(o => o.Status != OutboxEntries.Pending) ? toSolis : null;
        });

        Assert.Contains(entries, e => e.Status == OutboxEntries.Delivered);
        Assert.Equal(entries.Count(e => e.Status == OutboxEntries.Delivered), factory.Simulator("solis").Received.All.Count);
    }

    private static async Task<List<OutboxRow>> WaitAsync(Func<Task<List<OutboxRow>?>> settled)
    {
        using var timeout = new CancellationTokenSource(Patience);
        while (true)
        {
            if (await settled() is { } done)
            {
                return done;
            }

            Assert.False(timeout.IsCancellationRequested, $"Deliveries still pending after {Patience.TotalSeconds} s: the commit did not wake the dispatcher.");
            await Task.Delay(TimeSpan.FromMilliseconds(200));
        }
    }
}

/// <summary>The SQLite fixture with dispatch on commit switched on.</summary>
public sealed class PropagationSyncHubFactory : SyncHubFactory
{
    public override string Engine => "Sqlite";

    protected override bool DispatchOnCommit => true;

    protected override IEnumerable<KeyValuePair<string, string?>> DatabaseSettings() =>
        [new("Hub:Database:Provider", "Sqlite")];
}

[CollectionDefinition(Name)]
public sealed class PropagationCollection : ICollectionFixture<PropagationSyncHubFactory>
{
    public const string Name = "Sync on SQLite, dispatch on commit";
}
