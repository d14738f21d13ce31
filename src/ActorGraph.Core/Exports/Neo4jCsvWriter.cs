using System.IO.Compression;
using ActorGraph.Core.Model;

namespace ActorGraph.Core.Exports;

/// <summary>
/// CSV files for <c>neo4j-admin database import full</c> (the command is in the zip's <c>import.txt</c>): actors,
/// documents and evidence as nodes, relations as typed relationships (<c>ATTACKED</c>, <c>AFFILIATE_OF</c>,
/// <c>ALLIED_WITH</c>, <c>RIVAL_OF</c>) keyed <c>source|kind|target</c>, evidence tied to its document by
/// <c>IN</c> and to its relation by <c>relationKey</c>. Fields are quoted, quotes doubled; sentences may hold
/// line breaks (hence <c>--multiline-fields=true</c>); lists use <c>;</c> between items.
/// </summary>
public static class Neo4jCsvWriter
{
    public const string ImportCommand =
        "neo4j-admin database import full --multiline-fields=true --nodes=Actor=actors.csv --nodes=Document=documents.csv "
        + "--nodes=Evidence=evidence.csv --relationships=relations.csv --relationships=IN=evidence_in.csv neo4j";

    public static void Write(ExportedGraph graph, Stream output, CancellationToken cancellationToken)
    {
        using var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true);
        File(zip, "actors.csv", ["name:ID(Actor)", "type", "aliases:string[]", "discovered:boolean"],
            graph.Actors.Select(a => new[] { a.Name, ModelNames.Of(a.Type), string.Join(';', a.Aliases.Select(NoDelimiter)), a.Discovered ? "true" : "false" }));
        File(zip, "documents.csv", ["key:ID(Document)", "title", "published:date", "source", "author", "url"],
            graph.Documents.Select(d => new[] { d.Key, d.Title, ExportWriter.Day(d.Published), d.Source ?? "", d.Author ?? "", d.Url ?? "" }));
        File(zip, "relations.csv",
            [":START_ID(Actor)", ":END_ID(Actor)", ":TYPE", "key", "kind", "symmetric:boolean", "validFrom:date", "validTo:date", "firstSeen", "lastSeen", "confidence:double", "evidenceCount:int"],
            graph.Edges.Select(e => new[]
            {
                e.Edge.Source, e.Edge.Target, e.Neo4jType, e.Key, ModelNames.Of(e.Edge.Kind), e.Relation.IsSymmetric ? "true" : "false",
                ExportWriter.Day(e.Edge.ValidFrom), ExportWriter.Day(e.Edge.ValidTo), ExportWriter.Date(e.Relation.FirstSeen), ExportWriter.Date(e.Relation.LastSeen),
                ExportWriter.Number(e.Relation.Confidence), ExportWriter.Number(e.Evidence.Count),
            }));
        var evidence = graph.Edges.SelectMany(e => e.Evidence.Select(x => (Key: ExportedEdge.EvidenceKey(e, x), Edge: e, Row: x))).ToList();
        File(zip, "evidence.csv",
            ["id:ID(Evidence)", "relationKey", "sentence", "date", "dateText", "attribution", "claimedBy", "confidence:double", "background:boolean", "explanation"],
            evidence.Select(x => new[]
            {
                x.Key, x.Edge.Key, x.Row.Evidence.Sentence, ExportWriter.Date(x.Row.Evidence.Date), x.Row.Evidence.DateText ?? "",
                ModelNames.Of(x.Row.Evidence.Attribution), x.Row.Evidence.ClaimedBy ?? "", ExportWriter.Number(x.Row.Evidence.Confidence),
                x.Row.Evidence.Background ? "true" : "false", x.Row.Evidence.Explanation,
            }));
        File(zip, "evidence_in.csv", [":START_ID(Evidence)", ":END_ID(Document)"], evidence.Select(x => new[] { x.Key, x.Row.Document.Key }));
        using (var writer = new StreamWriter(zip.CreateEntry("import.txt").Open(), ExportWriter.Utf8))
            writer.Write($"{ExportWriter.Description(graph)}\n\nLoad into an empty database named neo4j (stopped), from this folder:\n\n{ImportCommand}\n");
        cancellationToken.ThrowIfCancellationRequested();
    }

    private static void File(ZipArchive zip, string name, string[] header, IEnumerable<string[]> rows)
    {
        using var writer = new StreamWriter(zip.CreateEntry(name).Open(), ExportWriter.Utf8);
        writer.Write(Line(header));
        foreach (var row in rows)
            writer.Write(Line(row));
    }

    /// <summary>Every field quoted, its quotes doubled: commas, quotes, backslashes and line breaks survive as they are.</summary>
    public static string Line(IEnumerable<string> fields) =>
        string.Join(',', fields.Select(f => "\"" + f.Replace("\"", "\"\"") + "\"")) + "\n";

    /// <summary>An alias holding the list delimiter would split in two; a comma stands in for it.</summary>
    private static string NoDelimiter(string alias) => alias.Replace(';', ',');
}
