using ActorGraph.Core.Model;

namespace ActorGraph.Core.Storage;

/// <summary>
/// Evidence rows of many relations read from a store, kept as plain values in one array: a graph of a million
/// relations then holds a few arrays rather than two objects per sentence, which is what made reading it slow (each
/// object made, traced and moved by the collector) and large. Documents and repeated texts are kept once, by number.
/// </summary>
internal sealed class EvidenceTable(IReadOnlyList<StoredDocument> documents)
{
    /// <summary>One evidence row; no references, so the collector never walks the array.</summary>
    private readonly record struct Row(
        long Id, int Document, int SentenceIndex, int SentenceStart, PartialDate? Date, int DateText, Attribution Attribution,
        int ClaimedBy, double Confidence, bool Background, bool Resumed, int Sentence, int Explanation);

    /// <summary>
    /// Rows in blocks small enough to stay off the large-object heap: a growing array there was copied at each
    /// doubling, and each large array made the collector walk the whole heap again (a dozen full collections per read).
    /// </summary>
    private readonly List<Row[]> _blocks = [];

    private const int BlockBits = 10;
    private const int BlockSize = 1 << BlockBits;

    private ref Row At(int at) => ref _blocks[at >> BlockBits][at & (BlockSize - 1)];
    private readonly List<string> _texts = [string.Empty];
    private readonly Dictionary<string, int> _shared = new(StringComparer.Ordinal) { [string.Empty] = 0 };

    public int Count { get; private set; }

    /// <summary>Document key, then sentence: made once per table (a sort per relation would otherwise make one each).</summary>
    private readonly Comparison<Row> _byDocument = (x, y) =>
        string.CompareOrdinal(documents[x.Document].Key, documents[y.Document].Key) is var byKey and not 0 ? byKey : x.SentenceIndex.CompareTo(y.SentenceIndex);

    /// <summary>Appends a row; <paramref name="document"/> is its place in the documents the table was made with.</summary>
    public void Add(long id, int document, string sentence, int sentenceIndex, int sentenceStart, PartialDate? date, string? dateText,
        Attribution attribution, string? claimedBy, double confidence, bool background, string explanation, bool resumed)
    {
        if (Count == _blocks.Count * BlockSize)
            _blocks.Add(new Row[BlockSize]);
        At(Count++) = new Row(id, document, sentenceIndex, sentenceStart, date, Shared(dateText), attribution, Shared(claimedBy),
            confidence, background, resumed, Text(sentence), Text(explanation));
    }

    /// <summary>A short text that repeats (a date phrase, a claimant): kept once. -1 for none.</summary>
    private int Shared(string? text)
    {
        if (text is null)
            return -1;
        if (!_shared.TryGetValue(text, out var at))
        {
            _shared[text] = at = _texts.Count;
            _texts.Add(text);
        }
        return at;
    }

    /// <summary>A sentence or explanation: each is its own, kept without a lookup (only an empty one is shared).</summary>
    private int Text(string text)
    {
        if (text.Length == 0)
            return 0;
        _texts.Add(text);
        return _texts.Count - 1;
    }

    /// <summary>Orders rows [start, start + count) by document key, then sentence: the order a relation shows its evidence in.</summary>
    public void SortByDocument(int start, int count)
    {
        if (count < 2)
            return;
        var rows = new Row[count];
        for (var i = 0; i < count; i++)
            rows[i] = At(start + i);
        Array.Sort(rows, _byDocument);
        for (var i = 0; i < count; i++)
            At(start + i) = rows[i];
    }

    /// <summary>Rows [start, start + count) as one relation's evidence list.</summary>
    public IReadOnlyList<StoredEvidence> Slice(int start, int count) => new EvidenceSlice(this, start, count);

    private StoredEvidence Make(int at)
    {
        ref readonly var row = ref At(at);
        var document = documents[row.Document];
        var evidence = new Evidence(document.Key, _texts[row.Sentence], row.SentenceIndex, row.SentenceStart, row.Date,
            row.DateText < 0 ? null : _texts[row.DateText], row.Attribution, row.ClaimedBy < 0 ? null : _texts[row.ClaimedBy],
            row.Confidence, row.Background, _texts[row.Explanation]) { Resumed = row.Resumed };
        return new StoredEvidence(evidence, document) { Id = row.Id };
    }

    /// <summary>
    /// One relation's evidence: each item made when it is read (a query shows a few), and the figures a whole-graph
    /// pass asks of every relation (count, dates, confidence) read from the rows without making any.
    /// </summary>
    internal sealed class EvidenceSlice(EvidenceTable table, int start, int count) : IReadOnlyList<StoredEvidence>
    {
        public int Count => count;

        public StoredEvidence this[int index] =>
            (uint)index < (uint)count ? table.Make(start + index) : throw new ArgumentOutOfRangeException(nameof(index));

        public IEnumerator<StoredEvidence> GetEnumerator()
        {
            for (var i = 0; i < count; i++)
                yield return table.Make(start + i);
        }

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();

        public PartialDate? FirstSeen => Extreme(earliest: true);

        public PartialDate? LastSeen => Extreme(earliest: false);

        /// <summary>The earliest or latest dated row; the first of equals, as <c>MinBy</c>/<c>MaxBy</c> take it.</summary>
        private PartialDate? Extreme(bool earliest)
        {
            PartialDate? found = null;
            for (var i = start; i < start + count; i++)
                if (table.At(i).Date is { } date
                    && (found is not { } best || (earliest ? date.Value < best.Value : date.Value > best.Value)))
                    found = date;
            return found;
        }

        /// <summary>
        /// The first <paramref name="take"/> rows in date order (undated first, equal dates in their order here), of
        /// one attribution when given, made into objects: only the ones shown are made.
        /// </summary>
        public List<StoredEvidence> Oldest(int take, Attribution? attribution)
        {
            var picked = new List<(DateOnly Date, int At)>(count);
            for (var i = start; i < start + count; i++)
            {
                ref readonly var row = ref table.At(i);
                if (attribution is null || row.Attribution == attribution)
                    picked.Add((row.Date?.Value ?? DateOnly.MinValue, i));
            }
            picked.Sort(); // by date, then by place: the order a stable sort by date gives
            var shown = new List<StoredEvidence>(Math.Min(take, picked.Count));
            for (var i = 0; i < picked.Count && i < take; i++)
                shown.Add(table.Make(picked[i].At));
            return shown;
        }

        public double Confidence
        {
            get
            {
                var best = double.MinValue;
                for (var i = start; i < start + count; i++)
                    best = Math.Max(best, table.At(i).Confidence);
                return count == 0 ? 0 : best;
            }
        }
    }
}
