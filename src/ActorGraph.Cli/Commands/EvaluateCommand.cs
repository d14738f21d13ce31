using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using ActorGraph.Core;
using ActorGraph.Core.Evaluation;
using ActorGraph.Core.Extraction;
using ActorGraph.Core.Model;

namespace ActorGraph.Cli.Commands;

/// <summary>
/// <c>actorgraph evaluate [paths...] [--verbose] [--json] [--aliases FILE] [--predictions FILE]</c>: extracts every
/// document that has a gold file beside it (<c>NAME.gold.json</c>) and scores the result against it.
/// </summary>
internal static class EvaluateCommand
{
    public static Command Create(CliConsole console)
    {
        var paths = CommonOptions.Paths("Documents or folders with NAME.gold.json beside NAME.txt (default: seed/).");
        var verbose = new Option<bool>("--verbose", "-v") { Description = "List every hit, miss, extra, unknown actor and must-not violation." };
        var json = new Option<bool>("--json") { Description = "Print the scores as JSON (totals and per document)." };
        var aliases = new Option<string?>("--aliases")
        {
            Description = "An alias list ({\"actors\": {name: [aliases]}, \"same_as\": {name: name}}) naming actors the gold files do not.",
        };
        var predictions = new Option<string?>("--predictions")
        {
            Description = "Score these relations (extract --format jsonl output) instead of extracting now.",
        };
        var lexicon = CommonOptions.LexiconFolder();
        var jobs = CommonOptions.Jobs();
        var command = new Command("evaluate", "Score extraction against gold annotations: precision, recall and F1 per document and in total.")
        {
            paths, verbose, json, aliases, predictions, lexicon, jobs,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var given = parse.GetValue(paths) is { Length: > 0 } p ? p : ["seed"];
            var golds = GoldFiles(given).Select(GoldFile.Load).ToList();
            if (golds.Count == 0)
                throw new InputException(string.Join(" ", given), 0, "no gold files (NAME.gold.json beside NAME.txt) to evaluate against");
            var predicted = parse.GetValue(predictions) is { } file ? ReadPredictions(file)
                : await ExtractAsync(golds, Lexicon.Load(Lexicon.Locate(parse.GetValue(lexicon))), parse.GetValue(jobs), console, cancellationToken);
            var aliasList = parse.GetValue(aliases) is { } a ? ExtractionScorer.AliasList.Load(a) : null;
            var result = ExtractionScorer.Score(golds, predicted, aliasList);
            if (parse.GetValue(json))
                console.Out.WriteLine(JsonSerializer.Serialize(Json(result), new JsonSerializerOptions { WriteIndented = true }));
            else
                WriteTable(console.Out, result, parse.GetValue(verbose));
            return ActorGraphCli.Ok;
        });
        return command;
    }

    /// <summary>The gold files among the given paths: given directly, found in folders, or beside a given document.</summary>
    private static List<string> GoldFiles(IEnumerable<string> paths)
    {
        var golds = new List<string>();
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
                golds.AddRange(Directory.EnumerateFiles(path, "*.gold.json", SearchOption.AllDirectories).Order(StringComparer.Ordinal));
            else if (path.EndsWith(".gold.json", StringComparison.OrdinalIgnoreCase) && File.Exists(path))
                golds.Add(path);
            else if (File.Exists(path) && File.Exists(Path.ChangeExtension(path, null) + ".gold.json"))
                golds.Add(Path.ChangeExtension(path, null) + ".gold.json");
            else if (!File.Exists(path))
                throw new InputException(path, 0, "no such file or folder");
        }
        return golds.Distinct().ToList();
    }

    /// <summary>
    /// Extracts the document each gold file annotates (beside it, named by its "document" field), on
    /// <paramref name="jobs"/> threads, taking the results in the gold files' order.
    /// </summary>
    private static async Task<List<ScoredPrediction>> ExtractAsync(IEnumerable<GoldFile> golds, Lexicon lexicon, int jobs, CliConsole console,
        CancellationToken cancellationToken)
    {
        var extractor = lexicon.CreateExtractor();
        var predictions = new List<ScoredPrediction>();
        Task<Annotated> ExtractOneAsync(GoldFile gold, CancellationToken token)
        {
            var document = Path.Combine(Path.GetDirectoryName(gold.Path) ?? ".", gold.Document);
            return Task.FromResult(new Annotated(gold, document, File.Exists(document) ? extractor.Extract(DocumentReader.ReadFile(document), token) : null));
        }
        await foreach (var (gold, document, result) in InOrder.RunAsync(golds, ExtractOneAsync, jobs, cancellationToken))
        {
            if (result is null)
            {
                console.Error.WriteLine($"skipped {gold.Path}: its document {document} is not there");
                continue;
            }
            foreach (var r in result.Relations)
                predictions.Add(new ScoredPrediction(r.Evidence.DocumentKey, r.Source, r.Target, ModelNames.Of(r.Kind),
                    r.Evidence.Date?.ToString(), ModelNames.Of(r.Evidence.Attribution)));
        }
        return predictions;
    }

    /// <summary>A gold file, the document it annotates, and that document's extraction (null when it is not there).</summary>
    private sealed record Annotated(GoldFile Gold, string Document, ExtractionResult? Result);

    private static List<ScoredPrediction> ReadPredictions(string file)
    {
        var predictions = new List<ScoredPrediction>();
        var lines = File.Exists(file) ? File.ReadAllLines(file) : throw new InputException(file, 0, "no such file");
        for (var i = 0; i < lines.Length; i++)
        {
            if (lines[i].Trim().Length == 0)
                continue;
            try
            {
                using var row = JsonDocument.Parse(lines[i]);
                string? Field(string name) => row.RootElement.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
                predictions.Add(new ScoredPrediction(Field("document") ?? "", Field("source") ?? "", Field("target") ?? "", Field("kind") ?? "",
                    Field("date"), Field("attribution") ?? "author"));
            }
            catch (JsonException e)
            {
                throw new InputException(file, i + 1, $"not JSON: {e.Message.Split(". ")[0]}");
            }
        }
        return predictions;
    }

    private static void WriteTable(TextWriter output, EvaluationResult result, bool verbose)
    {
        static string F(double x) => x.ToString("0.000", CultureInfo.InvariantCulture);
        var rows = result.Documents.Select(d => (IReadOnlyList<string>)
            [Path.GetFileNameWithoutExtension(d.Document), F(d.Precision), F(d.Recall), F(d.F1), $"{d.Hits.Count}/{d.Required}",
             $"{d.DatedHit}/{d.Dated}", d.Violations.Count.ToString(CultureInfo.InvariantCulture)]).ToList();
        rows.Add(["total", F(result.Precision), F(result.Recall), F(result.F1), $"{result.Hits}/{result.Required}",
            $"{result.DatedHit}/{result.Dated}", result.Violations.ToString(CultureInfo.InvariantCulture)]);
        TextTable.Write(output, ["document", "precision", "recall", "f1", "required", "dates", "must-not"], rows, maxWidth: 60);
        if (verbose)
            foreach (var d in result.Documents)
            {
                output.WriteLine($"== {d.Document}");
                foreach (var k in d.Hits) output.WriteLine($"  hit    {k}");
                foreach (var k in d.OptionalHits) output.WriteLine($"  hit (optional) {k}");
                foreach (var k in d.Misses) output.WriteLine($"  missed {k}");
                foreach (var k in d.Extras) output.WriteLine($"  extra  {k}");
                foreach (var p in d.Unresolved) output.WriteLine($"  unknown actor: {p.Source} -{p.Kind}-> {p.Target}");
                foreach (var p in d.Violations) output.WriteLine($"  MUST-NOT VIOLATION: {p.Source} -{p.Kind}-> {p.Target}");
            }
        output.WriteLine(result.Summary());
    }

    private static object Json(EvaluationResult r) => new
    {
        tp = r.Hits, fn = r.Misses, fp = r.Extras, required = r.Required, required_hit = r.Hits, dated = r.Dated, dated_hit = r.DatedHit,
        gold_dates = r.GoldDates, violations = r.Violations, unresolved = r.Unresolved,
        precision = Math.Round(r.Precision, 3), recall = Math.Round(r.Recall, 3), f1 = Math.Round(r.F1, 3),
        documents = r.Documents.Select(d => new
        {
            document = d.Document, precision = Math.Round(d.Precision, 3), recall = Math.Round(d.Recall, 3), f1 = Math.Round(d.F1, 3),
            required = d.Required, required_hit = d.Hits.Count, dated = d.Dated, dated_hit = d.DatedHit,
            hits = d.Hits.Select(k => k.ToString()), optional_hits = d.OptionalHits.Select(k => k.ToString()),
            misses = d.Misses.Select(k => k.ToString()), extras = d.Extras.Select(k => k.ToString()),
            unresolved = d.Unresolved.Select(p => $"{p.Source} -{p.Kind}-> {p.Target}"),
            violations = d.Violations.Select(p => $"{p.Source} -{p.Kind}-> {p.Target}"),
        }),
    };
}
