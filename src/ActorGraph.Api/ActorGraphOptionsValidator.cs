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
        if (options.StoreAnswers is not ("start" or "always" or "never"))
            problems.Add($"ActorGraph:AnswerFromStore must be 'start', 'always' or 'never', not '{options.AnswerFromStore}'");
        if (string.IsNullOrWhiteSpace(options.DatabasePath))
            problems.Add("ActorGraph:DatabasePath must name a file");
        void Range(string setting, long value, long min, long max)
        {
            if (value < min || value > max)
                problems.Add($"ActorGraph:{setting} must be from {min} to {max}");
        }
        Range(nameof(options.MaxPageSize), options.MaxPageSize, 1, 1000);
        Range(nameof(options.MaxHops), options.MaxHops, 1, 5);
        Range(nameof(options.MaxPathHops), options.MaxPathHops, 1, 6);
        Range(nameof(options.ConcurrentRequestsPerClient), options.ConcurrentRequestsPerClient, 1, 1000);
        Range(nameof(options.QueuedRequestsPerClient), options.QueuedRequestsPerClient, 0, 10_000);
        Range(nameof(options.MaxNodes), options.MaxNodes, 10, 100_000);
        Range(nameof(options.MaxEdges), options.MaxEdges, 10, 1_000_000);
        Range(nameof(options.MaxExportRelations), options.MaxExportRelations, 1, 10_000_000);
        Range(nameof(options.FreshWaitMilliseconds), options.FreshWaitMilliseconds, 0, 600_000);
        Range(nameof(options.RequestTimeoutSeconds), options.RequestTimeoutSeconds, 1, 600);
        Range(nameof(options.MaxRequestBytes), options.MaxRequestBytes, 1024, 1L << 30);
        if (options.ApiKey is { Length: > 0 and < 16 })
            problems.Add("ActorGraph:ApiKey must be at least 16 characters");
        foreach (var origin in options.CorsOrigins)
            if (!Uri.TryCreate(origin, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
                problems.Add($"ActorGraph:CorsOrigins entry '{origin}' must be an absolute http(s) origin such as http://localhost:8888");
        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }
}
