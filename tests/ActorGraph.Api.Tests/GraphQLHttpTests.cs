using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace ActorGraph.Api.Tests;

/// <summary>The endpoint follows GraphQL over HTTP: media types, status codes, GET, limits, error shape.</summary>
public sealed class GraphQLHttpTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task answers_with_the_graphql_response_media_type()
    {
        var (response, body) = await _client.PostAsync("{ stats { documents } }");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/graphql-response+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(1, body.GetProperty("data").GetProperty("stats").GetProperty("documents").GetInt32());
    }

    [Fact]
    public async Task answers_application_json_to_clients_that_accept_only_that()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new StringContent("{\"query\":\"{ stats { documents } }\"}", Encoding.UTF8, "application/json") };
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        var response = await _client.SendAsync(request);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task queries_work_over_get_with_variables_and_operation_name()
    {
        var url = "/graphql?query=" + Uri.EscapeDataString("query One($n: String!) { actor(name: $n) { name } } query Two { stats { documents } }")
            + "&operationName=One&variables=" + Uri.EscapeDataString("{\"n\":\"ISIS\"}");
        var response = await _client.GetAsync(url);
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Islamic State", body.GetProperty("data").GetProperty("actor").GetProperty("name").GetString());
    }

    [Fact]
    public async Task mutations_over_get_are_refused_with_405()
    {
        var response = await _client.GetAsync("/graphql?query=" + Uri.EscapeDataString("mutation { loadDocument(document: {key: \"x.txt\", text: \"T\"}) { outcome } }"));
        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
    }

    [Theory]
    [InlineData("{not json", "not valid JSON")]
    [InlineData("{\"variables\": {}}", "has no 'query'")]
    [InlineData("{\"query\": \"{ stats { documents \"}", "")]
    [InlineData("{\"query\": \"{ stats { noSuchField } }\"}", "noSuchField")]
    public async Task requests_that_cannot_run_are_400_with_a_graphql_error(string json, string message)
    {
        var response = await _client.PostAsync("/graphql", new StringContent(json, Encoding.UTF8, "application/json"));
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(body.Errors(), e => e.Contains(message, StringComparison.Ordinal));
        Assert.DoesNotContain("   at ", body.ToString());
    }

    [Fact]
    public async Task other_media_types_are_415()
    {
        var response = await _client.PostAsync("/graphql", new StringContent("{ stats { documents } }", Encoding.UTF8, "text/plain"));
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
    }

    [Fact]
    public async Task too_deep_queries_are_refused()
    {
        var query = "{ actor(name: \"SRF\") { " + string.Concat(Enumerable.Repeat("neighbors { ", 12)) + "name" + new string('}', 12) + " } }";
        var (response, body) = await _client.PostAsync(query);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(body.Errors(), e => e.Contains("depth", StringComparison.OrdinalIgnoreCase) || e.Contains("complexity", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task the_schema_is_served_as_sdl_with_descriptions()
    {
        var sdl = await _client.GetStringAsync("/graphql/schema.graphql");
        Assert.Contains("type Actor", sdl);
        Assert.Contains("allianceChanges", sdl);
        Assert.Contains("Canonical name", sdl);
    }

    [Fact]
    public async Task graphiql_is_served_with_its_libraries_from_npm()
    {
        var redirect = await factory.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false }).GetAsync("/graphiql");
        Assert.Equal("/graphiql/index.html", redirect.Headers.Location?.OriginalString);
        var page = await _client.GetStringAsync("/graphiql/index.html");
        Assert.Contains("/lib/graphiql/graphiql.min.js", page);
        foreach (var library in new[] { "/lib/graphiql/graphiql.min.js", "/lib/graphiql/graphiql.min.css", "/lib/react/react.production.min.js", "/lib/react/react-dom.production.min.js", "/graphiql/start.js" })
            Assert.Equal(HttpStatusCode.OK, (await _client.GetAsync(library)).StatusCode);
    }

    [Fact]
    public async Task health_reports_the_store()
    {
        var body = JsonDocument.Parse(await _client.GetStringAsync("/health")).RootElement;
        Assert.Equal("ok", body.GetProperty("status").GetString());
        Assert.Equal(1, body.GetProperty("documents").GetInt32());
    }

    [Fact]
    public async Task a_configured_origin_may_call_from_a_browser_and_others_may_not()
    {
        async Task<string?> AllowedOrigin(string origin)
        {
            using var request = new HttpRequestMessage(HttpMethod.Options, "/graphql");
            request.Headers.Add("Origin", origin);
            request.Headers.Add("Access-Control-Request-Method", "POST");
            request.Headers.Add("Access-Control-Request-Headers", "content-type");
            var response = await _client.SendAsync(request);
            return response.Headers.TryGetValues("Access-Control-Allow-Origin", out var values) ? values.Single() : null;
        }
        Assert.Equal(ApiFactory.NotebookOrigin, await AllowedOrigin(ApiFactory.NotebookOrigin));
        Assert.Null(await AllowedOrigin("http://evil.example"));
    }
}
