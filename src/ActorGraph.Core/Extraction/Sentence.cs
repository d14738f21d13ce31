namespace ActorGraph.Core.Extraction;

/// <summary>A sentence with its offset in the document text, its paragraph and the kind of line it came from.</summary>
public sealed record Sentence(int Index, int Start, string Text, SegmentKind Kind, int Paragraph);
