using Microsoft.Extensions.Options;

namespace ActorGraph.Api.Tests;

public sealed class StartupTests
{
    [Theory]
    [InlineData("ActorGraph:MaxPageSize", "0", "ActorGraph:MaxPageSize must be from 1 to 1000")]
    [InlineData("ActorGraph:Store", "cassandra", "ActorGraph:Store must be 'sqlite'")]
    [InlineData("ActorGraph:ApiKey", "short", "ActorGraph:ApiKey must be at least 16 characters")]
    [InlineData("ActorGraph:CorsOrigins:0", "localhost", "CorsOrigins entry 'localhost' must be an absolute http(s) origin")]
    public void a_bad_setting_stops_start_up_with_a_message_naming_it(string key, string value, string message)
    {
        using var factory = new ApiFactory().WithWebHostBuilder(b => b.UseSetting(key, value));
        var e = Assert.Throws<OptionsValidationException>(() => factory.CreateClient());
        Assert.Contains(message, e.Message);
    }

    [Fact]
    public async Task an_empty_store_is_created_and_the_seed_loaded_at_start_up()
    {
        await using var factory = new ApiFactory();
        var health = await factory.CreateClient().GetStringAsync("/health");
        Assert.Contains("\"documents\":1", health);
    }
}
