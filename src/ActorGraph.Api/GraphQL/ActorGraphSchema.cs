using GraphQL.Types;

namespace ActorGraph.Api.GraphQL;

/// <summary>The schema: <see cref="QueryType"/> to read, <see cref="MutationType"/> to load documents.</summary>
public sealed class ActorGraphSchema : Schema
{
    public ActorGraphSchema(IServiceProvider services, QueryType query, MutationType mutation) : base(services)
    {
        Description = "ActorGraph: an evidence-backed, time-aware graph of armed groups and who is allied with, affiliated with, rival of or attacking whom.";
        Query = query;
        Mutation = mutation;
    }
}
