using BenchmarkDotNet.Running;

// dotnet run -c Release --project bench/Hub.Bench.Micro -- --filter '*'            (full, a few minutes)
// dotnet run -c Release --project bench/Hub.Bench.Micro -- --filter '*' --job dry   (smoke: each benchmark once)
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
