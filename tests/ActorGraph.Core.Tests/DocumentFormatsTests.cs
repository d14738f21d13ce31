using ActorGraph.Core.Extraction;
using ActorGraph.Core.Model;
using ActorGraph.Core.Storage;
using ActorGraph.Core.Storage.Sqlite;

namespace ActorGraph.Core.Tests;

/// <summary>Web pages, PDF and Word files read as the article they hold: the seed saved each way yields the seed's relations.</summary>
public sealed class DocumentFormatsTests : IDisposable
{
    // Furniture that states a relation of its own: read as article text, it would add an edge the article does not state.
    private const string Furniture = "The Islamic State attacked the Syrian Revolutionaries' Front near Aleppo on Monday.";
    private const string RunningHeader = "Example Journal - Analysis - November 2014 - www.example.org";

    private readonly TempFolder _folder = TestPaths.NewTempFolder();
    private static readonly SourceDocument Seed = DocumentReader.ReadFile(Directory.GetFiles(TestPaths.SeedFolder, "*.txt").Single());

    public void Dispose() => _folder.Dispose();

    /// <summary>Each relation as the graph keeps it: ends, kind, date, who states it.</summary>
    private static List<string> Relations(SourceDocument document) =>
        TestPaths.SeedLexicon.CreateExtractor().Extract(document).Relations
            .Select(r => $"{r.Source} -{r.Kind}-> {r.Target} @{r.Evidence.Date} {r.Evidence.Attribution} {r.Evidence.ClaimedBy}")
            .Order(StringComparer.Ordinal).ToList();

    private string Save(string name, byte[] bytes)
    {
        var path = Path.Combine(_folder.Path, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    [Fact]
    public void the_furniture_sentence_is_a_relation_when_read_as_text()
    {
        // Without this the page and PDF tests could not fail on furniture read as article text.
        var document = DocumentReader.Parse($"Note\nPublished: 2014-11-06\n\n{Furniture}\n", "note.txt");
        Assert.NotEmpty(Relations(document));
    }

    [Fact]
    public void a_saved_web_page_yields_the_relations_of_its_article_and_none_of_its_menus_sidebars_or_scripts()
    {
        var path = Save("seed.html", System.Text.Encoding.UTF8.GetBytes(MadeDocuments.Html(Seed, Furniture)));
        var page = DocumentReader.ReadFile(path);

        Assert.Equal(Relations(Seed), Relations(page));
        Assert.Equal(Seed.Title, page.Title);
        Assert.Equal(Seed.Published, page.Published);
        Assert.Equal(Seed.Author, page.Author);
        Assert.Equal(Seed.Source, page.Source);
        Assert.Equal("https://example.org/2014/11/article.php", page.Url);
        Assert.DoesNotContain("Aleppo", page.Text);
        Assert.DoesNotContain("Share on", page.Text);
        Assert.DoesNotContain("Copyright", page.Text);
    }

    [Fact]
    public void a_web_page_s_comments_are_read_as_comments()
    {
        var path = Save("seed.htm", System.Text.Encoding.UTF8.GetBytes(MadeDocuments.Html(Seed, Furniture)));
        var fromPage = TestPaths.SeedLexicon.CreateExtractor().Extract(DocumentReader.ReadFile(path)).Relations;
        var fromText = TestPaths.SeedLexicon.CreateExtractor().Extract(Seed).Relations;

        Assert.Equal(fromText.Count(r => r.Evidence.Attribution == Attribution.Comment), fromPage.Count(r => r.Evidence.Attribution == Attribution.Comment));
        Assert.Contains(fromPage, r => r.Evidence.Attribution == Attribution.Comment);
    }

    [Fact]
    public void a_two_column_pdf_with_running_headers_yields_the_relations_of_the_plain_text()
    {
        var path = Save("seed.pdf", MadeDocuments.Pdf(Seed, RunningHeader));
        var pdf = DocumentReader.ReadFile(path);

        Assert.Equal(Relations(Seed), Relations(pdf));
        Assert.Equal(Seed.Title, pdf.Title);
        Assert.Equal(Seed.Published, pdf.Published);
        Assert.DoesNotContain("Example Journal", pdf.Text);
        Assert.DoesNotContain("Page 1 of", pdf.Text);
    }

    [Fact]
    public void words_hyphenated_at_a_pdf_line_s_end_are_joined()
    {
        var document = DocumentReader.Parse(
            "Hyphens\nPublished: 2020-01-01\n\nThe negotiations between the representatives continued throughout the afternoon and the participants reached an understanding concerning humanitarian corridors.\n",
            "hyphens.txt");
        var pdf = DocumentReader.ReadFile(Save("hyphens.pdf", MadeDocuments.Pdf(document, RunningHeader)));

        Assert.Contains("representatives continued throughout the afternoon and the participants reached an understanding concerning humanitarian corridors.", pdf.Text);
    }

    [Fact]
    public void a_word_file_yields_the_relations_of_the_plain_text_and_reads_its_tables()
    {
        var path = Save("seed.docx", MadeDocuments.Word(Seed, tableCell: "Idlib province, northern Syria"));
        var word = DocumentReader.ReadFile(path);

        Assert.Equal(Relations(Seed), Relations(word));
        Assert.Equal(Seed.Title, word.Title);
        Assert.Equal(Seed.Published, word.Published);
        Assert.Equal(Seed.Author, word.Author);
        Assert.Contains("Idlib province, northern Syria", word.Text);
    }

    [Fact]
    public void evidence_offsets_point_into_the_text_the_store_keeps()
    {
        var path = Save("seed.pdf", MadeDocuments.Pdf(Seed, RunningHeader));
        var document = DocumentReader.ReadFile(path);
        foreach (var relation in TestPaths.SeedLexicon.CreateExtractor().Extract(document).Relations)
            Assert.Equal(relation.Evidence.Sentence, document.Text.Substring(relation.Evidence.SentenceStart, relation.Evidence.Sentence.Length));
    }

    [Theory]
    [InlineData("broken.pdf", "not a readable PDF")]
    [InlineData("broken.docx", "not a readable Word (.docx) file")]
    public void a_file_that_cannot_be_read_names_itself_and_why(string name, string reason)
    {
        var path = Save(name, "PK\u0003\u0004 this is no archive and no PDF"u8.ToArray());
        var error = Assert.Throws<InputException>(() => DocumentReader.ReadFile(path));
        Assert.Contains(name, error.Message);
        Assert.Contains(reason, error.Message);
    }

    [Fact]
    public void a_page_nested_deeper_than_any_article_is_refused_at_once()
    {
        // 200,000 unclosed tags took AngleSharp minutes (its cost is the square of the depth).
        var page = "<html><body><p>The Islamic State attacked Al Nusrah Front.</p>" + string.Concat(Enumerable.Repeat("<b>", 200_000)) + "</body></html>";
        var error = Assert.Throws<InputException>(() => DocumentReader.ReadFile(Save("trap.html", System.Text.Encoding.UTF8.GetBytes(page))));
        Assert.Contains("nested 200,000 elements deep", error.Message);
    }

    [Fact]
    public void markup_inside_a_script_does_not_count_as_nesting()
    {
        var script = "<script>" + string.Concat(Enumerable.Repeat("var s = '<div>';", 5_000)) + "</script>";
        var page = $"<html><head><title>Clashes</title>{script}</head><body><article><p>The Islamic State attacked Al Nusrah Front near Idlib.</p></article></body></html>";
        var document = DocumentReader.ReadFile(Save("script.html", System.Text.Encoding.UTF8.GetBytes(page)));
        Assert.Equal("Clashes", document.Title);
        Assert.NotEmpty(Relations(document));
    }

    [Fact]
    public void a_page_in_a_declared_legacy_encoding_is_read_in_it()
    {
        var page = "<html><head><meta charset=\"windows-1252\"><title>Caf\u00e9 talks</title></head><body><article><p>Delegates met at the caf\u00e9 in Doha.</p></article></body></html>";
        var bytes = System.Text.CodePagesEncodingProvider.Instance.GetEncoding(1252)!.GetBytes(page);
        var document = DocumentReader.ReadFile(Save("legacy.html", bytes));
        Assert.Equal("Caf\u00e9 talks", document.Title);
        Assert.Contains("caf\u00e9 in Doha", document.Text);
    }

    [Fact]
    public void a_pdf_without_text_is_skipped_as_a_scan()
    {
        var builder = new UglyToad.PdfPig.Writer.PdfDocumentBuilder();
        builder.AddPage(595, 842).DrawRectangle(new UglyToad.PdfPig.Core.PdfPoint(100, 100), 200, 300);
        var error = Assert.Throws<InputException>(() => DocumentReader.ReadFile(Save("scan.pdf", builder.Build())));
        Assert.Contains("without a text layer", error.Message);
    }

    [Fact]
    public async Task a_folder_of_pages_pdfs_word_files_and_a_broken_one_loads_every_readable_one()
    {
        Save("a.html", System.Text.Encoding.UTF8.GetBytes(MadeDocuments.Html(Seed, Furniture)));
        Save("b.pdf", MadeDocuments.Pdf(Seed, RunningHeader));
        Save("c.docx", MadeDocuments.Word(Seed));
        Save("d.pdf", "%PDF-1.7 truncated"u8.ToArray());
        await using var store = new SqliteGraphStore(Path.Combine(_folder.Path, "store.db"));
        await store.InitializeAsync();

        var summary = await new GraphLoader(store, TestPaths.SeedLexicon).LoadFilesAsync(DocumentFiles.Expand([_folder.Path]));

        Assert.Equal(3, summary.Added);
        Assert.Contains(summary.Skipped, s => s.Contains("d.pdf") && s.Contains("not a readable PDF"));
        var again = await new GraphLoader(store, TestPaths.SeedLexicon).LoadFilesAsync(DocumentFiles.Expand([_folder.Path]));
        Assert.Equal(3, again.Unchanged);
    }
}
