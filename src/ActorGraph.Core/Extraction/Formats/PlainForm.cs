using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace ActorGraph.Core.Extraction.Formats;

/// <summary>
/// Writes what a page, PDF or Word file says in the plain document form <see cref="DocumentReader"/> reads: a title
/// line, header lines (Published, Source, Author, URL), then paragraphs separated by blank lines, and reader
/// comments after a "Comments" line. The store keeps this text, and evidence offsets point into it.
/// </summary>
public static partial class PlainForm
{
    public static string Compose(DocumentMetadata metadata, IReadOnlyList<string> paragraphs, IReadOnlyList<string>? comments = null)
    {
        // A paragraph is one line, except where a reader kept header lines (Published: ...) apart.
        var body = paragraphs.Select(p => string.Join('\n', p.Split('\n').Select(OneLine).Where(l => l.Length > 0)))
            .Where(p => p.Length > 0).ToList();
        var title = OneLine(metadata.Title ?? "");
        // No title in the metadata: a short first line is one (as in plain text); otherwise the file name.
        var firstLine = body.Count > 0 ? body[0].Split('\n')[0] : "";
        if (title.Length == 0 && firstLine.Length is > 0 and <= 200 && !firstLine.EndsWith('.'))
        {
            title = firstLine;
            body[0] = body[0][firstLine.Length..].TrimStart('\n');
            if (body[0].Length == 0)
                body.RemoveAt(0);
        }
        if (title.Length == 0)
            title = metadata.FallbackTitle;
        // The page states its title again as its first heading.
        if (body.Count > 0 && string.Equals(body[0], title, StringComparison.OrdinalIgnoreCase))
            body.RemoveAt(0);

        var text = new StringBuilder().Append(title).Append('\n');
        void Header(string name, string? value)
        {
            if (OneLine(value ?? "") is { Length: > 0 } line)
                text.Append(name).Append(": ").Append(line).Append('\n');
        }
        Header("Published", metadata.Published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        Header("Source", metadata.Source);
        Header("Author", metadata.Author);
        Header("URL", metadata.Url);
        foreach (var paragraph in body)
            text.Append('\n').Append(paragraph).Append('\n');
        if (comments is { Count: > 0 })
        {
            text.Append("\nComments\n");
            foreach (var comment in comments.Select(OneLine).Where(c => c.Length > 0))
                text.Append('\n').Append(comment).Append('\n');
        }
        return text.ToString();
    }

    /// <summary>A date as pages and files write it (ISO with or without time and zone, "6 November 2014", PDF's "D:20141106..."); null when it is none.</summary>
    public static DateOnly? DateOf(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
            return null;
        var text = value.Trim();
        if (PdfDate().Match(text) is { Success: true } pdf)
            text = $"{pdf.Groups[1].Value}-{pdf.Groups[2].Value}-{pdf.Groups[3].Value}";
        if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var moment)
            && moment.Year is > 1900 and < 2200)
            return DateOnly.FromDateTime(moment.Date);
        return null;
    }

    /// <summary>Whitespace of any kind (line breaks, non-breaking spaces) as single spaces; control characters dropped.</summary>
    public static string OneLine(string text)
    {
        var result = new StringBuilder(text.Length);
        var space = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c) || c == '\u00A0')
            {
                space = result.Length > 0;
                continue;
            }
            if (char.IsControl(c) || c == '\u00AD')
                continue;
            if (space)
                result.Append(' ');
            space = false;
            result.Append(c);
        }
        return result.ToString();
    }

    [GeneratedRegex(@"^D:(\d{4})(\d{2})(\d{2})")]
    private static partial Regex PdfDate();
}

/// <summary>What a file says about itself: title, publication date, source, author, address; each may be missing.</summary>
/// <param name="FallbackTitle">The title when the file names none (its file name).</param>
public sealed record DocumentMetadata(string FallbackTitle, string? Title = null, DateOnly? Published = null, string? Source = null, string? Author = null, string? Url = null);
