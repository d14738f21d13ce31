using ActorGraph.Core.Model;
using ActorGraph.Core.Storage;

namespace ActorGraph.Core.Graph;

/// <summary>
/// A relation with the period it holds: from its first dated evidence (open when only undated background
/// states it) until the pair's stance flips away from it (open when it never does).
/// </summary>
public sealed record GraphEdge(StoredRelation Relation, PartialDate? ValidFrom, PartialDate? ValidTo)
{
    public string Id => $"{Relation.Source}|{ModelNames.Of(Relation.Kind)}|{Relation.Target}";

    public string Source => Relation.Source;
    public string Target => Relation.Target;
    public RelationKind Kind => Relation.Kind;

    /// <summary>True when the relation holds on <paramref name="day"/>.</summary>
    public bool HoldsOn(DateOnly day) =>
        (ValidFrom is null || ValidFrom.Value.Value <= day) && (ValidTo is null || ValidTo.Value.Value > day);

    public string Other(string actor) => Source == actor ? Target : Source;
}
