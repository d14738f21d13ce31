using ActorGraph.Core.Reports;
using GraphQL.Types;

namespace ActorGraph.Api.GraphQL;

public sealed class AllianceChangeType : ObjectGraphType<AllianceChange>
{
    public AllianceChangeType()
    {
        Name = "AllianceChange";
        Description = "A pair whose stance flipped between COOPERATIVE and HOSTILE, with the evidence on both sides.";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ActorType>>>>("pair").Description("The two actors, in name order.")
            .ResolveAsync(async c =>
            {
                var snapshot = await Arguments.SnapshotAsync(c);
                return new[] { snapshot.FindActor(c.Source.A)!, snapshot.FindActor(c.Source.B)! };
            });
        Field<NonNullGraphType<StanceEnum>>("before").Description("The stance before the change.").Resolve(c => c.Source.Before);
        Field<NonNullGraphType<StanceEnum>>("after").Description("The stance after it.").Resolve(c => c.Source.After);
        Field<StringGraphType>("date").Description("First dated observation of the new stance (YYYY-MM-DD, YYYY-MM or YYYY).").Resolve(c => c.Source.Date?.ToString());
        Field<DatePrecisionEnum>("datePrecision").Description("How precise the date is.").Resolve(c => c.Source.Date?.Precision);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<TimelineEntryType>>>>("beforeEvidence").Description("Observations of the old stance.").Resolve(c => c.Source.BeforeEvidence);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<TimelineEntryType>>>>("afterEvidence").Description("Observations of the new stance.").Resolve(c => c.Source.AfterEvidence);
    }
}
