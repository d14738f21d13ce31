using GraphQL.Types;

namespace ActorGraph.Api.GraphQL;

public sealed class StatsType : ObjectGraphType<GraphStats>
{
    public StatsType()
    {
        Name = "Stats";
        Description = "How much the graph holds and the span of its dates.";
        Field<NonNullGraphType<IntGraphType>>("documents").Description("Documents loaded.").Resolve(c => c.Source.Documents);
        Field<NonNullGraphType<IntGraphType>>("actors").Description("Actors named by documents.").Resolve(c => c.Source.Actors);
        Field<NonNullGraphType<IntGraphType>>("relations").Description("Edges.").Resolve(c => c.Source.Relations);
        Field<NonNullGraphType<IntGraphType>>("evidence").Description("Evidence sentences.").Resolve(c => c.Source.Evidence);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<KeyCountType>>>>("byKind").Description("Edges per relation kind.").Resolve(c => c.Source.ByKind);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<KeyCountType>>>>("byType").Description("Actors per type.").Resolve(c => c.Source.ByType);
        Field<StringGraphType>("earliest").Description("Earliest dated evidence.").ResolveAsync(async c => (await c.Source.SpanAsync()).Earliest?.ToString());
        Field<StringGraphType>("latest").Description("Latest dated evidence.").ResolveAsync(async c => (await c.Source.SpanAsync()).Latest?.ToString());
    }
}
