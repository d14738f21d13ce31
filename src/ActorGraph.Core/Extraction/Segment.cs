namespace ActorGraph.Core.Extraction;

/// <summary>One line of a document's body with its offset in the document text and its paragraph number.</summary>
public sealed record Segment(int Start, string Text, SegmentKind Kind, int Paragraph);
