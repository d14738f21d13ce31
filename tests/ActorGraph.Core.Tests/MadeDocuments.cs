using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using ActorGraph.Core.Model;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

namespace ActorGraph.Core.Tests;

/// <summary>
/// A plain document saved the ways analysts receive documents: as a web page with menus, sidebars and a comment
/// section, as a two-column PDF with running headers and footers, and as a Word file. Made here, from our own
/// text, never copied from third-party pages.
/// </summary>
internal static partial class MadeDocuments
{
    /// <summary>The document's paragraphs as the segmenter reads them (blank-line blocks, lines joined), split at its comments line.</summary>
    public static (IReadOnlyList<string> Article, IReadOnlyList<string> Comments) Paragraphs(SourceDocument document)
    {
        var blocks = BlankLines().Split(document.Text[document.BodyStart..])
            .Select(b => string.Join(' ', b.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0)))
            .Where(b => b.Length > 0).ToList();
        var marker = blocks.FindIndex(b => CommentsLine().IsMatch(b));
        return marker < 0 ? (blocks, []) : (blocks[..marker], blocks[marker..]);
    }

    /// <summary>A page: site menu, share bar, the article, a related-stories box and a sidebar stating a relation of their own, scripts, the comments.</summary>
    public static string Html(SourceDocument document, string furniture)
    {
        var (article, comments) = Paragraphs(document);
        string E(string text) => WebUtility.HtmlEncode(text);
        var html = new StringBuilder();
        html.Append($"""
            <!DOCTYPE html>
            <html lang="en"><head><meta charset="utf-8">
            <title>{E(document.Title)} | {E(document.Source ?? "")}</title>
            <meta property="og:title" content="{E(document.Title)}">
            <meta property="og:site_name" content="{E(document.Source ?? "")}">
            <meta property="article:published_time" content="{document.Published:yyyy-MM-dd}T09:30:00-05:00">
            <meta name="author" content="{E(document.Author ?? "")}">
            <link rel="canonical" href="https://example.org/2014/11/article.php">
            <script>var headline = "{E(furniture)}";</script>
            <style>.share-bar {"{"} display: flex; {"}"}</style>
            </head>
            <body class="single-post has-sidebar">
            <header class="site-header"><div class="logo">Example Journal</div>
              <nav class="main-menu"><ul><li><a href="/tag/isis">Islamic State</a></li><li><a href="/tag/nusra">Al Nusrah Front</a></li></ul></nav>
            </header>
            <div class="wrapper"><main>
            <article class="post has-share-buttons">
              <header><h1>{E(document.Title)}</h1><p class="byline">By {E(document.Author ?? "")}</p>
              <time datetime="{document.Published:yyyy-MM-dd}">{document.Published:MMMM d, yyyy}</time></header>
              <div class="social-share"><a href="#">Share on Twitter</a> <a href="#">Share on Facebook</a></div>

            """);
        foreach (var paragraph in article)
            html.Append($"  <p>{E(paragraph)}</p>\n");
        html.Append($"""
              <div class="related-posts"><h3>Related</h3><p>{E(furniture)}</p></div>
            </article>
            <section id="comments">

            """);
        foreach (var comment in comments)
            html.Append($"  <div class=\"comment-body\"><p>{E(comment)}</p></div>\n");
        html.Append($"""
              <form id="commentform"><textarea>Leave a reply</textarea><button>Post</button></form>
            </section>
            </main>
            <aside class="sidebar"><h3>Most read</h3><p>{E(furniture)}</p></aside>
            </div>
            <footer class="site-footer"><p>{E(furniture)}</p><p>Copyright Example Journal</p></footer>
            </body></html>
            """);
        return html.ToString();
    }

    private const double PageWidth = 595, PageHeight = 842, Margin = 50, Gutter = 30, Leading = 12, FontSize = 9.5;

    /// <summary>
    /// A PDF: the title and header lines across the page, then the body in two columns, words hyphenated where a
    /// long lowercase word does not fit, a running header and a "Page N of M" footer on every page.
    /// </summary>
    public static byte[] Pdf(SourceDocument document, string runningHeader)
    {
        var (article, comments) = Paragraphs(document);
        var builder = new PdfDocumentBuilder();
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        var bold = builder.AddStandard14Font(Standard14Font.HelveticaBold);
        var columnWidth = (PageWidth - 2 * Margin - Gutter) / 2;
        var pages = new List<PdfPageBuilder>();
        PdfPageBuilder page = null!;
        double y = 0;
        var column = 0;
        var firstPageBodyTop = 0.0;
        void NewPage()
        {
            page = builder.AddPage(PageWidth, PageHeight);
            pages.Add(page);
            page.AddText(runningHeader, 8, new PdfPoint(Margin, PageHeight - 30), font);
            y = PageHeight - Margin - 20;
            column = 0;
        }
        double ColumnTop() => pages.Count == 1 ? firstPageBodyTop : PageHeight - Margin - 20;
        NewPage();
        foreach (var line in Wrap(document.Title, PageWidth - 2 * Margin, 13))
        {
            page.AddText(line, 13, new PdfPoint(Margin, y), bold);
            y -= 17;
        }
        y -= 4;
        foreach (var header in new[] { $"Published: {document.Published:yyyy-MM-dd}", $"Author: {document.Author}" })
        {
            page.AddText(header, FontSize, new PdfPoint(Margin, y), font);
            y -= Leading;
        }
        y -= 2 * Leading;
        firstPageBodyTop = y;
        foreach (var paragraph in article.Concat(comments))
        {
            foreach (var line in Wrap(paragraph, columnWidth, FontSize))
            {
                if (y < Margin + 30)
                {
                    if (column == 0)
                    {
                        column = 1;
                        y = ColumnTop();
                    }
                    else
                    {
                        NewPage();
                        y = ColumnTop();
                    }
                }
                page.AddText(line, FontSize, new PdfPoint(Margin + column * (columnWidth + Gutter), y), font);
                y -= Leading;
            }
            y -= Leading * 1.2; // the space between paragraphs
        }
        for (var i = 0; i < pages.Count; i++)
            pages[i].AddText($"Page {i + 1} of {pages.Count}", 8, new PdfPoint(PageWidth / 2 - 20, 25), font);
        return builder.Build();
    }

    /// <summary>Lines no wider than <paramref name="width"/>; a long lowercase word that does not fit is hyphenated.</summary>
    private static IEnumerable<string> Wrap(string text, double width, double size)
    {
        var line = new StringBuilder();
        double Width(string s) => s.Length * size * 0.56; // Helvetica's average advance, with room to spare
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var candidate = line.Length == 0 ? word : $"{line} {word}";
            if (Width(candidate) <= width)
            {
                line.Clear().Append(candidate);
                continue;
            }
            var rest = word;
            if (word.Length >= 9 && word.All(char.IsLower))
            {
                var head = word[..(word.Length / 2)] + "-";
                if (Width(line.Length == 0 ? head : $"{line} {head}") <= width)
                {
                    yield return line.Length == 0 ? head : $"{line} {head}";
                    line.Clear();
                    rest = word[(word.Length / 2)..];
                }
            }
            if (line.Length > 0)
                yield return line.ToString();
            line.Clear().Append(rest);
        }
        if (line.Length > 0)
            yield return line.ToString();
    }

    /// <summary>A Word file: the title styled Title, author and creation date in its properties, a table among the paragraphs.</summary>
    public static byte[] Word(SourceDocument document, string? tableCell = null)
    {
        var (article, comments) = Paragraphs(document);
        using var stream = new MemoryStream();
        using (var word = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = word.AddMainDocumentPart();
            var body = new Body();
            Paragraph Para(string text, string? style = null)
            {
                var paragraph = new Paragraph(new Run(new Text(text) { Space = SpaceProcessingModeValues.Preserve }));
                if (style is not null)
                    paragraph.ParagraphProperties = new ParagraphProperties(new ParagraphStyleId { Val = style });
                return paragraph;
            }
            body.Append(Para(document.Title, "Title"));
            foreach (var paragraph in article)
                body.Append(Para(paragraph));
            if (tableCell is not null)
                body.Append(new Table(new TableRow(new TableCell(Para("Where")), new TableCell(Para(tableCell)))));
            foreach (var comment in comments)
                body.Append(Para(comment));
            main.Document = new Document(body);
            word.PackageProperties.Creator = document.Author;
            word.PackageProperties.Created = document.Published?.ToDateTime(new TimeOnly(9, 0));
        }
        return stream.ToArray();
    }

    [GeneratedRegex(@"\n[ \t]*\n")]
    private static partial Regex BlankLines();

    [GeneratedRegex(@"^\d+ Comments$")]
    private static partial Regex CommentsLine();
}
