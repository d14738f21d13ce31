namespace ActorGraph.Core.Extraction;

/// <summary>What a line of a document is: file names and metadata yield no relations; comments only comment relations.</summary>
public enum SegmentKind
{
    /// <summary>Article text: the author's statements.</summary>
    Body,
    /// <summary>Headings and image captions: short lines that are not full sentences, but state what a photo shows.</summary>
    Caption,
    /// <summary>Image or attachment file names ("Screen Shot 2014-11-06 at 9.58.49 AM.png").</summary>
    FileName,
    /// <summary>Reader comments and their headers: kept only with attribution comment.</summary>
    Comment,
    /// <summary>The document's title (headline): the author's statement, often in headline style.</summary>
    Title,
    /// <summary>Tag lists, "Filed under", "Share this": no statements at all.</summary>
    Metadata,
}
