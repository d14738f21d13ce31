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
            ("Tags: , , ,", SegmentKind.Metadata),
            ("2 Comments", SegmentKind.Caption),
            ("• Dan says:", SegmentKind.Caption),
            ("If the Gener", SegmentKind.Comment),
            ("Iraq", SegmentKind.Caption),
        ], kinds);
    }

    [Fact]
    public void a_commenter_s_name_and_timestamp_lines_are_not_part_of_the_comment()
    {
        const string text = "The group shelled the town.\n\n3 Comments\n\nJane Doe\nMarch 4, 2016 at 9:05 am\nThey are all paid by the same people.\n\nOmar\n5 March 2016 14:20\nNonsense from start to end.\n";
        var segments = DocumentSegmenter.Split(text, 0);
        Assert.Contains(segments, s => s.Text == "They are all paid by the same people." && s.Kind == SegmentKind.Comment);
        Assert.Contains(segments, s => s.Text == "Nonsense from start to end." && s.Kind == SegmentKind.Comment);
        Assert.All(segments.Where(s => s.Text.Contains("2016", StringComparison.Ordinal)), s => Assert.Equal(SegmentKind.Caption, s.Kind));
        Assert.All(segments, s => Assert.Equal(s.Text, text.Substring(s.Start, s.Text.Length).Replace('\n', ' ')));
    }

    [Theory]
    [InlineData("Readers' comments")]
    [InlineData("Reader's comments")]
    [InlineData("Comments from readers")]
    [InlineData("What readers say")]
    public void the_usual_headings_of_a_readers_section_open_the_comments(string heading)
    {
        var segments = DocumentSegmenter.Split($"The group shelled the town.\n\n{heading}\n\nOmar: They are all paid by the same people.\n", 0);
        Assert.Equal(SegmentKind.Body, segments[0].Kind);
        Assert.Equal(SegmentKind.Comment, segments[^1].Kind);
    }

    [Fact]
    public void each_item_of_a_list_is_a_block_of_its_own()
    {
        const string text = "Key points:\n- The rebels shelled the airport on\nMonday, officials said.\n- Government jets struck the market.\n2) A third item follows here.\n";
        var segments = DocumentSegmenter.Split(text, 0);
        Assert.Contains(segments, s => s.Text == "- The rebels shelled the airport on Monday, officials said.");
        Assert.Contains(segments, s => s.Text == "- Government jets struck the market.");
        Assert.Contains(segments, s => s.Text == "2) A third item follows here.");
    }

    [Fact]
    public void a_body_line_ending_in_said_does_not_open_the_comments()
    {
        var segments = DocumentSegmenter.Split("The group's statement said:\n\nNusra attacked the SRF in Idlib on Friday.\n", 0);
        Assert.Equal(SegmentKind.Body, segments[^1].Kind);
    }

    [Fact]
    public void an_unpunctuated_wire_paragraph_is_still_body()
    {
        var segments = DocumentSegmenter.Split("Yet it has been eclipsed by the Islamic State, which now rules large parts of eastern Syria\n", 0);
        Assert.Equal(SegmentKind.Body, Assert.Single(segments).Kind);
    }

    [Fact]
    public void numbers_paragraphs_by_blank_lines()
    {
        var segments = DocumentSegmenter.Split("One is here.\nStill one.\n\nTwo here now.\n", 0);
        Assert.Equal([1, 2], segments.Select(s => s.Paragraph));
    }

    [Fact]
    public void hard_wrapped_lines_of_a_paragraph_read_as_one_block_with_exact_offsets()
    {
        const string text = "Since late October, Al Nusrah has gone on the\noffensive against the SRF, capturing several\ntowns.\n\nNext paragraph here.\n";
        var segments = DocumentSegmenter.Split(text, 0);
        Assert.Equal(2, segments.Count);
        Assert.Equal("Since late October, Al Nusrah has gone on the offensive against the SRF, capturing several towns.", segments[0].Text);
        Assert.Equal(SegmentKind.Body, segments[0].Kind);
        Assert.Equal(text.IndexOf("Next", StringComparison.Ordinal), segments[1].Start);
    }

    [Fact]
    public void a_line_of_quotes_and_brackets_only_is_no_prose_and_no_crash() =>
        Assert.Equal(SegmentKind.Caption, Assert.Single(DocumentSegmenter.Split("\"')\u201d", 0)).Kind);
}
