namespace ActorGraph.Core.Storage;

/// <summary>What loading one document did to the store.</summary>
public enum LoadOutcome
{
    /// <summary>A document the store did not have.</summary>
    Added,
    /// <summary>A known document whose text (or the lexicon) changed: its evidence was replaced.</summary>
    Replaced,
    /// <summary>The same document with the same lexicon: nothing was written.</summary>
    Unchanged,
}
