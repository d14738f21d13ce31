using ActorGraph.Core.Model;
using GraphQL.Types;

namespace ActorGraph.Api.GraphQL;

public sealed class AttributionEnum : EnumerationGraphType<Attribution>
{
    public AttributionEnum()
    {
        Name = "Attribution";
        Description = "Who states a relation: AUTHOR, a party's CLAIM reported by the author, or a reader COMMENT (never a fact).";
    }
}
