using ActorGraph.Core.Storage;

namespace ActorGraph.Api.GraphQL;

/// <summary>A sentence that names two actors, in a document the store holds.</summary>
public sealed record CandidateSentence(StoredDocument Document, string Sentence, int Offset);
