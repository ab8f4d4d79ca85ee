using Hub.Connectors.Core;
using Hub.Storage;
using Hub.Sync.Runs;
using Microsoft.EntityFrameworkCore;

namespace Hub.Sync.Health;

/// <summary>
/// The history charts of sync health (<c>GET /api/sync/history</c> and the console): throughput, errors and lag per
/// connector over 24 hours or 7 days, from <c>sync_runs</c>.
/// </summary>
/// <remarks>
/// The runs are grouped in memory from one narrow projection (eight columns, the <c>started_at</c> index, at most
/// <see cref="MaxRuns"/> rows): SQLite keeps instants as encoded ticks that no SQL date function can truncate, so a
/// GROUP BY hour could only run on PostgreSQL, and the same code on both engines is worth more than the few thousand
/// rows a week of runs makes. A second small query (GROUP BY stream, MAX) gives each stream's last success before the
/// window, so that the lag is right from the first bucket.
/// </remarks>
public sealed class SyncHistoryService(HubDbContext db, IEnumerable<IPullStream> streams, TimeProvider time)
{
    /// <summary>A week of runs of every stream every minute is about 80,000: beyond this the oldest are left out.</summary>
    public const int MaxRuns = 100_000;

    /// <summary>How far before the window a stream's last success is looked for: older than that, its lag is unknown.</summary>
    public static readonly TimeSpan LagLookback = TimeSpan.FromDays(30);

    private readonly IReadOnlyList<IPullStream> _streams = [.. streams];

    /// <summary>The agents' time zone, for the 6-hour buckets; UTC where the machine has no time zone data.</summary>
    public static TimeZoneInfo Zone { get; } = TimeZoneInfo.TryFindSystemTimeZoneById("Europe/Paris", out var zone) ? zone : TimeZoneInfo.Utc;

    public IReadOnlyList<string> Connectors => SyncControl.KnownConnectors(_streams);

    /// <summary>"24h" or "7d" (also "7j", as the console writes it); null for anything else.</summary>
    public static SyncHistoryPeriod? ParsePeriod(string? text) => text switch
    {
        null or "" or "24h" => SyncHistoryPeriod.Day,
        "7d" or "7j" => SyncHistoryPeriod.Week,
        _ => null,
    };

    public async Task<SyncHistory> ReadAsync(SyncHistoryPeriod period, string? connector, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var boundaries = SyncHistoryBuckets.Boundaries(period, now, Zone);
        var (from, to) = (boundaries[0], boundaries[^1]);
        var connectors = connector is null ? Connectors : [connector];

        var runs = db.SyncRuns.AsNoTracking().Where(r => r.StartedAt >= from && r.StartedAt < to);
        var lookback = from - LagLookback;
        var before = db.SyncRuns.AsNoTracking().Where(r => r.Status == RunStatus.Succeeded && r.StartedAt < from && r.StartedAt >= lookback);
        if (connector is not null)
        {
            runs = runs.Where(r => r.Connector == connector);
            before = before.Where(r => r.Connector == connector);
        }

        var points = await runs.OrderByDescending(r => r.StartedAt).Take(MaxRuns + 1)
            .Select(r => new RunPoint(r.Connector, r.Stream, r.Status, r.StartedAt, r.FinishedAt, r.RecordsRead, r.RecordsWritten, r.RecordsFailed))
            .ToListAsync(cancellationToken);
        var truncated = points.Count > MaxRuns;
        if (truncated)
        {
            points.RemoveAt(points.Count - 1);
        }

        var lastSuccesses = await before.GroupBy(r => new { r.Connector, r.Stream })
            .Select(g => new { g.Key.Connector, g.Key.Stream, Last = g.Max(r => r.FinishedAt) })
            .ToListAsync(cancellationToken);

        var histories = connectors.Select(c => new ConnectorHistory(c, SyncHistoryBuckets.Bucket(
            boundaries,
            now,
            points.Where(p => p.Connector == c),
            [.. _streams.Where(s => s.Connector == c).Select(s => s.Stream)],
            lastSuccesses.Where(l => l.Connector == c && l.Last is not null).ToDictionary(l => l.Stream, l => l.Last!.Value, StringComparer.Ordinal)))).ToList();
        var minutes = period == SyncHistoryPeriod.Day ? 60 : SyncHistoryBuckets.WeekBucketHours * 60;
        return new SyncHistory(period == SyncHistoryPeriod.Day ? "24h" : "7d", from, to, minutes, truncated, histories);
    }
}
