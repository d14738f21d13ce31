namespace ActorGraph.Api;

/// <summary>Prepares the store before the server takes requests (hosted services start before Kestrel listens).</summary>
internal sealed class StartupLoader(GraphState state, ILogger<StartupLoader> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => state.InitializeAsync(logger, cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
