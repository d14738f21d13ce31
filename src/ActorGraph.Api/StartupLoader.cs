namespace ActorGraph.Api;

/// <summary>Prepares the store before the server takes requests (hosted services start before Kestrel listens).</summary>
internal sealed class StartupLoader(GraphState state, ILogger<StartupLoader> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await state.InitializeAsync(logger, cancellationToken);
        // The graph is read while the server starts rather than when the first query comes (seconds on a large
        // store); not waited for here, so /health answers meanwhile and a query waits only for what is left.
        _ = state.RefreshAsync();
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
