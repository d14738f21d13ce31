using System.Buffers;
using System.Diagnostics;
using ActorGraph.Core.Extraction;

namespace ActorGraph.Benchmarks;

/// <summary>
/// Extraction throughput on a folder of real documents, one core, against the floor of one
/// <see cref="SearchValues{T}"/> pass finding every name and alias of the dictionary in the same text, in the
/// same process; and bytes allocated per input byte. Prints the absolute figures and the ratio.
/// </summary>
internal static class Throughput
{
    public static int Run(string[] args)
    {
        var folder = args.Length > 0 ? args[0] : ActorGraph.Testing.RepositoryPaths.Seed;
        var rounds = args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 5;
        var lexicon = Lexicon.Load(ActorGraph.Testing.RepositoryPaths.Seed);
        var documents = DocumentFiles.Expand([folder]).Select(file => DocumentReader.ReadFile(file)).ToList();
        var bytes = documents.Sum(d => (long)System.Text.Encoding.UTF8.GetByteCount(d.Text));
        var names = lexicon.Actors.Actors.SelectMany(a => a.Aliases.Prepend(a.Name)).Distinct(StringComparer.OrdinalIgnoreCase).ToArray();
        var floor = SearchValues.Create(names, StringComparison.OrdinalIgnoreCase);
        var extractor = lexicon.CreateExtractor();

        int relations = 0, hits = 0;
        var extractSeconds = new List<double>();
        var floorSeconds = new List<double>();
        long allocated = 0;
        var paused = TimeSpan.Zero;
        var collections = 0;
        // Warm up for a few seconds first: the JIT recompiles hot code optimised only after it has run a while
        // (tiered compilation), and a few rounds on a small corpus measure unoptimised code three times slower.
        var warmUp = Stopwatch.StartNew();
        while (warmUp.Elapsed < TimeSpan.FromSeconds(5))
        {
            foreach (var document in documents)
                extractor.Extract(document);
            documents.Sum(d => CountNames(d.Text, floor));
        }
        for (var round = 1; round <= rounds; round++)
        {
            var (pauseBefore, collectionsBefore) = (GC.GetTotalPauseDuration(), GC.CollectionCount(0));
            var clock = Stopwatch.StartNew();
            var before = GC.GetAllocatedBytesForCurrentThread();
            relations = documents.Sum(d => extractor.Extract(d).Relations.Count);
            allocated = GC.GetAllocatedBytesForCurrentThread() - before;
            var extract = clock.Elapsed.TotalSeconds;
            paused += GC.GetTotalPauseDuration() - pauseBefore;
            collections += GC.CollectionCount(0) - collectionsBefore;
            clock.Restart();
            hits = documents.Sum(d => CountNames(d.Text, floor));
            var pass = clock.Elapsed.TotalSeconds;
            extractSeconds.Add(extract);
            floorSeconds.Add(pass);
        }
        double Median(List<double> values) => values.Order().ElementAt(values.Count / 2);
        double megabytes = bytes / 1e6, extractRate = megabytes / Median(extractSeconds), floorRate = megabytes / Median(floorSeconds);
        Console.WriteLine($"corpus: {folder}: {documents.Count} documents, {megabytes:F3} MB; dictionary: {names.Length} names; {rounds} rounds after 5 s of warm-up, medians");
        Console.WriteLine($"extraction: {extractRate:F2} MB/s ({relations} relations), {allocated / (double)bytes:F0} bytes allocated per input byte");
        // What the allocations cost in time: the collector's pauses while extraction ran.
        Console.WriteLine($"garbage collection paused extraction {100 * paused.TotalSeconds / extractSeconds.Sum():F1} % of the time ({collections} collections in {rounds} rounds)");
        Console.WriteLine($"SearchValues pass: {floorRate:F1} MB/s ({hits} names found)");
        Console.WriteLine($"extraction is {floorRate / extractRate:F0}x slower than the pass");
        return 0;
    }

    private static int CountNames(string text, SearchValues<string> names)
    {
        var count = 0;
        var rest = text.AsSpan();
        while (rest.IndexOfAny(names) is var at and >= 0)
        {
            count++;
            rest = rest[(at + 1)..];
        }
        return count;
    }
}
