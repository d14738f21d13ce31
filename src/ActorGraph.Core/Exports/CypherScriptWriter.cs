using System.Globalization;
using System.Text;
using ActorGraph.Core.Model;

namespace ActorGraph.Core.Exports;

/// <summary>
/// A Cypher script that recreates the graph in Neo4j (<c>cypher-shell -f graph.cypher</c>): constraints, then
/// actors, documents, relations and evidence, each with MERGE on its key so running it twice changes nothing.
/// Values are string literals escaped as Cypher reads them (backslash, quote, line breaks, control characters).
/// </summary>
public static class CypherScriptWriter
{
    public static void Write(ExportedGraph graph, Stream output, CancellationToken cancellationToken)
    {
        using var writer = new StreamWriter(output, ExportWriter.Utf8, leaveOpen: true);
        writer.Write($"// {ExportWriter.Description(graph)}\n");
        writer.Write("CREATE CONSTRAINT actor_name IF NOT EXISTS FOR (a:Actor) REQUIRE a.name IS UNIQUE;\n");
        writer.Write("CREATE CONSTRAINT document_key IF NOT EXISTS FOR (d:Document) REQUIRE d.key IS UNIQUE;\n");
        writer.Write("CREATE CONSTRAINT evidence_id IF NOT EXISTS FOR (e:Evidence) REQUIRE e.id IS UNIQUE;\n");
        foreach (var actor in graph.Actors)
            writer.Write($"MERGE (a:Actor {{name: {Literal(actor.Name)}}}) SET a.type = {Literal(ModelNames.Of(actor.Type))}, a.aliases = [{string.Join(", ", actor.Aliases.Select(Literal))}], a.discovered = {(actor.Discovered ? "true" : "false")};\n");
        foreach (var document in graph.Documents)
            writer.Write($"MERGE (d:Document {{key: {Literal(document.Key)}}}) SET d.title = {Literal(document.Title)}, d.published = {Date(document.Published)}, d.source = {Literal(document.Source)}, d.author = {Literal(document.Author)}, d.url = {Literal(document.Url)};\n");
        foreach (var edge in graph.Edges)
        {
            cancellationToken.ThrowIfCancellationRequested();
            writer.Write($"MATCH (a:Actor {{name: {Literal(edge.Edge.Source)}}}), (b:Actor {{name: {Literal(edge.Edge.Target)}}}) "
                + $"MERGE (a)-[r:{edge.Neo4jType} {{key: {Literal(edge.Key)}}}]->(b) "
                + $"SET r.kind = {Literal(ModelNames.Of(edge.Edge.Kind))}, r.symmetric = {(edge.Relation.IsSymmetric ? "true" : "false")}, "
                + $"r.validFrom = {Date(edge.Edge.ValidFrom)}, r.validTo = {Date(edge.Edge.ValidTo)}, "
                + $"r.firstSeen = {Literal(edge.Relation.FirstSeen?.ToString())}, r.lastSeen = {Literal(edge.Relation.LastSeen?.ToString())}, "
                + $"r.confidence = {ExportWriter.Number(edge.Relation.Confidence)}, r.evidenceCount = {edge.Evidence.Count};\n");
            foreach (var evidence in edge.Evidence)
            {
                var e = evidence.Evidence;
                writer.Write($"MATCH (d:Document {{key: {Literal(evidence.Document.Key)}}}) "
                    + $"MERGE (e:Evidence {{id: {Literal(ExportedEdge.EvidenceKey(edge, evidence))}}}) "
                    + $"SET e.relationKey = {Literal(edge.Key)}, e.sentence = {Literal(e.Sentence)}, e.date = {Literal(e.Date?.ToString())}, "
                    + $"e.dateText = {Literal(e.DateText)}, e.attribution = {Literal(ModelNames.Of(e.Attribution))}, e.claimedBy = {Literal(e.ClaimedBy)}, "
                    + $"e.confidence = {ExportWriter.Number(e.Confidence)}, e.background = {(e.Background ? "true" : "false")}, e.explanation = {Literal(e.Explanation)} "
                    + "MERGE (e)-[:IN]->(d);\n");
            }
        }
    }

    /// <summary>A Cypher string literal, or <c>null</c>: <c>'it\'s'</c>; line breaks and control characters as escapes.</summary>
    public static string Literal(string? text)
    {
        if (text is null)
            return "null";
        var literal = new StringBuilder(text.Length + 2).Append('\'');
        foreach (var c in text)
        {
            switch (c)
            {
                case '\\': literal.Append(@"\\"); break;
                case '\'': literal.Append(@"\'"); break;
                case '\n': literal.Append(@"\n"); break;
                case '\r': literal.Append(@"\r"); break;
                case '\t': literal.Append(@"\t"); break;
                default:
                    if (char.IsControl(c))
                        literal.Append(@"\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
                    else
                        literal.Append(c);
                    break;
            }
        }
        return literal.Append('\'').ToString();
    }

    private static string Date(PartialDate? date) => date is null ? "null" : $"date({Literal(ExportWriter.Day(date))})";

    private static string Date(DateOnly? day) => day is null ? "null" : $"date({Literal(ExportWriter.Day(day))})";
}
