namespace ActorGraph.Core.Model;

/// <summary>What holds for the kinds as a set: which have no direction.</summary>
public static class RelationKinds
{
    /// <summary>Rival and allied: a stance between two sides, the same whichever way it is written.</summary>
    public static readonly IReadOnlyList<RelationKind> Symmetric = [RelationKind.Rival, RelationKind.Allied];

    public static bool IsSymmetric(RelationKind kind) => kind is RelationKind.Rival or RelationKind.Allied;
}
