using ActorGraph.Core.Extraction;

namespace ActorGraph.Core.Tests;

public class DocumentReaderTests
{
    [Fact]
    public void reads_yaml_front_matter()
    {
        var doc = DocumentReader.Parse("---\ntitle: A title\npublished: 2014-11-06\nsource: LWJ\nauthor: T. J.\nurl: https://example.org/a\n---\nBody text here.\n", "a.txt");
        Assert.Equal("A title", doc.Title);
        Assert.Equal(new DateOnly(2014, 11, 6), doc.Published);
        Assert.Equal("LWJ", doc.Source);
        Assert.Equal("T. J.", doc.Author);
        Assert.Equal("https://example.org/a", doc.Url);
        Assert.StartsWith("Body text here.", doc.Text[doc.BodyStart..]);
    }

    [Fact]
    public void reads_the_plain_title_and_published_form()
    {
        var doc = DocumentReader.Parse("Officials: attacks failed\nPublished: 2014-10-29\n\nLeaders still live.\n\nAuthor: Jason Ditz\n", "b.txt");
        Assert.Equal("Officials: attacks failed", doc.Title);
        Assert.Equal(new DateOnly(2014, 10, 29), doc.Published);
        Assert.Equal("Jason Ditz", doc.Author);
        Assert.StartsWith("Leaders still live.", doc.Text[doc.BodyStart..]);
    }

    [Theory]
    [InlineData("October 29, 2014")]
    [InlineData("Oct. 29, 2014")]
    [InlineData("29 October 2014")]
    [InlineData("Wednesday, October 29, 2014")]
    [InlineData("2014/10/29")]
    public void reads_publication_dates_written_the_common_ways(string written) =>
        Assert.Equal(new DateOnly(2014, 10, 29), DocumentReader.Parse($"Title\nPublished: {written}\n\nBody.", "d.txt").Published);

    [Fact]
    public void a_hard_wrapped_title_still_finds_its_published_line()
    {
        var doc = DocumentReader.Parse("Jihadist alliance takes the last stronghold of\nUS-armed militia\nPublished: 2014-11-01\n\nBody text.\n", "w.txt");
        Assert.Equal("Jihadist alliance takes the last stronghold of US-armed militia", doc.Title);
        Assert.Equal(new DateOnly(2014, 11, 1), doc.Published);
    }

    [Fact]
    public void loads_a_document_without_a_published_date()
    {
        var doc = DocumentReader.Parse("Just a title\n\nSome body.\n", "c.txt");
        Assert.Null(doc.Published);
        Assert.Equal("Just a title", doc.Title);
    }

    [Theory]
    [InlineData("Militias fight over the port\n\nThursday, March 5, 2015\n\nThe militias fought on Wednesday.\n")]
    [InlineData("Militias fight over the port\n\nA militiaman at a checkpoint [photo]\n\n5 March, 2015\n\nThe militias fought on Wednesday.\n")]
    [InlineData("Militias fight over the port\nPosted on Mar. 5, 2015 at 10:42 GMT\n\nThe militias fought on Wednesday.\n")]
    [InlineData("Militias fight over the port\n\nBy Jane Roe, Staff Writer | Updated March 5, 2015\n\nThe militias fought on Wednesday.\n")]
    public void a_dateline_under_the_title_dates_a_document_without_a_published_header(string text) =>
        Assert.Equal(new DateOnly(2015, 3, 5), DocumentReader.Parse(text, "m.txt").Published);

    [Theory]
    [InlineData("Militias fight over the port\n\nThe militias fought on March 5, 2015, officials said.\n")]
    [InlineData("Militias fight over the port\n\nA\n\nB\n\nC\n\nD\n\nE\n\nF\n\nMarch 5, 2015\n")]
    [InlineData("Militias fight over the port\n\nMarch 2015\n\nThe militias fought.\n")]
    public void a_date_inside_a_sentence_or_far_down_the_page_is_no_dateline(string text) =>
        Assert.Null(DocumentReader.Parse(text, "m.txt").Published);

    [Fact]
    public void a_published_header_wins_over_a_dateline() =>
        Assert.Equal(new DateOnly(2015, 3, 6), DocumentReader.Parse("Title\nPublished: 2015-03-06\n\nMarch 5, 2015\n\nBody.\n", "m.txt").Published);

    [Theory]
    [InlineData("---\ntitle: x\npublished: 2014-13-45\n---\nBody.", 3, "published")]
    [InlineData("---\ntitle: x\n", 1, "never closed")]
    [InlineData("---\ntitle: [unclosed\n---\nBody.", 0, "not valid YAML")]
    [InlineData("---\ntitle: [Draft\nsource: x\nauthor: y\n---\nBody.", 2, "not valid YAML")]
    [InlineData("Title\nPublished: last Tuesday\n\nBody.", 2, "Published")]
    [InlineData("Title\nPublished: 2014-02-30\n\nBody.", 2, "Published")]
    public void bad_metadata_names_the_file_line_and_field(string text, int line, string words)
    {
        var e = Assert.Throws<InputException>(() => DocumentReader.Parse(text, "bad.txt", "docs/bad.txt"));
        Assert.Equal("docs/bad.txt", e.File);
        if (line > 0)
            Assert.Equal(line, e.Line);
        Assert.Contains(words, e.Message);
    }

    [Theory]
    [InlineData("[", "]")]
    [InlineData("{a: ", "}")]
    [InlineData("- ", "")]
    public void front_matter_nested_fifty_thousand_deep_is_refused_not_a_stack_overflow(string open, string close)
    {
        var nested = open == "- " ? "\n" + string.Concat(Enumerable.Repeat(open, 50_000)) + "x"
            : string.Concat(Enumerable.Repeat(open, 50_000)) + "x" + string.Concat(Enumerable.Repeat(close, 50_000));
        var e = Assert.Throws<InputException>(() => DocumentReader.Parse($"---\ntitle: {nested}\n---\nBody.", "deep.txt"));
        Assert.Contains("more than 32 levels deep", e.Message);
    }

    [Fact]
    public void rejects_files_that_are_not_utf8_text()
    {
        using var folder = TestPaths.NewTempFolder();
        var path = Path.Combine(folder.Path, "binary.txt");
        File.WriteAllBytes(path, [0x54, 0xff, 0xfe, 0x00, 0x41]);
        var e = Assert.Throws<InputException>(() => DocumentReader.ReadFile(path));
        Assert.Contains("binary.txt", e.Message);
    }
}
