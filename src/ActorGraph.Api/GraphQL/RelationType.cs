using ActorGraph.Core.Graph;
using ActorGraph.Core.Model;
using GraphQL;
using GraphQL.Types;

namespace ActorGraph.Api.GraphQL;

public sealed class RelationType : ObjectGraphType<GraphEdge>
{
    public RelationType()
    {
        Name = "Relation";
        Description = "One edge per (source, target, kind), with every sentence that states it. RIVAL and ALLIED are symmetric.";
        Field<NonNullGraphType<StringGraphType>>("id").Description("Stable id: 'source|kind|target'.").Resolve(c => c.Source.Id);
        Field<NonNullGraphType<ActorType>>("source").Description("The acting or belonging actor (for symmetric kinds: the first in name order).")
            .Resolve(c => Arguments.FromReads(c, reads => reads.ActorNamedAsync(c.Source.Source)));
        Field<NonNullGraphType<ActorType>>("target").Description("The actor acted on or belonged to.")
            .Resolve(c => Arguments.FromReads(c, reads => reads.ActorNamedAsync(c.Source.Target)));
        Field<NonNullGraphType<RelationKindEnum>>("kind").Description("AFFILIATE, RIVAL, ATTACKED or ALLIED.").Resolve(c => c.Source.Kind);
        Field<NonNullGraphType<BooleanGraphType>>("directed").Description("True for AFFILIATE and ATTACKED.").Resolve(c => !c.Source.Relation.IsSymmetric);
        Field<StringGraphType>("firstSeen").Description("Earliest dated evidence (YYYY-MM-DD, YYYY-MM or YYYY).").Resolve(c => c.Source.Relation.FirstSeen?.ToString());
        Field<StringGraphType>("lastSeen").Description("Latest dated evidence.").Resolve(c => c.Source.Relation.LastSeen?.ToString());
        Field<StringGraphType>("validFrom").Description("When the relation is known to hold from: its first dated evidence; null when only undated background states it.")
            .Resolve(c => c.Source.ValidFrom?.ToString());
        Field<StringGraphType>("validTo").Description("When the pair's stance flipped away from this relation (e.g. allied until Al Nusrah turned on the SRF); null if it never did.")
            .Resolve(c => c.Source.ValidTo?.ToString());
        Field<NonNullGraphType<FloatGraphType>>("confidence").Description("The best evidence's confidence, 0 to 1.").Resolve(c => c.Source.Relation.Confidence);
        Field<NonNullGraphType<IntGraphType>>("evidenceCount").Description("How many sentences state it.").Resolve(c => c.Source.Relation.Evidence.Count);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<EvidenceType>>>>("evidence")
            .Description($"The sentences that state it, oldest first, at most `first` ({DefaultEvidence} unless given, at most {MaxEvidence}; evidenceCount says how many); optionally only of one attribution. Sentences an analyst rejected are left out unless includeRejected.")
            .Argument<AttributionEnum>("attribution", "Only evidence of this attribution.")
            .Argument<BooleanGraphType>("includeRejected", "Also the sentences analysts rejected (marked rejected).")
            .Argument<IntGraphType>("first", $"At most this many (default {DefaultEvidence}, at most {MaxEvidence}).")
            .Resolve(c =>
            {
                var first = Arguments.Bounded(c, "first", DefaultEvidence, 0, MaxEvidence);
                return c.Source.Relation.OldestEvidence(first, c.GetArgument<Attribution?>("attribution"), c.GetArgument("includeRejected", false));
            });
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("corrections")
            .Description("The analysts' corrections that shaped this relation (merges of its ends, assertions, rejected sentences, notes), in words; empty when none.")
            .Resolve(c => c.Source.Relation.Corrections.Concat(c.Source.Relation.RejectedEvidence.Select(e => e.RejectedBecause!)).Distinct().ToList());
    }

    /// <summary>How many sentences one relation shows unless asked for another number, and at most (a relation of a large corpus has thousands).</summary>
    private const int DefaultEvidence = 100;
    private const int MaxEvidence = 1000;
}
