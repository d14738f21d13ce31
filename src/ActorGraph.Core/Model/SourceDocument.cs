namespace ActorGraph.Core.Model;

/// <summary>A document as read from disk: metadata plus its full text (offsets in evidence point into <see cref="Text"/>).</summary>
/// <param name="Key">The document's identity in the store: its file name, e.g. <c>000_16b1e143a013c3da.txt</c>.</param>
/// <param name="BodyStart">Offset in <see cref="Text"/> where the body begins (after front matter or header lines).</param>
public sealed record SourceDocument(
    string Key,
    string Title,
    DateOnly? Published,
    string? Source,
    string? Author,
    string? Url,
    string Text,
    int BodyStart)
{
    /// <summary>SHA-256 of the text: an unchanged document is recognised and not loaded twice.</summary>
    public string ContentHash { get; } = Convert.ToHexString(
        System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(Text)));
}
