namespace ActorGraph.Core.Model;

/// <summary>A node: a canonical name with its aliases, e.g. <c>Al Nusrah Front</c> with <c>Jabhat al-Nusra</c>.</summary>
/// <param name="Discovered">True when the name was found in a document rather than in the dictionary.</param>
public sealed record Actor(string Name, ActorType Type, IReadOnlyList<string> Aliases, bool Discovered = false);
