using System.Text.Encodings.Web;
using System.Text.Json;
using ActorGraph.Core.Model;

namespace ActorGraph.Core.Exports;

/// <summary>
/// Node-link JSON as networkx reads it: <c>nx.node_link_graph(data, edges="links")</c> (networkx 3.4 and later;
/// older ones take <c>nx.node_link_graph(data)</c>) gives a directed multigraph keyed by kind. Nodes are actor names;
/// every link carries its validity and its evidence, each sentence with its document, date and who states it.
/// </summary>
public static class NodeLinkJsonWriter
{
    public static void Write(ExportedGraph graph, Stream output, CancellationToken cancellationToken)
    {
        // Non-Latin names and sentences as they are, not \u escapes: the file is read by people too.
        using var json = new Utf8JsonWriter(output, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        json.WriteStartObject();
        json.WriteBoolean("directed", true);
        json.WriteBoolean("multigraph", true);
        json.WriteStartObject("graph");
        json.WriteString("name", "ActorGraph");
        json.WriteString("description", ExportWriter.Description(graph));
        if (graph.Filter.AsOf is { } asOf)
            json.WriteString("asOf", ExportWriter.Day(asOf));
        json.WriteEndObject();
        json.WriteStartArray("nodes");
        foreach (var actor in graph.Actors)
        {
            json.WriteStartObject();
            json.WriteString("id", actor.Name);
            json.WriteString("type", ModelNames.Of(actor.Type));
            json.WriteStartArray("aliases");
            foreach (var alias in actor.Aliases)
                json.WriteStringValue(alias);
            json.WriteEndArray();
            json.WriteBoolean("discovered", actor.Discovered);
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteStartArray("links");
        foreach (var edge in graph.Edges)
        {
            cancellationToken.ThrowIfCancellationRequested();
            json.WriteStartObject();
            json.WriteString("source", edge.Edge.Source);
            json.WriteString("target", edge.Edge.Target);
            json.WriteString("key", ModelNames.Of(edge.Edge.Kind));
            json.WriteString("kind", ModelNames.Of(edge.Edge.Kind));
            json.WriteBoolean("symmetric", edge.Relation.IsSymmetric);
            OptionalDate(json, "validFrom", edge.Edge.ValidFrom);
            OptionalDate(json, "validTo", edge.Edge.ValidTo);
            OptionalDate(json, "firstSeen", edge.Relation.FirstSeen);
            OptionalDate(json, "lastSeen", edge.Relation.LastSeen);
            json.WriteNumber("confidence", Math.Round(edge.Relation.Confidence, 3));
            json.WriteNumber("evidenceCount", edge.Evidence.Count);
            json.WriteStartArray("evidence");
            foreach (var evidence in edge.Evidence)
            {
                json.WriteStartObject();
                json.WriteString("document", evidence.Document.Key);
                json.WriteString("title", evidence.Document.Title);
                json.WriteString("sentence", evidence.Evidence.Sentence);
                OptionalDate(json, "date", evidence.Evidence.Date);
                json.WriteString("attribution", ModelNames.Of(evidence.Evidence.Attribution));
                if (evidence.Evidence.ClaimedBy is { } claimant)
                    json.WriteString("claimedBy", claimant);
                json.WriteNumber("confidence", Math.Round(evidence.Evidence.Confidence, 3));
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void OptionalDate(Utf8JsonWriter json, string name, PartialDate? date)
    {
        if (date is not null)
            json.WriteString(name, date.ToString());
        else
            json.WriteNull(name);
    }
}
