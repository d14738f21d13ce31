using ActorGraph.Benchmarks;
using BenchmarkDotNet.Running;

// `dotnet run -c Release --project bench/ActorGraph.Benchmarks -- --filter '*'` (add --job short for a quick run).
BenchmarkSwitcher.FromAssembly(typeof(ExtractionBenchmarks).Assembly).Run(args);
