using GraphQL.Types;

namespace ActorGraph.Api.GraphQL;

public sealed class ActorTypeEnum : EnumerationGraphType<ActorGraph.Core.Model.ActorType>
{
    public ActorTypeEnum()
    {
        Name = "ActorType";
        Description = "What kind of actor a node is.";
    }
}
