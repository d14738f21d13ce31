using GraphQL.Types;

namespace ActorGraph.Api.GraphQL;

public sealed class SubgraphType : ObjectGraphType<Subgraph>
{
    public SubgraphType()
    {
        Name = "Subgraph";
        Description = "Nodes and edges: hand them to networkx (add_nodes_from / add_edges_from) or a plotting library.";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ActorType>>>>("nodes").Description("The actors.").Resolve(c => c.Source.Nodes);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<RelationType>>>>("edges").Description("The relations among them.").Resolve(c => c.Source.Edges);
        Field<NonNullGraphType<BooleanGraphType>>("truncated").Description("True when a limit left actors out (see omitted).").Resolve(c => c.Source.Omitted > 0);
        Field<NonNullGraphType<IntGraphType>>("omitted").Description("How many reachable actors the limit left out (the least significant: fewest evidence sentences to the actors kept).").Resolve(c => c.Source.Omitted);
    }
}
