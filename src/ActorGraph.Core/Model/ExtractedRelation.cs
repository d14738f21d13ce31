namespace ActorGraph.Core.Model;

/// <summary>An edge found in one sentence: <c>Al Nusrah Front -attacked-> Syrian Revolutionaries' Front</c> with its evidence.</summary>
public sealed record ExtractedRelation(string Source, string Target, RelationKind Kind, Evidence Evidence)
{
    /// <summary>Rival and allied have no direction; their endpoints are stored in name order.</summary>
    public bool IsSymmetric => RelationKinds.IsSymmetric(Kind);
}
