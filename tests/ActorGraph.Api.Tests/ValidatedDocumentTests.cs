using System.Net;
using ActorGraph.Api.GraphQL;
using Microsoft.Extensions.DependencyInjection;

namespace ActorGraph.Api.Tests;

/// <summary>
/// A query text validated once is not validated again, and what depends on each request's variables (their types,
/// the complexity limit) is still checked every time.
/// </summary>
public sealed class ValidatedDocumentTests
{
    private const string NeighboursOf = "query($name: String!, $first: Int) { actor(name: $name) { name neighbors(first: $first) { name } } }";

    [Fact]
    public async Task a_valid_text_is_kept_once_and_an_invalid_one_never()
    {
        await using var factory = new ApiFactory();
        var client = factory.CreateClient();
        var kept = factory.Services.GetRequiredService<ValidatedDocuments>();
        await client.DataAsync("{ stats { documents } }"); // start-up done
        var before = kept.Count;

        var first = await client.DataAsync(NeighboursOf, new { name = "SRF", first = 5 });
        var second = await client.DataAsync(NeighboursOf, new { name = "SRF", first = 5 });
        Assert.Equal(first.ToString(), second.ToString());
        Assert.Equal(before + 1, kept.Count);

        for (var attempt = 0; attempt < 2; attempt++)
        {
            var (response, body) = await client.PostAsync("{ actor(name: \"SRF\") { noSuchField } }");
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            Assert.Contains(body.Errors(), e => e.Contains("noSuchField", StringComparison.Ordinal));
        }
        Assert.Equal(before + 1, kept.Count);
    }

    [Fact]
    public async Task a_known_text_with_variables_of_the_wrong_kind_is_still_refused()
    {
        await using var factory = new ApiFactory();
        var client = factory.CreateClient();
        await client.DataAsync(NeighboursOf, new { name = "SRF", first = 5 });

        var (missing, missingBody) = await client.PostAsync(NeighboursOf, new { first = 5 });
        Assert.Equal(HttpStatusCode.BadRequest, missing.StatusCode);
        Assert.Contains(missingBody.Errors(), e => e.Contains("$name", StringComparison.Ordinal));

        var (wrong, wrongBody) = await client.PostAsync(NeighboursOf, new { name = "SRF", first = "five" });
        Assert.Equal(HttpStatusCode.BadRequest, wrong.StatusCode);
        Assert.Contains(wrongBody.Errors(), e => e.Contains("$first", StringComparison.Ordinal));
    }

    [Fact]
    public async Task the_complexity_limit_still_applies_to_a_known_text_with_larger_variables()
    {
        await using var factory = new ApiFactory { Settings = [("ActorGraph:MaxComplexity", "400")] };
        var client = factory.CreateClient();
        await client.DataAsync(NeighboursOf, new { name = "SRF", first = 2 });

        var (response, body) = await client.PostAsync(NeighboursOf, new { name = "SRF", first = 10_000 });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(body.Errors(), e => e.Contains("complexity", StringComparison.OrdinalIgnoreCase));
    }
}
