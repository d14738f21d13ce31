using ActorGraph.Core.Extraction;
using ActorGraph.Core.Model;
using ActorGraph.Core.Storage;
using ActorGraph.Core.Storage.Sqlite;

namespace ActorGraph.Core.Tests;

/// <summary>End to end: the seed folder loaded into a temporary store gives the graph the seed article states.</summary>
public sealed class SeedLoadTests : IAsyncLifetime, IDisposable
{
    private const string Nusrah = "Al Nusrah Front";
    private const string Srf = "Syrian Revolutionaries' Front";

    private readonly TempFolder _folder = TestPaths.NewTempFolder();
    private SqliteGraphStore _store = null!;
    private LoadSummary _summary = null!;

    public async Task InitializeAsync()
    {
        _store = new SqliteGraphStore(Path.Combine(_folder.Path, "seed.db"));
        await _store.InitializeAsync();
        _summary = await new GraphLoader(_store, TestPaths.SeedLexicon).LoadFilesAsync(DocumentFiles.Expand([TestPaths.SeedFolder]));
    }

    public async Task DisposeAsync() => await _store.DisposeAsync();

    public void Dispose() => _folder.Dispose();

    private async Task<StoredRelation> RelationAsync(string source, RelationKind kind, string target) =>
        Assert.Single(await _store.GetRelationsAsync(source, kind), r => (r.Source, r.Target) == (source, target) || (r.IsSymmetric && (r.Source, r.Target) == (target, source)));

    [Fact]
    public void the_seed_article_loads_without_errors()
    {
        Assert.Equal(1, _summary.Added);
        Assert.Empty(_summary.Skipped);
    }

    [Fact]
    public async Task srf_and_al_nusrah_go_from_allied_to_hostile_in_late_october_2014()
    {
        var allied = await RelationAsync(Srf, RelationKind.Allied, Nusrah);
        Assert.All(allied.Evidence, e => Assert.True(e.Evidence.Background && e.Evidence.Date is null, "the alliance is undated background"));
        Assert.Contains("have long been allied", allied.Evidence[0].Evidence.Sentence);

        var attacked = await RelationAsync(Nusrah, RelationKind.Attacked, Srf);
        var rival = await RelationAsync(Nusrah, RelationKind.Rival, Srf);
        foreach (var hostile in new[] { attacked, rival })
        {
            Assert.Equal(new PartialDate(new DateOnly(2014, 10, 1), DatePrecision.Month), hostile.FirstSeen);
            Assert.All(hostile.Evidence.Where(e => e.Evidence.Attribution != Attribution.Comment), e => Assert.Equal("2014-10", e.Evidence.Date?.ToString()));
        }
        Assert.Contains(attacked.Evidence, e => e.Evidence.DateText == "Since late October");
    }

    [Fact]
    public async Task the_coalition_strikes_al_nusrah_again_yesterday()
    {
        var strikes = (await _store.GetRelationsAsync(Nusrah, RelationKind.Attacked)).Where(r => r.Target == Nusrah).SelectMany(r => r.Evidence).ToList();
        Assert.Contains(strikes, e => e.Evidence.Date?.ToString() == "2014-11-05" && e.Evidence.DateText == "until yesterday");
        Assert.Contains(strikes, e => e.Evidence.Date?.ToString() == "2014-09-23");
    }

    [Fact]
    public async Task the_branches_of_al_qaeda_are_affiliates()
    {
        await RelationAsync(Nusrah, RelationKind.Affiliate, "al Qaeda");
        await RelationAsync("Khorasan Group", RelationKind.Affiliate, "al Qaeda");
        await RelationAsync("Khorasan Group", RelationKind.Affiliate, Nusrah);
        await RelationAsync("Islamic State", RelationKind.Rival, Nusrah);
    }

    [Fact]
    public async Task reader_comments_never_become_author_statements()
    {
        var all = (await _store.GetRelationsAsync()).SelectMany(r => r.Evidence).ToList();
        var fromComments = all.Where(e => e.Evidence.Sentence.Contains("al nusrah is targeting SRF")).ToList();
        Assert.NotEmpty(fromComments);
        Assert.All(fromComments, e => Assert.Equal(Attribution.Comment, e.Evidence.Attribution));
        Assert.DoesNotContain(await _store.GetRelationsAsync("Islamic State", RelationKind.Allied), r => r.Source == "al Qaeda" || r.Target == "al Qaeda");
    }

    [Fact]
    public async Task loading_the_seed_again_changes_nothing()
    {
        var before = await _store.CountAsync();
        var again = await new GraphLoader(_store, TestPaths.SeedLexicon).LoadFilesAsync(DocumentFiles.Expand([TestPaths.SeedFolder]));
        Assert.Equal(1, again.Unchanged);
        Assert.Equal(before, again.After);
    }

    [Fact]
    public async Task the_seed_document_keeps_its_metadata()
    {
        var document = Assert.Single(await _store.GetDocumentsAsync());
        Assert.Equal("Al Nusrah Front tweets photos allegedly showing aftermath of coalition airstrikes", document.Title);
        Assert.Equal(new DateOnly(2014, 11, 6), document.Published);
        Assert.Equal("FDD's Long War Journal", document.Source);
        Assert.Equal("Thomas Joscelyn", document.Author);
    }

    [Fact]
    public async Task a_neighbourhood_or_path_search_given_up_stops_computing()
    {
        var snapshot = await Graph.GraphSnapshot.LoadAsync(_store);
        using var given = new CancellationTokenSource();
        given.Cancel();
        Assert.NotEmpty(snapshot.Neighborhood(Nusrah, 2, Graph.GraphFilter.All).Edges);
        Assert.Throws<OperationCanceledException>(() => snapshot.Neighborhood(Nusrah, 2, Graph.GraphFilter.All, 200, given.Token));
        Assert.Throws<OperationCanceledException>(() => snapshot.ShortestPaths(Nusrah, "Islamic State", 4, Graph.GraphFilter.All, 25, out _, given.Token));
    }
}
