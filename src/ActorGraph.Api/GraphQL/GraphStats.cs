using ActorGraph.Core.Model;

namespace ActorGraph.Api.GraphQL;

/// <summary>Counts of the graph and the span of its dated evidence.</summary>
public sealed record GraphStats(
    int Documents, int Actors, int Relations, int Evidence,
    IReadOnlyList<KeyCount> ByKind, IReadOnlyList<KeyCount> ByType, PartialDate? Earliest, PartialDate? Latest);
