using ActorGraph.Core.Extraction;
using FsCheck;
using FsCheck.Fluent;

namespace ActorGraph.Core.Tests;

/// <summary>
/// Bounded fuzzing (FsCheck): the reader, segmenter, splitter, date resolver, extractor and both YAML loaders
/// take arbitrary text, made of the pieces that have broken them before, mixed into real documents. Nothing
/// but <see cref="InputException"/> may come out, nothing may hang, and every offset points into the text.
/// The number of cases per property is ACTORGRAPH_FUZZ_CASES (default 150); a failure prints the input.
/// </summary>
public sealed class FuzzTests
{
    private static readonly int Cases = int.TryParse(Environment.GetEnvironmentVariable("ACTORGRAPH_FUZZ_CASES"), out var n) && n > 0 ? n : 150;

    /// <summary>Pieces that structure documents and YAML, name actors, dates and cues, or broke a reader once.</summary>
    private static readonly string[] Pieces =
    [
        "---\n", "title: ", "published: ", "source: ", "url: ", "[", "]", "{", "}", ":", "- ", "  ", "\n", "\n\n", "\r\n", "\r", "\t",
        "\"", "'", "\u201c", "\u201d", "\u2014", " - ", "(", ")", ",", ".", "!", "?", ";", "&", "*", "|", ">", "#", "%",
        "Published: ", "2014-11-06", "0001-01-01", "9999-12-31", "2015-02-30", "Title\n", "Author: ", "URL: javascript:alert(1)\n",
        "yesterday", "on Sunday", "Sept. 22", "since late October", "999999 days ago", "4000 years ago", "in 2015", "last week",
        "Al Nusrah Front", "the Islamic State", "ISIS", "IS", "the SRF", "Hezbollah", "the US-led coalition", "al Qaeda's Syrian branch",
        "Jamal Maarouf", "the group", "they", "it", "the two groups", "Russian warplanes", "Iran-backed",
        "attacked", "launched an offensive against", "is allied with", "clashed with", "a branch of", "led by", "merged into",
        "not", "may", "said", "according to", "which", ", who", "both of whom", "2 Comments\n", "Leave a Reply\n",
        ", calling it \"", "\", has sided with", "The Sudanese Forces, a militia led by Musa Hilal, has ", "claimed responsibility for",
        "Screen Shot 2014-11-06 at 1.png\n", "\uFEFF", "\u0301", "\uD83D\uDE00", "\u200B", " ", "Ĺ", "ß", "İ", "ǅ",
    ];

    private static readonly string Seed = File.ReadAllText(Path.Combine(TestPaths.SeedFolder, "000_16b1e143a013c3da.txt"));

    private static Gen<string> Noise(int maxPieces) =>
        from count in Gen.Choose(0, maxPieces)
        from pieces in Gen.Elements(Pieces).ArrayOf(count)
        select string.Concat(pieces);

    /// <summary>A real document with pieces inserted and spans deleted or repeated at random places.</summary>
    private static Gen<string> Mutated(string original, int maxEdits) =>
        from edits in Gen.Choose(1, maxEdits)
        from plan in Edit(original.Length).ArrayOf(edits)
        from inserts in Noise(6).ArrayOf(edits)
        select Apply(original, plan, inserts);

    private static Gen<(int Kind, int At, int Length)> Edit(int length) =>
        from kind in Gen.Choose(0, 2)
        from at in Gen.Choose(0, length)
        from span in Gen.Choose(0, 400)
        select (kind, at, span);

    private static string Apply(string text, (int Kind, int At, int Length)[] plan, string[] inserts)
    {
        for (var i = 0; i < plan.Length; i++)
        {
            var at = Math.Min(plan[i].At, text.Length);
            var length = Math.Min(plan[i].Length, text.Length - at);
            text = plan[i].Kind switch
            {
                0 => text.Insert(at, inserts[i]),
                1 => text.Remove(at, length),
                _ => text.Insert(at, text.Substring(at, length)),
            };
        }
        return text;
    }

    private static Gen<string> Documents => Gen.OneOf(Noise(80), Mutated(Seed, 12), Mutated("Title\nPublished: 2015-03-10\n\n", 20));

    [Fact]
    public void documents_read_whole_or_refused_with_input_errors_and_offsets_inside_the_text() =>
        Prop.ForAll(Documents.ToArbitrary(), text =>
        {
            var document = ReadOrNull(text);
            if (document is null)
                return true;
            foreach (var segment in DocumentSegmenter.Split(document.Text, document.BodyStart))
            {
                Assert.InRange(segment.Start, 0, document.Text.Length);
                foreach (var (offset, whole) in SentenceSplitter.Split(segment.Text))
                    foreach (var (pieceOffset, sentence) in SentenceSplitter.Cut(whole, 200))
                        Assert.True(AppearsAt(document.Text, segment.Start + offset + pieceOffset, sentence), $"sentence not at its offset: '{sentence}'");
            }
            return true;
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(Cases));

    [Fact]
    public void extraction_of_any_readable_document_ends_without_error_and_points_into_it()
    {
        var extractor = TestPaths.SeedLexicon.CreateExtractor();
        Prop.ForAll(Documents.ToArbitrary(), text =>
        {
            if (ReadOrNull(text) is not { } document)
                return true;
            var run = Task.Run(() => extractor.Extract(document));
            Assert.True(run.Wait(TimeSpan.FromSeconds(30)), "extraction did not end within 30 s (a hang)");
            Assert.All(run.Result.Relations, r => Assert.InRange(r.Evidence.SentenceStart, 0, document.Text.Length));
            return true;
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(Cases));
    }

    /// <summary>Sentences that once threw inside the extractor (and so lost their whole document), with what they state.</summary>
    [Theory]
    [InlineData("The Zintan brigades held the airport, calling it \"liberated\", has sided with Haftar since 2016.", "Zintan militias", "Khalifa Haftar")]
    [InlineData("The Sudanese Forces, a militia led by Musa Hilal, has emerged as the RSF's most vocal opponent. The RSF shelled army positions.",
        "Rapid Support Forces", "Sudanese Armed Forces")]
    [InlineData("coalition-backed government retook Aden. The Houthis fired missiles at Saudi Arabia.", "Houthis", "Saudi Arabia")]
    public void sentences_that_once_threw_give_their_relations(string text, string source, string target)
    {
        var result = TestPaths.SeedLexicon.CreateExtractor().Extract(DocumentReader.Parse($"A note\nPublished: 2020-05-05\n\n{text}\n", "note.txt"));
        Assert.Contains(result.Relations, r => r.Source == source && r.Target == target);
    }

    [Fact]
    public void dates_resolve_or_stay_unresolved_for_any_sentence_and_publication_day()
    {
        var days = Gen.Elements<DateOnly?>(null, DateOnly.MinValue, DateOnly.MaxValue, new DateOnly(1, 1, 1), new DateOnly(2014, 11, 6), new DateOnly(9999, 12, 31));
        Prop.ForAll(Noise(40).ToArbitrary(), days.ToArbitrary(), (sentence, published) =>
        {
            foreach (var date in DateResolver.Find(sentence, published))
            {
                Assert.InRange(date.Start, 0, sentence.Length);
                Assert.InRange(date.End, date.Start, sentence.Length);
            }
            return true;
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(Cases * 2));
    }

    [Fact]
    public void both_dictionaries_load_or_fail_with_an_input_error_naming_the_file()
    {
        var actors = File.ReadAllText(Path.Combine(TestPaths.SeedFolder, "actors.yaml"))[..6_000];
        var cues = File.ReadAllText(Path.Combine(TestPaths.SeedFolder, "relations.yaml"))[..6_000];
        using var folder = TestPaths.NewTempFolder();
        Prop.ForAll(Gen.OneOf(Mutated(actors, 8), Noise(60)).ToArbitrary(), Gen.OneOf(Mutated(cues, 8), Noise(60)).ToArbitrary(), (actorText, cueText) =>
        {
            var actorPath = folder.File("actors.yaml", actorText);
            var cuePath = folder.File("relations.yaml", cueText);
            Refused(() => ActorDictionary.Load(actorPath), actorPath);
            Refused(() => CueLexicon.Load(cuePath), cuePath);
            return true;
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(Cases));
    }

    private static Model.SourceDocument? ReadOrNull(string text)
    {
        try
        {
            return DocumentReader.Parse(text, "fuzz.txt");
        }
        catch (InputException)
        {
            return null;
        }
    }

    /// <summary>Runs a load: fine when it works; when it fails, only with an input error about that file.</summary>
    private static void Refused(Action load, string path)
    {
        try
        {
            load();
        }
        catch (InputException e)
        {
            Assert.Equal(path, e.File);
        }
    }

    /// <summary>The sentence stands at that offset of the text, whitespace of any kind counting alike.</summary>
    private static bool AppearsAt(string text, int offset, string sentence)
    {
        while (offset < text.Length && char.IsWhiteSpace(text[offset]))
            offset++;
        if (offset + sentence.Length > text.Length)
            return false;
        for (var i = 0; i < sentence.Length; i++)
            if (sentence[i] != text[offset + i] && !(char.IsWhiteSpace(sentence[i]) && char.IsWhiteSpace(text[offset + i])))
                return false;
        return true;
    }
}
