using ActorGraph.Core.Graph;
using ActorGraph.Core.Model;
using ActorGraph.Core.Storage;
using GraphQL;
using GraphQL.Types;

namespace ActorGraph.Api.GraphQL;

public sealed class ActorType : ObjectGraphType<StoredActor>
{
    public ActorType()
    {
        Name = "Actor";
        Description = "An armed group, state, coalition, person or other actor: a node of the graph.";
        Field<NonNullGraphType<StringGraphType>>("name").Description("Canonical name, e.g. 'Al Nusrah Front'.").Resolve(c => c.Source.Name);
        Field<NonNullGraphType<ActorTypeEnum>>("type").Description("ARMED_GROUP, STATE, COALITION, PERSON or OTHER.").Resolve(c => c.Source.Type);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("aliases").Description("Other names and spellings the dictionary knows.").Resolve(c => c.Source.Aliases);
        Field<NonNullGraphType<BooleanGraphType>>("discovered").Description("True when found in a document rather than in the dictionary.").Resolve(c => c.Source.Discovered);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("mergedFrom").Description("Actors an analyst merged into this one.").Resolve(c => c.Source.MergedFrom);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("corrections").Description("The analysts' corrections and notes on this actor, in words.").Resolve(c => c.Source.Corrections);
        Field<NonNullGraphType<IntGraphType>>("documentCount").Description("How many documents name this actor.").Resolve(c => c.Source.Documents);
        Field<StringGraphType>("firstSeen").Description("Earliest dated evidence of any of its relations (YYYY-MM-DD, YYYY-MM or YYYY).")
            .ResolveAsync(async c => (await (await Arguments.ReadsAsync(c)).SeenSpanAsync(c.Source.Name)).Earliest?.ToString());
        Field<StringGraphType>("lastSeen").Description("Latest dated evidence of any of its relations.")
            .ResolveAsync(async c => (await (await Arguments.ReadsAsync(c)).SeenSpanAsync(c.Source.Name)).Latest?.ToString());
        QueryArgument[] EdgeFilters() =>
        [
            new QueryArgument<RelationKindEnum> { Name = "kind", Description = "Only this kind." },
            new QueryArgument<DirectionEnum> { Name = "direction", Description = "OUT, IN or BOTH (default)." }, .. Arguments.Filters(),
        ];
        var first = new QueryArgument<IntGraphType> { Name = "first", Description = $"At most this many (default {DefaultListed}, at most {MaxListed})." };
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<RelationType>>>>("relations")
            .Description($"Its relations, filtered by kind, direction and time: at most `first` ({DefaultListed} unless given), by source, target (names, case ignored) and kind; `relationCount` says how many match.")
            .Arguments([.. EdgeFilters(), first])
            .ResolveAsync(async c => await (await Arguments.ReadsAsync(c)).RelationPageAsync(c.Source.Name, EdgeFilter(c), Direction(c), Listed(c)));
        Field<NonNullGraphType<IntGraphType>>("relationCount")
            .Description("How many of its relations match the same filters as relations.")
            .Arguments(EdgeFilters())
            .ResolveAsync(async c => (await CountAsync(c)).Relations);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ActorType>>>>("neighbors")
            .Description($"Actors one edge away, with the same filters as relations, in name order: at most `first` ({DefaultListed} unless given); `neighborCount` says how many.")
            .Arguments([.. EdgeFilters(), first])
            .WithComplexityImpact(5)
            .ResolveAsync(async c =>
            {
                var reads = await Arguments.ReadsAsync(c);
                return await reads.ActorsNamedAsync(await reads.NeighborNamesAsync(c.Source.Name, EdgeFilter(c), Direction(c), Listed(c)));
            });
        Field<NonNullGraphType<IntGraphType>>("neighborCount")
            .Description("How many actors are one edge away, with the same filters as neighbors.")
            .Arguments(EdgeFilters())
            .ResolveAsync(async c => (await CountAsync(c)).Neighbors);
    }

    /// <summary>How many relations or neighbours one actor lists unless asked for another number, and at most (a hub has tens of thousands).</summary>
    private const int DefaultListed = 1000;
    private const int MaxListed = 10_000;

    private static int Listed(IResolveFieldContext context) => Arguments.Bounded(context, "first", DefaultListed, 0, MaxListed);

    /// <summary>How many of the actor's relations the field's filters admit, and how many actors they reach.</summary>
    private static async Task<(int Relations, int Neighbors)> CountAsync(IResolveFieldContext<StoredActor> context) =>
        await (await Arguments.ReadsAsync(context)).CountNeighborsAsync(context.Source.Name, EdgeFilter(context), Direction(context));

    private static GraphFilter EdgeFilter(IResolveFieldContext context) => Arguments.Filter(context, context.GetArgument<RelationKind?>("kind"));

    private static Direction Direction(IResolveFieldContext context) => context.GetArgument<Direction?>("direction") ?? Core.Graph.Direction.Both;
}
