using ActorGraph.Core.Model;
using GraphQL.Types;

namespace ActorGraph.Api.GraphQL;

public sealed class RelationKindEnum : EnumerationGraphType<RelationKind>
{
    public RelationKindEnum()
    {
        Name = "RelationKind";
        Description = "AFFILIATE (belongs to, directed), RIVAL (symmetric), ATTACKED (directed), ALLIED (symmetric).";
    }
}
