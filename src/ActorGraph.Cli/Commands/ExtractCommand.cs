using System.CommandLine;
using System.Text.Json;
using ActorGraph.Core.Extraction;
using ActorGraph.Core.Model;

namespace ActorGraph.Cli.Commands;

/// <summary><c>actorgraph extract [paths...] --format jsonl|json|table</c>: extraction only, nothing stored.</summary>
internal static class ExtractCommand
{
    public static Command Create(CliConsole console)
    {
        var paths = CommonOptions.Paths("Document files or folders (default: seed/).");
        var format = new Option<string>("--format", "-f")
        {
            Description = "jsonl (one relation a line), json (documents with actors and relations) or table.",
            DefaultValueFactory = _ => "table",
        };
        format.AcceptOnlyFromAmong("jsonl", "json", "table");
        var lexicon = CommonOptions.LexiconFolder();
        var jobs = CommonOptions.Jobs();
        var command = new Command("extract", "Extract actors and relations from documents and print them; nothing is stored.")
        {
            paths, format, lexicon, jobs,
        };
        var limits = new CommonOptions.LimitOptions();
        foreach (var option in limits.All)
            command.Options.Add(option);
        command.SetAction(async (parse, cancellationToken) =>
        {
            var bounds = limits.Read(parse);
            var extractor = Lexicon.Load(Lexicon.Locate(parse.GetValue(lexicon))).CreateExtractor(bounds);
            var files = DocumentFiles.Expand(parse.GetValue(paths) is { Length: > 0 } given ? given : ["seed"]);
            var results = new List<ExtractionResult>();
            var failed = 0;
            // A document that cannot be read or extracted is reported in its turn, as a one-thread run would.
            Task<Extracted> ExtractAsync(string file, CancellationToken token)
            {
                try
                {
                    return Task.FromResult(new Extracted(file, extractor.Extract(DocumentReader.ReadFile(file, bounds.MaxDocumentBytes), token)));
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    return Task.FromResult(new Extracted(file, Failure: e));
                }
            }
            await foreach (var (file, result, failure) in InOrder.RunAsync(files, ExtractAsync, parse.GetValue(jobs), cancellationToken))
            {
                if (result is null)
                {
                    console.Error.WriteLine($"skipped {DocumentFailure.Reason(file, failure!)}");
                    failed++;
                    continue;
                }
                foreach (var note in result.Notes)
                    console.Error.WriteLine($"read in part {file}: {note}");
                results.Add(result);
            }
            Write(console.Out, parse.GetValue(format)!, results);
            return failed > 0 ? ActorGraphCli.BadInput : ActorGraphCli.Ok;
        });
        return command;
    }

    /// <summary>One file's extraction, or why it failed.</summary>
    private sealed record Extracted(string File, ExtractionResult? Result = null, Exception? Failure = null);

    private static void Write(TextWriter output, string format, IReadOnlyList<ExtractionResult> results)
    {
        switch (format)
        {
            case "jsonl":
                foreach (var r in results.SelectMany(r => r.Relations))
                    output.WriteLine(JsonSerializer.Serialize(RelationJson.From(r), RelationJson.Options));
                break;
            case "json":
                var documents = results.Select(r => new
                {
                    document = r.Document.Key,
                    title = r.Document.Title,
                    published = r.Document.Published?.ToString("yyyy-MM-dd"),
                    actors = r.Actors.Select(a => new { name = a.Name, type = ModelNames.Of(a.Type), discovered = a.Discovered }),
                    relations = r.Relations.Select(RelationJson.From),
                });
                output.WriteLine(JsonSerializer.Serialize(documents, new JsonSerializerOptions(RelationJson.Options) { WriteIndented = true }));
                break;
            default:
                TextTable.Write(output, ["document", "source", "kind", "target", "date", "by", "conf", "evidence"],
                    results.SelectMany(r => r.Relations).Select(r => (IReadOnlyList<string>)
                    [
                        r.Evidence.DocumentKey, r.Source, ModelNames.Of(r.Kind), r.Target, r.Evidence.Date?.ToString() ?? "",
                        r.Evidence.Attribution == Attribution.Claim ? $"claim:{r.Evidence.ClaimedBy}" : ModelNames.Of(r.Evidence.Attribution),
                        r.Evidence.Confidence.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture), r.Evidence.Sentence,
                    ]), maxWidth: 40);
                break;
        }
    }
}
