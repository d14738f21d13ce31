namespace ActorGraph.Core.Storage.Neo4j;

/// <summary>
/// Where a Neo4j server's HTTP Query API is: <c>http://localhost:7474</c>, a database and credentials.
/// Bolt addresses are refused: ActorGraph speaks only the documented HTTP Query API.
/// </summary>
public sealed record Neo4jConnection(Uri BaseAddress, string Database, string User, string Password)
{
    public const string DefaultDatabase = "neo4j";

    /// <summary>Reads NEO4J_URI, NEO4J_USER (default neo4j), NEO4J_PASSWORD and NEO4J_DATABASE; null when NEO4J_URI is not set.</summary>
    public static Neo4jConnection? FromEnvironment()
    {
        var uri = Environment.GetEnvironmentVariable("NEO4J_URI");
        return string.IsNullOrWhiteSpace(uri) ? null : Parse(uri,
            Environment.GetEnvironmentVariable("NEO4J_USER") ?? "neo4j",
            Environment.GetEnvironmentVariable("NEO4J_PASSWORD") ?? "",
            Environment.GetEnvironmentVariable("NEO4J_DATABASE") ?? DefaultDatabase);
    }

    public static Neo4jConnection Parse(string uri, string user, string password, string database = DefaultDatabase)
    {
        if (!Uri.TryCreate(uri, UriKind.Absolute, out var address) || address.Scheme is not ("http" or "https"))
            throw new InputException("NEO4J_URI", 0, $"'{uri}' must be the http(s) address of Neo4j's HTTP Query API, such as http://localhost:7474 (not bolt://)");
        return new Neo4jConnection(address, database, user, password);
    }
}
