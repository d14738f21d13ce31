using System.Xml;
using ActorGraph.Core.Model;

namespace ActorGraph.Core.Exports;

/// <summary>
/// GEXF 1.3 (https://gexf.net), a dynamic graph: each edge spans its validity (<c>start</c> its first dated
/// evidence, <c>end</c> the day its pair's stance flipped away), so Gephi's timeline plays the alliance changes;
/// an open end is left out. Partial dates ("2014-10") start on their period's first day.
/// </summary>
public static class GexfWriter
{
    public const string Namespace = "http://gexf.net/1.3";

    public static void Write(ExportedGraph graph, Stream output, CancellationToken cancellationToken)
    {
        using var xml = XmlExport.Create(output);
        xml.WriteStartDocument();
        xml.WriteStartElement("gexf", Namespace);
        xml.WriteAttributeString("version", "1.3");
        xml.WriteStartElement("meta", Namespace);
        xml.WriteElementString("creator", Namespace, "ActorGraph");
        xml.WriteElementString("description", Namespace, XmlExport.Clean(ExportWriter.Description(graph)));
        xml.WriteEndElement();
        xml.WriteStartElement("graph", Namespace);
        xml.WriteAttributeString("mode", "dynamic");
        xml.WriteAttributeString("defaultedgetype", "directed");
        xml.WriteAttributeString("timeformat", "date");
        Attributes(xml, "node", [("type", "string"), ("aliases", "string"), ("discovered", "boolean")]);
        Attributes(xml, "edge", [("kind", "string"), ("firstSeen", "string"), ("lastSeen", "string"), ("confidence", "double"), ("evidenceCount", "integer"), ("evidence", "string")]);

        var ids = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        xml.WriteStartElement("nodes", Namespace);
        foreach (var actor in graph.Actors)
        {
            var id = ids[actor.Name] = $"n{ids.Count}";
            xml.WriteStartElement("node", Namespace);
            xml.WriteAttributeString("id", id);
            xml.WriteAttributeString("label", XmlExport.Clean(actor.Name));
            Values(xml, [("type", ModelNames.Of(actor.Type)), ("aliases", string.Join("; ", actor.Aliases)), ("discovered", actor.Discovered ? "true" : "false")]);
            xml.WriteEndElement();
        }
        xml.WriteEndElement();
        xml.WriteStartElement("edges", Namespace);
        var number = 0;
        foreach (var edge in graph.Edges)
        {
            cancellationToken.ThrowIfCancellationRequested();
            xml.WriteStartElement("edge", Namespace);
            xml.WriteAttributeString("id", $"e{number++}");
            xml.WriteAttributeString("source", ids[edge.Edge.Source]);
            xml.WriteAttributeString("target", ids[edge.Edge.Target]);
            xml.WriteAttributeString("label", ModelNames.Of(edge.Edge.Kind));
            if (edge.Relation.IsSymmetric)
                xml.WriteAttributeString("type", "undirected");
            xml.WriteAttributeString("weight", ExportWriter.Number(edge.Evidence.Count));
            if (edge.Edge.ValidFrom is { } from)
                xml.WriteAttributeString("start", ExportWriter.Day(from));
            if (edge.Edge.ValidTo is { } to)
                xml.WriteAttributeString("end", ExportWriter.Day(to));
            Values(xml,
            [
                ("kind", ModelNames.Of(edge.Edge.Kind)), ("firstSeen", ExportWriter.Date(edge.Relation.FirstSeen)), ("lastSeen", ExportWriter.Date(edge.Relation.LastSeen)),
                ("confidence", ExportWriter.Number(edge.Relation.Confidence)), ("evidenceCount", ExportWriter.Number(edge.Evidence.Count)),
                ("evidence", string.Join("\n", edge.Evidence.Select(ExportWriter.EvidenceLine))),
            ]);
            xml.WriteEndElement();
        }
        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.WriteEndDocument();
    }

    private static void Attributes(XmlWriter xml, string target, (string Id, string Type)[] attributes)
    {
        xml.WriteStartElement("attributes", Namespace);
        xml.WriteAttributeString("class", target);
        foreach (var (id, type) in attributes)
        {
            xml.WriteStartElement("attribute", Namespace);
            xml.WriteAttributeString("id", id);
            xml.WriteAttributeString("title", id);
            xml.WriteAttributeString("type", type);
            xml.WriteEndElement();
        }
        xml.WriteEndElement();
    }

    private static void Values(XmlWriter xml, (string For, string Value)[] values)
    {
        xml.WriteStartElement("attvalues", Namespace);
        foreach (var (target, value) in values.Where(v => v.Value.Length > 0))
        {
            xml.WriteStartElement("attvalue", Namespace);
            xml.WriteAttributeString("for", target);
            xml.WriteAttributeString("value", XmlExport.Clean(value));
            xml.WriteEndElement();
        }
        xml.WriteEndElement();
    }
}
