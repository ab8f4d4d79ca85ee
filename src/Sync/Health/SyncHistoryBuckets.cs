using Hub.Sync.Runs;

namespace Hub.Sync.Health;

/// <summary>
/// The bucketing of the history charts, kept apart from the query so that it is tested with a fake clock. Hours are
/// steps of UTC (every offset of the hub's zone is a whole hour); 6-hour buckets follow the zone's wall clock (0, 6,
/// 12 and 18 h, never inside a daylight-saving change, which happens between 2 and 3 h), so a bucket around a change
/// lasts 5 or 7 hours rather than drifting by one hour.
/// </summary>
public static class SyncHistoryBuckets
{
    public const int DayBuckets = 24;
    public const int WeekBuckets = 28;
    public const int WeekBucketHours = 6;

    /// <summary>The bucket boundaries, oldest first (one more than the buckets); the last is after <paramref name="now"/>.</summary>
    public static IReadOnlyList<DateTimeOffset> Boundaries(SyncHistoryPeriod period, DateTimeOffset now, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        var utc = now.UtcDateTime;
        if (period == SyncHistoryPeriod.Day)
        {
            var end = new DateTimeOffset(utc.Date.AddHours(utc.Hour + 1), TimeSpan.Zero);
            return [.. Enumerable.Range(0, DayBuckets + 1).Select(i => end.AddHours(i - DayBuckets))];
        }

        var wall = TimeZoneInfo.ConvertTime(now, zone).DateTime;
        var endWall = wall.Date.AddHours((wall.Hour / WeekBucketHours * WeekBucketHours) + WeekBucketHours);
        return [.. Enumerable.Range(0, WeekBuckets + 1).Select(i =>
        {
            var at = DateTime.SpecifyKind(endWall.AddHours(WeekBucketHours * (i - WeekBuckets)), DateTimeKind.Unspecified);
            return new DateTimeOffset(at, zone.GetUtcOffset(at)).ToUniversalTime();
        })];
    }

    /// <summary>
    /// Counts each run in the bucket it started in; the lag at each bucket's end (now for the current one) is, over the
    /// connector's <paramref name="streams"/>, the largest time since a stream's last successful run finished.
    /// </summary>
    /// <param name="runs">The runs that started in the window.</param>
    /// <param name="successesBefore">Per stream, the end of its last successful run that started before the window.</param>
    public static IReadOnlyList<HistoryBucket> Bucket(
        IReadOnlyList<DateTimeOffset> boundaries,
        DateTimeOffset now,
        IEnumerable<RunPoint> runs,
        IReadOnlyCollection<string> streams,
        IReadOnlyDictionary<string, DateTimeOffset> successesBefore)
    {
        ArgumentNullException.ThrowIfNull(boundaries);
        ArgumentNullException.ThrowIfNull(runs);
        ArgumentNullException.ThrowIfNull(streams);
        ArgumentNullException.ThrowIfNull(successesBefore);
        var count = boundaries.Count - 1;
        var counts = new (int Runs, int FailedRuns, long Read, long Written, long Failed)[count];
        var successes = streams.ToDictionary(s => s, s => new List<DateTimeOffset>(), StringComparer.Ordinal);
        foreach (var (stream, at) in successesBefore)
        {
            if (successes.TryGetValue(stream, out var list))
            {
                list.Add(at);
            }
        }

        foreach (var run in runs)
        {
            var index = IndexOf(boundaries, run.StartedAt);
            if (index >= 0)
            {
                ref var c = ref counts[index];
                c.Runs++;
                c.FailedRuns += run.Status == RunStatus.Failed ? 1 : 0;
                c.Read += run.Read;
                c.Written += run.Written;
                c.Failed += run.Failed;
            }

            if (run is { Status: RunStatus.Succeeded, FinishedAt: { } finished } && successes.TryGetValue(run.Stream, out var ends))
            {
                ends.Add(finished);
            }
        }

        var buckets = new HistoryBucket[count];
        for (var i = 0; i < count; i++)
        {
            var at = boundaries[i + 1] < now ? boundaries[i + 1] : now;
            var c = counts[i];
            buckets[i] = new HistoryBucket(boundaries[i], boundaries[i + 1], c.Runs, c.FailedRuns, c.Read, c.Written, c.Failed, Lag(successes.Values, at));
        }

        return buckets;
    }

    /// <summary>The bucket a moment falls in, or -1 outside the window.</summary>
    public static int IndexOf(IReadOnlyList<DateTimeOffset> boundaries, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(boundaries);
        if (boundaries.Count < 2 || at < boundaries[0] || at >= boundaries[^1])
        {
            return -1;
        }

        // Binary search for the last boundary at or before the moment.
        int low = 0, high = boundaries.Count - 2;
        while (low < high)
        {
            var mid = (low + high + 1) / 2;
            if (boundaries[mid] <= at)
            {
                low = mid;
            }
            else
            {
                high = mid - 1;
            }
        }

        return low;
    }

    private static double? Lag(IEnumerable<List<DateTimeOffset>> streams, DateTimeOffset at)
    {
        double? worst = null;
        foreach (var ends in streams)
        {
            DateTimeOffset? last = null;
            foreach (var end in ends)
            {
                if (end <= at && (last is null || end > last))
                {
                    last = end;
                }
            }

            if (last is { } value)
            {
                var lag = (at - value).TotalSeconds;
                worst = worst is null || lag > worst ? lag : worst;
            }
        }

        return worst;
    }
}
