using GraphQL.Types;

namespace ActorGraph.Api.GraphQL;

public sealed class PathsResultType : ObjectGraphType<PathsResult>
{
    public PathsResultType()
    {
        Name = "Paths";
        Description = "The shortest paths between two actors.";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SubgraphType>>>>("paths").Description("Each shortest path: its nodes in order and its edges in order.").Resolve(c => c.Source.Paths);
        Field<NonNullGraphType<SubgraphType>>("all").Description("Every node and edge on any of the paths.").Resolve(c => c.Source.All);
        Field<NonNullGraphType<BooleanGraphType>>("truncated").Description("True when more shortest paths exist than the 25 returned.").Resolve(c => c.Source.Truncated);
    }
}
