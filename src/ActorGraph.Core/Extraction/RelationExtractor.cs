using ActorGraph.Core.Model;

namespace ActorGraph.Core.Extraction;

/// <summary>
/// Turns a document into actors and relations: splits it into lines and sentences, finds actor mentions,
/// fits the cue lexicon, and gives every relation its evidence sentence, date, attribution and confidence.
/// Example: "Since late October, Al Nusrah has gone on the offensive against the SRF" (published 2014-11-06)
/// yields Al Nusrah Front -attacked-> Syrian Revolutionaries' Front dated 2014-10.
/// </summary>
public sealed class RelationExtractor(ActorDictionary dictionary, CueLexicon lexicon)
{
    /// <summary>Bumped when extraction code changes what it yields, so stores re-read their documents.</summary>
    public const string Version = "2";

    private static readonly ActorType[] PronounTypes = [ActorType.ArmedGroup, ActorType.Coalition, ActorType.State];

    public ExtractionResult Extract(SourceDocument document)
    {
        var state = new DocumentState(document, new MentionFinder(dictionary));
        var titleTokens = Tokenizer.Tokenize(document.Title);
        var sentences = new List<(Sentence Sentence, List<Token> Tokens)>();
        var sentenceIndex = 0;
        foreach (var segment in DocumentSegmenter.Split(document.Text, document.BodyStart))
        {
            if (segment.Kind == SegmentKind.FileName)
                continue;
            foreach (var (offset, text) in SentenceSplitter.Split(segment.Text))
                sentences.Add((new Sentence(sentenceIndex++, segment.Start + offset, text, segment.Kind, segment.Paragraph), Tokenizer.Tokenize(text)));
        }
        // Where the document is decides what "the rebels" or "the coalition" name.
        state.Finder.Theatre = dictionary.TheatreOf(sentences.Where(s => s.Sentence.Kind != SegmentKind.Comment).Select(s => (IReadOnlyList<Token>)s.Tokens).Prepend(titleTokens));
        Observe(state, titleTokens);

        foreach (var (sentence, tokens) in sentences)
        {
            if (sentence.Paragraph != state.Paragraph)
            {
                state.Paragraph = sentence.Paragraph;
                state.ParagraphDate = null;
            }
            var mentions = PersonsGroups(state, tokens, Observe(state, tokens));
            if (sentence.Kind is SegmentKind.Body or SegmentKind.Comment)
                ExtractSentence(state, sentence, tokens, mentions);
        }
        var actors = state.Seen.Select(name => dictionary.Find(name) ?? state.Finder.FindDiscovered(name)!).ToList();
        var theatre = state.Finder.Theatre;
        return new ExtractionResult(document, actors, state.Relations) { Theatre = theatre >= 0 ? dictionary.Theatres[theatre] : null };
    }

    /// <summary>Finds mentions, resolves references against the sentence and the document so far, and counts them.</summary>
    private List<Mention> Observe(DocumentState state, IReadOnlyList<Token> tokens)
    {
        var mentions = state.Finder.Find(tokens);
        for (var i = 0; i < mentions.Count; i++)
        {
            var m = mentions[i];
            if (!m.IsReference)
                continue;
            var types = m.Source == MentionSource.Description ? [ActorType.ArmedGroup] : PronounTypes;
            var before = mentions.Take(i).Reverse().SelectMany(p => p.Candidates.Take(1));
            var salient = state.Salience.OrderByDescending(s => s.Value.Count).ThenByDescending(s => s.Value.Last).Select(s => s.Key);
            mentions[i] = m with
            {
                Candidates = before.Concat(salient).Where(a => types.Contains(TypeOf(state, a))).Distinct().Take(6).ToList(),
            };
        }
        foreach (var m in mentions.Where(m => !m.IsReference && m.Actor is not null))
        {
            var s = state.Salience.GetValueOrDefault(m.Actor!);
            state.Salience[m.Actor!] = (s.Count + 1, ++state.Clock);
        }
        return mentions;
    }

    private static readonly HashSet<string> GroupNouns =
        ["group", "faction", "movement", "brigade", "brigades", "forces", "fighters", "men", "militia", "organization", "organisation", "rebels", "troops", "unit"];

    /// <summary>
    /// "Maarouf's group" is the group the document already tied Maarouf to ("the SRF led by Jamal Maarouf"),
    /// not Maarouf himself; without such a tie the phrase stays a mention of the person.
    /// </summary>
    private List<Mention> PersonsGroups(DocumentState state, IReadOnlyList<Token> tokens, List<Mention> mentions)
    {
        for (var i = 0; i < mentions.Count; i++)
        {
            var m = mentions[i];
            if (m.Type != ActorType.Person || m.Actor is null || m.TokenEnd + 1 >= tokens.Count
                || tokens[m.TokenEnd].Norm != "'s" || !GroupNouns.Contains(tokens[m.TokenEnd + 1].Norm))
                continue;
            if (!state.GroupOfPerson.TryGetValue(m.Actor, out var group))
                continue;
            mentions[i] = new Mention(m.TokenStart, m.TokenEnd + 2, null, ActorType.ArmedGroup, MentionSource.Description,
                MentionFinder.Surface(tokens, m.TokenStart, m.TokenEnd + 2)) { Candidates = [group] };
        }
        return mentions;
    }

    private ActorType TypeOf(DocumentState state, string actor) =>
        dictionary.Find(actor)?.Type ?? state.Finder.FindDiscovered(actor)?.Type ?? ActorType.Other;

    private void ExtractSentence(DocumentState state, Sentence sentence, List<Token> tokens, List<Mention> mentions)
    {
        var dates = DateResolver.Find(sentence.Text, state.Document.Published);
        var found = new Dictionary<(string, string, RelationKind), ExtractedRelation>();
        void Keep(ExtractedRelation r)
        {
            var key = r.IsSymmetric && string.CompareOrdinal(r.Source, r.Target) > 0 ? (r.Target, r.Source, r.Kind) : (r.Source, r.Target, r.Kind);
            if (!found.TryGetValue(key, out var old) || old.Evidence.Confidence < r.Evidence.Confidence)
                found[key] = r;
        }

        if (mentions.Count(m => m.Actor is not null || m.Candidates.Count > 0) >= 1)
        {
            var full = Unit.Build(tokens, mentions);
            foreach (var units in new[] { full, WithoutRelativeClauses(full) }.Distinct())
            {
                var words = units.Select(u => u.Norm).ToHashSet();
                var context = new SentenceContext(state, sentence, mentions, units, dates);
                foreach (var cue in lexicon.Cues)
                    foreach (var pattern in cue.Patterns)
                        foreach (var match in PatternMatcher.Match(pattern, units, words))
                            foreach (var relation in Relations(context, cue, match))
                                Keep(relation);
            }
            foreach (var relation in NamedBranches(state, sentence, tokens, mentions, dates))
                Keep(relation);
        }
        state.Relations.AddRange(found.Values.OrderBy(r => r.Evidence.SentenceIndex));
        foreach (var r in found.Values.Where(r => r.Kind == RelationKind.Affiliate && TypeOf(state, r.Source) == ActorType.Person && TypeOf(state, r.Target) != ActorType.Person))
            state.GroupOfPerson[r.Source] = r.Target;
        if (dates.LastOrDefault(d => d.Date is not null) is { } last)
            state.ParagraphDate = last;
    }

    private IEnumerable<ExtractedRelation> Relations(SentenceContext context, RelationCue cue, CueMatch match)
    {
        var units = context.Units;
        for (var i = match.Start; i < match.End; i++)
            foreach (var phrase in cue.Unless)
                if (PhraseAt(units, i, phrase))
                    yield break;
        // "Turkey may strike the group", "if the YPG advances on Azaz": possibilities are not relations.
        for (var i = Math.Max(0, match.Start - 2); i < match.End; i++)
            foreach (var phrase in lexicon.Hedges)
                if (PhraseAt(units, i, phrase))
                    yield break;
        var negation = NegationBefore(units, match.End);
        DateMention? negatedDate = null;
        if (negation >= 0)
        {
            // "have not been in the coalition's crosshairs until yesterday": it happened, on that date.
            negatedDate = context.Dates.FirstOrDefault(d => d.Qualifier is "since" or "until" && d.Date is not null && d.Start > units[negation].CharStart);
            if (negatedDate is null)
                yield break;
        }
        foreach (var yield in cue.Yields)
        {
            if (!match.Slots.ContainsKey(yield.Source) || !match.Slots.ContainsKey(yield.Target))
                continue;
            foreach (var su in SlotUnits(match, yield.Source))
                foreach (var tu in SlotUnits(match, yield.Target))
                {
                    var source = context.Mentions[units[su].Mention];
                    var target = context.Mentions[units[tu].Mention];
                    if (Choose(context.State, cue, yield, source, target) is not var (from, to))
                        continue;
                    var kind = yield.Kind;
                    if (kind == RelationKind.Affiliate && TypeOf(context.State, to) == ActorType.Person && TypeOf(context.State, from) != ActorType.Person)
                        (from, to) = (to, from); // a person belongs to a group, never the other way round
                    var notes = new List<string> { $"cue \"{match.Pattern.Text}\" (relations.yaml line {cue.Line}) on \"{Span(context, match)}\"" };
                    if (match.SubjectNote is not null && su == match.Slots[match.Pattern.SlotNames[0]])
                        notes.Add(match.SubjectNote);
                    var confidence = cue.Confidence;
                    foreach (var m in new[] { source, target }.Where(m => m.IsReference))
                    {
                        confidence *= 0.8;
                        notes.Add($"\"{m.Surface}\" read as a reference to an actor named before");
                    }
                    if (su != match.Slots[yield.Source] || tu != match.Slots[yield.Target])
                    {
                        confidence *= 0.9;
                        notes.Add("actor joined by 'and' or a list");
                    }
                    var date = negatedDate ?? Nearest(context.Dates, units, match, resolved: true)
                        ?? Nearest(context.Dates, units, match, resolved: false); // keeps the raw phrase of a date it cannot resolve
                    if (date is null && cue.CarryDate && !IsBackground(units) && context.State.ParagraphDate is { } paragraphDate)
                    {
                        date = paragraphDate;
                        notes.Add($"date carried from \"{paragraphDate.Text}\" earlier in the paragraph");
                    }
                    if (negatedDate is not null)
                    {
                        confidence *= 0.9;
                        notes.Add($"negated cue read as '{negatedDate.Text}'");
                    }
                    var (attribution, claimedBy) = Attribute(context, match);
                    if (attribution == Attribution.Claim)
                    {
                        confidence *= 0.9;
                        notes.Add(claimedBy is null ? "reported claim" : $"claim by {claimedBy}");
                    }
                    else if (attribution == Attribution.Comment)
                    {
                        confidence *= 0.5;
                        notes.Add("reader comment");
                    }
                    var evidence = new Evidence(
                        context.State.Document.Key, context.Sentence.Text, context.Sentence.Index, context.Sentence.Start,
                        date?.Date, date?.Text, attribution, claimedBy, Math.Round(confidence, 2),
                        Background: date is null && IsBackground(units), string.Join("; ", notes)) { Resumed = negatedDate is not null };
                    yield return new ExtractedRelation(from, to, kind, evidence);
                }
        }
    }

    /// <summary>The words a match covers, as written ("launched an offensive against the Islamic State").</summary>
    private static string Span(SentenceContext context, CueMatch match)
    {
        var units = context.Units;
        var start = units[match.Start].CharStart;
        var end = units[Math.Max(match.Start, match.End - 1)].CharEnd;
        return context.Sentence.Text[start..end];
    }

    private static IEnumerable<int> SlotUnits(CueMatch match, string slot) =>
        match.Coordinated.TryGetValue(slot, out var more) ? more.Prepend(match.Slots[slot]) : [match.Slots[slot]];

    /// <summary>Picks the first pair of candidate actors that differ and fit the cue's types.</summary>
    private (string, string)? Choose(DocumentState state, RelationCue cue, CueYield yield, Mention source, Mention target)
    {
        foreach (var s in source.Candidates)
        {
            if (cue.SlotTypes.TryGetValue(yield.Source, out var st) && !st.Contains(TypeOf(state, s)))
                continue;
            foreach (var t in target.Candidates)
            {
                if (s == t || (cue.SlotTypes.TryGetValue(yield.Target, out var tt) && !tt.Contains(TypeOf(state, t))))
                    continue;
                return (s, t);
            }
        }
        return null;
    }

    /// <summary>"al-Qaeda in the Arabian Peninsula" names a branch of al Qaeda: the name itself is the evidence.</summary>
    private IEnumerable<ExtractedRelation> NamedBranches(DocumentState state, Sentence sentence, List<Token> tokens, List<Mention> mentions, IReadOnlyList<DateMention> dates)
    {
        foreach (var m in mentions.Where(m => m.Actor is not null && !m.IsReference))
            foreach (var (end, parentIndex) in dictionary.PrefixMatches(tokens, m.TokenStart, m.TokenEnd))
            {
                var parent = dictionary.Actors[parentIndex].Name;
                if (tokens[end].Norm != "in" || parent == m.Actor || !state.Branches.Add((m.Actor!, parent)))
                    continue;
                var (attribution, claimedBy) = sentence.Kind == SegmentKind.Comment ? (Attribution.Comment, null) : (Attribution.Author, (string?)null);
                yield return new ExtractedRelation(m.Actor!, parent, RelationKind.Affiliate, new Evidence(
                    state.Document.Key, sentence.Text, sentence.Index, sentence.Start, null, null, attribution, claimedBy, 0.7,
                    Background: true, $"the name \"{m.Surface}\" denotes a branch of {parent}"));
            }
    }

    /// <summary>
    /// The date of a match: the nearest resolved date before or inside it, or after it in the same clause (no comma
    /// between). "until" dates belong to negated cues only ("had not, until today, announced").
    /// </summary>
    private static DateMention? Nearest(IReadOnlyList<DateMention> dates, IReadOnlyList<Unit> units, CueMatch match, bool resolved)
    {
        var start = units[match.Start].CharStart;
        var end = units[match.End - 1].CharEnd;
        bool SameClause(DateMention d) => d.Start < end || !units.Any(u => u.Norm == "," && u.CharStart >= end && u.CharStart < d.Start);
        return dates.Where(d => (d.Date is not null) == resolved && d.Qualifier is not ("until" or "till") && SameClause(d))
            .OrderBy(d => d.End <= start ? start - d.End : d.Start >= end ? d.Start - end : 0)
            .FirstOrDefault();
    }

    /// <summary>Index of a negation between the start of the clause and <paramref name="end"/>, or -1.</summary>
    private int NegationBefore(IReadOnlyList<Unit> units, int end)
    {
        for (var i = end - 1; i >= 0; i--)
        {
            if (units[i].Norm is ";")
                break;
            if (units[i].Norm.EndsWith("n't", StringComparison.Ordinal))
                return i;
            foreach (var phrase in lexicon.Negations)
                if (PhraseAt(units, i, phrase))
                    return i;
        }
        return -1;
    }

    private bool IsBackground(IReadOnlyList<Unit> units)
    {
        for (var i = 0; i < units.Count; i++)
            foreach (var phrase in lexicon.BackgroundMarkers)
                if (PhraseAt(units, i, phrase))
                    return true;
        return false;
    }

    private static bool PhraseAt(IReadOnlyList<Unit> units, int i, string[] phrase)
    {
        if (i + phrase.Length > units.Count)
            return false;
        for (var k = 0; k < phrase.Length; k++)
            if (units[i + k].Lead != phrase[k])
                return false;
        return true;
    }

    /// <summary>
    /// Who states a match: a reader; a party whose claim verb or marker comes before or inside the match, or closes
    /// the sentence ("..., rebels said."); else the author.
    /// </summary>
    private (Attribution, string?) Attribute(SentenceContext context, CueMatch match)
    {
        if (context.Sentence.Kind == SegmentKind.Comment)
            return (Attribution.Comment, null);
        var units = context.Units;
        for (var i = 0; i < units.Count; i++)
        {
            if (i >= match.End && units.Count - i > 6)
                continue;
            foreach (var verb in lexicon.ClaimVerbs)
            {
                if (!PhraseAt(units, i, verb) || units[i].IsMention)
                    continue;
                var (speaker, _) = PatternMatcher.ResolveSubject(units, i, 3);
                return (Attribution.Claim, speaker >= 0 ? context.Mentions[units[speaker].Mention].Candidates.FirstOrDefault() : null);
            }
            foreach (var marker in lexicon.ClaimMarkers)
            {
                // "allegedly", "according to": a marker covers what follows it, not a statement before it.
                if (i >= match.End || !PhraseAt(units, i, marker))
                    continue;
                var after = i + marker.Length;
                while (after < units.Count && units[after].Norm is "the" or "\"")
                    after++;
                var speaker = after < units.Count && units[after].IsMention ? context.Mentions[units[after].Mention].Candidates.FirstOrDefault() : null;
                return (Attribution.Claim, speaker);
            }
        }
        return (Attribution.Author, null);
    }

    /// <summary>The sentence without ", which ... ," clauses, so "The SRF, which is backed by the West, and Al Nusrah" reads "The SRF and Al Nusrah".</summary>
    private static List<Unit> WithoutRelativeClauses(List<Unit> units)
    {
        var result = new List<Unit>(units.Count);
        for (var i = 0; i < units.Count; i++)
        {
            if (units[i].Norm == "," && i + 1 < units.Count && units[i + 1].Norm is "which" or "who" or "whose")
            {
                var close = i + 2;
                while (close < units.Count && units[close].Norm is not ("," or ";" or "." or "\u2014"))
                    close++;
                if (close < units.Count && units[close].Norm == "," && close - i <= 16)
                {
                    i = close;
                    continue;
                }
            }
            result.Add(units[i]);
        }
        return result.Count == units.Count ? units : result;
    }

    private sealed class DocumentState(SourceDocument document, MentionFinder finder)
    {
        public SourceDocument Document { get; } = document;
        public MentionFinder Finder { get; } = finder;
        public Dictionary<string, (int Count, int Last)> Salience { get; } = new();
        public int Clock { get; set; }
        public int Paragraph { get; set; } = -1;
        public DateMention? ParagraphDate { get; set; }
        public List<ExtractedRelation> Relations { get; } = [];
        public HashSet<(string, string)> Branches { get; } = [];

        /// <summary>The group each person was last tied to, for "Maarouf's group".</summary>
        public Dictionary<string, string> GroupOfPerson { get; } = new(StringComparer.Ordinal);
        public IEnumerable<string> Seen => Salience.Keys;
    }

    private sealed record SentenceContext(DocumentState State, Sentence Sentence, IReadOnlyList<Mention> Mentions, IReadOnlyList<Unit> Units, IReadOnlyList<DateMention> Dates);
}
