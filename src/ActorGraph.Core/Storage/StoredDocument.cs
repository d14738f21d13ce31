namespace ActorGraph.Core.Storage;

/// <summary>A document's metadata as kept in the store.</summary>
public sealed record StoredDocument(string Key, string Title, DateOnly? Published, string? Source, string? Author, string? Url);
