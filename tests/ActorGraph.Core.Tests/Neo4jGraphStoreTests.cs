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

    [Fact]
    public void a_bolt_address_is_refused_with_the_address_to_use() =>
        Assert.Contains("http://localhost:7474", Assert.Throws<InputException>(() => Neo4jConnection.Parse("bolt://localhost:7687", "neo4j", "x")).Message);
}
