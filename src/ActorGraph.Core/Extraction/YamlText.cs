using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.RepresentationModel;

namespace ActorGraph.Core.Extraction;

/// <summary>
/// Parses YAML text (a dictionary file, a document's front matter) into nodes, turning every way it can fail into
/// an <see cref="InputException"/> with its line. Building the node tree recurses once per nesting level, so
/// <c>[[[[...</c> 50,000 deep would overflow the stack and end the process: the nesting is measured first on the
/// parser's event stream, which does not recurse, and anything deeper than <see cref="MaxDepth"/> is refused.
/// </summary>
internal static class YamlText
{
    /// <summary>Far deeper than any of our files needs (dictionaries nest three levels, front matter one).</summary>
    public const int MaxDepth = 32;

    /// <param name="firstLine">The file line the text starts on, so errors name the file's own lines.</param>
    /// <param name="what">How the text is named in messages ("front matter").</param>
    public static YamlStream Load(string text, string path, int firstLine = 1, string what = "file")
    {
        var aliasLine = 0;
        try
        {
            aliasLine = CheckDepth(text, path, firstLine, what);
            var stream = new YamlStream();
            stream.Load(new StringReader(text));
            return stream;
        }
        catch (YamlException e)
        {
            throw new InputException(path, (int)e.Start.Line + firstLine - 1, $"{what} is not valid YAML: {e.Message.Split('\n')[0]}");
        }
        catch (ArgumentException)
        {
            // The node loader throws this, not a YamlException, on an alias where no node may stand ("[a]*x",
            // found by fuzzing): name the alias's line when there is one.
            throw new InputException(path, aliasLine > 0 ? aliasLine : firstLine, $"{what} is not valid YAML: an alias (*name) or a value stands where none may");
        }
    }

    /// <returns>The file line of the last alias (*name) in the text, or 0.</returns>
    private static int CheckDepth(string text, string path, int firstLine, string what)
    {
        var parser = new Parser(new StringReader(text));
        var depth = 0;
        var line = 1;
        var aliasLine = 0;
        while (Next(parser, path, line + firstLine - 1, what))
        {
            line = (int)parser.Current!.End.Line;
            if (parser.Current is AnchorAlias)
                aliasLine = (int)parser.Current.Start.Line + firstLine - 1;
            switch (parser.Current)
            {
                case MappingStart or SequenceStart:
                    if (++depth > MaxDepth)
                        throw new InputException(path, (int)parser.Current.Start.Line + firstLine - 1,
                            $"{what} nests lists or mappings more than {MaxDepth} levels deep");
                    break;
                case MappingEnd or SequenceEnd:
                    depth--;
                    break;
            }
        }
        return aliasLine;
    }

    private static bool Next(Parser parser, string path, int line, string what)
    {
        try
        {
            return parser.MoveNext();
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentException or FormatException or OverflowException)
        {
            // The scanner throws these, not a YamlException, on some broken text (an unclosed "[" then more lines).
            throw new InputException(path, line, $"{what} is not valid YAML after this line: an unclosed '[', '{{' or quote?");
        }
    }
}
