using System.Diagnostics;
using System.Globalization;
using System.Text.Json.Nodes;
using Hub.Identity.Matching;
using Hub.Identity.Synthetic;

namespace Hub.Bench.Scenarios;

/// <summary>
/// Identity resolution at scale on a seeded synthetic population: batch de-duplication of N records (time, peak RSS,
/// pairwise precision/recall/F1 against the truth), then single-record matching against the full index (p50/p99 over
/// 10,000 queries: half are known persons seen from a new source, half are persons the index has never seen).
/// </summary>
internal sealed class MatchScenario : IScenario
{
    private const int Queries = 10_000;

    public Task<JsonObject> RunAsync(BenchArguments arguments, CancellationToken cancellationToken)
    {
        var records = arguments.Persons ?? (int?)arguments.Records ?? (arguments.Quick ? 20_000 : 1_000_000);
        var generation = Stopwatch.StartNew();
        var set = SyntheticPopulation.Generate(new SyntheticOptions { Records = records, Seed = 20261204 });
        var strangers = SyntheticPopulation.Generate(new SyntheticOptions { Records = Queries / 2, Seed = 99 });
        generation.Stop();
        var before = PeakMemory.PeakRssMiB();

        var index = new PersonIndex(capacity: records);
        var batch = Stopwatch.StartNew();
        var result = index.Deduplicate(set.Records);
        batch.Stop();
        var peak = PeakMemory.PeakRssMiB();
        var quality = QualityHarness.Measure(set, result);

        var latencies = SingleMatches(index, set, strangers, out var outcomes);
        Array.Sort(latencies);
        double Percentile(double p) => latencies[Math.Min(latencies.Length - 1, (int)(p * latencies.Length))];

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"match: {records} records ({set.PersonCount} true persons, generated in {generation.Elapsed.TotalSeconds:F1} s); batch de-dup {batch.Elapsed.TotalSeconds:F1} s, {result.PairsCompared} pairs compared, {result.AutoLinks} auto-links, {result.Reviews.Count} reviews; peak RSS {peak:F0} MiB (before the batch {before:F0} MiB)"));
        Console.WriteLine($"match: quality {quality}");
        Console.WriteLine($"match: batch phases {result.Timings}");
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"match: single record against {records}: p50 {Percentile(0.50):F3} ms, p99 {Percentile(0.99):F3} ms, max {latencies[^1]:F3} ms over {latencies.Length} queries ({outcomes})"));
        return Task.FromResult(new JsonObject
        {
            ["scenario"] = "match",
            ["records"] = records,
            ["truePersons"] = set.PersonCount,
            ["batchSeconds"] = Math.Round(batch.Elapsed.TotalSeconds, 2),
            ["normaliseSeconds"] = Math.Round(result.Timings?.NormaliseSeconds ?? 0, 2),
            ["indexSeconds"] = Math.Round(result.Timings?.IndexSeconds ?? 0, 2),
            ["compareSeconds"] = Math.Round(result.Timings?.CompareSeconds ?? 0, 2),
            ["pairsCompared"] = result.PairsCompared,
            ["autoLinks"] = result.AutoLinks,
            ["reviews"] = result.Reviews.Count,
            ["peakRssMiB"] = Math.Round(peak, 1),
            ["rssBeforeBatchMiB"] = Math.Round(before, 1),
            ["precision"] = Math.Round(quality.Precision, 5),
            ["recall"] = Math.Round(quality.Recall, 5),
            ["f1"] = Math.Round(quality.F1, 5),
            ["queries"] = latencies.Length,
            ["singleP50Ms"] = Math.Round(Percentile(0.50), 4),
            ["singleP99Ms"] = Math.Round(Percentile(0.99), 4),
            ["singleMaxMs"] = Math.Round(latencies[^1], 4),
        });
    }

    private static double[] SingleMatches(PersonIndex index, SyntheticSet set, SyntheticSet strangers, out string outcomes)
    {
        var random = new Random(5);
        var queries = new List<PersonRecord>(Queries);
        for (var i = 0; i < Queries / 2; i++)
        {
            // A known person arriving from a new source record (a new id, so the source-id shortcut does not apply).
            var known = set.Records[random.Next(set.Records.Count)];
            queries.Add(known with { Source = "bench", SourceId = string.Create(CultureInfo.InvariantCulture, $"q{i}") });
        }

        queries.AddRange(strangers.Records.Select((r, i) => r with { Source = "bench", SourceId = string.Create(CultureInfo.InvariantCulture, $"s{i}") }));
        var counts = new Dictionary<MatchOutcome, int>();
        var latencies = new double[queries.Count];
        for (var i = 0; i < queries.Count; i++)
        {
            var start = Stopwatch.GetTimestamp();
            var decision = index.Match(queries[i]);
            latencies[i] = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
            counts[decision.Outcome] = counts.GetValueOrDefault(decision.Outcome) + 1;
        }

        outcomes = string.Join(", ", counts.OrderBy(c => c.Key).Select(c => $"{c.Key} {c.Value}"));
        return latencies;
    }
}
