using ActorGraph.Core.Reports;
using GraphQL.Types;

namespace ActorGraph.Api.GraphQL;

public sealed class AllianceChangeType : ObjectGraphType<ReportItem>
{
    public AllianceChangeType()
    {
        Name = "AllianceChange";
        Description = "A pair whose stance flipped between COOPERATIVE and HOSTILE (FLIP), or whose hostility resumed after a quiet period (RENEWED_HOSTILITY), with the evidence on both sides.";
        Field<NonNullGraphType<StringGraphType>>("id").Description("Stable id, e.g. 'flip:Al Nusrah Front|Syrian Revolutionaries' Front:2014-10'.").Resolve(c => c.Source.Id);
        Field<NonNullGraphType<ChangeTypeEnum>>("type").Description("FLIP or RENEWED_HOSTILITY.").Resolve(c => c.Source.Type);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ActorType>>>>("pair").Description("The two actors, in name order.")
            .ResolveAsync(async c =>
            {
                var reads = await Arguments.ReadsAsync(c);
                return await reads.ActorsNamedAsync([c.Source.A, c.Source.B]);
            });
        Field<NonNullGraphType<StanceEnum>>("before").Description("The stance before the change.").Resolve(c => c.Source.Before);
        Field<NonNullGraphType<StanceEnum>>("after").Description("The stance after it.").Resolve(c => c.Source.After);
        Field<StringGraphType>("date").Description("First dated observation of the new stance (YYYY-MM-DD, YYYY-MM or YYYY).").Resolve(c => c.Source.Date?.ToString());
        Field<DatePrecisionEnum>("datePrecision").Description("How precise the date is.").Resolve(c => c.Source.Date?.Precision);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<TimelineEntryType>>>>("beforeEvidence").Description("Observations of the old stance.").Resolve(c => c.Source.BeforeEvidence);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<TimelineEntryType>>>>("afterEvidence").Description("Observations of the new stance.").Resolve(c => c.Source.AfterEvidence);
    }
}
