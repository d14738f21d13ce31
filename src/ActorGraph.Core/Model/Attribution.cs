namespace ActorGraph.Core.Model;

/// <summary>Who states a relation: the author, a party's claim reported by the author, or a reader comment (never a fact).</summary>
public enum Attribution
{
    Author,
    Claim,
    Comment,
}
