using GraphQL.Types;

namespace ActorGraph.Api.GraphQL;

public sealed class CandidateSentenceType : ObjectGraphType<CandidateSentence>
{
    public CandidateSentenceType()
    {
        Name = "CandidateSentence";
        Description = "A sentence naming two actors: what assertRelation can point at when extraction missed a relation.";
        Field<NonNullGraphType<DocumentType>>("document").Description("The document it is in.").Resolve(c => c.Source.Document);
        Field<NonNullGraphType<StringGraphType>>("sentence").Description("The sentence, as written.").Resolve(c => c.Source.Sentence);
        Field<NonNullGraphType<IntGraphType>>("offset").Description("Where it starts in the document text (characters).").Resolve(c => c.Source.Offset);
    }
}
