using System.Text;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace ActorGraph.Core.Extraction.Formats;

/// <summary>
/// A Word file (.docx) as its paragraphs, table cells included, in document order. The title is the core
/// properties' title or the first paragraph styled Title; the author is the file's creator; the file's creation
/// date stands for the publication date unless the text gives one (a "Published:" line under the title).
/// </summary>
public static class WordText
{
    public const long MaxCharactersInPart = 64L * 1024 * 1024;

    public static string ToPlainForm(Stream file, string path, string fallbackTitle)
    {
        try
        {
            // A .docx is a zip: a few megabytes can unpack to gigabytes. No article needs more than this.
            using var document = WordprocessingDocument.Open(file, isEditable: false, new OpenSettings { MaxCharactersInPart = MaxCharactersInPart });
            var body = document.MainDocumentPart?.Document?.Body
                ?? throw new InputException(path, 0, "a Word file without a document body");
            string? styledTitle = null;
            var paragraphs = new List<string>();
            foreach (var paragraph in body.Descendants<Paragraph>())
            {
                var text = TextOf(paragraph);
                if (text.Trim().Length == 0)
                    continue;
                var style = paragraph.ParagraphProperties?.ParagraphStyleId?.Val?.Value;
                if (styledTitle is null && string.Equals(style, "Title", StringComparison.OrdinalIgnoreCase))
                {
                    styledTitle = text;
                    continue;
                }
                paragraphs.Add(text);
            }
            var properties = document.PackageProperties;
            var metadata = new DocumentMetadata(fallbackTitle, properties.Title is { Length: > 0 } t ? t : styledTitle,
                properties.Created is { } created ? DateOnly.FromDateTime(created) : null, null, properties.Creator);
            return PlainForm.Compose(metadata, paragraphs);
        }
        catch (Exception e) when (e is not (InputException or OperationCanceledException))
        {
            // A third-party parser on a file from anywhere: whatever it throws means this file cannot be read.
            throw new InputException(path, 0, $"not a readable Word (.docx) file ({e.Message})");
        }
    }

    /// <summary>Runs' text with tabs as spaces and line breaks kept (a header line typed with Shift+Enter stays a line).</summary>
    private static string TextOf(Paragraph paragraph)
    {
        var text = new StringBuilder();
        foreach (var element in paragraph.Descendants())
        {
            switch (element)
            {
                case Text run: text.Append(run.Text); break;
                case TabChar: text.Append(' '); break;
                case Break or CarriageReturn: text.Append('\n'); break;
                case NoBreakHyphen: text.Append('-'); break;
            }
        }
        return text.ToString();
    }
}
