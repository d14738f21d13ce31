namespace ActorGraph.Cli.Commands;

/// <summary>A plain aligned text table for terminals; long cells are cut with an ellipsis.</summary>
internal static class TextTable
{
    public static void Write(TextWriter output, IReadOnlyList<string> headers, IEnumerable<IReadOnlyList<string>> rows, int maxWidth = 60)
    {
        var cells = rows.Select(r => r.Select(c => Cut(c, maxWidth)).ToList()).ToList();
        var widths = headers.Select((h, i) => Math.Max(h.Length, cells.Count == 0 ? 0 : cells.Max(r => r[i].Length))).ToList();
        output.WriteLine(string.Join("  ", headers.Select((h, i) => h.PadRight(widths[i]))).TrimEnd());
        output.WriteLine(string.Join("  ", widths.Select(w => new string('-', w))));
        foreach (var row in cells)
            output.WriteLine(string.Join("  ", row.Select((c, i) => c.PadRight(widths[i]))).TrimEnd());
    }

    private static string Cut(string text, int max) => text.Length <= max ? text : text[..(max - 1)] + "\u2026";
}
