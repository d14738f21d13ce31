using ActorGraph.Core.Reports;
using GraphQL.Types;

namespace ActorGraph.Api.GraphQL;

public sealed class StanceEnum : EnumerationGraphType<Stance>
{
    public StanceEnum()
    {
        Name = "Stance";
        Description = "COOPERATIVE (allied, affiliate) or HOSTILE (rival, attacked).";
    }
}
