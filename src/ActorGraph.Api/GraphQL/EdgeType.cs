using GraphQL.Types;

namespace ActorGraph.Api.GraphQL;

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
