using ActorGraph.Core.Storage;
using GraphQL.Types;

namespace ActorGraph.Api.GraphQL;

public sealed class DocumentType : ObjectGraphType<StoredDocument>
{
    public DocumentType()
    {
        Name = "Document";
        Description = "A loaded document and its metadata.";
        Field<NonNullGraphType<StringGraphType>>("key").Description("Its identity: the file name.").Resolve(c => c.Source.Key);
        Field<NonNullGraphType<StringGraphType>>("title").Description("Title.").Resolve(c => c.Source.Title);
        Field<StringGraphType>("published").Description("Publication date, YYYY-MM-DD.").Resolve(c => c.Source.Published?.ToString("yyyy-MM-dd"));
        Field<StringGraphType>("source").Description("Publisher, e.g. FDD's Long War Journal.").Resolve(c => c.Source.Source);
        Field<StringGraphType>("author").Description("Author.").Resolve(c => c.Source.Author);
        Field<StringGraphType>("url").Description("Where it was published, when known.").Resolve(c => c.Source.Url);
    }
}
