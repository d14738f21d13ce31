using ActorGraph.Core.Extraction;
using ActorGraph.Core.Model;
using BenchmarkDotNet.Attributes;

namespace ActorGraph.Benchmarks;

/// <summary>
/// Extraction time as the dictionary grows (seed dictionary as the baseline, then +10,000 actors) and as the
/// text grows (200 and 800 sentences): the ratios show the cost is flat in dictionary size and linear in text.
/// </summary>
[MemoryDiagnoser]
public class ExtractionBenchmarks
{
    private SourceDocument _short = null!;
    private SourceDocument _long = null!;
    private RelationExtractor _seedDictionary = null!;
    private RelationExtractor _largeDictionary = null!;

    [GlobalSetup]
    public void Setup()
    {
        var seed = ActorGraph.Testing.RepositoryPaths.Seed;
        var lexicon = Lexicon.Load(seed);
        _seedDictionary = lexicon.CreateExtractor();
        var large = ActorDictionary.Load(Path.Combine(seed, Lexicon.ActorsFile));
        foreach (var actor in SyntheticCorpus.InventedActors(10_000))
            large.Add(actor);
        _largeDictionary = new RelationExtractor(large, lexicon.Cues);
        _short = DocumentReader.Parse(SyntheticCorpus.Document(200), "short.txt");
        _long = DocumentReader.Parse(SyntheticCorpus.Document(800), "long.txt");
    }

    [Benchmark(Baseline = true, Description = "200 sentences, seed dictionary")]
    public int SeedDictionary() => _seedDictionary.Extract(_short).Relations.Count;

    [Benchmark(Description = "200 sentences, seed dictionary + 10,000 actors")]
    public int LargeDictionary() => _largeDictionary.Extract(_short).Relations.Count;

    [Benchmark(Description = "800 sentences, seed dictionary")]
    public int FourTimesTheText() => _seedDictionary.Extract(_long).Relations.Count;
}
