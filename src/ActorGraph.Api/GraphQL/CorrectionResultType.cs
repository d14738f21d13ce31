using GraphQL.Types;

namespace ActorGraph.Api.GraphQL;

public sealed class CorrectionResultType : ObjectGraphType<CorrectionResult>
{
    public CorrectionResultType()
    {
        Name = "CorrectionResult";
        Description = "A correction recorded in corrections.yaml; the graph shows it from the next query on.";
        Field<NonNullGraphType<StringGraphType>>("entry").Description("The entry, in words.").Resolve(c => c.Source.Entry);
        Field<NonNullGraphType<IntGraphType>>("line").Description("Where it starts in the file.").Resolve(c => c.Source.Line);
    }
}
