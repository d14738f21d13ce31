using System.Reflection;
using ActorGraph.Api.GraphQL;
using ActorGraph.Core.Storage;

namespace ActorGraph.Api.Tests;

public sealed class EvidenceTextBatchTests
{
    [Fact]
    public async Task the_texts_a_level_asks_for_are_read_in_one_store_call_and_never_twice()
    {
        var store = DispatchProxy.Create<IGraphStore, TextOnlyStore>();
        var calls = ((TextOnlyStore)(object)store).Calls;
        var batch = new EvidenceTextBatch(store);

        var first = batch.Sentence(1);
        var second = batch.Explanation(2);
        var third = batch.Sentence(2);
        Assert.Equal(["sentence 1", "explanation 2", "sentence 2"],
            await Task.WhenAll(first.GetResultAsync(), second.GetResultAsync(), third.GetResultAsync()));
        Assert.Equal([[1L, 2L]], calls.Select(c => c.Order().ToArray()));

        Assert.Equal("explanation 1", await batch.Explanation(1).GetResultAsync()); // read already
        Assert.Equal("sentence 3", await batch.Sentence(3).GetResultAsync());
        Assert.Equal([[1L, 2L], [3L]], calls.Select(c => c.Order().ToArray()));
    }

    [Fact]
    public async Task a_row_gone_since_the_snapshot_has_no_text_rather_than_an_error()
    {
        var store = DispatchProxy.Create<IGraphStore, TextOnlyStore>();
        ((TextOnlyStore)(object)store).Missing.Add(7);
        Assert.Equal("", await new EvidenceTextBatch(store).Sentence(7).GetResultAsync());
    }

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
