using ActorGraph.Core.Model;

namespace ActorGraph.Core.Extraction;

/// <summary>
/// A date phrase in a sentence ("since late October") with its resolved date, or null when it cannot be resolved
/// (a relative phrase in a document without a publication date). <see cref="Qualifier"/> is since, until, or null.
/// </summary>
public sealed record DateMention(int Start, int End, string Text, PartialDate? Date, string? Qualifier);
