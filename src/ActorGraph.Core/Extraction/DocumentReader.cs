using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using ActorGraph.Core.Model;
using YamlDotNet.RepresentationModel;

namespace ActorGraph.Core.Extraction;

/// <summary>
/// Reads a document file: web pages (.html), PDF and Word (.docx) files as the plain form their text is turned
/// into (<see cref="Formats.PlainForm"/>), and text files (.txt, .md) in one of two forms:
/// YAML front matter between <c>---</c> lines (title, published, source, author, url), or the plain form
/// "title line, optional <c>Published: YYYY-MM-DD</c> (and Source:/Author:/URL:) lines, body".
/// </summary>
public static partial class DocumentReader
{
    /// <summary>File endings read as documents when a folder is given.</summary>
    public static readonly IReadOnlySet<string> DocumentExtensions = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { ".txt", ".md", ".html", ".htm", ".xhtml", ".pdf", ".docx" };

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <param name="maxBytes">Larger files are skipped (default <see cref="ExtractionLimits.Default"/>).</param>
    public static SourceDocument ReadFile(string path, long? maxBytes = null)
    {
        var limit = maxBytes ?? ExtractionLimits.Default.MaxDocumentBytes;
        // Never open what could block or never end: a pipe waits for a writer, /dev/zero has no end.
        var real = DocumentFiles.RealPath(path);
        if (DocumentFiles.IsSystemPath(real))
            throw new InputException(path, 0, $"not a regular file but {real}");
        var info = new FileInfo(real);
        if (!info.Exists)
            throw new InputException(path, 0, "no such file (a broken link?)");
        if (info.Length == 0)
            throw new InputException(path, 0, "empty, or not a regular file (a pipe or a device)");
        if (info.Length > limit)
            throw new InputException(path, 0, $"{info.Length:N0} bytes, over the limit of {limit:N0} for one document (raise it with --max-document-mb)");
        return FromBytes(File.ReadAllBytes(real), Path.GetFileName(path), path);
    }

    /// <summary>
    /// A document from its bytes, read as its key's ending says: a web page, a PDF, a Word file, or UTF-8 text
    /// (a file's content, or a document sent to the API).
    /// </summary>
    /// <param name="key">The document's identity, a file name such as <c>report.pdf</c>.</param>
    public static SourceDocument FromBytes(byte[] bytes, string key, string? displayPath = null)
    {
        var path = displayPath ?? key;
        var fallbackTitle = Path.GetFileNameWithoutExtension(key);
        switch (Path.GetExtension(key).ToLowerInvariant())
        {
            case ".html" or ".htm" or ".xhtml":
                return Parse(Formats.HtmlText.ToPlainForm(PageText(bytes, path), path, fallbackTitle), key, path);
            case ".pdf":
                return Parse(Formats.PdfText.ToPlainForm(bytes, path, fallbackTitle), key, path);
            case ".docx":
                using (var word = new MemoryStream(bytes, writable: false))
                    return Parse(Formats.WordText.ToPlainForm(word, path, fallbackTitle), key, path);
        }
        string text;
        try
        {
            text = StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            throw new InputException(path, 0, "not UTF-8 text");
        }
        return Parse(text, key, path);
    }

    /// <summary>A page's text in the encoding its bytes or its <c>meta charset</c> declare (UTF-8 when they declare none).</summary>
    private static string PageText(byte[] bytes, string path)
    {
        var declared = Formats.HtmlText.DeclaredEncoding(bytes);
        try
        {
            return (declared ?? StrictUtf8).GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            throw new InputException(path, 0, "a web page that is not UTF-8 and declares no other encoding (<meta charset=...>)");
        }
    }

    /// <param name="key">The document's identity (its file name).</param>
    /// <param name="displayPath">The path named in error messages.</param>
    public static SourceDocument Parse(string text, string key, string? displayPath = null)
    {
        displayPath ??= key;
        if (text.Length > 0 && text[0] == '\uFEFF')
            text = text[1..];
        if (text.Contains('\0'))
            throw new InputException(displayPath, 0, "binary file (contains NUL bytes), not a text document");
        text = text.Replace("\r\n", "\n").Replace('\r', '\n');
        return text.StartsWith("---\n", StringComparison.Ordinal)
            ? ParseFrontMatter(text, key, displayPath)
            : ParsePlain(text, key, displayPath);
    }

    private static SourceDocument ParseFrontMatter(string text, string key, string path)
    {
        var end = text.IndexOf("\n---\n", 3, StringComparison.Ordinal);
        if (end < 0 && text.EndsWith("\n---", StringComparison.Ordinal))
            end = text.Length - 4;
        if (end < 0)
            throw new InputException(path, 1, "front matter opened with '---' is never closed by a '---' line");
        var yaml = text[4..(end + 1)];
        var bodyStart = Math.Min(text.Length, end + 5);
        var stream = YamlText.Load(yaml, path, firstLine: 2, what: "front matter");
        var fields = new Dictionary<string, (string Value, int Line)>(StringComparer.OrdinalIgnoreCase);
        if (stream.Documents.Count > 0)
        {
            if (stream.Documents[0].RootNode is not YamlMappingNode map)
                throw new InputException(path, 2, "front matter must be a mapping of fields (title: ..., published: ...)");
            foreach (var (k, v) in map.Children)
            {
                if (v is not YamlScalarNode scalar)
                    throw new InputException(path, (int)v.Start.Line + 1, $"front matter field '{k}' must be a single value");
                fields[k.ToString()] = (scalar.Value ?? "", (int)v.Start.Line + 1);
            }
        }
        string? Field(string name) => fields.TryGetValue(name, out var f) && f.Value.Length > 0 ? f.Value.Trim() : null;

        DateOnly? published = null;
        if (fields.TryGetValue("published", out var p) && p.Value.Length > 0)
            published = ParseDate(p.Value, path, p.Line, "published");
        var title = Field("title") ?? FirstLine(text[bodyStart..]) ?? key;
        return new SourceDocument(key, title, published, Field("source"), Field("author"), Field("url"), text, bodyStart);
    }

    private static SourceDocument ParsePlain(string text, string key, string path)
    {
        var lines = text.Split('\n');
        var index = 0;
        var offset = 0;
        while (index < lines.Length && lines[index].Trim().Length == 0)
            offset += lines[index++].Length + 1;
        var title = index < lines.Length ? lines[index].Trim() : key;
        if (index < lines.Length)
            offset += lines[index++].Length + 1;
        // A hard-wrapped title goes on until a header line, within the first block.
        var headerAhead = lines.Skip(index).TakeWhile(l => l.Trim().Length > 0).Take(4).Any(l => HeaderLine().IsMatch(l.Trim()));
        while (headerAhead && index < lines.Length && lines[index].Trim().Length > 0 && !HeaderLine().IsMatch(lines[index].Trim()))
        {
            title += " " + lines[index].Trim();
            offset += lines[index++].Length + 1;
        }

        DateOnly? published = null;
        string? source = null, author = null, url = null;
        // Header lines directly under the title (blank lines between are allowed).
        while (index < lines.Length)
        {
            var line = lines[index].Trim();
            var header = HeaderLine().Match(line);
            if (line.Length > 0 && !header.Success)
                break;
            if (header.Success)
            {
                var value = header.Groups["value"].Value.Trim();
                switch (header.Groups["name"].Value.ToLowerInvariant())
                {
                    case "published" or "date": published = ParseDate(value, path, index + 1, "Published"); break;
                    case "source": source = value; break;
                    case "author" or "by": author = value; break;
                    default: url = value; break;
                }
            }
            offset += lines[index++].Length + 1;
        }
        published ??= Dateline(lines, index);
        // A closing "Author: Name" line, as news sites print it.
        author ??= lines.Select(l => TrailingAuthor().Match(l.Trim())).FirstOrDefault(m => m.Success)?.Groups[1].Value.Trim();
        return new SourceDocument(key, title, published, source, author, url, text, Math.Min(offset, text.Length));
    }

    private static readonly string[] DateFormats =
    [
        "yyyy-MM-dd", "yyyy/MM/dd", "MMMM d, yyyy", "MMM d, yyyy", "MMM. d, yyyy", "d MMMM yyyy", "d MMM yyyy",
        "dddd, MMMM d, yyyy", "dddd, d MMMM yyyy", "MM/dd/yyyy", "yyyy-MM-ddTHH:mm:ss", "yyyy-MM-ddTHH:mm:ssZ", "yyyy-MM-ddTHH:mm:sszzz",
    ];

    /// <summary>YYYY-MM-DD, or a common written form ("October 29, 2014", "29 Oct 2014"); anything else names the field.</summary>
    private static DateOnly ParseDate(string value, string path, int line, string field)
    {
        var text = value.Trim().Replace("Sept.", "Sep.", StringComparison.Ordinal);
        if (DateTime.TryParseExact(text, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces | DateTimeStyles.AdjustToUniversal, out var date))
            return DateOnly.FromDateTime(date);
        throw new InputException(path, line, $"field '{field}' must be a date written YYYY-MM-DD (or like 'October 29, 2014'), not '{value.Trim()}'");
    }

    /// <summary>
    /// A page copied from the web without a header often keeps its dateline, a line near the top holding the date
    /// alone or after its byline ("Friday, November 22, 2013", "25 June, 2020", "Posted on 3 May 2019 10:42 GMT",
    /// "By Jane Roe | March 5, 2015"): the publication date
    /// its relative dates ("on Wednesday", "recently") are resolved against. Dates inside sentences are events, not this.
    /// </summary>
    private static DateOnly? Dateline(string[] lines, int bodyLine)
    {
        for (int index = bodyLine, seen = 0; index < lines.Length && seen < DatelineReach; index++)
        {
            var line = lines[index].Trim();
            if (line.Length == 0)
                continue;
            seen++;
            var match = DatelineForm().Match(line);
            if (match.Success && DateTime.TryParseExact(match.Groups["date"].Value.Replace("Sept.", "Sep.", StringComparison.Ordinal).Replace(",", "", StringComparison.Ordinal),
                    DatelineFormats, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out var date))
                return DateOnly.FromDateTime(date);
        }
        return null;
    }

    /// <summary>How many non-empty lines under the title may hold the dateline (a lead, a caption, a byline come first on some pages).</summary>
    private const int DatelineReach = 6;

    private static readonly string[] DatelineFormats =
    [
        "yyyy-MM-dd", "yyyy/MM/dd", "MMMM d yyyy", "MMM d yyyy", "MMM. d yyyy", "d MMMM yyyy", "d MMM yyyy", "d MMM. yyyy",
        "dddd MMMM d yyyy", "dddd d MMMM yyyy", "ddd MMM d yyyy", "ddd d MMM yyyy",
    ];

    [GeneratedRegex(@"^(?:by\s[^|•·\d]{1,60}?\s*[|•·,–—-]\s*)?(?:(?:published|posted|updated|last updated|first published)(?: on)?:?\s*)?(?<date>(?:[A-Z][a-z]+\.?,?\s+)?(?:\d{1,2}\s+[A-Z][a-z]+\.?,?\s+\d{4}|[A-Z][a-z]+\.?\s+\d{1,2},?\s+\d{4}|\d{4}[-/]\d{2}[-/]\d{2}))(?:\s*(?:[|,-]|at)?\s*\d{1,2}[:.]\d{2}(?:\s*(?:am|pm|a\.m\.|p\.m\.))?(?:\s*[A-Z]{2,4}(?:[+-]\d{1,2})?)?)?\.?$", RegexOptions.IgnoreCase)]
    private static partial Regex DatelineForm();

    private static string? FirstLine(string body) =>
        body.Split('\n').Select(l => l.Trim()).FirstOrDefault(l => l.Length > 0);

    /// <summary>The header lines a plain document may have under its title ("Published: ..."), as a regex alternation.</summary>
    internal const string HeaderNames = "Published|Date|Source|Author|By|URL";

    [GeneratedRegex("^(?<name>" + HeaderNames + @")\s*:\s*(?<value>\S.*)$", RegexOptions.IgnoreCase)]
    private static partial Regex HeaderLine();

    [GeneratedRegex(@"^Author:\s*(\S.{0,80})$")]
    private static partial Regex TrailingAuthor();
}
