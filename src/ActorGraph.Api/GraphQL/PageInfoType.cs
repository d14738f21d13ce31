using GraphQL.Types;

namespace ActorGraph.Api.GraphQL;

public sealed class PageInfoType : ObjectGraphType<PageInfo>
{
    public PageInfoType()
    {
        Name = "PageInfo";
        Description = "Where a page stands in the whole list.";
        Field<NonNullGraphType<BooleanGraphType>>("hasNextPage").Description("True when more items follow this page.").Resolve(c => c.Source.HasNextPage);
        Field<StringGraphType>("endCursor").Description("Cursor of the last item of this page; pass it as 'after'.").Resolve(c => c.Source.EndCursor);
    }
}
