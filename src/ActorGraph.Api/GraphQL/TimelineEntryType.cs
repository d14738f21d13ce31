using ActorGraph.Core.Reports;
using GraphQL.Types;

namespace ActorGraph.Api.GraphQL;

public sealed class TimelineEntryType : ObjectGraphType<StanceObservation>
{
    public TimelineEntryType()
    {
        Name = "TimelineEntry";
        Description = "One observation between two actors: a relation stated by one sentence, with its date.";
        Field<StringGraphType>("date").Description("YYYY-MM-DD, YYYY-MM or YYYY; null for undated background, which comes first.").Resolve(c => c.Source.Date?.ToString());
        Field<NonNullGraphType<StringGraphType>>("order").Description("The day this entry is ordered by (undated background: just before its document's first dated sentence).")
            .Resolve(c => c.Source.When.ToString("yyyy-MM-dd"));
        Field<NonNullGraphType<RelationKindEnum>>("kind").Description("The relation kind.").Resolve(c => c.Source.Kind);
        Field<NonNullGraphType<StanceEnum>>("stance").Description("COOPERATIVE or HOSTILE.").Resolve(c => c.Source.Stance);
        Field<NonNullGraphType<StringGraphType>>("source").Description("Source actor's name.").Resolve(c => c.Source.Source);
        Field<NonNullGraphType<StringGraphType>>("target").Description("Target actor's name.").Resolve(c => c.Source.Target);
        Field<NonNullGraphType<EvidenceType>>("evidence").Description("The sentence and its document.").Resolve(c => c.Source.Evidence);
    }
}
