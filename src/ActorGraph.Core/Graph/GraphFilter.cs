using ActorGraph.Core.Model;

namespace ActorGraph.Core.Graph;

/// <summary>
/// Which edges a query sees: kinds, the day the graph is taken as of, evidence dated within [From, To],
/// a minimum confidence and an attribution. Null means no restriction.
/// </summary>
public sealed record GraphFilter(
    IReadOnlySet<RelationKind>? Kinds = null,
    DateOnly? AsOf = null,
    DateOnly? From = null,
    DateOnly? To = null,
    double? MinConfidence = null,
    Attribution? Attribution = null)
{
    public static readonly GraphFilter All = new();

    /// <summary>True when no condition is set: every edge is admitted (a search may skip asking).</summary>
    public bool AdmitsEverything => Kinds is null && FiltersOnlyKinds;

    /// <summary>True when only kinds are asked for: what is admitted is known without reading any evidence.</summary>
    public bool FiltersOnlyKinds => AsOf is null && From is null && To is null && MinConfidence is null && Attribution is null;

    public bool Admits(GraphEdge edge)
    {
        if (Kinds is not null && !Kinds.Contains(edge.Kind))
            return false;
        if (AsOf is { } day && !edge.HoldsOn(day))
            return false;
        if (MinConfidence is { } min && edge.Confidence < min)
            return false;
        if (Attribution is { } attribution && !edge.Relation.Evidence.Any(e => e.Evidence.Attribution == attribution))
            return false;
        if ((From is not null || To is not null)
            && !edge.Relation.Evidence.Any(e => e.Evidence.Date is { } d && (From is null || d.LastDay >= From) && (To is null || d.Value <= To)))
            return false;
        return true;
    }
}
