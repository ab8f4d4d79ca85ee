using System.Security.Cryptography;
using System.Text;
using DeadLetterStates = Hub.Sync.DeadLetters.DeadLetters;
using Hub.Storage;
using Microsoft.EntityFrameworkCore;

namespace Hub.Sync.Tests.Infrastructure;

/// <summary>
/// What the canonical store holds, independent of the hub ids a run happens to assign: resources per type, versions,
/// every identifier, and every applied source record with the hash of what it became. Two runs that stored the same
/// records once each have equal snapshots; a lost record, a duplicate or an extra version shows up in the counts.
/// </summary>
public sealed record StoreSnapshot(
    IReadOnlyDictionary<string, int> ResourcesByType,
    int Versions,
    IReadOnlyList<string> Identifiers,
    IReadOnlyList<string> SourceLinks,
    int OpenDeadLetters)
{
    public int Resources => ResourcesByType.Values.Sum();

    public string Checksum
    {
        get
        {
            var text = new StringBuilder();
            foreach (var (type, count) in ResourcesByType.OrderBy(p => p.Key, StringComparer.Ordinal))
            {
                text.Append(type).Append('=').Append(count).Append('\n');
            }

            text.Append("versions=").Append(Versions).Append('\n');
            foreach (var line in Identifiers.Concat(SourceLinks))
            {
                text.Append(line).Append('\n');
            }

            return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
        }
    }

    public static Task<StoreSnapshot> TakeAsync(SyncHubFactory factory)
    {
        ArgumentNullException.ThrowIfNull(factory);
        return factory.QueryAsync(TakeAsync);
    }

    /// <summary>From any context on the hub's database (a hub running in another process, or stopped).</summary>
    public static async Task<StoreSnapshot> TakeAsync(HubDbContext db)
    {
        ArgumentNullException.ThrowIfNull(db);
        var byType = await db.Resources.Where(r => !r.IsDeleted).GroupBy(r => r.ResourceType)
            .Select(g => new { Type = g.Key, Count = g.Count() }).ToListAsync();
        var identifiers = await db.Identifiers.Select(i => i.ResourceType + "|" + i.System + "|" + i.Value).ToListAsync();
        var links = await db.SourceLinks.Select(l => l.SourceSystem + "|" + l.RecordKind + "|" + l.SourceId + "|" + l.ContentHash).ToListAsync();
        return new StoreSnapshot(
            byType.ToDictionary(t => t.Type, t => t.Count, StringComparer.Ordinal),
            await db.ResourceVersions.CountAsync(),
            [.. identifiers.Order(StringComparer.Ordinal)],
            [.. links.Order(StringComparer.Ordinal)],
            await db.DeadLetters.CountAsync(d => d.Status == DeadLetterStates.Open));
    }

    /// <summary>Same records, once each: compared part by part first so a failure says what differs.</summary>
    public static void AssertSame(StoreSnapshot expected, StoreSnapshot actual)
    {
        ArgumentNullException.ThrowIfNull(expected);
        ArgumentNullException.ThrowIfNull(actual);
        Assert.Equal(expected.ResourcesByType.OrderBy(p => p.Key, StringComparer.Ordinal), actual.ResourcesByType.OrderBy(p => p.Key, StringComparer.Ordinal));
        Assert.Equal(expected.Versions, actual.Versions);
        Assert.Equal(expected.Identifiers, actual.Identifiers);
        Assert.Equal(expected.SourceLinks, actual.SourceLinks);
        Assert.Equal(expected.Checksum, actual.Checksum);
    }
}
