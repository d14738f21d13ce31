using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace ActorGraph.Core.Extraction.Formats;

/// <summary>
/// A saved web page as its article: the text of the page's <c>article</c> (or main part), without scripts, menus,
/// sharing bars, related links, sidebars and footers; reader comments kept apart, after a "Comments" line, so they
/// are read as comments (never as facts). Title, date, author, site and address come from the page's metadata
/// (Open Graph, <c>meta</c> names, JSON-LD, <c>time</c>) where present.
/// </summary>
public static partial class HtmlText
{
    /// <summary>Deeper than this, a page is no article but a trap: parsing costs the square of its depth (40,000 deep: 5 s; 200,000: minutes).</summary>
    public const int MaxNesting = 1000;

    public static string ToPlainForm(string html, string path, string fallbackTitle)
    {
        if (NestingOf(html) is var depth and > MaxNesting)
            throw new InputException(path, 0, $"a web page nested {depth:N0} elements deep (more than {MaxNesting:N0}): no article is, and reading it would take minutes");
        var document = new HtmlParser().ParseDocument(html);
        foreach (var element in document.QuerySelectorAll("script:not([type='application/ld+json']), style, noscript, template, iframe, svg, canvas, form, button, select, input, textarea, nav, aside, dialog, [hidden], [aria-hidden='true']").ToList())
            element.Remove();
        var metadata = Metadata(document, fallbackTitle);
        foreach (var element in document.QuerySelectorAll("script").ToList())
            element.Remove();

        // Comment sections are read as comments wherever they are; the outermost one holds the rest.
        var commentSections = document.All.Where(e => HasToken(e, CommentsToken())).ToList();
        commentSections = commentSections.Where(e => !commentSections.Any(o => o != e && o.Contains(e))).ToList();
        var comments = commentSections.SelectMany(Paragraphs).ToList();
        foreach (var section in commentSections)
            section.Remove();
        var root = ArticleRoot(document);
        // Furniture inside or beside the article; never the article itself or what holds it ("has-sidebar" on the body).
        foreach (var element in document.All.Where(e => HasToken(e, BoilerplateToken()) && (root is null || (e != root && !e.Contains(root)))).ToList())
            element.Remove();
        if (root is not null && root == document.Body)
            foreach (var element in root.QuerySelectorAll("header, footer").ToList())
                element.Remove();
        return PlainForm.Compose(metadata, root is null ? [] : Paragraphs(root), comments);
    }

    /// <summary>The encoding a page's byte-order mark or its <c>meta charset</c> (within the first 2 KB) declares; null when none or unknown.</summary>
    public static Encoding? DeclaredEncoding(byte[] page)
    {
        if (page is [0xEF, 0xBB, 0xBF, ..])
            return new UTF8Encoding(false, throwOnInvalidBytes: true);
        if (page is [0xFF, 0xFE, ..])
            return Encoding.Unicode;
        if (page is [0xFE, 0xFF, ..])
            return Encoding.BigEndianUnicode;
        var head = Encoding.ASCII.GetString(page, 0, Math.Min(page.Length, 2048));
        if (Charset().Match(head) is not { Success: true } declared)
            return null;
        var name = declared.Groups[1].Value;
        if (name.Equals("utf-8", StringComparison.OrdinalIgnoreCase) || name.Equals("utf8", StringComparison.OrdinalIgnoreCase))
            return null; // the strict reader's own
        try
        {
            return Encoding.GetEncoding(name);
        }
        catch (ArgumentException)
        {
            return CodePagesEncodingProvider.Instance.GetEncoding(name);
        }
    }

    [GeneratedRegex(@"<meta[^>]+charset\s*=\s*[""']?\s*([A-Za-z0-9_.:-]+)", RegexOptions.IgnoreCase)]
    private static partial Regex Charset();

    /// <summary>
    /// How deep the page's tags nest at most, counting tags that must be closed (not br, img, p, li...) in and out;
    /// what scripts and styles hold is not markup.
    /// </summary>
    private static int NestingOf(string html)
    {
        int depth = 0, deepest = 0, position = 0;
        while (position < html.Length)
        {
            var raw = RawTextStart().Match(html, position);
            var end = raw.Success ? raw.Index : html.Length;
            foreach (Match tag in Tag().Matches(html[position..end]))
            {
                if (tag.Groups["self"].Success || SelfClosing.Contains(tag.Groups["name"].Value))
                    continue;
                depth = tag.Groups["close"].Success ? Math.Max(0, depth - 1) : depth + 1;
                deepest = Math.Max(deepest, depth);
            }
            if (!raw.Success)
                break;
            var close = html.IndexOf("</" + raw.Groups[1].Value, raw.Index + raw.Length, StringComparison.OrdinalIgnoreCase);
            position = close < 0 ? html.Length : close + 2;
        }
        return deepest;
    }

    [GeneratedRegex(@"<(script|style)\b[^<>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex RawTextStart();

    /// <summary>Elements without an end tag, or whose end tag may be left out: they do not deepen a page.</summary>
    private static readonly HashSet<string> SelfClosing = new(StringComparer.OrdinalIgnoreCase)
    {
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr",
        "p", "li", "dt", "dd", "tr", "td", "th", "thead", "tbody", "tfoot", "option", "optgroup", "colgroup", "caption", "rb", "rt", "rp", "html", "head", "body",
    };

    [GeneratedRegex(@"<(?<close>/)?(?<name>[a-zA-Z][a-zA-Z0-9-]*)[^<>]*?(?<self>/)?>")]
    private static partial Regex Tag();

    /// <summary>The largest <c>article</c> or <c>articleBody</c>, else <c>main</c>, else the body.</summary>
    private static IElement? ArticleRoot(IDocument document)
    {
        var articles = document.QuerySelectorAll("article, [itemprop='articleBody']").ToList();
        if (articles.Count > 0)
            return articles.MaxBy(a => a.TextContent.Length);
        return document.QuerySelector("main, [role='main']") ?? document.Body;
    }

    private static readonly HashSet<string> BlockTags = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "div", "section", "article", "main", "header", "footer", "blockquote", "pre", "li", "ul", "ol", "dl", "dt", "dd",
        "h1", "h2", "h3", "h4", "h5", "h6", "table", "tr", "td", "th", "figure", "figcaption", "br", "hr", "address", "details", "summary",
    };

    /// <summary>The element's text, one paragraph per block element (a paragraph, heading, list item, cell, line break).</summary>
    public static IReadOnlyList<string> Paragraphs(INode root)
    {
        var paragraphs = new List<string>();
        var current = new StringBuilder();
        void Flush()
        {
            var text = PlainForm.OneLine(current.ToString());
            if (text.Length > 0)
                paragraphs.Add(text);
            current.Clear();
        }
        // An explicit stack: a page nested thousands deep must not overflow ours.
        var pending = new Stack<(INode Node, bool Closing)>();
        pending.Push((root, false));
        while (pending.Count > 0)
        {
            var (node, closing) = pending.Pop();
            var block = node is IElement element && BlockTags.Contains(element.LocalName);
            if (closing)
            {
                if (block)
                    Flush();
                continue;
            }
            if (node is IText text)
            {
                current.Append(text.Data);
                continue;
            }
            if (node is not IElement && node is not IDocument)
                continue;
            if (block)
                Flush();
            pending.Push((node, true));
            for (var i = node.ChildNodes.Length - 1; i >= 0; i--)
                pending.Push((node.ChildNodes[i], false));
        }
        Flush();
        return paragraphs;
    }

    private static DocumentMetadata Metadata(IDocument document, string fallbackTitle)
    {
        var meta = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var element in document.QuerySelectorAll("meta[content]"))
        {
            var key = element.GetAttribute("property") ?? element.GetAttribute("name") ?? element.GetAttribute("itemprop");
            if (key is not null && element.GetAttribute("content") is { } content && content.Trim().Length > 0)
                meta.TryAdd(key.Trim(), content.Trim());
        }
        var linked = LinkedData(document);
        string? First(params string[] keys) => keys.Select(k => meta.GetValueOrDefault(k) ?? linked.GetValueOrDefault(k)).FirstOrDefault(v => !string.IsNullOrWhiteSpace(v));

        var title = First("og:title", "twitter:title", "headline", "dc.title")
            ?? document.QuerySelector("article h1, h1")?.TextContent ?? document.Title;
        var published = PlainForm.DateOf(First("article:published_time", "datePublished", "published_time", "pubdate", "publishdate",
                "publish-date", "date", "dc.date.issued", "dc.date", "dcterms.date", "parsely-pub-date", "sailthru.date"))
            ?? PlainForm.DateOf(document.QuerySelector("article time[datetime], time[pubdate][datetime], time[datetime]")?.GetAttribute("datetime"));
        var author = First("author", "parsely-author", "dc.creator", "sailthru.author", "authorName");
        if (author is null || author.StartsWith("http", StringComparison.OrdinalIgnoreCase))
            author = document.QuerySelector("[rel='author'], [itemprop='author'], .byline, .author")?.TextContent;
        author = author is null ? null : ByPrefix().Replace(PlainForm.OneLine(author), "");
        var url = document.QuerySelector("link[rel='canonical'][href]")?.GetAttribute("href") ?? First("og:url");
        if (url is not null && !Uri.TryCreate(url, UriKind.Absolute, out _))
            url = null;
        return new DocumentMetadata(fallbackTitle, title, published, First("og:site_name", "application-name"), author is { Length: > 0 and <= 120 } ? author : null, url);
    }

    /// <summary>The article's fields from JSON-LD (<c>headline</c>, <c>datePublished</c>, <c>author.name</c>); a broken block is ignored.</summary>
    private static Dictionary<string, string> LinkedData(IDocument document)
    {
        var fields = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var script in document.QuerySelectorAll("script[type='application/ld+json']"))
        {
            try
            {
                using var json = JsonDocument.Parse(script.TextContent, new JsonDocumentOptions { MaxDepth = 32, AllowTrailingCommas = true });
                Collect(json.RootElement, fields, depth: 0);
            }
            catch (JsonException)
            {
                // a page's broken metadata is no reason to lose its article
            }
        }
        return fields;
    }

    private static void Collect(JsonElement element, Dictionary<string, string> fields, int depth)
    {
        if (depth > 8)
            return;
        if (element.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in element.EnumerateArray())
                Collect(item, fields, depth + 1);
            return;
        }
        if (element.ValueKind != JsonValueKind.Object)
            return;
        foreach (var property in element.EnumerateObject())
        {
            if (property.Value.ValueKind == JsonValueKind.String && property.Name is "headline" or "datePublished")
                fields.TryAdd(property.Name, property.Value.GetString()!);
            else if (property.Name == "author")
            {
                var author = property.Value.ValueKind == JsonValueKind.Array && property.Value.GetArrayLength() > 0 ? property.Value[0] : property.Value;
                var name = author.ValueKind == JsonValueKind.String ? author.GetString()
                    : author.ValueKind == JsonValueKind.Object && author.TryGetProperty("name", out var n) && n.ValueKind == JsonValueKind.String ? n.GetString() : null;
                if (name is not null)
                    fields.TryAdd("authorName", name);
            }
            else if (property.Name == "@graph")
                Collect(property.Value, fields, depth + 1);
        }
    }

    private static bool HasToken(IElement element, Regex token) =>
        (element.Id is { } id && token.IsMatch(id)) || element.ClassList.Any(token.IsMatch);

    /// <summary>A class or id naming a comment section ("comments", "comment-list", "disqus_thread").</summary>
    [GeneratedRegex(@"^(comments|comment-?list|comments-?(area|section|wrapper|container)|commentlist|disqus_thread|respond|responses)$", RegexOptions.IgnoreCase)]
    private static partial Regex CommentsToken();

    /// <summary>A class or id naming page furniture: menus, sharing, related links, newsletters, ads, cookie notices.</summary>
    [GeneratedRegex(@"^(.*[-_])?(nav|navbar|navigation|menu|breadcrumbs?|sidebar|share|sharing|social|related|newsletter|subscribe|subscription|advert\w*|ads?|promo|cookies?|site-?footer|site-?header|masthead|toolbar|popup|modal|paywall)([-_].*)?$", RegexOptions.IgnoreCase)]
    private static partial Regex BoilerplateToken();

    [GeneratedRegex(@"^by\s+", RegexOptions.IgnoreCase)]
    private static partial Regex ByPrefix();
}
