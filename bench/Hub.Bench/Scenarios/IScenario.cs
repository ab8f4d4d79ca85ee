using System.Text.Json.Nodes;

namespace Hub.Bench.Scenarios;

internal interface IScenario
{
    Task<JsonObject> RunAsync(BenchArguments arguments, CancellationToken cancellationToken);
}
