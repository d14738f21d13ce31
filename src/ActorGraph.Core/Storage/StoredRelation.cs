using ActorGraph.Core.Model;

namespace ActorGraph.Core.Storage;

/// <summary>
/// One edge per (source, target, kind) with all its evidence; rival and allied edges keep their endpoints in
/// name order. <see cref="FirstSeen"/>/<see cref="LastSeen"/> span the dated evidence.
/// </summary>
public sealed record StoredRelation(string Source, string Target, RelationKind Kind, IReadOnlyList<StoredEvidence> Evidence)
{
    public bool IsSymmetric => RelationKinds.IsSymmetric(Kind);

    /// <summary>
    /// The order relations are read and listed in, by both stores and the graph in memory: source, then target (names
    /// in <see cref="NameOrder"/>), then kind as written. An actor's relations page in it.
    /// </summary>
    public static readonly Comparer<StoredRelation> Order = Comparer<StoredRelation>.Create((x, y) =>
        NameOrder.Instance.Compare(x.Source, y.Source) is var bySource and not 0 ? bySource
        : NameOrder.Instance.Compare(x.Target, y.Target) is var byTarget and not 0 ? byTarget
        : string.CompareOrdinal(ModelNames.Of(x.Kind), ModelNames.Of(y.Kind)));

    // Evidence read from a store is a slice of a table: its figures are read from the rows without making objects.
    public PartialDate? FirstSeen => Evidence is EvidenceTable.EvidenceSlice slice ? slice.FirstSeen
        : Evidence.Select(e => e.Evidence.Date).Where(d => d is not null).MinBy(d => d!.Value.Value);

    public PartialDate? LastSeen => Evidence is EvidenceTable.EvidenceSlice slice ? slice.LastSeen
        : Evidence.Select(e => e.Evidence.Date).Where(d => d is not null).MaxBy(d => d!.Value.Value);

    /// <summary>The highest confidence among the evidence: an edge is as sure as its best sentence.</summary>
    public double Confidence => Evidence is EvidenceTable.EvidenceSlice slice ? slice.Confidence
        : Evidence.Count == 0 ? 0 : Evidence.Max(e => e.Evidence.Confidence);

    /// <summary>
    /// The first <paramref name="take"/> sentences in date order (undated first, then as stored), of one attribution
    /// when given; with <paramref name="includeRejected"/> the rejected ones too. What a query shows of a relation.
    /// </summary>
    public List<StoredEvidence> OldestEvidence(int take, Attribution? attribution = null, bool includeRejected = false) =>
        !includeRejected && Evidence is EvidenceTable.EvidenceSlice slice ? slice.Oldest(take, attribution)
        : (includeRejected ? Evidence.Concat(RejectedEvidence) : Evidence).Where(e => attribution is null || e.Evidence.Attribution == attribution)
            .OrderBy(e => e.Evidence.Date?.Value ?? DateOnly.MinValue).Take(take).ToList();

    /// <summary>
    /// When the relation stops holding, as the store worked it out at load (see <see cref="Graph.EdgeValidity"/>);
    /// null when the store holds none for it. Never carried into a corrected graph, whose pairs may differ.
    /// </summary>
    public StoredValidity? Validity { get; init; }

    /// <summary>Evidence an analyst rejected (corrections.yaml): kept to be shown on request, counted nowhere.</summary>
    public IReadOnlyList<StoredEvidence> RejectedEvidence { get; init; } = [];

    /// <summary>The analysts' corrections that shaped this relation (merges of its ends, assertions, notes), in words.</summary>
    public IReadOnlyList<string> Corrections { get; init; } = [];
}

/// <summary>A relation's end as stored: the date its pair's stance flipped away from it, or null while it holds.</summary>
public readonly record struct StoredValidity(PartialDate? ValidTo);
