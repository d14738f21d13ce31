using ActorGraph.Core.Storage;
using GraphQL.Types;

namespace ActorGraph.Api.GraphQL;

public sealed class EvidenceType : ObjectGraphType<StoredEvidence>
{
    public EvidenceType()
    {
        Name = "Evidence";
        Description = "A sentence that states a relation, where it stands, when it happened and who says so.";
        Field<NonNullGraphType<DocumentType>>("document").Description("The document the sentence is in.").Resolve(c => c.Source.Document);
        Field<NonNullGraphType<StringGraphType>>("sentence").Description("The sentence, as written.")
            .Resolve(c => c.Source.HasText ? c.Source.Evidence.Sentence : Texts(c).Sentence(c.Source.Id));
        Field<NonNullGraphType<IntGraphType>>("offset").Description("Where the sentence starts in the document text (characters).").Resolve(c => c.Source.Evidence.SentenceStart);
        Field<StringGraphType>("date").Description("When, resolved against the publication date: YYYY-MM-DD, YYYY-MM or YYYY; null when unknown.").Resolve(c => c.Source.Evidence.Date?.ToString());
        Field<DatePrecisionEnum>("datePrecision").Description("DAY, WEEK, MONTH or YEAR.").Resolve(c => c.Source.Evidence.Date?.Precision);
        Field<StringGraphType>("dateText").Description("The raw date phrase, e.g. 'Since late October'.").Resolve(c => c.Source.Evidence.DateText);
        Field<NonNullGraphType<AttributionEnum>>("attribution").Description("AUTHOR, CLAIM or COMMENT.").Resolve(c => c.Source.Evidence.Attribution);
        Field<StringGraphType>("claimedBy").Description("The party whose claim it is, when named.").Resolve(c => c.Source.Evidence.ClaimedBy);
        Field<NonNullGraphType<FloatGraphType>>("confidence").Description("0 to 1; see explanation.").Resolve(c => c.Source.Evidence.Confidence);
        Field<NonNullGraphType<BooleanGraphType>>("background").Description("True for undated background ('have long been allied'): it precedes the dated evidence.").Resolve(c => c.Source.Evidence.Background);
        Field<NonNullGraphType<BooleanGraphType>>("rejected").Description("True when an analyst rejected this sentence (corrections.yaml); shown only with includeRejected.")
            .Resolve(c => c.Source.RejectedBecause is not null);
        Field<StringGraphType>("rejectedBecause").Description("Who rejected it, when and why.").Resolve(c => c.Source.RejectedBecause);
        Field<NonNullGraphType<StringGraphType>>("explanation").Description("Which cue produced it and what lowered its confidence.")
            .Resolve(c => c.Source.HasText ? c.Source.Evidence.Explanation : Texts(c).Explanation(c.Source.Id));
    }

    /// <summary>
    /// The text the snapshot leaves in the store, read for the evidence a query shows: once per request, in
    /// batches, whether the query asks for sentences, explanations or both; kept for the snapshot once read.
    /// </summary>
    private static EvidenceTextBatch Texts(global::GraphQL.IResolveFieldContext context) =>
        Arguments.PerRequest(context, "ActorGraph.EvidenceTexts", () =>
        {
            // Read by the query's first field, so there by now. Evidence a view of the store gave is read from that
            // view (its state, not a later one's).
            var reads = Arguments.ReadsAsync(context);
            var store = Arguments.State(context).Store;
            return reads.IsCompletedSuccessfully && reads.Result is StoreReads view
                ? new EvidenceTextBatch(view.EvidenceTextAsync, null)
                : new EvidenceTextBatch((ids, cancellationToken) => store.GetEvidenceTextAsync(ids, cancellationToken),
                    reads.IsCompletedSuccessfully && reads.Result.Snapshot is { } snapshot ? EvidenceTextCache.Of(snapshot) : null);
        });
}
