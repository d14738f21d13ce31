namespace ActorGraph.Core.Extraction;

/// <summary>
/// Bounds that keep every document's reading finite in time and memory. A document over
/// <see cref="MaxDocumentBytes"/> is skipped with that reason; a sentence over <see cref="MaxSentenceChars"/> is read
/// in pieces (cutting at a comma or a space), and relations past <see cref="MaxRelationsPerDocument"/> are not
/// kept; both are reported as the document's notes.
/// </summary>
public sealed record ExtractionLimits(long MaxDocumentBytes, int MaxSentenceChars, int MaxRelationsPerDocument)
{
    /// <summary>16 MB documents, sentences of 2,000 characters (a long real one has 600), 20,000 relations a document.</summary>
    public static readonly ExtractionLimits Default = new(16L * 1024 * 1024, 2_000, 20_000);
}
