using ActorGraph.Core.Graph;
using GraphQL.Types;

namespace ActorGraph.Api.GraphQL;

public sealed class DirectionEnum : EnumerationGraphType<Direction>
{
    public DirectionEnum()
    {
        Name = "Direction";
        Description = "OUT: the actor is the source; IN: the target; BOTH: either (symmetric kinds always match both).";
    }
}
