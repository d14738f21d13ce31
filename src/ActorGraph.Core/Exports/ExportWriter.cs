using System.Globalization;
using System.Text;
using ActorGraph.Core.Model;
using ActorGraph.Core.Storage;

namespace ActorGraph.Core.Exports;

/// <summary>Writes an <see cref="ExportedGraph"/> in a format; the values every format shares are worked out here once.</summary>
public static class ExportWriter
{
    public static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>Writes synchronously, streaming to a file; a web response buffers it first (exports there are bounded).</summary>
    public static void Write(ExportedGraph graph, ExportFormat format, Stream output, CancellationToken cancellationToken = default)
    {
        switch (format)
        {
            case ExportFormat.GraphML: GraphMLWriter.Write(graph, output, cancellationToken); break;
            case ExportFormat.Gexf: GexfWriter.Write(graph, output, cancellationToken); break;
            case ExportFormat.Json: NodeLinkJsonWriter.Write(graph, output, cancellationToken); break;
            case ExportFormat.Csv: Neo4jCsvWriter.Write(graph, output, cancellationToken); break;
            default: CypherScriptWriter.Write(graph, output, cancellationToken); break;
        }
    }

    public static bool TryParse(string? text, out ExportFormat format) =>
        Enum.TryParse(text ?? "", ignoreCase: true, out format) && Enum.IsDefined(format) && !int.TryParse(text, out _);

    public static string Name(ExportFormat format) => format.ToString().ToLowerInvariant();

    /// <summary>The file ending a user's tools expect: <c>.graphml</c>, <c>.gexf</c>, <c>.json</c>, <c>.zip</c> (CSV files), <c>.cypher</c>.</summary>
    public static string Extension(ExportFormat format) => format switch
    {
        ExportFormat.Csv => ".zip",
        _ => "." + Name(format),
    };

    public static string ContentType(ExportFormat format) => format switch
    {
        ExportFormat.GraphML or ExportFormat.Gexf => "application/xml; charset=utf-8",
        ExportFormat.Json => "application/json; charset=utf-8",
        ExportFormat.Csv => "application/zip",
        _ => "text/plain; charset=utf-8",
    };

    public static string Date(PartialDate? date) => date?.ToString() ?? "";

    /// <summary>The first day of a date's period, for formats whose dates are days (GEXF intervals, Neo4j <c>date</c>).</summary>
    public static string Day(PartialDate? date) => Day(date?.Value);

    /// <summary>A day as ISO text (<c>2014-11-06</c>); empty for none.</summary>
    public static string Day(DateOnly? day) => day?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "";

    public static string Number(double value) => value.ToString("0.###", CultureInfo.InvariantCulture);

    public static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>One evidence sentence as a line: <c>[2014-11-05] author, Title (doc.txt): sentence</c>.</summary>
    public static string EvidenceLine(StoredEvidence evidence)
    {
        var who = evidence.Evidence.ClaimedBy is { } claimant ? $"claim by {claimant}" : ModelNames.Of(evidence.Evidence.Attribution);
        return $"[{evidence.Evidence.Date?.ToString() ?? "undated"}] {who}, {evidence.Document.Title} ({evidence.Document.Key}): {evidence.Evidence.Sentence}";
    }

    /// <summary>A description of what the export holds, for the formats that carry one.</summary>
    public static string Description(ExportedGraph graph)
    {
        var parts = new List<string> { $"{graph.Actors.Count} actors, {graph.Edges.Count} relations" };
        if (graph.Filter.AsOf is { } asOf)
            parts.Add($"as of {asOf:yyyy-MM-dd}");
        if (graph.Filter.Kinds is { } kinds)
            parts.Add("kinds " + string.Join(", ", kinds.Order().Select(ModelNames.Of)));
        return "ActorGraph export: " + string.Join("; ", parts);
    }
}
