using ActorGraph.Core.Reports;
using GraphQL.Types;

namespace ActorGraph.Api.GraphQL;

public sealed class ChangeTypeEnum : EnumerationGraphType<ReportItemType>
{
    public ChangeTypeEnum()
    {
        Name = "ChangeType";
        Description = "FLIP (cooperative to hostile or back) or RENEWED_HOSTILITY (hostile again after a quiet period).";
    }
}
