using ActorGraph.Core.Extraction;

namespace ActorGraph.Core.Tests;

/// <summary>Work done on several threads comes back in the order of its items, and a failure ends it at its turn.</summary>
public sealed class InOrderTests
{
    [Fact]
    public async Task results_come_in_the_items_order_whatever_order_the_work_ends_in()
    {
        // The first items take longest: on several threads the later ones end first.
        var items = Enumerable.Range(0, 12).ToList();
        var results = new List<int>();
        await foreach (var result in InOrder.RunAsync(items, async (i, token) => { await Task.Delay((12 - i) * 5, token); return i * 10; }, jobs: 4))
            results.Add(result);
        Assert.Equal(items.Select(i => i * 10), results);
    }

    [Fact]
    public async Task several_items_are_worked_on_at_once()
    {
        var running = 0;
        var most = 0;
        async Task<int> WorkAsync(int item, CancellationToken token)
        {
            var now = Interlocked.Increment(ref running);
            InterlockedMax(ref most, now);
            await Task.Delay(30, token);
            Interlocked.Decrement(ref running);
            return item;
        }
        await foreach (var _ in InOrder.RunAsync(Enumerable.Range(0, 8), WorkAsync, jobs: 3))
        {
        }
        Assert.InRange(most, 2, 4); // at most jobs + 1 ahead of the one handed back
    }

    [Fact]
    public async Task one_job_starts_an_item_only_when_the_one_before_was_handed_back()
    {
        var started = new List<int>();
        var seen = new List<(int Result, int StartedThen)>();
        await foreach (var result in InOrder.RunAsync([1, 2, 3], (i, _) => { started.Add(i); return Task.FromResult(i); }, jobs: 1))
            seen.Add((result, started.Count));
        Assert.Equal([(1, 1), (2, 2), (3, 3)], seen);
    }

    [Fact]
    public async Task a_failure_ends_the_run_at_its_turn_after_the_results_before_it_and_stops_the_work_after_it()
    {
        var results = new List<int>();
        var cancelled = 0;
        var laterStarted = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        async Task<int> WorkAsync(int item, CancellationToken token)
        {
            if (item == 2)
            {
                // Fails once work after it is under way, which the failure must then stop.
                await laterStarted.Task.WaitAsync(TimeSpan.FromSeconds(10), token);
                throw new InvalidOperationException("item 2 failed");
            }
            if (item < 2)
                return item;
            laterStarted.TrySetResult();
            try
            {
                await Task.Delay(TimeSpan.FromSeconds(30), token);
            }
            catch (OperationCanceledException)
            {
                Interlocked.Increment(ref cancelled);
                throw;
            }
            return item;
        }
        var failure = await Assert.ThrowsAsync<InvalidOperationException>(async () =>
        {
            await foreach (var result in InOrder.RunAsync(Enumerable.Range(0, 6), WorkAsync, jobs: 2))
                results.Add(result);
        });
        Assert.Equal("item 2 failed", failure.Message);
        Assert.Equal([0, 1], results);
        Assert.True(cancelled > 0, "the work after the failure was cancelled and waited for");
    }

    private static void InterlockedMax(ref int target, int value)
    {
        int seen;
        while ((seen = Volatile.Read(ref target)) < value && Interlocked.CompareExchange(ref target, value, seen) != seen)
        {
        }
    }
}
