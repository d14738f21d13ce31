using GraphQL.Types;

namespace ActorGraph.Api.GraphQL;

/// <summary>A Relay-style connection of <typeparamref name="TNodeType"/>: edges, nodes, pageInfo, totalCount.</summary>
public abstract class ConnectionType<TNodeType, TNode> : ObjectGraphType<Page<TNode>> where TNodeType : IGraphType
{
    protected ConnectionType(string name, string what)
    {
        Name = name;
        Description = $"A page of {what}. Ask for the next page with after: pageInfo.endCursor.";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<EdgeType<TNodeType, TNode>>>>>("edges").Description("The items of this page, each with its cursor.").Resolve(c => c.Source.Edges);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<TNodeType>>>>("nodes").Description("The items of this page, without cursors.").Resolve(c => c.Source.Nodes);
        Field<NonNullGraphType<PageInfoType>>("pageInfo").Description("Whether more items follow, and the cursor to continue after.").Resolve(c => c.Source.PageInfo);
        Field<NonNullGraphType<IntGraphType>>("totalCount").Description("How many items match in all pages.").Resolve(c => c.Source.TotalCount);
    }
}
