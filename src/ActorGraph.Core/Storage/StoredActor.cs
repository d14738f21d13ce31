using ActorGraph.Core.Model;

namespace ActorGraph.Core.Storage;

/// <summary>An actor as kept in the store, with how many relations and documents name it.</summary>
public sealed record StoredActor(string Name, ActorType Type, IReadOnlyList<string> Aliases, bool Discovered, int Relations, int Documents);
