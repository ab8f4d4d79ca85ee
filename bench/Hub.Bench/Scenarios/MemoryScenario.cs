using System.Diagnostics;
using System.Globalization;
using System.Text.Json.Nodes;
using Hub.Sync.Runs;
using Microsoft.Extensions.DependencyInjection;

namespace Hub.Bench.Scenarios;

/// <summary>An initial sync of many households: peak RSS (from /proc) and records per second. Pages are streamed, so
/// the peak should not grow with the number of records.</summary>
internal sealed class MemoryScenario : IScenario
{
    public async Task<JsonObject> RunAsync(BenchArguments arguments, CancellationToken cancellationToken)
    {
        var households = arguments.Records ?? (arguments.Quick ? 1_000 : 1_000_000);
        await using var hub = await BenchHub.StartAsync(arguments.Database, households, cancellationToken);
        var before = PeakMemory.PeakRssMiB();
        var watch = Stopwatch.StartNew();
        var run = await hub.Host.Services.GetRequiredService<StreamRunner>().RunAsync("siao", "menages", RunTrigger.Manual, "bench", cancellationToken);
        watch.Stop();
        var peak = PeakMemory.PeakRssMiB();
        var perSecond = run.RecordsRead / watch.Elapsed.TotalSeconds;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"memory {arguments.Database}: {run.RecordsRead} records ({run.Status}) in {watch.Elapsed.TotalSeconds:F1} s = {perSecond:F0} records/s; peak RSS {peak:F0} MiB (before the sync {before:F0} MiB)"));
        return new JsonObject
        {
            ["scenario"] = "memory",
            ["db"] = arguments.Database,
            ["households"] = households,
            ["records"] = run.RecordsRead,
            ["status"] = run.Status,
            ["seconds"] = Math.Round(watch.Elapsed.TotalSeconds, 3),
            ["recordsPerSecond"] = Math.Round(perSecond, 1),
            ["peakRssMiB"] = Math.Round(peak, 1),
            ["rssBeforeSyncMiB"] = Math.Round(before, 1),
        };
    }
}
