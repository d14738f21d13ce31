using System.Reflection;
using ActorGraph.Api.GraphQL;
using ActorGraph.Core.Storage;

namespace ActorGraph.Api.Tests;

public sealed class EvidenceTextBatchTests
{
    private static EvidenceTextBatch Batch(IGraphStore store, EvidenceTextCache? cache) =>
        new((ids, cancellationToken) => store.GetEvidenceTextAsync(ids, cancellationToken), cache);

    [Fact]
    public async Task the_texts_a_level_asks_for_are_read_in_one_store_call_and_never_twice()
    {
        var store = DispatchProxy.Create<IGraphStore, TextOnlyStore>();
        var calls = ((TextOnlyStore)(object)store).Calls;
        var batch = Batch(store, cache: null);

        var first = batch.Sentence(1);
        var second = batch.Explanation(2);
        var third = batch.Sentence(2);
        Assert.Equal(["sentence 1", "explanation 2", "sentence 2"], await Task.WhenAll(Text(first), Text(second), Text(third)));
        Assert.Equal([[1L, 2L]], calls.Select(c => c.Order().ToArray()));

        Assert.Equal("explanation 1", await Text(batch.Explanation(1))); // read already
        Assert.Equal("sentence 3", await Text(batch.Sentence(3)));
        Assert.Equal([[1L, 2L], [3L]], calls.Select(c => c.Order().ToArray()));
    }

    [Fact]
    public async Task a_row_gone_since_the_snapshot_has_no_text_rather_than_an_error_and_is_asked_for_again_next_time()
    {
        var store = DispatchProxy.Create<IGraphStore, TextOnlyStore>();
        var calls = ((TextOnlyStore)(object)store).Calls;
        ((TextOnlyStore)(object)store).Missing.Add(7);
        var cache = new EvidenceTextCache();
        Assert.Equal("", await Text(Batch(store, cache).Sentence(7)));
        Assert.Equal("", await Text(Batch(store, cache).Sentence(7)));
        Assert.Equal(2, calls.Count);
    }

    [Fact]
    public async Task texts_read_by_one_request_are_shown_by_the_next_on_the_same_snapshot_without_a_store_call()
    {
        var store = DispatchProxy.Create<IGraphStore, TextOnlyStore>();
        var calls = ((TextOnlyStore)(object)store).Calls;
        var cache = new EvidenceTextCache();
        var first = Batch(store, cache);
        var (one, two) = (first.Sentence(1), first.Sentence(2));
        Assert.Equal(["sentence 1", "sentence 2"], await Task.WhenAll(Text(one), Text(two)));

        var next = Batch(store, cache);
        Assert.Equal("explanation 2", next.Explanation(2)); // the text itself, no pending read
        Assert.Equal("sentence 1", next.Sentence(1));
        Assert.Equal("sentence 3", await Text(next.Sentence(3)));
        Assert.Equal([[1L, 2L], [3L]], calls.Select(c => c.Order().ToArray()));
    }

    [Fact]
    public void the_cache_holds_at_most_two_generations_and_keeps_texts_read_again()
    {
        var cache = new EvidenceTextCache();
        cache.Add(-1, ("kept", "read again"));
        for (var id = 0; id < 5 * EvidenceTextCache.Capacity; id++)
        {
            cache.Add(id, ($"sentence {id}", ""));
            if (id % 1000 == 0)
                Assert.True(cache.TryGet(-1, out _));
        }
        Assert.InRange(cache.Count, EvidenceTextCache.Capacity, 2 * EvidenceTextCache.Capacity);
        Assert.True(cache.TryGet(-1, out var kept));
        Assert.Equal("kept", kept.Sentence);
        Assert.False(cache.TryGet(0, out _)); // aged out
        Assert.True(cache.TryGet(5 * EvidenceTextCache.Capacity - 1, out _));
    }

    /// <summary>A field's answer: the text itself, or the pending read's result.</summary>
    private static async Task<string> Text(object answer) =>
        answer as string ?? await ((global::GraphQL.DataLoader.IDataLoaderResult<string>)answer).GetResultAsync();

    /// <summary>A store that only reads evidence text ("sentence N", "explanation N"), recording each call.</summary>
    public class TextOnlyStore : DispatchProxy
    {
        public List<long[]> Calls { get; } = [];
        public HashSet<long> Missing { get; } = [];

        protected override object? Invoke(MethodInfo? targetMethod, object?[]? args)
        {
            if (targetMethod?.Name != nameof(IGraphStore.GetEvidenceTextAsync))
                throw new NotSupportedException(targetMethod?.Name);
            var ids = ((IReadOnlyCollection<long>)args![0]!).ToArray();
            lock (Calls)
                Calls.Add(ids);
            IReadOnlyDictionary<long, (string, string)> texts = ids.Where(id => !Missing.Contains(id)).ToDictionary(id => id, id => ($"sentence {id}", $"explanation {id}"));
            return Task.FromResult(texts);
        }
    }
}
