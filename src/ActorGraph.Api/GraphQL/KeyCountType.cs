using GraphQL.Types;

namespace ActorGraph.Api.GraphQL;

public sealed class KeyCountType : ObjectGraphType<KeyCount>
{
    public KeyCountType()
    {
        Name = "KeyCount";
        Description = "A count under a key.";
        Field<NonNullGraphType<StringGraphType>>("key").Description("What is counted, e.g. 'attacked'.").Resolve(c => c.Source.Key);
        Field<NonNullGraphType<IntGraphType>>("count").Description("How many.").Resolve(c => c.Source.Count);
    }
}
