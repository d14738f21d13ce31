using ActorGraph.Benchmarks;
using BenchmarkDotNet.Running;

// `dotnet run -c Release --project bench/ActorGraph.Benchmarks -- --filter '*'` (add --job short for a quick run);
// `... -- throughput [FOLDER] [ROUNDS]`: extraction MB/s on real documents against a SearchValues pass.
if (args.Length > 0 && args[0] == "throughput")
    return Throughput.Run(args[1..]);
BenchmarkSwitcher.FromAssembly(typeof(ExtractionBenchmarks).Assembly).Run(args);
return 0;
