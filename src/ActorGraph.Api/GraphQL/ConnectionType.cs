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

/// <summary>An item of a page with its cursor.</summary>
public sealed class EdgeType<TNodeType, TNode> : ObjectGraphType<PageEdge<TNode>> where TNodeType : IGraphType
{
    public EdgeType()
    {
        Name = typeof(TNodeType).Name.Replace("Type", "", StringComparison.Ordinal) + "Edge";
        Description = "An item of a page and the cursor that points at it.";
        Field<NonNullGraphType<StringGraphType>>("cursor").Description("Pass as 'after' to continue after this item.").Resolve(c => c.Source.Cursor);
        Field<NonNullGraphType<TNodeType>>("node").Description("The item.").Resolve(c => c.Source.Node);
    }
}
