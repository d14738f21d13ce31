using GraphQL.Types;

namespace ActorGraph.Api.GraphQL;

public sealed class CorrectionsReportType : ObjectGraphType<CorrectionsReport>
{
    public CorrectionsReportType()
    {
        Name = "CorrectionsReport";
        Description = "The analysts' corrections (corrections.yaml) applied over what extraction found.";
        Field<NonNullGraphType<StringGraphType>>("path").Description("The corrections file on the server.").Resolve(c => c.Source.Path);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("entries").Description("Every entry, in the file's order, in words.")
            .Resolve(c => c.Source.Entries.Select(e => e.Describe()).ToList());
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("stale").Description("Entries that match nothing any more (a rejected sentence whose document changed), with why.")
            .Resolve(c => c.Source.Stale.Select(s => s.ToString()).ToList());
        Field<StringGraphType>("error").Description("Why the file could not be read (the graph is then served uncorrected); null when it was.").Resolve(c => c.Source.Error);
    }
}
