using Hub.Storage;
using Hub.Sync.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using DeadLetterStates = Hub.Sync.DeadLetters.DeadLetters;

namespace Hub.Sync.Tests.Processes;

/// <summary>
/// Everything a sync leaves in the hub database that must not depend on crashes: the <see cref="StoreSnapshot"/>, each
/// resource's version history length (a replayed page would add a version), the outbox (one entry per target, kind
/// and version) and where each stream's cursor ended. Hub ids differ from run to run, so a resource is named by its
/// smallest identifier; delivery states are left out (a restart dispatches at start, an undisturbed run does not).
/// </summary>
public sealed record EngineState(
    StoreSnapshot Store,
    IReadOnlyList<string> VersionsPerResource,
    IReadOnlyList<string> Outbox,
    IReadOnlyList<string> Cursors,
    int InboundDeadLetters)
{
    public static async Task<EngineState> TakeAsync(HubDbContext db)
    {
        ArgumentNullException.ThrowIfNull(db);
        var store = await StoreSnapshot.TakeAsync(db);
        var names = (await db.Identifiers.AsNoTracking().Select(i => new { i.ResourceType, i.ResourceId, Key = i.System + "|" + i.Value }).ToListAsync())
            .GroupBy(i => (i.ResourceType, i.ResourceId))
            .ToDictionary(g => g.Key, g => g.Select(i => i.Key).Min(StringComparer.Ordinal)!);
        string Name(string type, string id) => $"{type}|{names.GetValueOrDefault((type, id), "no-identifier:" + id)}";

        var versions = (await db.ResourceVersions.AsNoTracking().GroupBy(v => new { v.ResourceType, v.Id })
                .Select(g => new { g.Key.ResourceType, g.Key.Id, Count = g.Count(), Last = g.Max(v => v.VersionId) }).ToListAsync())
            .Select(v => $"{Name(v.ResourceType, v.Id)}|versions={v.Count}|last={v.Last}");
        var outbox = (await db.Outbox.AsNoTracking().Select(o => new { o.Target, o.Kind, o.ResourceType, o.ResourceId, o.ResourceVersion }).ToListAsync())
            .Select(o => $"{o.Target}|{o.Kind}|{Name(o.ResourceType, o.ResourceId)}|v{o.ResourceVersion}");
        var cursors = (await db.SyncCursors.AsNoTracking().ToListAsync()).Select(c => $"{c.Connector}|{c.Stream}|{c.Cursor}");
        var inboundDeadLetters = await db.DeadLetters.CountAsync(d => d.Direction == DeadLetterStates.Inbound);
        return new EngineState(store, Sorted(versions), Sorted(outbox), Sorted(cursors), inboundDeadLetters);
    }

    /// <summary>Part by part, so a failure says what differs; duplicates are named before the comparison.</summary>
    public static void AssertSame(EngineState expected, EngineState actual)
    {
        ArgumentNullException.ThrowIfNull(expected);
        ArgumentNullException.ThrowIfNull(actual);
        AssertNoDuplicates("outbox entry", actual.Outbox);
        AssertNoDuplicates("resource", actual.VersionsPerResource);
        StoreSnapshot.AssertSame(expected.Store, actual.Store);
        Assert.Equal(expected.Cursors, actual.Cursors);
        // Outbound dead letters depend on when the dispatcher ran (at each start): only the inbound ones are the sync's.
        Assert.Equal(expected.InboundDeadLetters, actual.InboundDeadLetters);
        Assert.Equal(expected.VersionsPerResource.Count, actual.VersionsPerResource.Count);
        Assert.Equal(expected.VersionsPerResource.Except(actual.VersionsPerResource, StringComparer.Ordinal).Take(20), actual.VersionsPerResource.Except(expected.VersionsPerResource, StringComparer.Ordinal).Take(20));
        Assert.Equal(expected.Outbox.Count, actual.Outbox.Count);
        Assert.Equal(expected.Outbox.Except(actual.Outbox, StringComparer.Ordinal).Take(20), actual.Outbox.Except(expected.Outbox, StringComparer.Ordinal).Take(20));
    }

    private static void AssertNoDuplicates(string what, IReadOnlyList<string> lines)
    {
        var duplicates = lines.GroupBy(l => l, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => $"{g.Key} ×{g.Count()}").Take(20).ToList();
        Assert.True(duplicates.Count == 0, $"Duplicate {what}: {string.Join("; ", duplicates)}");
    }

    private static List<string> Sorted(IEnumerable<string> lines) => [.. lines.Order(StringComparer.Ordinal)];
}
