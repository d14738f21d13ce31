using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace ActorGraph.Api.Tests;

public sealed class StartupTests
{
    // Checked through AddActorGraph's own registration (ValidateOnStart runs the same validator when the host starts):
    // a failing WebApplicationFactory start can surface as ObjectDisposedException instead of the real error.
    [Theory]
    [InlineData("ActorGraph:MaxPageSize", "0", "ActorGraph:MaxPageSize must be from 1 to 1000")]
    [InlineData("ActorGraph:Store", "cassandra", "ActorGraph:Store must be 'sqlite' (embedded) or 'neo4j'")]
    [InlineData("ActorGraph:Store", "neo4j", "ActorGraph:Neo4jUri must be the http(s) address")]
    [InlineData("ActorGraph:ApiKey", "short", "ActorGraph:ApiKey must be at least 16 characters")]
    [InlineData("ActorGraph:AnswerFromStore", "sometimes", "ActorGraph:AnswerFromStore must be 'start', 'always' or 'never', not 'sometimes'")]
    [InlineData("ActorGraph:CorsOrigins:0", "localhost", "CorsOrigins entry 'localhost' must be an absolute http(s) origin")]
    public void a_bad_setting_is_refused_with_a_message_naming_it(string key, string value, string message)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { [key] = value }).Build();
        using var services = new ServiceCollection().AddActorGraph(configuration).BuildServiceProvider();
        var e = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<ActorGraphOptions>>().Value);
        Assert.Contains(message, e.Message);
    }

    [Fact]
    public void the_default_settings_are_valid()
    {
        var configuration = new ConfigurationBuilder().Build();
        using var services = new ServiceCollection().AddActorGraph(configuration).BuildServiceProvider();
        Assert.Equal(100, services.GetRequiredService<IOptions<ActorGraphOptions>>().Value.MaxPageSize);
    }

    [Fact]
    public async Task without_a_seed_folder_the_api_starts_on_an_empty_graph_with_its_own_dictionaries()
    {
        await using var factory = new ApiFactory();
        var client = factory.WithWebHostBuilder(b => b.UseSetting("ActorGraph:SeedFolder", "")).CreateClient();
        Assert.Contains("\"documents\":0", await client.GetStringAsync("/health"));
        var data = await client.DataAsync("""{ stats { documents } }""");
        Assert.Equal(0, data.GetProperty("stats").GetProperty("documents").GetInt32());
    }

    [Fact]
    public async Task an_empty_store_is_created_and_the_seed_loaded_at_start_up()
    {
        await using var factory = new ApiFactory();
        var health = await factory.CreateClient().GetStringAsync("/health");
        Assert.Contains("\"documents\":1", health);
    }
}
