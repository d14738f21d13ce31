using ActorGraph.Core.Model;

namespace ActorGraph.Core.Extraction;

public sealed partial class RelationExtractor
{
    /// <summary>Whether men of some side ("soldiers", "troops", "police") are named after <paramref name="from"/>.</summary>
    private static bool MenHitAfter(IReadOnlyList<Unit> units, int from)
    {
        for (var k = from; k < units.Count; k++)
            if (units[k].Norm is "soldiers" or "troops" or "police" or "policemen" or "officers" or "guards" or "militiamen" or "fighters")
                return true;
        return false;
    }

    /// <summary>How many sentences back a blow hit back at may have been told.</summary>
    private const int CounterblowReach = 3;

    /// <summary>
    /// A side that hits back with no target named (the "counterblows" of relations.yaml): "IS fighters drove the Taliban
    /// out of Achin in June. The Taliban hit back in October" — the Taliban attacked IS, the side told last attacking
    /// them. Nothing when the sentence already tells the side attacking someone, or no attack on it was told near.
    /// </summary>
    /// <param name="foundHere">What the cues found in this sentence.</param>
    private IEnumerable<ExtractedRelation> Counterblows(SentenceContext context, HashSet<string> words, IEnumerable<ExtractedRelation> foundHere)
    {
        var state = context.State;
        var units = context.Units;
        foreach (var (pattern, line) in lexicon.Counterblows)
            foreach (var match in PatternMatcher.Match(pattern, units, words))
            {
                // ("hit back at the rebels": a target named after the verb is the cues' to read; "retaliated on Monday" names none.)
                var after = PatternMatcher.PastDateUnits(units, match.End);
                // ("retaliated with a car bomb, killing several soldiers": men the blow hit, whoever's they are, are its target.)
                if ((after < units.Count && units[after].Norm is "at" or "against" or "on" or "by") || MenHitAfter(units, match.End)
                    || NegationBefore(units, match.End) >= 0 || AnyPhrase(units, lexicon.Hedges, Math.Max(0, match.Start - 2), match.End)
                    || units[match.Slots["A"]] is not { IsMention: true } slot
                    || context.Mentions[slot.Mention].Candidates.FirstOrDefault() is not { } striker
                    || !PronounTypes.Contains(TypeOf(state, striker))
                    || foundHere.Any(r => r.Kind == RelationKind.Attacked && r.Source == striker))
                    continue;
                var blow = state.Relations.LastOrDefault(r => r.Kind == RelationKind.Attacked && r.Target == striker && r.Source != striker
                    && r.Evidence.SentenceIndex >= context.Sentence.Index - CounterblowReach);
                if (blow is null)
                    continue;
                var (attribution, by) = Attribute(context, match);
                // Its own date, else the one an undated act carries.
                var (when, note) = DateNear(context, match.End - 1) is { } own ? (own, null)
                    : CarriedDate(context, storyToo: true) is { } carried ? (carried.Date, carried.Note) : ((DateMention?)null, (string?)null);
                var evidence = new Evidence(state.Document.Key, context.Sentence.Text, context.Sentence.Index, context.Sentence.Start,
                    when?.Date, when?.Text is { Length: > 0 } phrase ? phrase : null, attribution, by,
                    attribution == Attribution.Comment ? 0.35 : 0.7, Background: false,
                    $"counterblow: \"{pattern.Text}\" (relations.yaml line {line}) on \"{Span(context, match)}\"; the blow hit back at is {blow.Source}'s in sentence {blow.Evidence.SentenceIndex + 1}{(note is null ? "" : "; " + note)}");
                yield return new ExtractedRelation(striker, blow.Source, RelationKind.Attacked, evidence);
            }
    }
}
