using System.Runtime.CompilerServices;
using ActorGraph.Core.Model;
using ActorGraph.Core.Storage;

namespace ActorGraph.Core.Graph;

/// <summary>
/// A relation with the period it holds: from its first dated evidence (open when only undated background
/// states it) until the pair's stance flips away from it (open when it never does). The end is worked out
/// from the pair's own evidence the first time it is asked for.
/// </summary>
public sealed class GraphEdge(StoredRelation relation, PartialDate? validFrom, Func<GraphEdge, PartialDate?> validTo)
{
    private Func<GraphEdge, PartialDate?> _findValidTo = validTo;

    /// <summary>
    /// Hands the edge to a newer snapshot that carries it over unchanged (its pair untouched, so the same end): the
    /// end is then worked out there, and the snapshot before can be let go.
    /// </summary>
    internal void MoveTo(Func<GraphEdge, PartialDate?> validTo) => Volatile.Write(ref _findValidTo, validTo);

    /// <summary>The end once worked out, published in one reference write so no thread sees half of it.</summary>
    private StrongBox<PartialDate?>? _validTo;

    public GraphEdge(StoredRelation relation, PartialDate? validFrom, PartialDate? validTo) : this(relation, validFrom, _ => validTo)
    {
    }

    public StoredRelation Relation { get; } = relation;
    public PartialDate? ValidFrom { get; } = validFrom;

    public PartialDate? ValidTo
    {
        get
        {
            var known = Volatile.Read(ref _validTo);
            if (known is null)
            {
                known = new StrongBox<PartialDate?>(Volatile.Read(ref _findValidTo)(this)); // a race computes the same value twice, never a wrong one
                Volatile.Write(ref _validTo, known);
            }
            return known.Value;
        }
    }

    /// <summary>The relation's confidence, worked out once (a search weighs thousands of edges, each many times).</summary>
    public double Confidence
    {
        get
        {
            var known = _confidence; // a double is read and written whole; a race computes the same value twice
            if (double.IsNaN(known))
                _confidence = known = Relation.Confidence;
            return known;
        }
    }

    private double _confidence = double.NaN;

    public string Id => ModelNames.RelationKey(Relation.Source, Relation.Kind, Relation.Target);

    public string Source => Relation.Source;
    public string Target => Relation.Target;
    public RelationKind Kind => Relation.Kind;

    /// <summary>True when the relation holds on <paramref name="day"/>.</summary>
    public bool HoldsOn(DateOnly day) =>
        (ValidFrom is null || ValidFrom.Value.Value <= day) && (ValidTo is null || ValidTo.Value.Value > day);

    public string Other(string actor) => Source == actor ? Target : Source;
}
