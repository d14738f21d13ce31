namespace ActorGraph.Api;

/// <summary>Prepares the store before the server takes requests (hosted services start before Kestrel listens).</summary>
internal sealed class StartupLoader(GraphState state, ILogger<StartupLoader> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await state.InitializeAsync(logger, cancellationToken);
        // The graph as it is after the seed or the dictionary changed it, read while the server starts rather than
        // when the first query comes; not waited for here, so /health answers meanwhile.
        _ = state.RefreshAsync();
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
