using System.Diagnostics;
using System.Globalization;
using System.Text.Json.Nodes;
using Hub.Storage;
using Hub.Storage.Bulk;
using Hub.Storage.Sync;
using Hub.Storage.Entities;
using Hub.Sync.Runs;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Hub.Bench.Scenarios;

/// <summary>
/// Records pulled from the SI-SIAO simulator through the whole pipeline (HTTP fetch → archive → contract check → map →
/// identity hook → store → outbox → cursor) per second, against the storage floor: the same canonical rows written
/// straight into a fresh database of the same engine by batched inserts, in the same run.
/// </summary>
internal sealed class IngestScenario : IScenario
{
    private const int FloorBatch = 20_000;

    public async Task<JsonObject> RunAsync(BenchArguments arguments, CancellationToken cancellationToken)
    {
        var households = arguments.Records ?? (arguments.Quick ? 300 : 20_000);
        var (ingest, rows, peakMiB) = await IngestAsync(arguments.Database, households, cancellationToken);
        var floor = await FloorAsync(arguments.Database, rows, cancellationToken);

        var recordsPerSecond = ingest.Records / ingest.Elapsed.TotalSeconds;
        var floorPerSecond = ingest.Records / floor.TotalSeconds;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"ingest {arguments.Database}: {ingest.Records} records in {ingest.Elapsed.TotalSeconds:F2} s = {recordsPerSecond:F0} records/s; floor {floor.TotalSeconds:F2} s = {floorPerSecond:F0} records/s; ratio {recordsPerSecond / floorPerSecond:F3}"));
        return new JsonObject
        {
            ["scenario"] = "ingest",
            ["db"] = arguments.Database,
            ["households"] = households,
            ["records"] = ingest.Records,
            ["canonicalRows"] = rows.Count,
            ["seconds"] = Math.Round(ingest.Elapsed.TotalSeconds, 3),
            ["recordsPerSecond"] = Math.Round(recordsPerSecond, 1),
            ["floorSeconds"] = Math.Round(floor.TotalSeconds, 3),
            ["floorRecordsPerSecond"] = Math.Round(floorPerSecond, 1),
            ["ratioToFloor"] = Math.Round(recordsPerSecond / floorPerSecond, 4),
            ["peakRssMiB"] = Math.Round(peakMiB, 1),
        };
    }

    /// <summary>Runs the siao ménages stream from an empty store; returns the records read, the time, and the rows it wrote.</summary>
    internal static async Task<((int Records, TimeSpan Elapsed) Ingest, CanonicalRows Rows, double PeakMiB)> IngestAsync(
        string database, long households, CancellationToken cancellationToken)
    {
        await using var hub = await BenchHub.StartAsync(database, households, cancellationToken);
        var runner = hub.Host.Services.GetRequiredService<StreamRunner>();
        var watch = Stopwatch.StartNew();
        var run = await runner.RunAsync("siao", "menages", RunTrigger.Manual, "bench", cancellationToken);
        watch.Stop();
        if (run.Status != RunStatus.Succeeded)
        {
            throw new InvalidOperationException($"Ingest run {run.Status}: {run.Error}");
        }

        var peak = PeakMemory.PeakRssMiB();
        await using var scope = hub.Host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<HubDbContext>();
        var rows = new CanonicalRows(
            await db.Resources.AsNoTracking().ToListAsync(cancellationToken),
            await db.ResourceVersions.AsNoTracking().ToListAsync(cancellationToken),
            await db.Identifiers.AsNoTracking().ToListAsync(cancellationToken),
            await db.HouseholdMembers.AsNoTracking().ToListAsync(cancellationToken),
            await db.TimelineEvents.AsNoTracking().ToListAsync(cancellationToken),
            await db.References.AsNoTracking().ToListAsync(cancellationToken),
            await db.FieldProvenance.AsNoTracking().ToListAsync(cancellationToken),
            await db.SourceLinks.AsNoTracking().ToListAsync(cancellationToken),
            await db.Outbox.AsNoTracking().ToListAsync(cancellationToken));
        return ((run.RecordsRead, watch.Elapsed), rows, peak);
    }

    /// <summary>
    /// Every row the pipeline left (resources, history, indexes, field provenance, source links, outbox) into a fresh
    /// database of the same engine by the fastest bulk path there is (PostgreSQL binary COPY, SQLite prepared inserts),
    /// one transaction per batch: what writing the sync's result costs with nothing else to do.
    /// </summary>
    private static async Task<TimeSpan> FloorAsync(string database, CanonicalRows rows, CancellationToken cancellationToken)
    {
        await using var hub = await BenchHub.StartAsync(database, 1, cancellationToken);
        var all = rows.All.ToList();
        var watch = Stopwatch.StartNew();
        for (var start = 0; start < all.Count; start += FloorBatch)
        {
            await using var scope = hub.Host.Services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<HubDbContext>();
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            await BulkSave.InsertAsync(db, all.GetRange(start, Math.Min(FloorBatch, all.Count - start)), cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }

        watch.Stop();
        return watch.Elapsed;
    }
}

internal sealed record CanonicalRows(
    IReadOnlyList<ResourceRow> Resources,
    IReadOnlyList<ResourceVersionRow> Versions,
    IReadOnlyList<IdentifierRow> Identifiers,
    IReadOnlyList<HouseholdMemberRow> Members,
    IReadOnlyList<TimelineEventRow> Events,
    IReadOnlyList<ResourceReferenceRow> References,
    IReadOnlyList<FieldProvenanceRow> Provenance,
    IReadOnlyList<SourceLinkRow> SourceLinks,
    IReadOnlyList<OutboxRow> Outbox)
{
    public IEnumerable<object> All =>
        [.. Resources, .. Versions, .. Identifiers, .. Members, .. Events, .. References, .. Provenance, .. SourceLinks, .. Outbox];

    public int Count => All.Count();
}
