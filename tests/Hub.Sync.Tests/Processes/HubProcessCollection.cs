namespace Hub.Sync.Tests.Processes;

/// <summary>
/// Tests that run the hub as separate processes and kill them. Alone, not beside the other collections: a sync in two
/// processes loads both cores, and the kill points would land differently under a neighbour's load.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class HubProcessCollection
{
    public const string Name = "Hub processes killed mid-sync";
}
