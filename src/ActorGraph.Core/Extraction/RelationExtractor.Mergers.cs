using ActorGraph.Core.Model;

namespace ActorGraph.Core.Extraction;

public sealed partial class RelationExtractor
{
    /// <summary>
    /// A merger told over several sentences (the "mergers" of relations.yaml): "the joint force, dubbed the Islamic
    /// Front" in one, "the brigades folding into it are A, B and C" in another, in either order. Each member
    /// becomes an affiliate of the merged group (its ally when the group is a coalition), on the sentence that
    /// names the member; the explanation quotes the sentence that names the group.
    /// </summary>
    /// <param name="words">The words of <paramref name="context"/>'s units, as the cue pass already collected them.</param>
    private IEnumerable<ExtractedRelation> Mergers(SentenceContext context, HashSet<string> words)
    {
        var state = context.State;
        var units = context.Units;
        foreach (var (pattern, _) in lexicon.MergerNames)
            foreach (var match in PatternMatcher.Match(pattern, units, words))
                if (NamedActor(context, match.Slots["A"]) is { } group && GroupTypes.Contains(TypeOf(state, group)))
                    state.MergedGroup = (group, context.Sentence);
        var before = state.MergerMembers.Count;
        foreach (var (pattern, line) in lexicon.MergerMembers)
            foreach (var match in PatternMatcher.Match(pattern, units, words))
            {
                var slots = match.Slots.Keys.SelectMany(slot => SlotUnits(match, slot));
                foreach (var member in slots.Select(u => NamedActor(context, u)).OfType<string>().Distinct())
                {
                    if (!MemberTypes.Contains(TypeOf(state, member)) || state.MergerMembers.Any(m => m.Member == member))
                        continue;
                    var carried = CarriedDate(context, storyToo: true);
                    var date = Nearest(context.Dates, units, match, resolved: true) ?? carried?.Date;
                    var dateNote = date is not null && date == carried?.Date ? "; " + carried.Value.Note : "";
                    var (attribution, claimedBy) = Attribute(context, match);
                    var evidence = new Evidence(state.Document.Key, context.Sentence.Text, context.Sentence.Index, context.Sentence.Start,
                        date?.Date, date?.Text, attribution, claimedBy, attribution == Attribution.Comment ? 0.4 : 0.8, Background: false,
                        $"merger: a member named by \"{pattern.Text}\" (relations.yaml line {line}) on \"{Span(context, match)}\"{dateNote}");
                    state.MergerMembers.Add((member, evidence));
                }
            }
        if (state.MergedGroup is not { } merged)
            yield break;
        var namedNow = merged.Sentence.Index == context.Sentence.Index;
        // Members wait for the group's name; once it is known, each new member joins it at once.
        foreach (var (member, evidence) in namedNow ? state.MergerMembers : state.MergerMembers.Skip(before))
        {
            if (member == merged.Group)
                continue;
            var kind = TypeOf(state, merged.Group) == ActorType.Coalition ? RelationKind.Allied : RelationKind.Affiliate;
            var where = evidence.SentenceIndex == merged.Sentence.Index ? "here" : $"in \"{merged.Sentence.Text}\"";
            yield return new ExtractedRelation(member, merged.Group, kind,
                evidence with { Explanation = evidence.Explanation + $"; the merged group, {merged.Group}, is named {where}" });
        }
    }

    private static readonly ActorType[] MemberTypes = [ActorType.ArmedGroup, ActorType.Coalition];

    /// <summary>The actor a unit names by itself (not a pronoun or a description), or null.</summary>
    private static string? NamedActor(SentenceContext context, int unit) =>
        context.Units[unit].IsMention && context.Mentions[context.Units[unit].Mention] is { IsReference: false } m ? m.Candidates.FirstOrDefault() : null;
}
