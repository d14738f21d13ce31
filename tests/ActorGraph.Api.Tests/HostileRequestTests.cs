using System.Net;
using System.Text;
using Microsoft.Extensions.DependencyInjection;

namespace ActorGraph.Api.Tests;

/// <summary>Requests written to crash or pin the server are refused before any costly work, and it keeps answering.</summary>
public sealed class HostileRequestTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    private async Task StillAnswersAsync()
    {
        var data = await _client.DataAsync("{ stats { documents } }");
        Assert.Equal(1, data.GetProperty("stats").GetProperty("documents").GetInt32());
    }

    [Fact]
    public async Task a_chain_of_a_thousand_fragments_is_refused_not_a_stack_overflow()
    {
        var query = new StringBuilder("{ ...F0 }\n");
        for (var i = 0; i < 1100; i++)
            query.Append($"fragment F{i} on Query {{ ...F{i + 1} }}\n");
        query.Append("fragment F1100 on Query { stats { documents } }\n");
        var (response, body) = await _client.PostAsync(query.ToString());
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("fragments", Assert.Single(body.Errors()));
        await StillAnswersAsync();
    }

    [Fact]
    public async Task fragments_that_each_spread_the_next_twice_are_refused_by_their_expanded_size()
    {
        var query = new StringBuilder("{ ...F0 }\n");
        for (var i = 0; i < 30; i++)
            query.Append($"fragment F{i} on Query {{ ...F{i + 1} ...F{i + 1} }}\n");
        query.Append("fragment F30 on Query { stats { documents } }\n");
        Assert.True(query.Length < 1500);
        var (response, body) = await _client.PostAsync(query.ToString());
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("once its fragments are expanded", Assert.Single(body.Errors()));
        await StillAnswersAsync();
    }

    [Fact]
    public async Task fragments_that_spread_each_other_in_a_cycle_are_refused()
    {
        var (response, body) = await _client.PostAsync("{ ...A } fragment A on Query { ...B } fragment B on Query { ...A }");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("cycle", Assert.Single(body.Errors()));
    }

    [Fact]
    public async Task a_query_nested_deeper_than_the_limit_through_fragments_is_refused()
    {
        var (response, body) = await _client.PostAsync(
            "{ ...A } fragment A on Query { actor(name: \"SRF\") { ...B } } " +
            "fragment B on Actor { neighbors { neighbors { neighbors { neighbors { neighbors { neighbors { neighbors { neighbors { neighbors { neighbors { neighbors { neighbors { name } } } } } } } } } } } } }");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("depth limit", Assert.Single(body.Errors()));
    }

    [Fact]
    public async Task the_standard_introspection_query_that_graphiql_sends_is_answered()
    {
        var data = await _client.DataAsync(IntrospectionQuery);
        var types = data.GetProperty("__schema").GetProperty("types");
        Assert.Contains("Actor", types.Strings("name"));
    }

    [Fact]
    public async Task a_body_over_the_size_limit_is_refused_with_413()
    {
        var options = factory.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<ActorGraphOptions>>().Value;
        var text = new string('x', (int)options.MaxRequestBytes + 10);
        using var content = new StringContent("{\"query\":\"{ stats { documents } }\",\"x\":\"" + text + "\"}", Encoding.UTF8, "application/json");
        var response = await _client.PostAsync("/graphql", content);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        await StillAnswersAsync();
    }

    [Fact]
    public async Task front_matter_nested_sixty_thousand_deep_is_a_field_error_not_a_crash()
    {
        var text = "---\ntitle: " + new string('[', 60_000) + new string(']', 60_000) + "\n---\nBody.\n";
        var (_, body) = await _client.PostAsync(
            "mutation($d: DocumentInput!) { loadDocument(document: $d) { outcome } }",
            new { d = new { key = "deep.txt", text } }, ApiFactory.ApiKey);
        Assert.Contains("more than 32 levels deep", Assert.Single(body.Errors()));
        await StillAnswersAsync();
    }

    [Fact]
    public async Task pages_say_that_only_our_own_scripts_run()
    {
        foreach (var path in new[] { "/", "/graphiql/index.html", "/graphql?query=%7Bstats%7Bdocuments%7D%7D" })
        {
            var response = await _client.GetAsync(path);
            var policy = Assert.Single(response.Headers.GetValues("Content-Security-Policy"));
            Assert.Contains("script-src 'self';", policy);
            Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
        }
    }

    /// <summary>The query GraphiQL's documentation panel sends (graphql-js getIntrospectionQuery).</summary>
    private const string IntrospectionQuery = """
        query IntrospectionQuery {
          __schema {
            queryType { name } mutationType { name } subscriptionType { name }
            types { ...FullType }
            directives { name description locations args { ...InputValue } }
          }
        }
        fragment FullType on __Type {
          kind name description
          fields(includeDeprecated: true) { name description args { ...InputValue } type { ...TypeRef } isDeprecated deprecationReason }
          inputFields { ...InputValue }
          interfaces { ...TypeRef }
          enumValues(includeDeprecated: true) { name description isDeprecated deprecationReason }
          possibleTypes { ...TypeRef }
        }
        fragment InputValue on __InputValue { name description type { ...TypeRef } defaultValue }
        fragment TypeRef on __Type {
          kind name
          ofType { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name } } } } } } } } }
        }
        """;
}
