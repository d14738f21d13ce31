using Microsoft.Extensions.Options;

namespace ActorGraph.Api;

/// <summary>Checks settings at start-up so a typo stops the API with a message naming the setting.</summary>
internal sealed class ActorGraphOptionsValidator : IValidateOptions<ActorGraphOptions>
{
    public ValidateOptionsResult Validate(string? name, ActorGraphOptions options)
    {
        var problems = new List<string>();
        var store = options.Store.ToLowerInvariant();
        if (store is not ("sqlite" or "neo4j"))
            problems.Add($"ActorGraph:Store must be 'sqlite' (embedded) or 'neo4j', not '{options.Store}'");
        if (store == "neo4j" && !(Uri.TryCreate(options.Neo4jUri, UriKind.Absolute, out var neo4j) && neo4j.Scheme is "http" or "https"))
            problems.Add("ActorGraph:Neo4jUri must be the http(s) address of Neo4j's HTTP Query API, such as http://localhost:7474");
        if (string.IsNullOrWhiteSpace(options.DatabasePath))
            problems.Add("ActorGraph:DatabasePath must name a file");
        if (options.MaxPageSize is < 1 or > 1000)
            problems.Add("ActorGraph:MaxPageSize must be from 1 to 1000");
        if (options.MaxHops is < 1 or > 5)
            problems.Add("ActorGraph:MaxHops must be from 1 to 5");
        if (options.MaxPathHops is < 1 or > 6)
            problems.Add("ActorGraph:MaxPathHops must be from 1 to 6");
        if (options.ConcurrentRequestsPerClient is < 1 or > 1000)
            problems.Add("ActorGraph:ConcurrentRequestsPerClient must be from 1 to 1000");
        if (options.QueuedRequestsPerClient is < 0 or > 10_000)
            problems.Add("ActorGraph:QueuedRequestsPerClient must be from 0 to 10000");
        if (options.MaxNodes is < 10 or > 100_000)
            problems.Add("ActorGraph:MaxNodes must be from 10 to 100000");
        if (options.RequestTimeoutSeconds is < 1 or > 600)
            problems.Add("ActorGraph:RequestTimeoutSeconds must be from 1 to 600");
        if (options.MaxRequestBytes is < 1024 or > 1L << 30)
            problems.Add("ActorGraph:MaxRequestBytes must be from 1024 to 1073741824");
        if (options.ApiKey is { Length: > 0 and < 16 })
            problems.Add("ActorGraph:ApiKey must be at least 16 characters");
        foreach (var origin in options.CorsOrigins)
            if (!Uri.TryCreate(origin, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
                problems.Add($"ActorGraph:CorsOrigins entry '{origin}' must be an absolute http(s) origin such as http://localhost:8888");
        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }
}
