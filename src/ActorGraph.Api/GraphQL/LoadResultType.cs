using GraphQL.Types;

namespace ActorGraph.Api.GraphQL;

public sealed class LoadResultType : ObjectGraphType<LoadResult>
{
    public LoadResultType()
    {
        Name = "LoadResult";
        Description = "What loading a document did.";
        Field<NonNullGraphType<StringGraphType>>("outcome").Description("ADDED, REPLACED (same file name, new text) or UNCHANGED.").Resolve(c => c.Source.Outcome);
        Field<NonNullGraphType<StringGraphType>>("document").Description("The document's key.").Resolve(c => c.Source.Document);
        Field<NonNullGraphType<IntGraphType>>("relations").Description("Relations extracted from it.").Resolve(c => c.Source.Relations);
    }
}
