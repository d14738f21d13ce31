using System.Text.RegularExpressions;

namespace ActorGraph.Core.Extraction;

/// <summary>
/// Splits a document body into lines and tells article text from captions, file names and the reader
/// comments that follow a "2 Comments" (or "Comments", "Leave a Reply") line.
/// </summary>
public static partial class DocumentSegmenter
{
    public static IReadOnlyList<Segment> Split(string text, int bodyStart)
    {
        var segments = new List<Segment>();
        var inComments = false;
        var paragraph = 0;
        var previousBlank = true;
        var position = bodyStart;
        // Consecutive lines of one paragraph (hard-wrapped text) are read as one block.
        int blockStart = -1, blockEnd = -1;

        void Flush()
        {
            if (blockStart < 0)
                return;
            // Same length as the original, so offsets stay exact; line breaks read as spaces.
            var block = text[blockStart..blockEnd].Replace('\n', ' ');
            segments.Add(new Segment(blockStart, block, Classify(block, inComments), paragraph));
            blockStart = -1;
        }

        while (position <= text.Length)
        {
            var end = text.IndexOf('\n', position);
            if (end < 0)
                end = text.Length;
            // A span until a segment needs its own string: most lines join a block.
            var raw = text.AsSpan(position, end - position);
            var line = raw.Trim();
            var lineStart = position + (raw.Length - raw.TrimStart().Length);
            var lineEnd = lineStart + line.Length;
            position = end + 1;
            if (line.Length == 0)
            {
                Flush();
                previousBlank = true;
                continue;
            }
            if (previousBlank)
                paragraph++;
            previousBlank = false;

            // "3 Responses to ...", "Comments (3)", or a first "Name says:" header: what follows is reader comments.
            if (CommentsMarker().IsMatch(line) || CommentHeader().IsMatch(line))
            {
                Flush();
                inComments = true;
                segments.Add(new Segment(lineStart, line.ToString(), SegmentKind.Caption, paragraph));
                continue;
            }
            // "June 10, 2015 at 4:12 pm" under a commenter's name: a line of its own, never part of the comment's sentence.
            if (FileName().IsMatch(line) || CommenterHeader().IsMatch(line) || Timestamp().IsMatch(line))
            {
                Flush();
                segments.Add(new Segment(lineStart, line.ToString(), Classify(line, inComments), paragraph));
                continue;
            }
            // "- Al Shabaab overran ...": each item of a list is a block of its own, however its lines are wrapped.
            if (ListItem().IsMatch(line))
                Flush();
            if (blockStart < 0)
                blockStart = lineStart;
            blockEnd = lineEnd;
        }
        Flush();
        return segments;
    }

    private static SegmentKind Classify(ReadOnlySpan<char> line, bool inComments)
    {
        if (FileName().IsMatch(line))
            return SegmentKind.FileName;
        if (Timestamp().IsMatch(line))
            return SegmentKind.Caption;
        if (MetadataLine().IsMatch(line))
            return SegmentKind.Metadata;
        if (CommenterHeader().IsMatch(line))
            return SegmentKind.Caption;
        if (!LooksLikeProse(line))
            return SegmentKind.Caption;
        return inComments ? SegmentKind.Comment : SegmentKind.Body;
    }

    /// <summary>Prose ends like a sentence or is long; headings, captions and tag lists do neither.</summary>
    private static bool LooksLikeProse(ReadOnlySpan<char> line)
    {
        if (line.StartsWith("Tags:", StringComparison.OrdinalIgnoreCase))
            return false;
        var words = 0;
        for (var i = 0; i < line.Length; i++)
            if (line[i] != ' ' && (i == 0 || line[i - 1] == ' '))
                words++;
        var trimmed = line.TrimEnd("\"\u201d\u2019') ");
        if (trimmed.IsEmpty)
            return false; // a line of quotes and brackets only (found by fuzzing)
        var endsLikeSentence = trimmed[^1] is '.' or '?' or '!' or ':' or ';';
        // Wire copy sometimes drops a paragraph's final stop; captions and headings are rarely that long.
        return endsLikeSentence ? words >= 4 : words >= 15;
    }

    [GeneratedRegex(@"^(\d+\s+(comments?|responses?|replies|thoughts)(\s+(to|on)\b.{0,200})?|comments?(\s*\(\d+\))?|(reader|readers|readers'|reader's|user|users|users'|your|latest|top) comments|comments from (our )?readers|what (our )?readers (say|think)|leave a (reply|comment)|post a comment|add a comment|join the discussion|discussion)\s*:?$", RegexOptions.IgnoreCase)]
    private static partial Regex CommentsMarker();

    [GeneratedRegex(@"^(tags|tagged|filed under|categories|category|topics|share this|share on|related|read more|see also)\s*:", RegexOptions.IgnoreCase)]
    private static partial Regex MetadataLine();

    [GeneratedRegex(@"\.(png|jpe?g|gif|webp|svg|bmp|tiff?|pdf|mp4)\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex FileName();

    [GeneratedRegex(@"^[\u2022\-\*]?\s*.{1,60}\s(says|said|wrote|writes|replied):?$")]
    private static partial Regex CommenterHeader();

    /// <summary>The opening of a list item: a bullet or dash ("- ", "• ", "* ") or a number ("1. ", "2) ") before a word.</summary>
    [GeneratedRegex(@"^(?:[\u2022\u00b7\-\*\u2013\u2014]|\d{1,2}[.)])\s+\S")]
    private static partial Regex ListItem();

    /// <summary>A date and time alone on a line: "June 10, 2015 at 4:12 pm", "10 June 2015 16:12", "2015-06-10 16:12".</summary>
    [GeneratedRegex(@"^(?:[A-Z][a-z]+\.? \d{1,2},? \d{4}|\d{1,2} [A-Z][a-z]+\.? \d{4}|\d{4}-\d{2}-\d{2})(?:,? (?:at )?\d{1,2}[:.]\d{2}(?: ?[ap]\.?m\.?)?)?$", RegexOptions.IgnoreCase)]
    private static partial Regex Timestamp();

    /// <summary>"Dan says:" opens the comments; a short line ending in "says:" with no sentence before it.</summary>
    [GeneratedRegex(@"^[\u2022\-\*]?\s*[^.!?:]{1,50}\s(says|writes|wrote|replied):$")]
    private static partial Regex CommentHeader();
}
