using ActorGraph.Core.Graph;
using ActorGraph.Core.Model;
using ActorGraph.Core.Reports;
using ActorGraph.Core.Storage;
using GraphQL;
using GraphQL.Types;

namespace ActorGraph.Api.GraphQL;

public sealed class QueryType : ObjectGraphType
{
    public QueryType()
    {
        Name = "Query";
        Description = "Read the actor graph: actors, relations with their evidence, neighbourhoods, paths, timelines and alliance changes.";

        Field<NonNullGraphType<CorrectionsReportType>>("corrections")
            .Description("The analysts' corrections applied over the graph (corrections.yaml): every entry, and those that match nothing any more.")
            .ResolveAsync(async c =>
            {
                var state = Arguments.State(c);
                var snapshot = await Arguments.SnapshotAsync(c);
                IReadOnlyList<Core.Corrections.Correction> entries = [];
                try
                {
                    entries = Core.Corrections.CorrectionsFile.Load(state.CorrectionsPath);
                }
                catch (Core.InputException)
                {
                    // reported through error below
                }
                return new CorrectionsReport(state.CorrectionsPath, entries, snapshot.StaleCorrections, state.CorrectionsError);
            });

        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CandidateSentenceType>>>>("sentencesNaming")
            .Description("Sentences that name both actors, from the newest documents naming both (at most 20 documents): where to find the sentence for assertRelation.")
            .Argument<NonNullGraphType<StringGraphType>>("first", "An actor (any alias).")
            .Argument<NonNullGraphType<StringGraphType>>("second", "Another actor (any alias).")
            .Argument<IntGraphType>("limit", "At most this many sentences (1 to 100, default 30).")
            .ResolveAsync(async c =>
            {
                var reads = await Arguments.ReadsAsync(c);
                var first = await Arguments.ActorAsync(reads, c.GetArgument<string>("first"), "first");
                var second = await Arguments.ActorAsync(reads, c.GetArgument<string>("second"), "second");
                var limit = Arguments.Bounded(c, "limit", 30, 1, 100);
                var documents = await Arguments.State(c).Store.GetDocumentsNamingAsync([first.Name, .. first.Aliases, .. first.MergedFrom], [second.Name, .. second.Aliases, .. second.MergedFrom], 20, c.CancellationToken);
                return documents.SelectMany(d => Core.Corrections.SentenceFinder.Naming(d.Text, [first.Name, .. first.Aliases], [second.Name, .. second.Aliases])
                    .Select(s => new CandidateSentence(d.Document, s.Sentence, s.Offset))).Take(limit).ToList();
            });

        Field<ActorType>("actor")
            .Description("One actor by canonical name or any alias, ignoring case (e.g. 'jabhat al-nusra'); null when unknown.")
            .Argument<NonNullGraphType<StringGraphType>>("name", "Name or alias.")
            .ResolveAsync(async c => await (await Arguments.ReadsAsync(c)).FindActorAsync(c.GetArgument<string>("name")));

        Field<NonNullGraphType<ActorConnectionType>>("actors")
            .Description("Actors that documents name, in name order; search matches names and aliases.")
            .Arguments([new QueryArgument<StringGraphType> { Name = "search", Description = "Text in the name or an alias, any case." },
                new QueryArgument<ActorTypeEnum> { Name = "type", Description = "Only this type." }, .. Arguments.Page("actors")])
            .ResolveAsync(async c =>
            {
                var snapshot = await Arguments.SnapshotAsync(c);
                var search = c.GetArgument<string?>("search");
                var type = c.GetArgument<ActorGraph.Core.Model.ActorType?>("type");
                var actors = snapshot.Actors
                    .Where(a => a.Documents > 0 || a.Relations > 0)
                    .Where(a => type is null || a.Type == type)
                    .Where(a => search is null || a.Name.Contains(search, StringComparison.OrdinalIgnoreCase)
                        || a.Aliases.Any(x => x.Contains(search, StringComparison.OrdinalIgnoreCase)))
                    .ToList();
                return Paging.Page(actors, c, Arguments.Options(c).MaxPageSize);
            });

        Field<NonNullGraphType<RelationConnectionType>>("relations")
            .Description("Relations, filtered by kind, actor, time, confidence and attribution.")
            .Arguments([new QueryArgument<RelationKindEnum> { Name = "kind", Description = "Only this kind." },
                new QueryArgument<StringGraphType> { Name = "actor", Description = "Only relations of this actor (any alias)." },
                .. Arguments.Filters(), .. Arguments.Page("relations")])
            .ResolveAsync(async c =>
            {
                var filter = Arguments.Filter(c, c.GetArgument<RelationKind?>("kind"));
                // One actor's few edges are sorted as asked (from the store's view at start); the whole graph's order
                // is worked out once per graph (sorting a million ids per page took seconds), and an unfiltered page
                // is cut from it directly: no pass over a million edges per page.
                if (c.GetArgument<string?>("actor") is { } name)
                {
                    var reads = await Arguments.ReadsAsync(c);
                    var actor = await Arguments.ActorAsync(reads, name, "actor");
                    return Paging.Page((await reads.EdgesOfAsync(actor.Name)).Where(filter.Admits).OrderBy(e => e.Id, StringComparer.Ordinal).ToList(),
                        c, Arguments.Options(c).MaxPageSize);
                }
                var snapshot = await Arguments.SnapshotAsync(c);
                return Paging.Page(filter == GraphFilter.All ? snapshot.EdgesById : snapshot.EdgesById.Where(filter.Admits).ToList(), c, Arguments.Options(c).MaxPageSize);
            });

        Field<NonNullGraphType<SubgraphType>>("neighborhood")
            .Description("An actor and everything within 'hops' edges of it (at most 3), as nodes and edges; at most 'limit' actors, the most significant kept, ring by ring, and 'edgeLimit' edges (truncated, omitted and omittedEdges say what was left out).")
            .Arguments([new QueryArgument<NonNullGraphType<StringGraphType>> { Name = "actor", Description = "Name or alias." },
                new QueryArgument<IntGraphType> { Name = "hops", Description = "1 to 3 (default 1)." },
                new QueryArgument<IntGraphType> { Name = "limit", Description = "Most actors returned, the centre included (default 200)." },
                new QueryArgument<IntGraphType> { Name = "edgeLimit", Description = "Most edges returned (default 1000)." }, .. Arguments.Filters()])
            .WithComplexityImpact(20)
            .ResolveAsync(async c =>
            {
                var snapshot = await Arguments.SnapshotAsync(c);
                var actor = Arguments.Actor(snapshot, c.GetArgument<string>("actor"), "actor");
                var limit = Arguments.Bounded(c, "limit", Math.Min(200, Arguments.Options(c).MaxNodes), 2, Arguments.Options(c).MaxNodes);
                var edgeLimit = Arguments.Bounded(c, "edgeLimit", Math.Min(1000, Arguments.Options(c).MaxEdges), 1, Arguments.Options(c).MaxEdges);
                var found = snapshot.Neighborhood(actor.Name, Arguments.Hops(c, "hops", 1, Arguments.Options(c).MaxHops), Arguments.Filter(c), limit, c.CancellationToken, edgeLimit);
                return new Subgraph(found);
            });

        Field<NonNullGraphType<PathsResultType>>("paths")
            .Description("The shortest paths between two actors, edges taken in either direction, of at most maxHops edges (at most 4).")
            .Arguments([new QueryArgument<NonNullGraphType<StringGraphType>> { Name = "from", Description = "Name or alias." },
                new QueryArgument<NonNullGraphType<StringGraphType>> { Name = "to", Description = "Name or alias." },
                new QueryArgument<IntGraphType> { Name = "maxHops", Description = "1 to 4 (default 3)." },
                new QueryArgument<ListGraphType<NonNullGraphType<RelationKindEnum>>> { Name = "kinds", Description = "Only these kinds." },
                new QueryArgument<StringGraphType> { Name = "asOf", Description = "The graph as of this date." }])
            .WithComplexityImpact(20)
            .ResolveAsync(async c =>
            {
                var snapshot = await Arguments.SnapshotAsync(c);
                var from = Arguments.Actor(snapshot, c.GetArgument<string>("from"), "from");
                var to = Arguments.Actor(snapshot, c.GetArgument<string>("to"), "to");
                var hops = Arguments.Hops(c, "maxHops", 3, Arguments.Options(c).MaxPathHops);
                var paths = snapshot.ShortestPaths(from.Name, to.Name, hops, Arguments.Filter(c, dateRange: false), 25, out var truncated, c.CancellationToken);
                var subgraphs = paths.Select(p => new Subgraph(NodesOf(snapshot, from.Name, p), p)).ToList();
                var all = new Subgraph(subgraphs.SelectMany(s => s.Nodes).DistinctBy(n => n.Name).ToList(), paths.SelectMany(p => p).DistinctBy(e => e.Id).ToList());
                return new PathsResult(subgraphs, all, truncated);
            });

        Field<NonNullGraphType<ListGraphType<NonNullGraphType<TimelineEntryType>>>>("timeline")
            .Description($"Every observation between two actors in time order: undated background first, then dated evidence; at most `first` ({DefaultTimeline} unless given, at most {MaxTimeline}), from `offset` on.")
            .Arguments([new QueryArgument<NonNullGraphType<StringGraphType>> { Name = "a", Description = "Name or alias." },
                new QueryArgument<NonNullGraphType<StringGraphType>> { Name = "b", Description = "Name or alias." },
                .. Arguments.Window("observations", DefaultTimeline, MaxTimeline)])
            .ResolveAsync(async c =>
            {
                var reads = await Arguments.ReadsAsync(c);
                var a = await Arguments.ActorAsync(reads, c.GetArgument<string>("a"), "a");
                var b = await Arguments.ActorAsync(reads, c.GetArgument<string>("b"), "b");
                return Arguments.InWindow(c, await reads.TimelineAsync(a.Name, b.Name), DefaultTimeline, MaxTimeline);
            });

        QueryArgument[] ChangeFilters() =>
        [
            new QueryArgument<StringGraphType> { Name = "from", Description = "Changes dated on or after this date." },
            new QueryArgument<StringGraphType> { Name = "to", Description = "Changes dated on or before this date." },
            new QueryArgument<StringGraphType> { Name = "actor", Description = "Only changes of this actor (any alias)." },
            new QueryArgument<BooleanGraphType> { Name = "includeRenewals", Description = "Also hostility renewed after a quiet period (default false: flips only)." },
        ];
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<AllianceChangeType>>>>("allianceChanges")
            .Description($"Pairs whose stance flipped between cooperative (allied, affiliate) and hostile (rival, attacked), with evidence on both sides: at most `first` ({DefaultChanges} unless given, at most {MaxChanges}) from `offset` on, in the order of the alliance-change report; `allianceChangeCount` says how many match.")
            .Arguments([.. ChangeFilters(), .. Arguments.Window("changes", DefaultChanges, MaxChanges)])
            .ResolveAsync(async c => Arguments.InWindow(c, await MatchingChangesAsync(c), DefaultChanges, MaxChanges));

        Field<NonNullGraphType<IntGraphType>>("allianceChangeCount")
            .Description("How many alliance changes match the same filters as allianceChanges.")
            .Arguments(ChangeFilters())
            .ResolveAsync(async c => (await MatchingChangesAsync(c)).Count());

        Field<NonNullGraphType<DocumentConnectionType>>("documents")
            .Description("Loaded documents, oldest first.")
            .Arguments(Arguments.Page("documents"))
            .ResolveAsync(async c => Paging.Page((await Arguments.SnapshotAsync(c)).Documents, c, Arguments.Options(c).MaxPageSize));

        Field<NonNullGraphType<StatsType>>("stats")
            .Description("Counts by kind and type, and the span of dated evidence.")
            .ResolveAsync(async c => await (await Arguments.ReadsAsync(c)).StatsAsync());
    }

    /// <summary>How many observations of a pair one timeline holds unless asked for another number, and at most.</summary>
    private const int DefaultTimeline = 1000;
    private const int MaxTimeline = 10_000;

    /// <summary>How many alliance changes one answer holds unless asked for another number, and at most.</summary>
    private const int DefaultChanges = 200;
    private const int MaxChanges = 1000;

    /// <summary>The alliance changes the filters of <paramref name="c"/> select; one actor's are worked out from its edges alone.</summary>
    private static async Task<IEnumerable<ReportItem>> MatchingChangesAsync(IResolveFieldContext c)
    {
        var from = Arguments.Day(c, "from", end: false);
        var to = Arguments.Day(c, "to", end: true);
        var renewals = c.GetArgument<bool?>("includeRenewals") ?? false;
        IReadOnlyList<ReportItem> changes;
        if (c.GetArgument<string?>("actor") is { } name)
        {
            var reads = await Arguments.ReadsAsync(c);
            changes = await reads.ChangesOfAsync((await Arguments.ActorAsync(reads, name, "actor")).Name);
        }
        else
        {
            changes = (await Arguments.SnapshotAsync(c)).Changes;
        }
        return changes
            .Where(x => renewals || x.Type == ReportItemType.Flip)
            .Where(x => from is null || (x.Date is { } d && d.LastDay >= from))
            .Where(x => to is null || (x.Date is { } d && d.Value <= to));
    }

    private static List<StoredActor> NodesOf(GraphSnapshot snapshot, string from, IReadOnlyList<GraphEdge> path)
    {
        var nodes = new List<StoredActor> { snapshot.FindActor(from)! };
        foreach (var edge in path)
            nodes.Add(snapshot.FindActor(edge.Other(nodes[^1].Name))!);
        return nodes;
    }
}
