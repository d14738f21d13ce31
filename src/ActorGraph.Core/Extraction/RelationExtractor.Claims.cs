using ActorGraph.Core.Model;

namespace ActorGraph.Core.Extraction;

public sealed partial class RelationExtractor
{
    /// <summary>How many sentences after an attack told without its author a claim of "the attack" still refers to it.</summary>
    private const int ClaimReach = 3;

    /// <summary>How many sentences back a claim of an act named by its day ("claimed Saturday's attack") looks for the act told that day.</summary>
    private const int DayClaimReach = 8;

    /// <summary>
    /// An attack told with no author named, claimed in a later sentence (the "claims" of relations.yaml): "Gunmen
    /// stormed an army post near Djibo on Monday. JNIM claimed the attack." The claimant attacked what the attack hit,
    /// as the claimant's claim. A sentence may also tell the attack and then its claim: "A bomber killed 13 American
    /// soldiers, in an attack claimed by ISIS-K": targets named before the claim's words are the claimed attack's.
    /// </summary>
    /// <param name="authored">The targets of attacks this sentence names an author for: what a later claim cannot be of.</param>
    private IEnumerable<ExtractedRelation> Claims(SentenceContext context, HashSet<string> words, IReadOnlyDictionary<string, HashSet<string>> authored)
    {
        var state = context.State;
        var units = context.Units;
        var found = new List<ExtractedRelation>();
        // This sentence's targets of attacks with no named author, with where each is named; and those with one.
        var here = new List<(string Actor, int At)>();
        var hitByNamed = new List<(string Target, HashSet<string> Authors, int At)>();
        foreach (var (pattern, _) in lexicon.AttackTargets)
            foreach (var match in PatternMatcher.Match(pattern, units, words))
            {
                // "Officials blamed the attack on Iran-backed militias": who an act is blamed on is no target of it.
                if (BlamedBefore(units, match.Start))
                    continue;
                // ("ambushed a joint patrol of US and Nigerien soldiers": each side listed was hit.)
                foreach (var slot in match.Coordinated.GetValueOrDefault("B", []).Prepend(match.Slots["B"]))
                    // (Any actor may have been hit: "Hamas leader Ismail Haniyeh was killed in Tehran. Iran blamed Israel", a party's rally.)
                    if (NamedActor(context, slot) is { } target && !here.Any(h => h.Actor == target)
                        && NegationBefore(units, match.End) < 0) // "faulted the army for not fighting the Taliban": nothing hit
                    {
                        // "the army launched an offensive against the Taliban": not an attack anyone may claim later; only
                        // blame it on another.
                        if (authored.TryGetValue(target, out var authors))
                        {
                            if (!hitByNamed.Any(h => h.Target == target))
                                hitByNamed.Add((target, authors, slot));
                        }
                        else
                            here.Add((target, slot));
                    }
            }
        var earlier = state.LastTargets is { } last && context.Sentence.Index - last.Sentence.Index <= ClaimReach ? last : default;
        var disputed = state.LastAuthoredTargets is { } lastAuthored && context.Sentence.Index - lastAuthored.Sentence.Index <= ClaimReach ? lastAuthored : default;
        // (An act named by its day may be claimed long after: only a sentence that names a day's act looks that far back.)
        if (earlier.Actors is not null || here.Count > 0 || disputed.Hit is not null || (state.UnauthoredActs.Count > 0 && NamesADaysAct(context)))
            foreach (var (pattern, line) in lexicon.Claimants)
                foreach (var match in PatternMatcher.Match(pattern, units, words))
                {
                    // "No group has claimed the attack", "the group denied claiming it", "may have claimed": no claim.
                    if (NegationBefore(units, match.End) >= 0 || AnyPhrase(units, lexicon.Hedges, Math.Max(0, match.Start - 2), match.End)
                        || NamesItsOwnTarget(units, match.End))
                        continue;
                    // "Washington blamed the attack on X": X's act, as Washington's claim (a claimant pattern that opens with its
                    // verb names the one who blames before it).
                    // ("U.S. officials said the UAE and Egypt had carried out the raids": whoever reports it, when someone does.)
                    var blamed = pattern.Text.StartsWith("(blamed", StringComparison.Ordinal);
                    var (reported, reporter) = blamed ? (true, Blamer(context, match.Start))
                        : Attribute(context, match) is (Attribution.Claim, var speaker) ? (true, speaker) : (false, null);
                    // "the United Arab Emirates and Egypt carried out the raids": each claimant listed.
                    foreach (var unit in match.Coordinated.GetValueOrDefault("A", []).Prepend(match.Slots["A"]))
                    {
                        var slot = units[unit];
                        if (!slot.IsMention || context.Mentions[slot.Mention].Candidates.FirstOrDefault() is not { } claimant
                            || !PronounTypes.Contains(TypeOf(state, claimant)))
                            continue;
                        var before = here.Where(h => h.At < match.Start).Select(h => h.Actor).ToList();
                        // ("Protesters attacked the embassy. JNIM claimed an ambush on a convoy": an act the claim brings in with "a"
                        // is a new one, not one told before.)
                        var told = before.Count > 0
                            ? (Actors: before, Sentence: context.Sentence, Date: DateNear(context, here[0].At))
                            : ClaimsANewAct(units, match) ? default : earlier;
                        // "JNIM claimed the attack on Malian soldiers. The army blamed the attack on the ISGS": blame for an
                        // act told with its author, laid on another side.
                        if (told.Actors is null && blamed && disputed.Hit is not null && disputed.Hit.Where(h => !h.Authors.Contains(claimant)).Select(h => h.Target).ToList() is { Count: > 0 } others)
                            told = (others, disputed.Sentence, disputed.Date);
                        // ("Militants linked to al-Qaeda killed 51 soldiers. JNIM, the al-Qaeda affiliate, claimed the attack": a claim
                        // of an act told with its author, by a branch of that author, names who of it did it.)
                        if (told.Actors is null && !blamed && disputed.Hit is not null
                            && disputed.Hit.Where(h => h.Authors.Any(a => IsBranchOf(state, claimant, a))).Select(h => h.Target).ToList() is { Count: > 0 } branchHit)
                            told = (branchHit, disputed.Sentence, disputed.Date);
                        // "Militants stormed a post on Saturday. ... Jaish X claimed Saturday's attack": a claim that names the act's day is of
                        // the act told that day, however many were told since; and it happened that day.
                        // (The last told, when none was dated that day: its date may be lost to "two days after".)
                        var day = before.Count == 0 && !ClaimsANewAct(units, match) ? DayOfClaimedAct(context, match) : null;
                        var inReach = day is null ? [] : state.UnauthoredActs.Where(a => context.Sentence.Index - a.Sentence.Index <= DayClaimReach).ToList();
                        if (inReach.Count > 0)
                            told = inReach.LastOrDefault(a => a.Date?.Date == day!.Date) is { Actors: not null } ofThatDay ? ofThatDay : inReach[^1];
                        if (told.Actors is null)
                            continue;
                        var carried = (day is not null && told.Date?.Date != day.Date ? day : told.Date) ?? CarriedDate(context, storyToo: true)?.Date;
                        var claimedBy = reported ? reporter : claimant;
                        foreach (var target in told.Actors.Where(t => t != claimant))
                        {
                            var evidence = new Evidence(state.Document.Key, context.Sentence.Text, context.Sentence.Index, context.Sentence.Start,
                                carried?.Date, carried?.Text is { Length: > 0 } phrase ? phrase : null,
                                context.Sentence.Kind == SegmentKind.Comment ? Attribution.Comment : Attribution.Claim, claimedBy,
                                context.Sentence.Kind == SegmentKind.Comment ? 0.35 : 0.7, Background: false,
                                $"claim: \"{pattern.Text}\" (relations.yaml line {line}) on \"{Span(context, match)}\"; the attack claimed is told in \"{told.Sentence.Text}\", on {target}");
                            found.Add(new ExtractedRelation(claimant, target, RelationKind.Attacked, evidence));
                        }
                    }
                }
        if (here.Count > 0)
        {
            state.LastTargets = (here.Select(h => h.Actor).ToList(), context.Sentence, DateNear(context, here[0].At));
            state.UnauthoredActs.Add(state.LastTargets.Value);
            if (state.UnauthoredActs.Count > DayClaimReach)
                state.UnauthoredActs.RemoveAt(0);
        }
        if (hitByNamed.Count > 0)
            state.LastAuthoredTargets = (hitByNamed.Select(h => (h.Target, h.Authors)).ToList(), context.Sentence, DateNear(context, hitByNamed[0].At));
        return found;
    }

    /// <summary>Whether the document or the dictionary makes <paramref name="branch"/> a branch of <paramref name="parent"/>.</summary>
    private bool IsBranchOf(DocumentState state, string branch, string parent) =>
        state.Branches.Contains((branch, parent))
        || state.Relations.Any(r => r.Kind == RelationKind.Affiliate && r.Source == branch && r.Target == parent)
        || dictionary.TheatresOf(branch).Any(t => dictionary.LocalBranch(parent, t) == branch);

    /// <summary>Whether the sentence names a day by its possessive ("Saturday's attack").</summary>
    private static bool NamesADaysAct(SentenceContext context) => context.Dates.Any(d => PossessiveAfter(context.Sentence.Text, d));

    private static bool PossessiveAfter(string text, DateMention date) =>
        date.Date is { Precision: DatePrecision.Day } && date.Qualifier is null && date.End + 1 < text.Length && text[date.End] is '\'' or '\u2019'
        && text[date.End + 1] == 's';

    /// <summary>
    /// The day a claim match names its act by, in a possessive ("claimed Saturday's attack", "claimed Tuesday's bombing"), or
    /// null; not the day of the claim ("was claimed on Monday").
    /// </summary>
    private static DateMention? DayOfClaimedAct(SentenceContext context, CueMatch match)
    {
        var (from, to) = (context.Units[match.Start].CharStart, context.Units[match.End - 1].CharEnd);
        return context.Dates.FirstOrDefault(d => d.Start >= from && d.End <= to && PossessiveAfter(context.Sentence.Text, d));
    }

    /// <summary>Whether the act a claim match names opens with "a" or "an" after its verb ("claimed an ambush", "claimed responsibility for a bombing").</summary>
    private static bool ClaimsANewAct(IReadOnlyList<Unit> units, CueMatch match)
    {
        for (var k = match.Start; k + 1 < match.End; k++)
            if (units[k].Norm is "claimed" or "claims" or "claim" or "claiming")
            {
                var next = k + 1;
                while (next < match.End && units[next].Norm is "responsibility" or "credit" or "for")
                    next++;
                return next < match.End && units[next].Norm is "a" or "an";
            }
        return false;
    }

    /// <summary>
    /// The resolved date nearest the target at unit <paramref name="target"/>: "US forces struck ... on Friday, in retaliation
    /// for a drone attack that killed three American soldiers last Sunday" dates the attack on Sunday.
    /// </summary>
    private static DateMention? DateNear(SentenceContext context, int target)
    {
        var at = context.Units[target].CharStart;
        return context.Dates.Where(d => d.Date is not null).MinBy(d => Math.Min(Math.Abs(d.Start - at), Math.Abs(d.End - at)));
    }

    /// <summary>"blamed the attack", "pinned the bombing": a verb of blame right before the act at <paramref name="act"/> (past an article).</summary>
    private static bool BlamedBefore(IReadOnlyList<Unit> units, int act)
    {
        var k = act - 1;
        if (k >= 0 && units[k].Norm is "the" or "a" or "an" or "this" or "that" or "these" or "those" or "both")
            k--;
        return k >= 0 && units[k].Norm is "blamed" or "blames" or "blame" or "blaming" or "pinned" or "pins" or "pin" or "attributed" or "attributes";
    }

    /// <summary>The actor named last before <paramref name="start"/> in its clause ("Washington" in "Washington blamed ..."), or null.</summary>
    private static string? Blamer(SentenceContext context, int start)
    {
        for (var k = start - 1; k >= 0 && context.Units[k].Norm is not (";" or ":"); k--)
            if (context.Units[k].IsMention && context.Mentions[context.Units[k].Mention].Candidates.FirstOrDefault() is { } named)
                return named;
        return null;
    }

    /// <summary>
    /// "claimed the bombing of an army convoy in Gao": the claim names what it hit (the cues read
    /// that), so it is no claim of an attack told before.
    /// ("claimed a bombing in Kabul on Saturday that killed three people": nor one whose victims a clause tells past its
    /// place and day.)
    /// </summary>
    private static bool NamesItsOwnTarget(IReadOnlyList<Unit> units, int end) =>
        // ("claimed the 2015 siege of ...": an act named by its own year is not one told before.)
        (end >= 2 && end <= units.Count && units[end - 2].Norm.Length == 4 && units[end - 2].Norm.All(char.IsDigit))
        || end < units.Count && units[end].Norm is "of" or "on" or "against" or "targeting" or "at" or "that" or "which" or "in"
        && (Enumerable.Range(end + 1, Math.Min(4, units.Count - end - 1)).Any(k => units[k].IsMention || units[k].Demonym
            || units[k].Norm is "killed" or "killing" or "hit" or "targeted" or "wounded"
            // ("the siege of the Radisson Blu hotel": a place's own name.)
            || (units[k].Capitalized && units[k - 1].Norm == "the"))
            || Enumerable.Range(end, Math.Min(7, units.Count - end - 1)).TakeWhile(k => units[k].Norm is not ("," or ";" or ":"))
                .Any(k => units[k].Norm is "that" or "which" && units[k + 1].Norm is "killed" or "wounded" or "injured"));
}
