using ActorGraph.Core.Model;

namespace ActorGraph.Core.Extraction;

/// <summary>What one filled slot pair means: "A attacked B" yields (A, Attacked, B).</summary>
public sealed record CueYield(string Source, RelationKind Kind, string Target);

/// <summary>
/// One entry of <c>seed/relations.yaml</c>: patterns that signal a relation, what they yield, how sure they are
/// whether a sentence without its own date takes the date of its paragraph (events do, states do not), and
/// words that cancel it when they stand inside the match ("plotting attacks against" is no attack).
/// </summary>
public sealed record RelationCue(
    RelationKind Kind,
    CuePattern[] Patterns,
    IReadOnlyList<CueYield> Yields,
    double Confidence,
    bool CarryDate,
    IReadOnlyDictionary<string, IReadOnlySet<ActorType>> SlotTypes,
    PhraseList Unless,
    int Line)
{
    /// <summary>True for a cue that reads hedged statements itself ("threatened to attack"): hedges do not cancel it.</summary>
    public bool Hedged { get; init; }

    /// <summary>What the cue says is a standing fact ("the LNA of Khalifa Haftar"): never dated by a date nearby.</summary>
    public bool Standing { get; init; }

    /// <summary>
    /// The names joined by "and" before the verb act together ("Hamas and Islamic Jihad fired rockets"): nothing before
    /// them may set them apart ("both") or make them an object ("clashes between", "strikes on").
    /// </summary>
    public bool OneSubject { get; init; }

    /// <summary>
    /// When a sentence's matches of this cue are read: 0 for memberships alone, 1 for other ties, 2 for enmities and
    /// attacks, which a side's ties in the same sentence inform (see <see cref="RelationExtractor"/>).
    /// </summary>
    public int ReadingOrder { get; } = Yields.Any(y => y.Kind is RelationKind.Attacked or RelationKind.Rival) ? 2
        : Yields.All(y => y.Kind == RelationKind.Affiliate) ? 0 : 1;

    /// <summary>
    /// Only a true subject fills {A}: "fought al Qaeda in Iraq with American backing" backs whoever fought, never the
    /// object of the verb, even when no actor stands before that verb.
    /// </summary>
    public bool TrueSubject { get; init; }

    /// <summary>
    /// The match opens its sentence (after a dateline): "Routed by the army in 2013, the M23 fled" says who was routed
    /// only there; inside a sentence a phrase before the comma may belong to another clause.
    /// </summary>
    public bool Opening { get; init; }

    /// <summary>
    /// A tie the cue says is over ("split from", "broke away from": a part once): it does not keep the two sides from
    /// being enemies elsewhere in the same sentence.
    /// </summary>
    public bool Ended { get; init; }
}
