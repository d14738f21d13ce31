using ActorGraph.Core.Extraction;

namespace ActorGraph.Core.Tests;

public class DocumentSegmenterTests
{
    private const string Article = """
        The SRF and Al Nusrah have long been allied against the regime.

        Al Nusrah Front photos purportedly showing the aftermath of coalition airstrikes in Idlib

        Screen Shot 2014-11-06 at 9.58.49 AM.png

        Tags: , , ,

        2 Comments

          • Dan says:

          If the General is correct does it not show IS and AQ have patched up previous grievances?

        Iraq
        """;

    [Fact]
    public void tells_body_captions_file_names_and_comments_apart()
    {
        var kinds = DocumentSegmenter.Split(Article, 0).Select(s => (s.Text[..Math.Min(12, s.Text.Length)], s.Kind)).ToList();
        Assert.Equal(
        [
            ("The SRF and ", SegmentKind.Body),
            ("Al Nusrah Fr", SegmentKind.Caption),
            ("Screen Shot ", SegmentKind.FileName),
            ("Tags: , , ,", SegmentKind.Caption),
            ("2 Comments", SegmentKind.Caption),
            ("• Dan says:", SegmentKind.Caption),
            ("If the Gener", SegmentKind.Comment),
            ("Iraq", SegmentKind.Caption),
        ], kinds);
    }

    [Fact]
    public void numbers_paragraphs_by_blank_lines()
    {
        var segments = DocumentSegmenter.Split("One.\nStill one.\n\nTwo here now.\n", 0);
        Assert.Equal([1, 1, 2], segments.Select(s => s.Paragraph));
    }
}
