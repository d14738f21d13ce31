using GraphQL.Types;

namespace ActorGraph.Api.GraphQL;

public sealed class DocumentInputType : InputObjectGraphType
{
    public DocumentInputType()
    {
        Name = "DocumentInput";
        Description = "A document to load: its text and metadata (metadata fields override front matter in the text).";
        Field<NonNullGraphType<StringGraphType>>("key").Description("Its identity, like a file name ('reuters-2014-11-01.txt'). The same key with new text replaces the old.");
        Field<NonNullGraphType<StringGraphType>>("text").Description("The text: plain, or with YAML front matter.");
        Field<StringGraphType>("title").Description("Title; default: from the text.");
        Field<StringGraphType>("published").Description("Publication date, YYYY-MM-DD; relative dates resolve against it.");
        Field<StringGraphType>("source").Description("Publisher.");
        Field<StringGraphType>("author").Description("Author.");
        Field<StringGraphType>("url").Description("Where it was published.");
    }
}
