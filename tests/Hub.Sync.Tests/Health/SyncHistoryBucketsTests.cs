using Hub.Sync.Health;
using Hub.Sync.Runs;
using Microsoft.Extensions.Time.Testing;

namespace Hub.Sync.Tests.Health;

/// <summary>Issue 7: the bucketing of the sync history charts, on a fake clock.</summary>
public sealed class SyncHistoryBucketsTests
{
    private static readonly TimeZoneInfo Paris = TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris");
    private static readonly int[] WallClockHours = [0, 6, 12, 18];

    [Fact]
    public void Boundaries_Day_TwentyFourHourlyBucketsEndingAtTheNextFullHour()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 3, 12, 14, 25, 10, TimeSpan.Zero));

        var sut = SyncHistoryBuckets.Boundaries(SyncHistoryPeriod.Day, clock.GetUtcNow(), Paris);

        Assert.Equal(25, sut.Count);
        Assert.Equal(new DateTimeOffset(2026, 3, 11, 15, 0, 0, TimeSpan.Zero), sut[0]);
        Assert.Equal(new DateTimeOffset(2026, 3, 12, 15, 0, 0, TimeSpan.Zero), sut[^1]);
        Assert.All(sut.Zip(sut.Skip(1)), pair => Assert.Equal(TimeSpan.FromHours(1), pair.Second - pair.First));
    }

    [Fact]
    public void Boundaries_WeekAcrossDaylightSavingChange_SixHourBucketsOnTheParisWallClock()
    {
        // Tuesday 31 March 2026, 12:00 in Paris (summer time since Sunday 29 March, 2:00 → 3:00).
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 3, 31, 10, 0, 0, TimeSpan.Zero));

        var sut = SyncHistoryBuckets.Boundaries(SyncHistoryPeriod.Week, clock.GetUtcNow(), Paris);

        Assert.Equal(29, sut.Count);
        Assert.All(sut, b => Assert.Contains(TimeZoneInfo.ConvertTime(b, Paris).Hour, WallClockHours));
        Assert.Equal(new DateTimeOffset(2026, 3, 31, 16, 0, 0, TimeSpan.Zero), sut[^1]);
        Assert.Equal(new DateTimeOffset(2026, 3, 24, 17, 0, 0, TimeSpan.Zero), sut[0]);
        // The night of the change is one hour shorter; every other bucket lasts 6 hours.
        var lengths = sut.Zip(sut.Skip(1), (a, b) => (b - a).TotalHours).ToList();
        Assert.Equal(5, Assert.Single(lengths, l => l != 6));
        Assert.Equal(new DateTimeOffset(2026, 3, 28, 23, 0, 0, TimeSpan.Zero), sut[lengths.IndexOf(5)]);
    }

    [Fact]
    public void IndexOf_MomentsAtTheEdges_StartIncludedEndExcluded()
    {
        var now = new DateTimeOffset(2026, 3, 12, 14, 25, 0, TimeSpan.Zero);
        var boundaries = SyncHistoryBuckets.Boundaries(SyncHistoryPeriod.Day, now, Paris);

        Assert.Equal(0, SyncHistoryBuckets.IndexOf(boundaries, boundaries[0]));
        Assert.Equal(-1, SyncHistoryBuckets.IndexOf(boundaries, boundaries[0].AddTicks(-1)));
        Assert.Equal(23, SyncHistoryBuckets.IndexOf(boundaries, now));
        Assert.Equal(-1, SyncHistoryBuckets.IndexOf(boundaries, boundaries[^1]));
        Assert.Equal(9, SyncHistoryBuckets.IndexOf(boundaries, boundaries[10].AddTicks(-1)));
    }

    [Fact]
    public void Bucket_RunsOfTheDay_CountedInTheHourTheyStartedIn()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 3, 12, 14, 25, 0, TimeSpan.Zero));
        var now = clock.GetUtcNow();
        var boundaries = SyncHistoryBuckets.Boundaries(SyncHistoryPeriod.Day, now, Paris);
        RunPoint[] runs =
        [
            Run("menages", RunStatus.Succeeded, now.AddMinutes(-20), read: 100, written: 90, failed: 1),
            Run("menages", RunStatus.Failed, now.AddMinutes(-10), read: 5, written: 0, failed: 0),
            Run("demandes", RunStatus.Succeeded, now.AddHours(-3), read: 40, written: 40, failed: 0),
            // Started before the window: not counted.
            Run("demandes", RunStatus.Succeeded, now.AddHours(-30), read: 999, written: 999, failed: 0),
        ];

        var sut = SyncHistoryBuckets.Bucket(boundaries, now, runs, ["menages", "demandes"], new Dictionary<string, DateTimeOffset>());

        Assert.Equal(24, sut.Count);
        Assert.Equal((2, 1, 105L, 90L, 1L), (sut[23].Runs, sut[23].FailedRuns, sut[23].Read, sut[23].Written, sut[23].Failed));
        Assert.Equal((1, 0, 40L), (sut[20].Runs, sut[20].FailedRuns, sut[20].Read));
        Assert.Equal(3, sut.Sum(b => b.Runs));
        Assert.Equal(145, sut.Sum(b => b.Read));
        Assert.Equal(boundaries[23], sut[23].Start);
        Assert.Equal(boundaries[24], sut[23].End);
    }

    [Fact]
    public void Bucket_Lag_TheStalestStreamSinceItsLastSuccess()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 3, 12, 14, 30, 0, TimeSpan.Zero));
        var now = clock.GetUtcNow();
        var boundaries = SyncHistoryBuckets.Boundaries(SyncHistoryPeriod.Day, now, Paris);
        // menages succeeded 2 hours before the window, then again at 10:00; demandes only at 12:00; a failure never counts.
        var before = new Dictionary<string, DateTimeOffset> { ["menages"] = boundaries[0].AddHours(-2), ["other-connector-stream"] = now };
        RunPoint[] runs =
        [
            Run("menages", RunStatus.Succeeded, new DateTimeOffset(2026, 3, 12, 9, 59, 0, TimeSpan.Zero), finished: new DateTimeOffset(2026, 3, 12, 10, 0, 0, TimeSpan.Zero)),
            Run("demandes", RunStatus.Succeeded, new DateTimeOffset(2026, 3, 12, 11, 59, 0, TimeSpan.Zero), finished: new DateTimeOffset(2026, 3, 12, 12, 0, 0, TimeSpan.Zero)),
            Run("menages", RunStatus.Failed, new DateTimeOffset(2026, 3, 12, 13, 0, 0, TimeSpan.Zero), finished: new DateTimeOffset(2026, 3, 12, 13, 1, 0, TimeSpan.Zero)),
        ];

        var sut = SyncHistoryBuckets.Bucket(boundaries, now, runs, ["menages", "demandes"], before);

        // First bucket's end (16:00 the day before): menages 3 hours after its last success, demandes unknown.
        Assert.Equal(TimeSpan.FromHours(3).TotalSeconds, sut[0].LagSeconds);
        // 11:00: menages one hour after 10:00 (the earlier 3 h-old success no longer counts).
        Assert.Equal(TimeSpan.FromHours(1).TotalSeconds, sut[Index(sut, 10)].LagSeconds);
        // 13:00: demandes one hour after 12:00, menages three: the stalest stream.
        Assert.Equal(TimeSpan.FromHours(3).TotalSeconds, sut[Index(sut, 12)].LagSeconds);
        // The current bucket is measured now (14:30), not at its end: menages 4 h 30 after 10:00.
        Assert.Equal(TimeSpan.FromHours(4.5).TotalSeconds, sut[^1].LagSeconds);
    }

    [Fact]
    public void Bucket_NoSuccessEver_LagUnknown()
    {
        var now = new DateTimeOffset(2026, 3, 12, 14, 30, 0, TimeSpan.Zero);
        var boundaries = SyncHistoryBuckets.Boundaries(SyncHistoryPeriod.Week, now, Paris);

        var sut = SyncHistoryBuckets.Bucket(boundaries, now, [Run("menages", RunStatus.Failed, now.AddDays(-1))], ["menages"], new Dictionary<string, DateTimeOffset>());

        Assert.Equal(28, sut.Count);
        Assert.All(sut, b => Assert.Null(b.LagSeconds));
        Assert.Equal(1, sut.Sum(b => b.FailedRuns));
    }

    private static int Index(IReadOnlyList<HistoryBucket> buckets, int utcHour) =>
        buckets.ToList().FindIndex(b => b.Start.Day == 12 && b.Start.Hour == utcHour);

    private static RunPoint Run(string stream, string status, DateTimeOffset started, int read = 0, int written = 0, int failed = 0, DateTimeOffset? finished = null) =>
        new("siao", stream, status, started, finished ?? started.AddMinutes(1), read, written, failed);
}
