using System.Net.Http.Json;
using System.Text.Json;

namespace ActorGraph.Api.Tests;

/// <summary>Posts GraphQL requests and reads the answer as JSON.</summary>
internal static class GraphQLClient
{
    public static async Task<(HttpResponseMessage Response, JsonElement Body)> PostAsync(
        this HttpClient client, string query, object? variables = null, string? apiKey = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = JsonContent.Create(new { query, variables }) };
        if (apiKey is not null)
            request.Headers.Add("X-Api-Key", apiKey);
        var response = await client.SendAsync(request);
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        return (response, body);
    }

    /// <summary>Runs a query that must succeed and returns its data.</summary>
    public static async Task<JsonElement> DataAsync(this HttpClient client, string query, object? variables = null)
    {
        var (response, body) = await client.PostAsync(query, variables);
        Assert.True(response.IsSuccessStatusCode, body.ToString());
        Assert.False(body.TryGetProperty("errors", out var errors), errors.ToString());
        return body.GetProperty("data");
    }

    /// <summary>The messages of the answer's errors.</summary>
    public static IReadOnlyList<string> Errors(this JsonElement body) =>
        body.TryGetProperty("errors", out var errors) ? errors.EnumerateArray().Select(e => e.GetProperty("message").GetString()!).ToList() : [];

    public static IEnumerable<string> Strings(this JsonElement array, string property) =>
        array.EnumerateArray().Select(e => e.GetProperty(property).GetString()!);
}
