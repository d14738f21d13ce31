using System.Xml;

namespace ActorGraph.Core.Exports;

/// <summary>
/// GraphML (http://graphml.graphdrawing.org): actors are nodes (name, type, aliases), relations are edges with
/// kind, validity, confidence and their evidence sentences, one a line. Every edge is directed (networkx refuses a
/// mix); rival and allied ones say <c>symmetric</c>, their ends in name order.
/// </summary>
public static class GraphMLWriter
{
    public const string Namespace = "http://graphml.graphdrawing.org/xmlns";

    private static readonly (string Id, string For, string Name, string Type)[] Keys =
    [
        ("name", "node", "name", "string"), ("type", "node", "type", "string"), ("aliases", "node", "aliases", "string"),
        ("discovered", "node", "discovered", "boolean"),
        ("kind", "edge", "kind", "string"), ("symmetric", "edge", "symmetric", "boolean"), ("validFrom", "edge", "validFrom", "string"), ("validTo", "edge", "validTo", "string"),
        ("firstSeen", "edge", "firstSeen", "string"), ("lastSeen", "edge", "lastSeen", "string"),
        ("confidence", "edge", "confidence", "double"), ("evidenceCount", "edge", "evidenceCount", "int"),
        ("evidence", "edge", "evidence", "string"),
    ];

    public static void Write(ExportedGraph graph, Stream output, CancellationToken cancellationToken)
    {
        using var xml = XmlExport.Create(output);
        xml.WriteStartDocument();
        xml.WriteStartElement("graphml", Namespace);
        xml.WriteAttributeString("xmlns", "xsi", null, "http://www.w3.org/2001/XMLSchema-instance");
        xml.WriteAttributeString("xsi", "schemaLocation", "http://www.w3.org/2001/XMLSchema-instance",
            "http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd");
        xml.WriteComment(" " + XmlExport.Clean(ExportWriter.Description(graph)).Replace("--", "- -") + " ");
        foreach (var (id, target, name, type) in Keys)
        {
            xml.WriteStartElement("key", Namespace);
            xml.WriteAttributeString("id", id);
            xml.WriteAttributeString("for", target);
            xml.WriteAttributeString("attr.name", name);
            xml.WriteAttributeString("attr.type", type);
            xml.WriteEndElement();
        }
        xml.WriteStartElement("graph", Namespace);
        xml.WriteAttributeString("id", "actorgraph");
        xml.WriteAttributeString("edgedefault", "directed");
        var ids = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var actor in graph.Actors)
        {
            var id = ids[actor.Name] = $"n{ids.Count}";
            xml.WriteStartElement("node", Namespace);
            xml.WriteAttributeString("id", id);
            Data(xml, "name", actor.Name);
            Data(xml, "type", Model.ModelNames.Of(actor.Type));
            Data(xml, "aliases", string.Join("; ", actor.Aliases));
            Data(xml, "discovered", actor.Discovered ? "true" : "false");
            xml.WriteEndElement();
        }
        var number = 0;
        foreach (var edge in graph.Edges)
        {
            cancellationToken.ThrowIfCancellationRequested();
            xml.WriteStartElement("edge", Namespace);
            xml.WriteAttributeString("id", $"e{number++}");
            xml.WriteAttributeString("source", ids[edge.Edge.Source]);
            xml.WriteAttributeString("target", ids[edge.Edge.Target]);
            Data(xml, "kind", Model.ModelNames.Of(edge.Edge.Kind));
            Data(xml, "symmetric", edge.Relation.IsSymmetric ? "true" : "false");
            Data(xml, "validFrom", ExportWriter.Date(edge.Edge.ValidFrom));
            Data(xml, "validTo", ExportWriter.Date(edge.Edge.ValidTo));
            Data(xml, "firstSeen", ExportWriter.Date(edge.Relation.FirstSeen));
            Data(xml, "lastSeen", ExportWriter.Date(edge.Relation.LastSeen));
            Data(xml, "confidence", ExportWriter.Number(edge.Relation.Confidence));
            Data(xml, "evidenceCount", ExportWriter.Number(edge.Evidence.Count));
            Data(xml, "evidence", string.Join("\n", edge.Evidence.Select(ExportWriter.EvidenceLine)));
            xml.WriteEndElement();
        }
        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.WriteEndDocument();
    }

    private static void Data(XmlWriter xml, string key, string value)
    {
        if (value.Length == 0)
            return;
        xml.WriteStartElement("data", Namespace);
        xml.WriteAttributeString("key", key);
        xml.WriteString(XmlExport.Clean(value));
        xml.WriteEndElement();
    }
}
