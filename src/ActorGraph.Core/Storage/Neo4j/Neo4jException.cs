namespace ActorGraph.Core.Storage.Neo4j;

/// <summary>An error Neo4j reported (<c>errors[]</c> in a Query API answer), with its status code such as <c>Neo.ClientError.Statement.SyntaxError</c>.</summary>
public sealed class Neo4jException(string code, string message) : Exception($"Neo4j: {code}: {message}")
{
    public string Code { get; } = code;

    /// <summary>Neo4j's own advice: a transient error (a deadlock, a leader switch) succeeds when the transaction is run again.</summary>
    public bool IsTransient => Code.StartsWith("Neo.TransientError.", StringComparison.Ordinal);
}
