using ActorGraph.Core.Model;

namespace ActorGraph.Core.Storage;

/// <summary>An actor as kept in the store, with how many relations and documents name it.</summary>
public sealed record StoredActor(string Name, ActorType Type, IReadOnlyList<string> Aliases, bool Discovered, int Relations, int Documents)
{
    /// <summary>The actors an analyst merged into this one (corrections.yaml).</summary>
    public IReadOnlyList<string> MergedFrom { get; init; } = [];

    /// <summary>The analysts' corrections and notes on this actor, in words.</summary>
    public IReadOnlyList<string> Corrections { get; init; } = [];
}
