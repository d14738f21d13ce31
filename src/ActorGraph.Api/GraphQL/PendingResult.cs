using GraphQL.DataLoader;

namespace ActorGraph.Api.GraphQL;

/// <summary>
/// A field's answer that is not there yet (a text still to be read, the request's snapshot still being built):
/// GraphQL.NET completes it after the other fields of its level.
/// </summary>
internal sealed class PendingResult<T>(Func<CancellationToken, Task<T>> result) : IDataLoaderResult<T>
{
    public Task<T> GetResultAsync(CancellationToken cancellationToken = default) => result(cancellationToken);

    async Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) => await result(cancellationToken);
}
