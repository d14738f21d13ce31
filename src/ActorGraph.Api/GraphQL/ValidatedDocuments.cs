using System.Collections.Concurrent;
using GraphQLParser.AST;

namespace ActorGraph.Api.GraphQL;

/// <summary>
/// Query texts this server has already parsed, measured (<see cref="QueryGuard"/>) and validated against the
/// schema, with their documents. Notebooks and the browser send the same few texts again and again (only the
/// variables change); parsing and the schema's validation rules were a fifth of what a small query cost. What
/// depends on the variables (their values, the arguments, the complexity limit) is still checked per request.
/// One per server (its depth limit is part of what was checked), bounded in entries and in text length.
/// </summary>
internal sealed class ValidatedDocuments
{
    /// <summary>Distinct query texts kept; once full, further texts are checked every time (nothing is evicted).</summary>
    public const int MaxEntries = 1024;

    /// <summary>Longer texts are checked every time: a few long generated queries must not fill the memory.</summary>
    public const int MaxQueryLength = 8 * 1024;

    private readonly ConcurrentDictionary<string, GraphQLDocument> _documents = new(StringComparer.Ordinal);

    public int Count => _documents.Count;

    public GraphQLDocument? Find(string query) => _documents.TryGetValue(query, out var document) ? document : null;

    /// <summary>Keeps a document that passed the guard and every validation rule.</summary>
    public void Add(string query, GraphQLDocument document)
    {
        if (query.Length <= MaxQueryLength && _documents.Count < MaxEntries)
            _documents.TryAdd(query, document);
    }
}
