using GraphQL.Types;

namespace ActorGraph.Api.GraphQL;

public sealed class DocumentInputType : InputObjectGraphType
{
    public DocumentInputType()
    {
        Name = "DocumentInput";
        Description = "A document to load: its text and metadata (metadata fields override front matter in the text).";
        Field<NonNullGraphType<StringGraphType>>("key").Description("Its identity, like a file name ('reuters-2014-11-01.txt'); its ending says how it is read: .txt/.md text, .html a web page, .pdf, .docx. The same key with new content replaces the old.");
        Field<StringGraphType>("text").Description("The text (plain, or with YAML front matter), or a web page's HTML.");
        Field<StringGraphType>("base64").Description("The file's bytes in base64, for PDF and Word files (or any document), instead of text.");
        Field<StringGraphType>("title").Description("Title; default: from the text.");
        Field<StringGraphType>("published").Description("Publication date, YYYY-MM-DD; relative dates resolve against it.");
        Field<StringGraphType>("source").Description("Publisher.");
        Field<StringGraphType>("author").Description("Author.");
        Field<StringGraphType>("url").Description("Where it was published.");
    }
}
