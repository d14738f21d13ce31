using System.Text;
using System.Xml;

namespace ActorGraph.Core.Exports;

/// <summary>What the two XML formats share: a writer that escapes, and text cleaned of characters XML cannot hold.</summary>
internal static class XmlExport
{
    public static XmlWriter Create(Stream output) => XmlWriter.Create(output, new XmlWriterSettings
    {
        Encoding = ExportWriter.Utf8,
        Indent = true,
        NewLineHandling = NewLineHandling.Entitize, // a newline in a value survives an XML parser's normalisation
    });

    /// <summary>XML 1.0 cannot hold most control characters, even escaped; they are dropped, everything else kept.</summary>
    public static string Clean(string text)
    {
        if (text.All(XmlConvert.IsXmlChar) && !text.Any(char.IsSurrogate))
            return text;
        var clean = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                clean.Append(text, i, 2);
                i++;
            }
            else if (XmlConvert.IsXmlChar(text[i]))
                clean.Append(text[i]);
        }
        return clean.ToString();
    }
}
