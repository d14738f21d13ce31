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
        Field<NonNullGraphType<BooleanGraphType>>("truncated").Description("True when a limit left actors or edges out (see omitted, omittedEdges).").Resolve(c => c.Source.Omitted > 0 || c.Source.OmittedEdges > 0);
        Field<NonNullGraphType<IntGraphType>>("omitted").Description("How many reachable actors the limit left out (the least significant: fewest evidence sentences to the actors kept); at least this many when omittedExact is false.").Resolve(c => c.Source.Omitted);
        Field<NonNullGraphType<BooleanGraphType>>("omittedExact").Description("False when a hub's weaker edges were not read, so more actors than omitted are reachable.").Resolve(c => c.Source.OmittedExact);
        Field<NonNullGraphType<IntGraphType>>("omittedEdges").Description("How many edges among the actors returned the edge limit left out (each actor keeps its strongest tie to the ring before it; then the best attested).").Resolve(c => c.Source.OmittedEdges);
    }
}
