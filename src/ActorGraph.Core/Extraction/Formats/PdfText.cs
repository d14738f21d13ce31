using System.Text;
using System.Text.RegularExpressions;
using UglyToad.PdfPig;
using UglyToad.PdfPig.DocumentLayoutAnalysis.PageSegmenter;
using UglyToad.PdfPig.DocumentLayoutAnalysis.WordExtractor;
using UglyToad.PdfPig.Exceptions;

namespace ActorGraph.Core.Extraction.Formats;

/// <summary>
/// A PDF's text in reading order: text blocks found by layout (Docstrum), columns read left then right between
/// full-width blocks, running headers and footers (the same line at a page's top or bottom on several pages, page
/// numbers) dropped, words hyphenated at a line's end joined, and a paragraph broken by a column or page joined.
/// </summary>
public static partial class PdfText
{
    /// <summary>A text block on a page; y grows upwards, as in PDF.</summary>
    private sealed record Block(int Page, double Left, double Right, double Top, double Bottom, IReadOnlyList<string> Lines);

    public static string ToPlainForm(byte[] bytes, string path, string fallbackTitle)
    {
        PdfDocument pdf;
        try
        {
            pdf = PdfDocument.Open(bytes);
        }
        catch (PdfDocumentEncryptedException)
        {
            throw new InputException(path, 0, "an encrypted PDF: save it without a password to load it");
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // A third-party parser on a file from anywhere: whatever it throws means this file cannot be read.
            throw new InputException(path, 0, $"not a readable PDF ({e.Message})");
        }
        using (pdf)
        {
            try
            {
                return Read(pdf, path, fallbackTitle);
            }
            catch (Exception e) when (e is not (InputException or OperationCanceledException))
            {
                throw new InputException(path, 0, $"not a readable PDF ({e.Message})");
            }
        }
    }

    private static string Read(PdfDocument pdf, string path, string fallbackTitle)
    {
        var pages = new List<(double Width, double Height, List<Block> Blocks)>();
        foreach (var page in pdf.GetPages())
        {
            var words = page.GetWords(NearestNeighbourWordExtractor.Instance).Where(w => w.Text.Trim().Length > 0).ToList();
            var blocks = DocstrumBoundingBoxes.Instance.GetBlocks(words)
                .Select(b => new Block(page.Number, b.BoundingBox.Left, b.BoundingBox.Right, b.BoundingBox.Top, b.BoundingBox.Bottom,
                    b.TextLines.Select(l => l.Text).ToList()))
                .ToList();
            pages.Add((page.Width, page.Height, blocks));
        }
        if (pages.Sum(p => p.Blocks.Count) == 0)
            throw new InputException(path, 0, "a PDF without a text layer (a scanned image?); run it through OCR first");

        var running = RunningLines(pages);
        var paragraphs = new List<(string Text, bool StartsColumn)>();
        foreach (var (width, height, blocks) in pages)
        {
            var columnStart = true;
            foreach (var (block, startsColumn) in ReadingOrder(blocks, width))
            {
                var lines = block.Lines.Where(l => !running.Contains(Normalised(l)) && !PageNumber().IsMatch(l.Trim())
                    || !AtEdge(block, height)).ToList();
                columnStart |= startsColumn;
                if (lines.Count == 0)
                    continue;
                paragraphs.Add((JoinLines(lines), columnStart));
                columnStart = false;
            }
        }
        var info = pdf.Information;
        var metadata = new DocumentMetadata(fallbackTitle, info.Title, PlainForm.DateOf(info.CreationDate), null, info.Author);
        return PlainForm.Compose(metadata, JoinBrokenParagraphs(paragraphs));
    }

    private static bool AtEdge(Block block, double pageHeight) =>
        block.Bottom > pageHeight * 0.9 || block.Top < pageHeight * 0.1;

    /// <summary>Lines at a page's top or bottom that recur (digits aside) on at least two pages: running headers and footers.</summary>
    private static HashSet<string> RunningLines(List<(double Width, double Height, List<Block> Blocks)> pages)
    {
        var pagesOf = new Dictionary<string, HashSet<int>>();
        foreach (var (_, height, blocks) in pages)
            foreach (var block in blocks.Where(b => AtEdge(b, height)))
                foreach (var line in block.Lines)
                    (pagesOf.TryGetValue(Normalised(line), out var set) ? set : pagesOf[Normalised(line)] = []).Add(block.Page);
        return pagesOf.Where(p => p.Value.Count >= 2).Select(p => p.Key).ToHashSet();
    }

    private static string Normalised(string line) => Digits().Replace(PlainForm.OneLine(line).ToLowerInvariant(), "#");

    /// <summary>
    /// Top to bottom; between full-width blocks, the left column's blocks before the right column's. Each block
    /// says whether it opens a column (where a paragraph cut by the column's end goes on).
    /// </summary>
    private static IEnumerable<(Block Block, bool StartsColumn)> ReadingOrder(List<Block> blocks, double pageWidth)
    {
        var middle = pageWidth / 2;
        var pending = new List<Block>();
        IEnumerable<(Block, bool)> FlushColumns()
        {
            var left = pending.Where(b => (b.Left + b.Right) / 2 < middle).OrderByDescending(b => b.Top).ToList();
            var right = pending.Where(b => (b.Left + b.Right) / 2 >= middle).OrderByDescending(b => b.Top).ToList();
            pending.Clear();
            return left.Select((b, i) => (b, i == 0)).Concat(right.Select((b, i) => (b, i == 0))).ToList();
        }
        foreach (var block in blocks.OrderByDescending(b => b.Top))
        {
            var fullWidth = block.Right - block.Left > pageWidth * 0.55 || (block.Left < middle && block.Right > middle + pageWidth * 0.05);
            if (!fullWidth)
            {
                pending.Add(block);
                continue;
            }
            foreach (var column in FlushColumns())
                yield return column;
            yield return (block, false);
        }
        foreach (var column in FlushColumns())
            yield return column;
    }

    /// <summary>A block's lines as one paragraph: "fight-" + "ers" is "fighters", "al-" + "Qaeda" is "al-Qaeda"; header lines (Published: ...) stay lines.</summary>
    private static string JoinLines(IReadOnlyList<string> lines)
    {
        var text = new StringBuilder();
        foreach (var raw in lines)
        {
            var line = PlainForm.OneLine(raw);
            if (line.Length == 0)
                continue;
            if (text.Length == 0)
                text.Append(line);
            else if (HeaderLine().IsMatch(line) || HeaderLine().IsMatch(LastLine(text)))
                text.Append('\n').Append(line);
            else if (text[^1] == '-' && text.Length > 1 && char.IsLetter(text[^2]))
            {
                if (char.IsLower(line[0]))
                    text.Length--;
                text.Append(line);
            }
            else
                text.Append(' ').Append(line);
        }
        return text.ToString();
    }

    private static string LastLine(StringBuilder text)
    {
        var s = text.ToString();
        return s[(s.LastIndexOf('\n') + 1)..];
    }

    /// <summary>
    /// A word hyphenated at a block's end goes on in the next block; a paragraph that stops mid-sentence at a
    /// column's or page's end goes on at the top of the next column. Captions and headings stay apart.
    /// </summary>
    private static List<string> JoinBrokenParagraphs(List<(string Text, bool StartsColumn)> paragraphs)
    {
        var joined = new List<string>();
        foreach (var (paragraph, startsColumn) in paragraphs)
        {
            var previous = joined.Count > 0 ? joined[^1] : "";
            var hyphenated = previous.Length > 1 && previous[^1] == '-' && char.IsLetter(previous[^2]);
            var cut = startsColumn && previous.Length > 80 && !EndsSentence().IsMatch(previous);
            if ((hyphenated || cut) && !previous.Contains('\n') && !HeaderLine().IsMatch(paragraph))
                joined[^1] = hyphenated ? (char.IsLower(paragraph[0]) ? previous[..^1] : previous) + paragraph : previous + " " + paragraph;
            else
                joined.Add(paragraph);
        }
        return joined;
    }

    /// <summary>Paragraphs may hold several lines (header lines); <see cref="PlainForm"/> writes each on its own line.</summary>
    [GeneratedRegex("^(" + DocumentReader.HeaderNames + @")\s*:\s*\S", RegexOptions.IgnoreCase)]
    private static partial Regex HeaderLine();

    [GeneratedRegex(@"[.!?:;""\u201d\u2019')\]]$")]
    private static partial Regex EndsSentence();

    [GeneratedRegex(@"^(page\s*)?\d{1,4}(\s*(of|/)\s*\d{1,4})?$", RegexOptions.IgnoreCase)]
    private static partial Regex PageNumber();

    [GeneratedRegex(@"\d+")]
    private static partial Regex Digits();
}
