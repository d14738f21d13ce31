using System.Runtime.CompilerServices;

namespace ActorGraph.Core.Extraction;

/// <summary>
/// Work on a list of items (documents) done on several threads, its results handed back in the items' order: what a
/// run prints, stores and reports comes out as a one-thread run gives it, byte for byte. At most a few items are
/// ahead of the one handed back, so a large folder is never held in memory whole.
/// </summary>
public static class InOrder
{
    /// <summary>How many documents are read at once unless told otherwise: one per core.</summary>
    public static int DefaultJobs => Environment.ProcessorCount;

    /// <summary>
    /// Starts <paramref name="work"/> for the items in order, at most <paramref name="jobs"/> + 1 of them at a time, and
    /// yields each result in the items' order. Work that throws ends the enumeration with its exception when its turn
    /// comes; the work still running is then cancelled and waited for. One job runs each item only when it is asked
    /// for, as a loop would.
    /// </summary>
    public static async IAsyncEnumerable<TResult> RunAsync<TItem, TResult>(IEnumerable<TItem> items, Func<TItem, CancellationToken, Task<TResult>> work,
        int jobs, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(jobs, 1);
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var running = new Queue<Task<TResult>>();
        // One more than the jobs: while the caller handles the oldest result (stores it), the others keep every core busy.
        var ahead = jobs == 1 ? 1 : jobs + 1;
        try
        {
            foreach (var item in items)
            {
                while (running.Count >= ahead)
                    yield return await running.Dequeue();
                stop.Token.ThrowIfCancellationRequested();
                // The work of one job runs on the caller's flow; with several, on the thread pool from its first line.
                running.Enqueue(jobs == 1 ? work(item, stop.Token) : Task.Run(() => work(item, stop.Token), stop.Token));
            }
            while (running.Count > 0)
                yield return await running.Dequeue();
        }
        finally
        {
            await stop.CancelAsync();
            foreach (var left in running)
                await left.ContinueWith(static done => _ = done.Exception, CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
        }
    }
}
