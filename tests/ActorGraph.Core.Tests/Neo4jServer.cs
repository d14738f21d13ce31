using ActorGraph.Core.Storage.Neo4j;
using DotNet.Testcontainers.Builders;
using DotNet.Testcontainers.Configurations;
using DotNet.Testcontainers.Containers;

namespace ActorGraph.Core.Tests;

/// <summary>
/// A Neo4j for the store tests: the server at NEO4J_URI (only if it holds no data the tests did not make), or a
/// throwaway neo4j:5.26 container where Docker is reachable; otherwise a reason to skip.
/// </summary>
public sealed class Neo4jServer : IAsyncLifetime
{
    private const string Password = "actorgraph-test-password";
    private IContainer? _container;

    public Neo4jConnection? Connection { get; private set; }
    public string? UnavailableReason { get; private set; }

    public async Task InitializeAsync()
    {
        if (Neo4jConnection.FromEnvironment() is { } configured)
        {
            Connection = configured;
            UnavailableReason = await ForeignDataReasonAsync(configured);
            return;
        }
        if (TestcontainersSettings.OS.DockerEndpointAuthConfig is null)
        {
            UnavailableReason = "no Neo4j: NEO4J_URI is not set and no Docker engine is reachable for a throwaway neo4j:5.26";
            return;
        }
        _container = new ContainerBuilder("neo4j:5.26")
            .WithEnvironment("NEO4J_AUTH", $"neo4j/{Password}")
            .WithPortBinding(7474, assignRandomHostPort: true)
            .WithWaitStrategy(Wait.ForUnixContainer().UntilHttpRequestIsSucceeded(request => request.ForPort(7474).ForPath("/")))
            .Build();
        await _container.StartAsync();
        Connection = Neo4jConnection.Parse($"http://{_container.Hostname}:{_container.GetMappedPublicPort(7474)}", "neo4j", Password);
    }

    public async Task DisposeAsync()
    {
        if (_container is not null)
            await _container.DisposeAsync();
    }

    /// <summary>The tests wipe ActorGraph's nodes: never on a database that holds anything but test data.</summary>
    private static async Task<string?> ForeignDataReasonAsync(Neo4jConnection connection)
    {
        await using var store = new Neo4jGraphStore(connection);
        var rows = await store.RunAsync("""
            OPTIONAL MATCH (m:ActorGraphTestMarker)
            WITH count(m) AS markers
            RETURN markers, COUNT { MATCH (n) WHERE NOT n:ActorGraphTestMarker RETURN n } AS nodes
            """, null, CancellationToken.None);
        var markers = rows[0]["markers"].GetInt32();
        var nodes = rows[0]["nodes"].GetInt32();
        if (nodes > 0 && markers == 0)
            return $"NEO4J_URI ({connection.BaseAddress}) holds {nodes} nodes the tests did not create; point it at an empty, throwaway database";
        await store.RunAsync("MERGE (:ActorGraphTestMarker)", null, CancellationToken.None);
        return null;
    }
}
