namespace ActorGraph.Core.Extraction;

/// <summary>What a line of a document is: only <see cref="Body"/> and <see cref="Comment"/> lines yield relations.</summary>
public enum SegmentKind
{
    /// <summary>Article text: the author's statements.</summary>
    Body,
    /// <summary>Headings, image captions, tag lists: short lines that are not sentences.</summary>
    Caption,
    /// <summary>Image or attachment file names ("Screen Shot 2014-11-06 at 9.58.49 AM.png").</summary>
    FileName,
    /// <summary>Reader comments and their headers: kept only with attribution comment.</summary>
    Comment,
}
