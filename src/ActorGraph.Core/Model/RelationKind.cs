namespace ActorGraph.Core.Model;

/// <summary>The four edge kinds. Rival and allied are symmetric; affiliate and attacked point from actor to target.</summary>
public enum RelationKind
{
    /// <summary>Source belongs to, is a branch of, or is led within the target.</summary>
    Affiliate,
    /// <summary>Hostile stance without (or beyond) a reported attack.</summary>
    Rival,
    /// <summary>Source attacked the target (strikes, offensives, captures).</summary>
    Attacked,
    /// <summary>Cooperation: allied with, backed by, fighting alongside.</summary>
    Allied,
}
