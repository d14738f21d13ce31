namespace ActorGraph.Api.GraphQL;

/// <summary>One page of a connection: edges with opaque cursors, whether more follow, and the total.</summary>
public sealed record Page<T>(IReadOnlyList<PageEdge<T>> Edges, PageInfo PageInfo, int TotalCount)
{
    public IEnumerable<T> Nodes => Edges.Select(e => e.Node);
}
