using ActorGraph.Core.Storage;
using ActorGraph.Core.Storage.Neo4j;

namespace ActorGraph.Core.Tests;

/// <summary>The store contract on Neo4j; skips, saying why, when no Neo4j is reachable.</summary>
public sealed class Neo4jGraphStoreTests(Neo4jServer server) : GraphStoreContractTests, IClassFixture<Neo4jServer>
{
    protected override string? UnavailableReason => server.UnavailableReason;

    protected override async Task<IGraphStore> CreateStoreAsync()
    {
        var store = new Neo4jGraphStore(server.Connection!);
        await store.ClearAsync();
        return store;
    }

    [SkippableFact]
    public async Task on_the_seed_the_attacks_query_returns_what_docs_neo4j_md_says()
    {
        Skip.If(server.UnavailableReason is not null, server.UnavailableReason);
        var store = (Neo4jGraphStore)Store;
        await new GraphLoader(store, TestPaths.SeedLexicon).LoadFilesAsync(Extraction.DocumentFiles.Expand([TestPaths.SeedFolder]));
        var doc = await File.ReadAllTextAsync(Path.Combine(TestPaths.RepositoryRoot, "docs", "neo4j.md"));
        var section = doc[doc.IndexOf("| a.name | b.name |", StringComparison.Ordinal)..];
        var expected = section.Split('\n').Skip(2).TakeWhile(l => l.StartsWith('|'))
            .Select(l => l.Split('|', StringSplitOptions.TrimEntries)).Select(c => $"{c[1]} -> {c[2]}").ToList();

        var rows = await store.RunAsync("MATCH (a:Actor)-[:ATTACKED]->(b:Actor) RETURN a.name, b.name ORDER BY a.name, b.name", null, default);

        Assert.Equal(expected, rows.Select(r => $"{r["a.name"].GetString()} -> {r["b.name"].GetString()}").ToList());
    }

    [Fact]
    public void a_bolt_address_is_refused_with_the_address_to_use() =>
        Assert.Contains("http://localhost:7474", Assert.Throws<InputException>(() => Neo4jConnection.Parse("bolt://localhost:7687", "neo4j", "x")).Message);
}
