using Hub.Bench;
using Hub.Bench.Scenarios;

// dotnet run -c Release --project bench/Hub.Bench -- <scenario> [--db sqlite|postgres] [--records N] [--persons N] [--quick]
var arguments = BenchArguments.Parse(args);
IScenario? scenario = arguments.Scenario switch
{
    "ingest" => new IngestScenario(),
    "memory" => new MemoryScenario(),
    "propagation" => new PropagationScenario(),
    "match" => new MatchScenario(),
    "timeline" => new TimelineScenario(),
    _ => null,
};

if (scenario is null)
{
    Console.Error.WriteLine("usage: Hub.Bench <ingest|memory|propagation|match|timeline> [--db sqlite|postgres] [--records N] [--persons N] [--households N --events-per-household N --clients N] [--quick]");
    Console.Error.WriteLine("PostgreSQL: set HUB_BENCH_POSTGRES to an admin connection string (a database is created per run).");
    return 2;
}

var result = await scenario.RunAsync(arguments, CancellationToken.None);
// The last line is one JSON object with the scenario, its parameters and every figure (CI and notes read it).
Console.WriteLine(result.ToJsonString());
return 0;
