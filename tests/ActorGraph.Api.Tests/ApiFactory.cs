using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace ActorGraph.Api.Tests;

/// <summary>The API in-process on a temporary store loaded from the repository's seed folder, with an API key set.</summary>
public sealed class ApiFactory : WebApplicationFactory<Program>
{
    public const string ApiKey = "test-key-0123456789abcdef";
    public const string NotebookOrigin = "http://localhost:8888";

    private readonly string _folder = Directory.CreateTempSubdirectory("actorgraph-api-").FullName;

    public static string RepositoryRoot => ActorGraph.Testing.RepositoryPaths.Root;

    /// <summary>More settings ("ActorGraph:RequestTimeoutSeconds" = "2"), applied last.</summary>
    public IReadOnlyList<(string Key, string Value)> Settings { get; init; } = [];

    /// <summary>Called on the server's graph state before the server starts (to hold back its graph builds).</summary>
    public Action<GraphState>? PrepareState { get; init; }

    /// <summary>The embedded store the API serves, for tests that write to it as another process would.</summary>
    public string DatabasePath => Path.Combine(_folder, "api.db");

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("ActorGraph:DatabasePath", DatabasePath);
        builder.UseSetting("ActorGraph:SeedFolder", Path.Combine(RepositoryRoot, "seed"));
        builder.UseSetting("ActorGraph:ApiKey", ApiKey);
        builder.UseSetting("ActorGraph:CorsOrigins:0", NotebookOrigin);
        foreach (var (key, value) in Settings)
            builder.UseSetting(key, value);
        if (PrepareState is { } prepare)
            builder.ConfigureServices(services => services.AddSingleton(provider =>
            {
                var state = ActivatorUtilities.CreateInstance<GraphState>(provider);
                prepare(state);
                return state;
            }));
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }
}
