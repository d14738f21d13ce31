namespace ActorGraph.Core.Model;

/// <summary>
/// One sentence that supports a relation, with where it stands, when it happened and who says so.
/// </summary>
/// <param name="SentenceStart">Offset of the sentence in the document's text.</param>
/// <param name="DateText">The raw phrase the date was resolved from ("since late October"), even when unresolved.</param>
/// <param name="Background">True for undated background statements ("have long been allied"): they precede the dated ones.</param>
/// <param name="Explanation">What produced the relation and its confidence, in words.</param>
public sealed record Evidence(
    string DocumentKey,
    string Sentence,
    int SentenceIndex,
    int SentenceStart,
    PartialDate? Date,
    string? DateText,
    Attribution Attribution,
    string? ClaimedBy,
    double Confidence,
    bool Background,
    string Explanation)
{
    /// <summary>
    /// True when the sentence says the relation had not held until then ("have not been in the coalition's
    /// crosshairs until yesterday"): a stated resumption after a quiet period.
    /// </summary>
    public bool Resumed { get; init; }
}
