using ActorGraph.Core.Model;

namespace ActorGraph.Core.Extraction;

/// <summary>
/// Turns a document into actors and relations: splits it into lines and sentences, finds actor mentions,
/// fits the cue lexicon, and gives every relation its evidence sentence, date, attribution and confidence.
/// Example: "Since late October, Al Nusrah has gone on the offensive against the SRF" (published 2014-11-06)
/// yields Al Nusrah Front -attacked-> Syrian Revolutionaries' Front dated 2014-10.
/// </summary>
public sealed partial class RelationExtractor(ActorDictionary dictionary, CueLexicon lexicon, ExtractionLimits? limits = null)
{
    private readonly ExtractionLimits _limits = limits ?? ExtractionLimits.Default;

    /// <summary>Bumped when extraction code changes what it yields, so stores re-read their documents.</summary>
    public const string Version = "4";

    private static readonly ActorType[] PronounTypes = [ActorType.ArmedGroup, ActorType.Coalition, ActorType.State];


    public ExtractionResult Extract(SourceDocument document, CancellationToken cancellationToken = default)
    {
        var state = new DocumentState(document, new MentionFinder(dictionary));
        // The headline is the first sentence: "Taliban, Haqqanis storm army base" is a statement too.
        var titleStart = document.Text.IndexOf(document.Title, StringComparison.Ordinal);
        var title = SentenceSplitter.Cut(document.Title, _limits.MaxSentenceChars).FirstOrDefault().Text ?? "";
        if (title.Length < document.Title.Trim().Length)
            state.Notes.Add($"the title is longer than {_limits.MaxSentenceChars:N0} characters: only its first {title.Length:N0} were read");
        var sentences = new List<(Sentence Sentence, List<Token> Tokens)>
        {
            (new Sentence(0, titleStart >= 0 && titleStart < Math.Max(1, document.BodyStart) ? titleStart : 0, title, SegmentKind.Title, 0),
             Tokenizer.Tokenize(title)),
        };
        var cut = 0;
        foreach (var segment in DocumentSegmenter.Split(document.Text, document.BodyStart))
        {
            if (segment.Kind is SegmentKind.FileName or SegmentKind.Metadata)
                continue;
            foreach (var (offset, whole) in SentenceSplitter.Split(segment.Text))
            {
                cut += whole.Length > _limits.MaxSentenceChars ? 1 : 0;
                foreach (var (pieceOffset, text) in SentenceSplitter.Cut(whole, _limits.MaxSentenceChars))
                    sentences.Add((new Sentence(sentences.Count, segment.Start + offset + pieceOffset, text, segment.Kind, segment.Paragraph), Tokenizer.Tokenize(text)));
            }
        }
        if (cut > 0)
            state.Notes.Add($"{cut:N0} sentence{(cut == 1 ? " was" : "s were")} longer than {_limits.MaxSentenceChars:N0} characters and read in pieces");
        state.StoryDate = StoryDate(document, sentences.Select(s => s.Sentence), state.DatesRead);
        state.LedeIndex = sentences.Select(s => s.Sentence).FirstOrDefault(s => s.Kind == SegmentKind.Body)?.Index ?? -1;
        // Where the document is decides what "the rebels" or "the coalition" name.
        // The headline and the lede say what the story is about: they count twice ("Niger junta orders French troops out"
        // over a body that also names Mali and Burkina Faso).
        // A headline's place tag ("Niger: Soldiers killed near Malian border") names the story's theatre outright: it counts
        // five times more (a country's name counts half its people's word, and the headline names the neighbour too).
        state.Finder.Theatres = dictionary.TheatreOf(sentences.Where(s => s.Sentence.Kind != SegmentKind.Comment)
            .SelectMany(s => s.Sentence.Kind == SegmentKind.Title || s.Sentence.Index == state.LedeIndex
                ? [s.Tokens, s.Tokens] : (IEnumerable<IReadOnlyList<Token>>)[s.Tokens]),
            sentences.Where(s => s.Sentence.Kind == SegmentKind.Title).Select(s => HeadlineTag(s.Tokens)).Where(t => t.Count > 0).ToList()).Dated(document.Published);

        foreach (var (sentence, tokens) in sentences)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (state.Relations.Count >= _limits.MaxRelationsPerDocument)
            {
                state.Notes.Add($"reading stopped at sentence {sentence.Index:N0} of {sentences.Count:N0}: the document gave {_limits.MaxRelationsPerDocument:N0} relations, the most one document may give");
                break;
            }
            if (sentence.Paragraph != state.Paragraph)
            {
                state.Paragraph = sentence.Paragraph;
                state.ParagraphDate = null;
                state.TimelineYear = null;
            }
            state.SentenceIndex = sentence.Index;
            var mentions = DescriptionsKnownByName(tokens, PersonsGroups(state, tokens, Observe(state, tokens, sentence.Kind == SegmentKind.Comment)));
            if (sentence.Kind == SegmentKind.Title)
                state.TitleGroups.AddRange(mentions.Where(m => !m.IsReference && m.Actor is not null && GroupTypes.Contains(m.Type)).Select(m => m.Actor!).Distinct());
            ExtractSentence(state, sentence, tokens, mentions);
        }
        DateHeadline(state);
        var actors = state.Seen.Select(name => dictionary.Find(name) ?? state.Finder.FindDiscovered(name)!).ToList();
        var theatre = state.Finder.Theatre;
        return new ExtractionResult(document, actors, state.Relations.Take(_limits.MaxRelationsPerDocument).OrderBy(r => r.Evidence.SentenceIndex).ToList())
        {
            Theatre = theatre >= 0 ? dictionary.Theatres[theatre] : null,
            Notes = state.Notes,
        };
    }

    /// <summary>
    /// Finds mentions and resolves references against the sentence and the document so far: a pronoun or "the
    /// group" takes the nearest fitting actor earlier in the sentence, else the one the document named last (by
    /// type: "he" a person, "the group" a group); "the operation" takes whoever carried out the last act described.
    /// </summary>
    private List<Mention> Observe(DocumentState state, IReadOnlyList<Token> tokens, bool informal)
    {
        var mentions = state.Finder.Find(tokens, informal);
        // ("said it had repelled the attack": an act fought off is marked once, kept below and read for its authors.)
        for (var k = 0; k < mentions.Count; k++)
            if (mentions[k] is { Source: MentionSource.Event, TokenStart: > 0 } act && RepelledAct(tokens, act.TokenStart))
                mentions[k] = act with { FoughtOff = true };
        // Only an act that opens a clause points back to one ("The operation targeted ..."); "launched the
        // offensive" or "responsibility for the attack" names the act itself, in words cues read.
        // Nor does one a side supports: "provided air support for the offensive", "sent troops to support the operation",
        // "Iranian officers are advising the operation".
        // ("Islamabad said the strikes targeted the BLA": so does one opening what a speaker says it did; not what a speaker
        // says it was: "Hezbollah said the attack was in solidarity with Hamas".)
        mentions.RemoveAll(m => m.Source == MentionSource.Event && m.TokenStart > 0
            && tokens[m.TokenStart - 1].Norm is not ("," or "and" or "but" or ";" or ":" or "\"" or "(" or "\u2014")
            && !(SaidBefore(tokens, m.TokenStart) && !(m.TokenEnd < tokens.Count && tokens[m.TokenEnd].Norm is "was" or "were" or "is" or "are"))
            && !SupportedAct(tokens, m.TokenStart) && !m.FoughtOff);
        // "Jaish al-Fatah, a coalition of jihadist groups, took Idlib. The coalition is backed by Turkey": a contextual
        // collective the text has given to another actor, before it names the usual one, means that actor (so does the
        // apposition itself: "the NFL, the Turkish-backed coalition to which both belong").
        foreach (var named in mentions)
            if (!named.IsReference && named.Actor is not null
                && (CollectiveApposed(tokens, Math.Max(named.TokenEnd, named.TailEnd)) ?? CollectiveNamedAs(tokens, named.TokenStart)) is { } collective)
                state.CollectivesNamed[collective] = named.Actor;
        for (var k = 0; k < mentions.Count; k++)
            if (mentions[k] is { Contextual: true, Actor: { } usual } contextual && !state.Salience.ContainsKey(usual)
                && state.CollectivesNamed.TryGetValue(tokens[contextual.TokenEnd - 1].Norm, out var named) && named != usual)
                mentions[k] = contextual with { Actor = named, Type = TypeOf(state, named), Candidates = [named] };
        // "The militia, part of the Islamic Resistance in Iraq, ... Nujaba, another member of the coalition": "the coalition" a
        // side is said to belong to, a few sentences after another coalition was named, is that coalition, not the theatre's.
        for (var k = 0; k < mentions.Count; k++)
            if (mentions[k] is { Contextual: true, IsReference: false, Actor: { } usualCoalition } belongsTo && belongsTo.TokenStart >= 2
                && belongsTo.Surface.Equals("the coalition", StringComparison.OrdinalIgnoreCase) && tokens[belongsTo.TokenStart - 1].Norm is "of" or "within" or "joined"
                && tokens[belongsTo.TokenStart - 2].Norm is "member" or "members" or "part" or "parts" or "faction" or "factions" or "joined" or "groups" or "militias"
                && state.RecentGroups.Where(g => g.Sentence >= state.SentenceIndex - 3 && g.Sentence < state.SentenceIndex && g.Actor != usualCoalition
                        && TypeOf(state, g.Actor) == ActorType.Coalition).Select(g => g.Actor).LastOrDefault() is { } recentCoalition)
                mentions[k] = belongsTo with { Actor = recentCoalition, Type = ActorType.Coalition, Candidates = [recentCoalition] };
            // ("The capture of the town by Jaysh al-Fatah ... The coalition is led by Nusra": so is "the coalition" opening a sentence
            // just after a coalition of armed groups was named, in a story that has not named the theatre's.)
            else if (mentions[k] is { Contextual: true, IsReference: false, Actor: { } theatres } coalition && !state.Salience.ContainsKey(theatres)
                && coalition.TokenStart == MentionFinder.DatelineEnd(tokens) && coalition.Surface.Equals("the coalition", StringComparison.OrdinalIgnoreCase)
                && state.RecentGroups.Where(g => g.Sentence >= state.SentenceIndex - 2 && g.Sentence < state.SentenceIndex && g.Actor != theatres
                        && TypeOf(state, g.Actor) == ActorType.Coalition && !dictionary.IsStateCoalition(g.Actor)).Select(g => g.Actor).LastOrDefault() is { } armedCoalition)
                mentions[k] = coalition with { Actor = armedCoalition, Type = ActorType.Coalition, Candidates = [armedCoalition] };
        // "the National Liberation Front, a coalition of Turkey-backed rebels that had sided with Zinki": the men a named
        // collective's apposition says it is made of are that collective.
        for (var k = 0; k < mentions.Count; k++)
            if (mentions[k] is { Contextual: true, IsReference: false } members && char.IsLower(members.Surface[0])
                && MembersOfApposedCollective(tokens, members.TokenStart) is var comma and > 0
                && mentions.LastOrDefault(p => !p.IsReference && p.Actor is not null && Math.Max(p.TokenEnd, p.TailEnd) == comma) is { Actor: { } whole } collective)
                mentions[k] = members with { Actor = whole, Type = collective.Type, Candidates = [whole] };
        // "deployed to the Central African Republic, where its instructors train the national army": a state's common words
        // ("the army", "government forces") in a clause ", where" opens right after a state's name are that state's.
        for (var k = 1; k < mentions.Count; k++)
            if (mentions[k] is { Contextual: true, IsReference: false, Type: ActorType.State, Actor: { } usual } common
                && WhereClauseState(tokens, mentions, k) is { } placed && placed != usual)
                mentions[k] = common with { Actor = placed, Candidates = [placed] };
        // "The Islamic State group, known as ISIS-K, is ...": a name the writer says is known by another the dictionary
        // holds is that other (not one formerly so known: "HTS, formerly known as the Nusra Front").
        for (var k = 0; k + 1 < mentions.Count; k++)
            if (mentions[k] is { IsReference: false, Actor: { } general } named && mentions[k + 1] is { IsReference: false, Actor: { } known } other
                && known != general && (KnownAsBetween(tokens, named.TokenEnd, other.TokenStart)
                    // ("a coalition of Iran-backed militias known as the Islamic Resistance in Iraq": a common noun for sides, with no
                    // comma, is given the name too.)
                    || (char.IsLower(tokens[named.TokenEnd - 1].Text[0]) && KnownAsRightAfter(tokens, named.TokenEnd, other.TokenStart))))
                mentions[k] = named with { Actor = known, Type = other.Type, Candidates = [known] };
        // "Kabul" and "Afghan forces" in a story of 2022 are the Taliban's ('succeeds' in the dictionary), unless the sentence
        // tells of years before it only ("before US and Afghan forces drove it out in 2019").
        var toldOf = YearsToldOnlyBefore(tokens, state.Document.Published);
        for (var k = 0; k < mentions.Count; k++)
            if (mentions[k] is { IsReference: false, Actor: { } actor } named && dictionary.ActorAsOf(actor, toldOf) is var now && now != actor
                && !NamedAsPredecessor(tokens, mentions, named, now))
                mentions[k] = named with { Actor = now, Type = TypeOf(state, now), Candidates = [now] };
        // "AQAP attacks southern forces ... Al-Qaeda militants attacked positions of ...": a parent's men in a story that named
        // the parent's branch in its theatre are the branch's.
        if (state.Finder.Theatre >= 0)
            for (var k = 0; k < mentions.Count; k++)
                if (mentions[k] is { IsReference: false, Actor: { } parent } named && named.TokenEnd < tokens.Count
                    && tokens[named.TokenEnd].Norm is "militants" or "fighters" or "gunmen" or "insurgents" or "jihadists"
                    && dictionary.LocalBranch(parent, state.Finder.Theatre) is { } branch && state.Salience.ContainsKey(branch))
                {
                    mentions[k] = named with { Actor = branch, Type = TypeOf(state, branch), Candidates = [branch] };
                    // (What the story said of the parent there, it said of the branch: it is as much talked about.)
                    if (state.Salience.TryGetValue(parent, out var talked) && talked > state.Salience[branch])
                        state.Salience[branch] = talked;
                }
        foreach (var key in state.Salience.Keys.ToList())
            state.Salience[key] *= SalienceDecay;
        // ("Timeline: the rise and fall of ISIS ... Abadi announces the end of the war against the group": a group the headline
        // names stays talked about, however long ago the text last named it; a name of the last sentence or two still comes first.)
        foreach (var topic in state.TitleGroups)
            state.Salience[topic] = Math.Max(state.Salience.GetValueOrDefault(topic), TitleSalience);
        for (var i = 0; i < mentions.Count; i++)
            if (mentions[i].IsReference)
                ResolveReference(state, tokens, mentions, i);
        foreach (var named in mentions)
            if (!named.IsReference && named.Actor is not null && NamedAsNewName(tokens, named.TokenStart))
                state.Renamed = named.Actor;
        var subjectSeen = false;
        // "In early 2019 it routed the NFL. It has also arrested ...": a pronoun that opens the clause is its subject,
        // and keeps the text on what it stands for; the name after the verb is not the subject. (Not a description:
        // "The group targeted is likely Hurras al-Din" names what it is about after the verb.)
        // A description followed by its own clause or auxiliary is the subject too: "The group, which controls Idlib, has
        // fought the Islamic State since 2014. It has also clashed with ..." keeps the text on the group.
        // ("The al Qaeda-aligned group has fought ...": past a name that only modifies the description's head.)
        if (mentions.FirstOrDefault(m => m.Source != MentionSource.Event && (m.IsReference || m.Actor is not null) && !ModifierOfCompound(tokens, m)) is { Candidates: [var referent, ..] } opening
            && (opening.Source == MentionSource.Pronoun || (opening.Source == MentionSource.Description && !opening.Plural && (opening.TokenStart <= 1 || CompoundOpens(tokens, opening.TokenStart))
                && opening.TokenEnd < tokens.Count && tokens[opening.TokenEnd].Norm is "," or "has" or "have" or "had" or "is" or "was" or "will"
                    or "said" or "says" or "vowed" or "vows" or "claimed" or "denied" or "announced" or "pledged" or "warned"
                    // ("The militias took up arms after al-Shabaab fighters burned ...": a past verb no participle spells alike.)
                    // ("The militias rose up against the jihadists, after al-Shabaab blew up wells. They now ...": "rose", "broke".)
                    or "took" or "overran" or "began" or "fought" or "went" or "drove" or "won" or "swore" or "rose" or "broke" or "withdrew"
                    or "came" or "became" or "gave" or "threw" or "ran"))
            && !GovernedByPreposition(tokens, opening) && !(opening.TokenEnd < tokens.Count && tokens[opening.TokenEnd].AfterHyphen))
        {
            // (A description by a plural noun, "the militias", is remembered as such: "the group" is not what it names.)
            state.Subjects.Add((referent, state.SentenceIndex, opening.Source == MentionSource.Description && tokens[opening.TokenEnd - 1].Norm is var head
                && head.EndsWith('s') && !head.EndsWith("ss", StringComparison.Ordinal)));
            subjectSeen = true;
        }
        // "When Dan Na Ambassagou fighters massacred villagers, Katiba Macina's recruitment soared": a clause that opens
        // the sentence with a subordinating word is not where its subject stands.
        var leadingClauseEnd = tokens.Count > 0 && tokens[0].Norm is "when" or "after" or "as" or "while" or "although" or "though" or "since"
            or "before" or "once" or "because" or "if" or "until" or "whereas" ? FirstComma(tokens) : -1;
        // (Only when the main clause opens on a name of its own: "Though officials claimed to be tracking Khorasan,
        // experts believe ..." stays on Khorasan.)
        if (leadingClauseEnd > 0 && !mentions.Any(m => !m.IsReference && m.Actor is not null && m.TokenStart > leadingClauseEnd && m.TokenStart <= leadingClauseEnd + 2))
            leadingClauseEnd = -1;
        foreach (var m in mentions.Where(m => !m.IsReference && m.Actor is not null))
        {
            // What the text keeps talking about, and what it makes the subject, is what a later "it" or "the group" means.
            // A name modifying another noun ("al-Qaeda affiliate", "al-Qaeda-linked") is not what the clause is about;
            // a possessor is ("Nusra's positions were hit").
            // ("The Jaish al-Izza faction, which is based in the area, fired ...": after "the", "X faction" is X.)
            var modifier = m.TokenEnd < tokens.Count && (tokens[m.TokenEnd].AfterHyphen
                || (tokens[m.TokenEnd].IsWord && !tokens[m.TokenEnd].IsCapitalized && dictionary.Discovery.IsRole(tokens[m.TokenEnd].Norm))
                || (ModifiedNouns.Contains(tokens[m.TokenEnd].Norm)
                    && !(tokens[m.TokenEnd].Norm == "faction" && m.TokenStart >= 1 && tokens[m.TokenStart - 1].Norm == "the"))
                // ("A Yemeni reader wrote that the Houthis ...": a state's demonym before a noun for no force of it is a modifier.)
                || (m.TokenEnd - m.TokenStart == 1 && m.Type == ActorType.State && dictionary.DemonymActors.ContainsKey(tokens[m.TokenStart].Norm)
                    && tokens[m.TokenEnd].IsWord && !tokens[m.TokenEnd].IsCapitalized && !dictionary.ForceNouns.Contains(tokens[m.TokenEnd].Norm)
                    && !dictionary.AssetNouns.Contains(tokens[m.TokenEnd].Norm)
                    && !(m.TokenEnd + 1 < tokens.Count && dictionary.ForceNouns.Contains($"{tokens[m.TokenEnd].Norm} {tokens[m.TokenEnd + 1].Norm}"))));
            // ("The militias, known locally as macawisley, rose up": the name a subject noun is known as is the subject.)
            var noun = NounKnownAs(tokens, m.TokenStart);
            var knownAsSubject = noun >= 0 && noun <= MentionFinder.DatelineEnd(tokens) + 1;
            // ("The offensive that toppled Assad was led by HTS. Its leader ...": nor the object of a relative clause's verb; the agent
            // of the passive the sentence's own subject, an act, takes is what it is about.)
            // ("The group, known as ISKP, has fought ...": the name the opening description is known by is the subject it names.)
            var subject = (!subjectSeen || knownAsSubject) && !modifier && (!GovernedByPreposition(tokens, m) || knownAsSubject || PassiveAgentOfAct(tokens, mentions, m))
                && m.TokenStart >= leadingClauseEnd && !ObjectInRelativeClause(tokens, m);
            if (subject)
                // ("Sahrawi's group was behind the attack. It has also targeted ...": a man's group opening the clause is what
                // the text goes on about.)
                state.Subjects.Add((m.Type == ActorType.Person && m.TokenEnd + 1 < tokens.Count && tokens[m.TokenEnd].Norm == "'s"
                        && tokens[m.TokenEnd + 1].Norm is "group" or "movement" or "organisation" or "organization" or "faction" or "militia"
                        && GroupOf(state, m.Actor!) is { } group ? group : m.Actor!,
                    state.SentenceIndex, (m.Contextual && PluralNounEnds(tokens, m)) || (knownAsSubject && tokens[noun].Norm.EndsWith('s'))));
            subjectSeen |= subject;
            var weight = subject ? 2.0 : modifier ? 0.5 : 1.0;
            if (!state.Salience.ContainsKey(m.Actor!))
                state.Seen.Add(m.Actor!);
            var used = state.HeadsUsed.TryGetValue(m.Actor!, out var known) ? known : state.HeadsUsed[m.Actor!] = [];
            // ("the National Resistance Front (NRF)": the head is the name's, before its acronym.)
            var headAt = m.TokenEnd - 1;
            if (tokens[headAt].Norm == ")" && headAt - 2 > m.TokenStart && tokens[headAt - 2].Norm == "(")
                headAt -= 3;
            used.Add(tokens[headAt].Norm.TrimEnd('s'));
            // ("clan militias known as Macawisley", "local vigilantes, known locally as the CJTF": "the militias" may name it again.)
            if (noun >= 0)
            {
                used.Add(tokens[noun].Norm.TrimEnd('s'));
                if (tokens[noun].Norm.EndsWith('s'))
                    used.Add(ManyMark);
            }
            else if (m.TokenStart >= 2 && tokens[m.TokenStart - 1].Norm is "called" or "named" && tokens[m.TokenStart - 2].IsWord)
                used.Add(tokens[m.TokenStart - 2].Norm.TrimEnd('s'));
            // ("National Front for Liberation": "the Front" may name it again.)
            for (var k = m.TokenStart + 1; k < m.TokenEnd - 1; k++)
                if (tokens[k].Norm is "of" or "for" or "in")
                {
                    used.Add(tokens[k - 1].Norm.TrimEnd('s'));
                    break;
                }
            if (m.TokenEnd < tokens.Count && MilitantNouns.Contains(tokens[m.TokenEnd].Norm))
                used.Add(MilitantMark); // "IS militants": what a later "the militants" may mean
            // ("President Hadi ... His forces": a state named by its titled head is what a later "he" may mean.)
            if (NamedWithTitle(tokens, m))
                used.Add(ManMark);
            if (!modifier && PronounTypes.Contains(m.Type))
            {
                state.RecentGroups.RemoveAll(g => g.Actor == m.Actor);
                state.RecentGroups.Add((m.Actor!, state.SentenceIndex));
            }
            else if (m.Type == ActorType.Person)
            {
                state.RecentPersons.RemoveAll(g => g.Actor == m.Actor);
                state.RecentPersons.Add((m.Actor!, state.SentenceIndex));
            }
            state.Salience[m.Actor!] = state.Salience.GetValueOrDefault(m.Actor!) + weight;
        }
        return mentions;
    }

    /// <summary>
    /// The side named as the subject of a verb of killing or striking whose object holds the possessive at mention
    /// <paramref name="at"/> ("an Israeli strike killed one of its commanders": Israel), within its clause; else null.
    /// </summary>
    private static string? StrikerOfPossessed(IReadOnlyList<Token> tokens, IReadOnlyList<Mention> mentions, int at)
    {
        var verb = -1;
        for (var k = mentions[at].TokenStart - 1; k >= 0 && k >= mentions[at].TokenStart - 6; k--)
        {
            if (tokens[k].Norm is "," or ";" or "and" or "that" or "which" or "who")
                return null;
            if (tokens[k].Norm is "killed" or "kills" or "killing" or "struck" or "strikes" or "hit" or "hits" or "wounded" or "targeted" or "bombed" or "attacked")
            {
                verb = k;
                break;
            }
        }
        if (verb < 1)
            return null;
        // (The subject right before the verb, past the act's noun: "an Israeli strike", "US drones".)
        var subject = verb - 1;
        if (tokens[subject].Norm is "strike" or "strikes" or "airstrike" or "airstrikes" or "drone" or "drones" or "raid" or "jets" or "warplanes" or "missile" or "forces" or "troops")
            subject--;
        for (var j = at - 1; j >= 0; j--)
            if (mentions[j].TokenEnd - 1 == subject && !mentions[j].IsReference)
                return mentions[j].Actor;
        return null;
    }

    /// <summary>Whether a crowd's noun and "of" ("supporters of", "protesters of") stand before the name at <paramref name="at"/>, past "the new".</summary>
    private static bool CrowdOf(IReadOnlyList<Unit> units, int at)
    {
        var k = at - 1;
        while (k >= 0 && units[k].Norm is "the" or "new" or "ruling" or "military")
            k--;
        return k >= 1 && units[k].Norm == "of"
            && units[k - 1].Norm is "supporters" or "sympathisers" or "sympathizers" or "protesters" or "protestors" or "demonstrators" or "crowds" or "mobs";
    }

    /// <summary>Whether the sentence opens on when a fight began: "The fighting began (erupted, broke out) ...".</summary>
    private static bool FightsOnsetTold(IReadOnlyList<Unit> units) =>
        units.Count > 3 && units[0].Norm == "the" && units[1].Norm is "fighting" or "clashes" or "battle" or "violence" or "war" or "offensive"
        && units[2].Norm is "began" or "erupted" or "broke" or "started" or "flared";

    /// <summary>A name right before a hyphen's second word ("al Qaeda" of "al Qaeda-aligned"): it modifies what follows.</summary>
    private static bool ModifierOfCompound(IReadOnlyList<Token> tokens, Mention m) =>
        !m.IsReference && m.TokenEnd < tokens.Count && tokens[m.TokenEnd].AfterHyphen;

    /// <summary>Whether only "the" and a hyphenated compound ("The al Qaeda-aligned") stand before <paramref name="head"/>.</summary>
    private static bool CompoundOpens(IReadOnlyList<Token> tokens, int head)
    {
        if (head < 3 || tokens[0].Norm != "the" || !tokens[head - 1].AfterHyphen)
            return false;
        for (var k = 1; k < head; k++)
            if (!tokens[k].IsWord || (!tokens[k].IsCapitalized && !tokens[k].AfterHyphen && tokens[k].Norm is not ("al" or "el" or "ad" or "as")))
                return false;
        return true;
    }

    /// <summary>
    /// The noun a name at <paramref name="start"/> is given to by "known as" ("militias known as", "vigilantes, known locally as
    /// the"), or -1.
    /// </summary>
    private static int NounKnownAs(IReadOnlyList<Token> tokens, int start)
    {
        var k = MentionFinder.KnownAsBefore(tokens, start, NounKnownAsAdverbs);
        // ("The group, known by its Arabic acronym as ISKP": past what says which of its names follows.)
        if (k < 0 && start >= 1 && tokens[start - 1].Norm is "as" or "the" && (tokens[start - 1].Norm == "as" ? start - 1 : start - 2) is var asAt and >= 2
            && tokens[asAt].Norm == "as")
            for (var known = asAt - 2; known >= 1 && known >= asAt - 5 && k < 0; known--)
                if (tokens[known].Norm == "known" && NamingAsideEnd(tokens, known + 1, asAt) == asAt)
                    k = known;
        if (k < 1)
            return -1;
        k--;
        if (k >= 1 && NounKnownAsAdverbs.Contains(tokens[k].Norm))
            k--;
        if (k >= 1 && tokens[k].Norm == ",")
            k--;
        return tokens[k].IsWord ? k : -1;
    }

    /// <summary>Adverbs of "militias known locally as", on either side of "known".</summary>
    private static readonly HashSet<string> NounKnownAsAdverbs = ["locally", "also", "commonly"];

    /// <summary>"known as" or "calling itself" (past "the") and nothing else from <paramref name="end"/> to <paramref name="next"/>.</summary>
    private static bool KnownAsRightAfter(IReadOnlyList<Token> tokens, int end, int next)
    {
        if (end + 1 >= next || !((tokens[end].Norm == "known" && tokens[end + 1].Norm == "as")
                || (tokens[end].Norm == "calling" && tokens[end + 1].Norm is "itself" or "themselves")))
            return false;
        return NameStartsAt(tokens, end + 2, next);
    }

    /// <summary>Whether only "the" or a quotation mark stands from <paramref name="k"/> to <paramref name="next"/>, where a name starts.</summary>
    private static bool NameStartsAt(IReadOnlyList<Token> tokens, int k, int next)
    {
        while (k < next && tokens[k].Norm is "the" or "\"")
            k++;
        return k == next;
    }

    /// <summary>", known as" (", also known as", ", locally known as", past "the") and nothing else from <paramref name="end"/> (past a head noun) to <paramref name="next"/>.</summary>
    private static bool KnownAsBetween(IReadOnlyList<Token> tokens, int end, int next)
    {
        // ("The Islamic State group, known as ...": past the name's own head noun.)
        if (end < next && tokens[end].Norm is "group" or "movement" or "organization" or "organisation" or "network" or "militia")
            end++;
        if (end >= next || tokens[end].Norm != ",")
            return false;
        var k = end + 1;
        if (k < next && tokens[k].Norm is "also" or "locally" or "commonly" or "better" or "widely")
            k++;
        if (k >= next || tokens[k].Norm != "known")
            return false;
        var of = NamingAsideEnd(tokens, k + 1, next);
        return of < next && tokens[of].Norm == "as" && NameStartsAt(tokens, of + 1, next);
    }

    /// <summary>
    /// Past what says which of its names follows, at <paramref name="k"/> after "known": "by its Arabic acronym", "by their
    /// initials", "in Arabic". <paramref name="k"/> itself when no such words stand there.
    /// </summary>
    private static int NamingAsideEnd(IReadOnlyList<Token> tokens, int k, int next)
    {
        if (k + 1 < next && tokens[k].Norm == "in" && tokens[k + 1].IsCapitalized)
            return k + 2;
        if (k + 2 >= next || tokens[k].Norm != "by" || tokens[k + 1].Norm is not ("its" or "their"))
            return k;
        for (var j = k + 2; j < next && j <= k + 4; j++)
            if (tokens[j].Norm is "acronym" or "initials" or "abbreviation" or "name")
                return j + 1;
        return k;
    }

    /// <summary>
    /// "coalition" or "alliance" when ", a coalition of" (", an alliance of", ", a rebel coalition that", past two
    /// modifiers) follows <paramref name="end"/>; else null. Not "a coalition partner": the noun must end its phrase.
    /// </summary>
    private static string? CollectiveApposed(IReadOnlyList<Token> tokens, int end)
    {
        while (end < tokens.Count && tokens[end].Norm == ")")
            end++;
        // (", the Turkish-backed coalition to which both belong": a definite one too.)
        if (end + 2 >= tokens.Count || tokens[end].Norm != "," || tokens[end + 1].Norm is not ("a" or "an" or "the"))
            return null;
        for (var k = end + 2; k < tokens.Count && k <= end + 4; k++)
            if (tokens[k].Norm is "coalition" or "alliance" && (k + 1 == tokens.Count || CollectivePhraseEnds.Contains(tokens[k + 1].Norm)))
                return tokens[k].Norm;
        return null;
    }

    /// <summary>
    /// For men named at <paramref name="start"/> after ", a coalition of" (an alliance, an umbrella of) and up to three
    /// words of theirs ("Turkey-backed", "Islamist"), the comma opening that apposition; else -1.
    /// </summary>
    private static int MembersOfApposedCollective(IReadOnlyList<Token> tokens, int start)
    {
        var of = start - 1;
        while (of >= 1 && start - of <= 4 && tokens[of].Norm != "of" && tokens[of].Norm is not ("," or "and" or "the"))
            of--;
        if (of < 4 || tokens[of].Norm != "of" || tokens[of - 1].Norm is not ("coalition" or "alliance" or "umbrella" or "grouping" or "federation" or "bloc"))
            return -1;
        var article = of - 2;
        if (tokens[article].Norm is not ("a" or "an"))
            article--; // ("a loose coalition of")
        return article >= 1 && tokens[article].Norm is "a" or "an" && tokens[article - 1].Norm == "," ? article - 1 : -1;
    }

    private static readonly HashSet<string> CollectivePhraseEnds =
        ["of", "that", "which", "led", "formed", "founded", "including", "comprising", "dominated", "backed", "made", ",", ".", ";", ")", "and", "to"];

    /// <summary>
    /// "coalition" or "alliance" when the name at <paramref name="start"/> is what "a coalition of rebel groups known as"
    /// (or "called", "named", "dubbed") before it in the same clause calls so; else null.
    /// </summary>
    private static string? CollectiveNamedAs(IReadOnlyList<Token> tokens, int start)
    {
        var before = start - 1;
        while (before >= 0 && tokens[before].Norm is "the" or "\"")
            before--;
        if (before >= 1 && tokens[before].Norm == "as" && tokens[before - 1].Norm == "known")
            before--;
        else if (before < 0 || tokens[before].Norm is not ("called" or "named" or "dubbed"))
            return null;
        // ("formed a new joint operations room, called X": past the comma that sets the name off.)
        var from = before >= 1 && tokens[before - 1].Norm == "," ? before - 2 : before - 1;
        for (var k = from; k >= 1 && k >= before - 12 && tokens[k].Norm is not ("," or ";"); k--)
            if (tokens[k].Norm is "coalition" or "alliance" or "room" && (tokens[k - 1].Norm is "a" or "an" || (k >= 2 && tokens[k - 2].Norm is "a" or "an")
                || (k >= 3 && tokens[k - 3].Norm is "a" or "an") || (k >= 4 && tokens[k - 4].Norm is "a" or "an")))
                // (An operations room the text goes on to call "the coalition".)
                return tokens[k].Norm == "room" ? "coalition" : tokens[k].Norm;
        return null;
    }

    private static readonly HashSet<string> SingularGroupHeads = ["group", "movement", "organization", "organisation", "faction", "militia", "network"];

    /// <summary>Whether a mention ends in a lower-case plural noun ("the rebels", "Shiite militias").</summary>
    private static bool PluralNounEnds(IReadOnlyList<Token> tokens, Mention m)
    {
        var last = tokens[Math.Max(m.TokenEnd, m.TailEnd) - 1];
        return last.IsWord && last.Norm.Length > 3 && last.Norm.EndsWith('s') && !last.Norm.EndsWith("ss", StringComparison.Ordinal)
            && !char.IsUpper(last.Text[^1]);
    }

    /// <summary>True when a relative pronoun after a noun opens, before <paramref name="slot"/> and in its clause, the clause the name stands in.</summary>
    private static bool InOpenRelativeBefore(IReadOnlyList<Unit> units, int slot)
    {
        for (var k = slot - 1; k >= 1; k--)
        {
            if (units[k].Norm is "," or ";" or ":" or "(" or ")" or "and" or "but")
                return false;
            // ("confirmed on Friday that X was killed": "that" after a verb of saying, a few words back, opens what is said.)
            // ("Pro-government militias that entered the region ...": a name may be the head when it opens its clause; after a
            // verb it is the verb's object, and "that" may open what it was told: "warned the US that ...".)
            if (units[k].Norm is "that" or "which" or "who" or "whom" && !units[k].IsMention)
                return (units[k - 1].IsMention ? k == 1 || units[k - 2].Norm is "," or ";" or "and" or "but" or "while"
                        : char.IsLetter(units[k - 1].Norm[0]) && !PatternMatcher.IsPreposition(units[k - 1].Norm))
                    && !Enumerable.Range(Math.Max(0, k - 4), Math.Min(4, k)).Any(b => !units[b].IsMention && (ReportWordsBeforeThat.Contains(units[b].Norm) || PatternMatcher.PastVerb(units[b])));
        }
        return false;
    }

    /// <summary>
    /// True when the name at <paramref name="slot"/> ends a ", which (who) ..." clause whose closing comma comes right before
    /// the main clause's verb ("is", "has" ...) or a charge ("of being ..."): they are the clause head's, not the name's.
    /// </summary>
    private static bool ClosesRelativeBeforeVerb(IReadOnlyList<Unit> units, int slot)
    {
        // ("the militants, many of them commanders who pledged allegiance to Baghdadi this year, had beheaded ...": a time
        // phrase may stand between the name and the closing comma.)
        var comma = slot + 1;
        while (comma < units.Count && comma <= slot + 3 && !units[comma].IsMention && units[comma].Norm is not ","
            && (units[comma].Norm is "this" or "last" or "that" or "year" or "month" or "week" or "ago" or "earlier" or "later" or "in" || units[comma].Norm.All(char.IsDigit)))
            comma++;
        // ("accuses the YPG, which Washington backs against the Islamic State, of being ...": or right before the charge.)
        if (comma + 1 >= units.Count || units[comma].Norm != ","
            || !(units[comma + 1].Norm is "is" or "are" or "was" or "were" or "has" or "have" or "had"
                || (units[comma + 1].Norm is "of" or "for" && comma + 2 < units.Count && units[comma + 2].Norm.EndsWith("ing", StringComparison.Ordinal))))
            return false;
        var relative = false; // "who" or "which" inside the aside, past its first words ("many of them commanders who ...")
        for (var k = slot - 1; k >= 1; k--)
            if (units[k].Norm is "," or ";" or ":")
                return (PatternMatcher.OpensRelative(units, k) && units[k + 1].Norm is "which" or "who") || (relative && units[k - 1].IsMention)
                    // ("Bedouin tribes, some of whom formed militias to help the army, have been targeted": a part's clause.)
                    || (k + 3 < slot && units[k + 2].Norm == "of" && units[k + 3].Norm is "whom" or "which" && !units[k + 1].IsMention
                        && units[k + 1].Norm is "some" or "many" or "most" or "all" or "several" or "one" or "none" or "both" or "each" or "few" or "dozens" or "hundreds" or "thousands");
            else if (units[k].Norm is "which" or "who" && !units[k].IsMention)
                relative = true;
        return false;
    }

    /// <summary>
    /// Where the quote that opens the sentence closes, when only a verb of saying stands between it and the word at
    /// <paramref name="at"/> (", said their spokesman"); else -1.
    /// </summary>
    private static int QuoteClosedBefore(IReadOnlyList<Token> tokens, int at)
    {
        if (at < 3 || tokens[0].Norm != "\"" || tokens[at - 1].Norm is not ("said" or "says" or "added" or "told"))
            return -1;
        var k = at - 2;
        if (tokens[k].Norm == ",")
            k--;
        return tokens[k].Norm == "\"" ? k : k >= 1 && tokens[k].Norm == "," && tokens[k - 1].Norm == "\"" ? k - 1 : -1;
    }

    /// <summary>True when a verb of saying (and "that") stands right before <paramref name="at"/>: "officials said (that) the strikes ...".</summary>
    private static bool SaidBefore(IReadOnlyList<Token> tokens, int at)
    {
        var verb = tokens[at - 1].Norm == "that" && at >= 2 ? at - 2 : at - 1;
        return tokens[verb].Norm is "said" or "says" or "say" or "added" or "stated" or "confirmed" or "announced" or "reported";
    }

    /// <summary>Words after which "that" opens what is said or known, not a relative clause.</summary>
    private static readonly HashSet<string> ReportWordsBeforeThat =
        ["says", "said", "say", "told", "tells", "reports", "claims", "believes", "believe", "thinks", "think", "thought", "knew", "know", "knows",
         "insists", "warns", "adds", "argues", "alleges", "suggests", "shows", "showed", "means", "meant", "is", "was", "are", "were", "as", "so",
         "such", "fact", "news", "now", "than", "saw", "see", "sees", "clear", "evidence", "hope", "fear", "fears"];

    /// <summary>Whether the match tells its tie as a past one ("once fought alongside", "formerly allied with").</summary>
    private static bool PastTie(IReadOnlyList<Unit> units, CueMatch match)
    {
        for (var k = Math.Max(0, match.Start); k < match.End && k < units.Count; k++)
            if (units[k].Norm is "once" or "formerly" or "previously")
                return true;
        // ("fought alongside the MNLA and then turned against it": nor one the sentence goes on to end.)
        for (var k = match.End + 1; k < units.Count && k <= match.End + 3; k++)
            if (units[k].Norm is "turned" or "broke" or "split" or "fell" && units[k - 1].Norm is "then" or "later" or "eventually" or "but" or "until")
                return true;
        return false;
    }

    /// <summary>
    /// For "it"/"they" at mention <paramref name="pronoun"/> opening a relative clause with no "that" ("the FSA factions it
    /// backs"): the named side before the men the clause describes (the men's own name left out); else null.
    /// </summary>
    private static string? ReducedRelativeOwner(IReadOnlyList<Token> tokens, List<Mention> mentions, int pronoun)
    {
        var at = mentions[pronoun].TokenStart;
        if (at < 1 || at + 1 >= tokens.Count || !tokens[at + 1].IsWord || tokens[at + 1].IsCapitalized
            || !(tokens[at + 1].Norm.EndsWith('s') || tokens[at + 1].Norm.EndsWith("ed", StringComparison.Ordinal)))
            return null;
        // The men: a noun of a side's men right before, or a name whose own words end there ("the rebels", "Shiite militias").
        var men = pronoun - 1;
        var menEnd = men >= 0 ? Math.Max(mentions[men].TokenEnd, mentions[men].TailEnd) : -1;
        var menStart = men >= 0 && menEnd == at ? mentions[men].TokenStart
            : PatternMatcher.ReducedRelativeHeads.Contains(tokens[at - 1].Norm) ? at - 1 : -1;
        if (menStart < 0)
            return null;
        for (var k = pronoun - 1; k >= 0; k--)
            if (mentions[k].TokenEnd <= menStart && mentions[k] is { IsReference: false, Actor: { } actor } && !(men >= 0 && menEnd == at && mentions[men].Actor == actor))
                return mentions[k].TokenEnd == menStart ? null : actor; // ("the Free Syrian Army factions it backs": the men's own name is no owner)
        return null;
    }

    /// <summary>
    /// The head of the ", which" (", who") clause reference <paramref name="pronoun"/> stands in, when nothing is named
    /// between the relative pronoun and it; else null.
    /// </summary>
    private static string? RelativeHeadBefore(IReadOnlyList<Token> tokens, List<Mention> mentions, int pronoun)
    {
        var at = mentions[pronoun].TokenStart;
        for (var k = at - 1; k >= 1 && at - k <= 15; k--)
        {
            if (tokens[k].Norm is ";" or ":" or "—")
                return null;
            // (Not the pronoun right after "which": "the MNLA, which they later drove out" has its own subject.)
            if (tokens[k].Norm is not ("which" or "who") || tokens[k - 1].Norm != ",")
                continue;
            if (k + 1 == at)
                return null;
            // ("Washington, which has been bombing Nusrah's leaders as part of its campaign": a possessor named between
            // leaves a possessive pronoun the head's.)
            var possessive = tokens[at].Norm is "its" or "their";
            for (var n = pronoun - 1; n >= 0 && mentions[n].TokenStart > k; n--)
                if (!mentions[n].IsReference && !(possessive && (tokens[mentions[n].TokenEnd - 1].Norm == "'s"
                    || mentions[n].TokenEnd < tokens.Count && tokens[mentions[n].TokenEnd].Norm == "'s")))
                    return null;
            for (var n = pronoun - 1; n >= 0; n--)
                if (mentions[n].TokenEnd == k - 1 || mentions[n].TailEnd == k - 1)
                    return mentions[n] is { IsReference: false, Actor: { } head } ? head : null;
            return null;
        }
        return null;
    }

    /// <summary>The creed a description's words give its side ("the jihadists", "the Islamist group"), if any.</summary>
    private static Ideology? IdeologyNamed(string description)
    {
        Ideology? named = null;
        foreach (var word in description.ToLowerInvariant().Split(' '))
            if (word is "jihadist" or "jihadists" or "jihadi" or "jihadis" or "extremist" or "extremists")
                return Ideology.Jihadist;
            else if (word is "islamist" or "islamists")
                named = Ideology.Islamist;
        return named;
    }

    /// <summary>Fills in the candidates of reference <paramref name="i"/> of a sentence's mentions from what came before.</summary>
    /// <remarks>A method of its own: its lambdas capture the mention, and a closure made for every mention (names too) was a
    /// tenth of extraction's allocation.</remarks>
    private void ResolveReference(DocumentState state, IReadOnlyList<Token> tokens, List<Mention> mentions, int i)
    {
        var m = mentions[i];
        if (m.Source == MentionSource.Event)
        {
            // "US aircraft carried out an airstrike ... The assault was led by a Taliban commander": an assault (an
            // offensive, a raid) is no air strike, nor the other way round.
            var head = tokens[m.TokenEnd - 1].Norm;
            var otherKind = state.LastActNoun is { } lastAct && ((AirActNouns.Contains(head) && GroundActNouns.Contains(lastAct))
                || (GroundActNouns.Contains(head) && AirActNouns.Contains(lastAct))
                || (lastAct == AircraftsAct && GroundActNouns.Contains(head) && head is not ("raid" or "raids")));
            // "Al-Shabaab overran a base, a setback for a government offensive against it. ... in support of the offensive": an
            // act told with its owner's name before its noun is that owner's, whoever attacked last.
            // (Within a few sentences, and unless a later one launched an act of that name.)
            // "Militias joined troops in an offensive against al-Shabaab. ... al-Shabaab burned wells ... air strikes in support of
            // the offensive": an act told with its noun and its target is the one a later "the offensive" names, unless a
            // verb of launching named an act of that noun since.
            // ("ISIS fighters killed a doctor ... Nusra's fighters joined the assault on the ISIS headquarters": an act aimed at
            // a side, as its words say, is no act of that side.)
            var aimedAt = tokens.Count > m.TokenEnd + 1 && tokens[m.TokenEnd].Norm is "on" or "against" or "targeting"
                ? mentions.Skip(i + 1).FirstOrDefault(p => !p.IsReference && p.TokenStart <= m.TokenEnd + 2)?.Actor : null;
            List<string> authors = state.LastOwnedAct is { } owned && owned.Noun == head && owned.Sentence >= state.SentenceIndex - OwnedActReach ? [owned.Owner]
                : state.LastTargetedAct is { } named && named.Noun == head && state.LastActNoun != head
                    && named.Sentence >= state.SentenceIndex - OwnedActReach ? named.Attackers.ToList()
                : otherKind ? [] : state.LastAttackers.ToList();
            mentions[i] = m with { Candidates = aimedAt is null ? authors : authors.Where(c => c != aimedAt).ToList() };
            return;
        }
        // "Hurras al-Din split from HTS after the latter cut ties": of the last two sides named (in this sentence,
        // else in the one before), the second; "the former", the first.
        if (MentionFinder.LatterOrFormer(tokens, m.TokenStart))
        {
            var named = mentions.Take(i).Where(p => !p.IsReference && p.Actor is not null && PronounTypes.Contains(p.Type)).Select(p => p.Actor!).Distinct().ToList();
            if (named.Count < 2)
                named = [.. state.RecentGroups.Where(g => g.Sentence == state.SentenceIndex - 1).Select(g => g.Actor).Where(a => !named.Contains(a)), .. named];
            var latter = tokens[m.TokenStart + 1].Norm == "latter";
            mentions[i] = m with { Candidates = named.Count >= 2 ? [latter ? named[^1] : named[^2]] : [] };
            return;
        }
        // "the army of Burhan and the RSF of his deputy Dagalo ... The two men had together staged a coup": two men are the
        // last two persons named (in this sentence, else in the three before: a sentence on one man's men may come between).
        if (m.Plural && m.Source == MentionSource.Description && PersonsPluralNouns.Contains(LastWord(m.Surface)))
        {
            var persons = state.RecentPersons.Where(p => p.Sentence >= state.SentenceIndex - 3).Select(p => p.Actor).ToList();
            mentions[i] = m with { Members = persons.Count >= 2 ? persons[^2..] : [] };
            return;
        }
        // "These factions disagree, but they banded together": the sides named together just before.
        // "The two groups" are groups: sides that include a state are not what it stands for.
        // ("the two al Qaeda offshoots": so are the words after "the two" that end in a group's noun.)
        var groupsOnly = m.Source == MentionSource.Description && (GroupWords.Any(w => m.Surface.Contains(w, StringComparison.OrdinalIgnoreCase))
            || (m.Plural && GroupNounEndsPhrase(tokens, m.TokenEnd)));
        // ("the fighting between the two insurgent movements" after the Islamic State's Khorasan branch: a group and its
        // branch by name are not two sides, unless the words call them factions.)
        var factions = m.Surface.EndsWith("factions", StringComparison.OrdinalIgnoreCase);
        // (A coalition of states' forces is no group: "the Multinational Joint Task Force fighting the jihadists ... raids by both factions".)
        // ("The two countries signed a pact": states, both of them.)
        var statesOnly = m.Source == MentionSource.Description && StateWords.Any(w => m.Surface.Contains(w, StringComparison.OrdinalIgnoreCase));
        bool Fit(IReadOnlyList<string> actors) => (!groupsOnly || actors.All(a => GroupTypes.Contains(TypeOf(state, a)) && !dictionary.IsStateCoalition(a)))
            && (!statesOnly || actors.All(a => TypeOf(state, a) == ActorType.State))
            && (factions || actors is not [var one, var other] || !(state.Branches.Contains((one, other)) || state.Branches.Contains((other, one))
                || one.StartsWith(other + " ", StringComparison.OrdinalIgnoreCase) || other.StartsWith(one + " ", StringComparison.OrdinalIgnoreCase)));
        // "Both the Islamic State and al-Shabaab recruit in Kenya, but the two groups are enemies": two groups
        // named earlier in the same sentence come before any named in sentences before.
        // "It has avoided attacking the Houthis, though the two are enemies": a pronoun named one of them, as resolved
        // (so does "the group": "The group is battling the Islamic State, where the two sides have clashed").
        // ("The NFL, a coalition of Turkish-backed factions, fought beside HTS, though the two had fought": names that only
        // modify a word or describe a name in apposition are not sides.)
        // "X signed a deal with Y, ending months of fighting between them": a plural pronoun that names two sides
        // ("between them", "between their forces") takes the two its own sentence named, as "the two" does.
        var pairPronoun = m.Plural && m.Source == MentionSource.Pronoun && m.TokenStart > 0 && tokens[m.TokenStart - 1].Norm == "between";
        List<string> NamedHere(bool inAppositions) => mentions.Take(i).Where(p => !(p.TokenEnd < tokens.Count && tokens[p.TokenEnd].AfterHyphen)
                && (inAppositions || !(AppositionOpening(tokens, mentions, p) is var open and >= 0 && (tokens[open + 1].Norm is "a" or "an" or "the"
                    // (nor the backer in ", backed by the UAE,": a participle's agent describes the name before it.)
                    || (tokens[open + 1].Norm.EndsWith("ed", StringComparison.Ordinal) && tokens[open + 2].Norm == "by")))))
            .Select(p => !p.IsReference && p.Actor is not null && PronounTypes.Contains(p.Type) ? p.Actor
                : p is { Source: MentionSource.Pronoun or MentionSource.Description, Plural: false, Candidates: [var referent, ..] } ? referent
                // ("ISWAP broke away from Shekau's faction, and the two have fought": a man's group, read as the group later.)
                : PersonsGroupNamed(state, tokens, p))
            .OfType<string>().Distinct().ToList();
        var here = m.Plural && (m.Source == MentionSource.Description || pairPronoun) ? NamedHere(inAppositions: false) : [];
        // "ISSP, a rival of JNIM, stepped up attacks where the two groups have clashed": with one side named outside them,
        // the names in an apposition count when that makes the two.
        if (here.Count == 1 && m.Source == MentionSource.Description && NamedHere(inAppositions: true) is { Count: 2 } withAside)
            here = withAside;
        // ("pledged in their deal with Washington to stop al Qaeda ..., but the two groups remain aligned": groups, not the state.)
        if (groupsOnly && here.Count > 2)
            here = here.Where(a => GroupTypes.Contains(TypeOf(state, a))).ToList();
        // ("The group, which is allied with X, denies ties to Y, though a UN report said the two remain aligned": of more sides,
        // not one named by the way in a closed relative clause, nor the speaker of what is said of the two.)
        if (here.Count > 2 && m.Source == MentionSource.Description)
        {
            var aside = mentions.Take(i).Where(p => InClosedRelative(tokens, p, m.TokenStart) || SpeakerOfReference(tokens, mentions, p, m))
                .Select(p => p.Actor).OfType<string>().ToHashSet();
            if (here.Where(a => !aside.Contains(a)).ToList() is { Count: 2 } notAside)
                here = notAside;
        }
        // "The US, which armed both the peshmerga and the army against the Islamic State, urged both sides to ...": of more
        // sides, the two the sentence joins by "and" (the last such pair).
        if (here.Count > 2 && JoinedPairBefore(tokens, mentions, i) is [var joinedFirst, var joinedSecond] && here.Contains(joinedFirst) && here.Contains(joinedSecond))
            here = [joinedFirst, joinedSecond];
        var sameSentence = here.Count == 2 && Fit(here);
        // "Both groups" and "the two groups" are two: a list of four named before is not what they stand for.
        // (The plural descriptions are the lexicon's own phrases: "both groups", "the two sides", "the two".)
        var two = m.Plural && m.Source == MentionSource.Description
            && (m.Surface.Contains("both", StringComparison.OrdinalIgnoreCase) || m.Surface.Contains("two", StringComparison.OrdinalIgnoreCase));
        IReadOnlyList<string> members = sameSentence ? here
            : m.Plural && state.LastSides is { } sides && sides.Sentence >= state.SentenceIndex - 2 && Fit(sides.Actors)
                && (!two || sides.Actors.Count == 2) ? sides.Actors : [];
        // "A US strike killed AQAP's leader. AQAP competes with the Islamic State's Yemen branch. The two groups
        // fought": two groups named together after the sides last tied are the sides now.
        if (m.Plural && m.Source == MentionSource.Description && state.RecentGroups.Count > 0 && !sameSentence)
        {
            var latest = state.RecentGroups.Where(g => g.Sentence < state.SentenceIndex).Select(g => g.Sentence).DefaultIfEmpty(-1).Max();
            var together = state.RecentGroups.Where(g => g.Sentence == latest).Select(g => g.Actor).ToList();
            if (together.Count == 2 && latest >= state.SentenceIndex - 2 && latest > (state.LastSides?.Sentence ?? -1) && Fit(together))
                members = together;
        }
        // "ISWAP split from Boko Haram. Shekau rejected the Islamic State's choice of leader. The two factions have
        // clashed": factions are parts of one whole, so two recent groups the document made one a part of the other.
        // (Not over two sides that are parts of one whole: "X and Y, both part of the SNA, ... the two factions" are X and Y.)
        if (m.Plural && m.Source == MentionSource.Description && !sameSentence && m.Surface.EndsWith("factions", StringComparison.OrdinalIgnoreCase)
            && !(members is [var first, var second] && state.Relations.Any(r => r.Kind == RelationKind.Affiliate && r.Source == first
                && state.Relations.Any(o => o.Kind == RelationKind.Affiliate && o.Source == second && o.Target == r.Target))))
        {
            var recent = state.RecentGroups.Where(g => g.Sentence >= state.SentenceIndex - 3 && g.Sentence < state.SentenceIndex).Select(g => g.Actor).Distinct().ToList();
            // ("ISWAP broke away from Shekau's faction in 2016": not when the sides last named together are such a pair.)
            if (!(members is [var one, var other] && state.Relations.Any(r => r.Kind == RelationKind.Affiliate
                    && ((r.Source == one && r.Target == other) || (r.Source == other && r.Target == one))))
                && state.Relations.LastOrDefault(r => r.Kind == RelationKind.Affiliate && recent.Contains(r.Source) && recent.Contains(r.Target)) is { } split
                && Fit([split.Source, split.Target]))
                members = [split.Source, split.Target];
        }
        // "The Houthis accused Saleh of treason ... Houthi fighters blew up Saleh's house. The two sides had fought together": with
        // no sides named together, "the two sides" are the two the last relation of the two sentences before tied, a man who
        // leads forces among them. ("The two camps" are two sides.)
        // ("The STC is hostile to Hadi. The Houthis' alliance with Saleh is under strain. Clashes between the two camps": a tie
        // with such a man told after the sides last named together is the later pair.)
        if (m.Plural && !sameSentence && m.Source == MentionSource.Description
            && (m.Surface.EndsWith("sides", StringComparison.OrdinalIgnoreCase) || m.Surface.EndsWith("camps", StringComparison.OrdinalIgnoreCase))
            && state.Relations.LastOrDefault(r => r.Evidence.SentenceIndex >= state.SentenceIndex - 2 && r.Evidence.SentenceIndex < state.SentenceIndex
                && r.Kind != RelationKind.Affiliate && Fit([r.Source, r.Target])) is { } lastTie
            && (members.Count == 0 || (members.SequenceEqual(state.LastSides?.Actors ?? []) && lastTie.Evidence.SentenceIndex > state.LastSides!.Value.Sentence)))
            members = [lastTie.Source, lastTie.Target];
        // "Al-Shabaab holds the south. ISS is active in Puntland. The two groups have fought": with no sides named
        // together, the last two groups named in the two sentences before.
        if (m.Plural && members.Count == 0 && m.Source == MentionSource.Description)
            members = state.RecentGroups.Where(g => g.Sentence >= state.SentenceIndex - 2 && g.Sentence < state.SentenceIndex
                    && (!groupsOnly || GroupTypes.Contains(TypeOf(state, g.Actor)))) // "the two groups" skip a state named between
                .TakeLast(2).Select(g => g.Actor).ToList() is { Count: 2 } lastTwo && Fit(lastTwo) ? lastTwo : [];
        // ("## The al-Qaeda side / JNIM was formed ... ## The Islamic State side / ISGS was founded ... For years the two groups
        // cooperated": with no two groups in the sentences before, the last two groups the sentences of the few before were about.)
        // (Past a heading's whole, "## The Islamic State side", which the branch after it belongs to.)
        if (m.Plural && members.Count == 0 && m.Source == MentionSource.Description && two
            && state.Subjects.Where(g => g.Sentence >= state.SentenceIndex - 6 && g.Sentence < state.SentenceIndex && GroupTypes.Contains(TypeOf(state, g.Actor)))
                .Select(g => g.Actor).Reverse().Distinct().ToList() is [var lastAbout, .. var aboutBefore]
            && aboutBefore.FirstOrDefault(other => Fit([other, lastAbout])) is { } otherAbout)
            members = [otherAbout, lastAbout];
        // "Clashes between the former allies erupted": the two sides last told allies (or enemies) in the sentences before.
        if (m.Plural && m.Source == MentionSource.Description && !sameSentence && TiedPairWord(m.Surface) is { } tie
            && state.Relations.LastOrDefault(r => r.Kind == tie && r.Evidence.SentenceIndex >= state.SentenceIndex - 3
                && r.Evidence.SentenceIndex < state.SentenceIndex) is { } tied)
            members = [tied.Source, tied.Target];
        // "The KDP and the PUK, the two parties that share power ... The two parties fought a civil war": a plural
        // description with a noun of its own, said again within a few sentences, stands for the sides it first described.
        if (m.Plural && m.Source == MentionSource.Description && m.Surface.Contains(' ') && !m.Surface.Equals("the two", StringComparison.OrdinalIgnoreCase))
        {
            var phrase = m.Surface.ToLowerInvariant();
            if (sameSentence)
                state.DescribedSides[phrase] = (members, state.SentenceIndex);
            else if (state.DescribedSides.TryGetValue(phrase, out var earlier) && earlier.Sentence >= state.SentenceIndex - 4 && Fit(earlier.Actors))
                members = earlier.Actors;
        }
        // "X formed last year. Y arrested some of its men, and the two groups have clashed": a group that opens the sentence
        // is one of the two groups a clause after ", and" tells of; the other is the first group of the last sentence before
        // that named any other. (Not "X, whose fighters fought alongside both groups": X is neither.)
        if (m.Plural && m.Source == MentionSource.Description && groupsOnly && here is [var namedHere] && !members.Contains(namedHere)
            && GroupTypes.Contains(TypeOf(state, namedHere)) && mentions[0] is { IsReference: false } opening && opening.Actor == namedHere
            && m.TokenStart >= 2 && tokens[m.TokenStart - 1].Norm == "and" && tokens[m.TokenStart - 2].Norm == ","
            && state.RecentGroups.Where(g => g.Sentence >= state.SentenceIndex - 2 && g.Sentence < state.SentenceIndex && g.Actor != namedHere
                    && GroupTypes.Contains(TypeOf(state, g.Actor)))
                .OrderByDescending(g => g.Sentence).ThenBy(g => state.RecentGroups.IndexOf(g)).FirstOrDefault() is ({ } earlierGroup, _)
            && Fit([namedHere, earlierGroup]))
            members = [namedHere, earlierGroup];
        // ("The three countries signed a pact" after a sentence naming five states: a count told is the count of sides, or none.)
        if (m.Plural && m.Source == MentionSource.Description && CountOfSides(m.Surface) is var told and > 2 && members.Count != told)
            members = [];
        if (m.Plural && m.Source == MentionSource.Description)
        {
            mentions[i] = m with { Members = members };
            return;
        }
        // "Al-Shabaab and Hizbul Islam fought together until 2010, when they fell out": "they" after the two sides a sentence
        // opens with, joined by "and", stands for them, not for sides remembered from before.
        // ("Hemedti and army chief Burhan ..., but they fell out": a side's word before a title is the title's, not a side.)
        if (m.Plural && m.Source == MentionSource.Pronoun && OpeningPair(tokens, mentions, i) is [var openingFirst, var openingSecond] && Fit([openingFirst, openingSecond]))
            members = [openingFirst, openingSecond];
        if (m.Plural)
            m = mentions[i] = m with { Members = members };
        // "Libyan forces declared on Tuesday that they had driven the Islamic State from Sirte": "they" reporting what a
        // sentence's first words, men no name gives, said is those men, no side named before.
        if (i == 0 && tokens[m.TokenStart].Norm == "they" && SpeakingMenBefore(tokens, m.TokenStart))
        {
            mentions[i] = m with { Candidates = [] };
            return;
        }
        var types = m.Source == MentionSource.Description ? GroupTypes : m.Type == ActorType.Person ? PersonTypes : PronounTypes;
        var salient = state.Salience.OrderByDescending(s => s.Value).Select(s => s.Key);
        // Earlier in the sentence, subjects before names inside prepositional phrases, nearest first.
        // "the al-Qaeda-linked group" is not al-Qaeda: a name modifying the description is never what it refers to.
        // "Its ties to Hezbollah got it branded": a possessive that names no actor of its own still
        // keeps the sentence on the actor talked about so far, ahead of names in prepositional phrases.
        // "The Iranian-backed Houthis ..., saying they": a name inside a compound modifier is no antecedent.
        // ("AQAP kills soldiers in Abyan as it turns on southern forces": a singular "it" is no side named by plural men.)
        var singularIt = m.Source == MentionSource.Pronoun && tokens[m.TokenStart].Norm == "it";
        var anchors = mentions.Take(i).Where(p => p.Source != MentionSource.Event
                && !(singularIt && (p.Source == MentionSource.Description && p.Plural
                    || p.Contextual && p.Surface.EndsWith('s') && !p.Surface.EndsWith("ss", StringComparison.Ordinal)))
                && !(p.TokenEnd < tokens.Count && tokens[p.TokenEnd].AfterHyphen
                     && (p.TokenEnd >= m.TokenStart - 3 || CompoundModifiers.Contains(tokens[p.TokenEnd].Norm)))
                && !(p.TokenEnd == m.TokenStart - 1 && BrokeFrom(tokens, m))
                // ("regarded the group as an al-Qaeda affiliate and said it remained a target": a name modifying a branch's noun.)
                && !(p.TokenEnd < tokens.Count && ModifiedNouns.Contains(tokens[p.TokenEnd].Norm) && p.TokenStart >= 1 && tokens[p.TokenStart - 1].Norm is "a" or "an"))
            .Select(p => (p.TokenStart, Rank: Math.Max(ClauseRank(tokens, mentions, p), InClosedRelative(tokens, p, m.TokenStart) ? 1 : 0),
                Actor: p.Candidates.FirstOrDefault()))
            .Concat(SilentPossessives(tokens, mentions, m.TokenStart)
                // ("Taliban fighters overran Kunduz, raising their flag": the subject named before it in the sentence.)
                // ("Droukdel had led AQIM since 2004 and oversaw its expansion": else the side named last before it.)
                // ("The Lebanese militia, which is backed by Iran, acknowledged its role": a description resolved before counts.)
                .Select(t => (TokenStart: t, Rank: 0, Actor: mentions.Take(i).Where(p => p.TokenEnd <= t && ClauseRank(tokens, mentions, p) == 0)
                        .Select(p => p.IsReference ? p.Source == MentionSource.Description ? p.Candidates.FirstOrDefault() : null : p.Actor)
                        .LastOrDefault(a => a is not null && PronounTypes.Contains(TypeOf(state, a)))
                    ?? mentions.Take(i).LastOrDefault(p => p.TokenEnd <= t && !p.IsReference && p.Actor is not null && PronounTypes.Contains(TypeOf(state, p.Actor)))?.Actor
                    ?? salient.FirstOrDefault(a => PronounTypes.Contains(TypeOf(state, a))))));
        // "Afghan commandos, backed by US jets, pushed them back": an object "them" is never its own clause's subject,
        // nor a name in a phrase of that subject; in the sentence it can only be an object named before it.
        // Names before the clause "them" stands in are free ("seized Sirte, where jihadists later drove them out").
        // So is "it" after a preposition or a past verb ("launched an offensive against it", "expelled it").
        // ("Aknaf Bayt al-Maqdis asked rebels to help it repel the jihadists": past a request, the one helped is the asker.)
        var themClause = m.Source == MentionSource.Pronoun && (tokens[m.TokenStart].Norm == "them" || ObjectIt(tokens, m.TokenStart))
            && !AskedToHelp(tokens, m.TokenStart) ? ClauseStart(tokens, m.TokenStart) : -1;
        // ("hired Russian contractors from Wagner and then a South African firm to fight them": nor anyone hired (sent) to act
        // on it, however many "and"s list them.)
        var hiring = themClause >= 0 ? HiredToActOn(tokens, m.TokenStart) : -1;
        // ("fought the Islamic State, which accuses them of ...": the name a "which" clause is about is that clause's subject too.)
        var themRelativeHead = themClause > 0 && tokens[themClause].Norm is "which" or "who" && tokens[themClause - 1].Norm == ","
            ? mentions.Take(i).LastOrDefault(p => p.TokenEnd <= themClause - 1 && p.TokenEnd >= themClause - 5)?.TokenStart ?? -1 : -1;
        var closingSpeaker = ClosingSpeaker(tokens, m);
        // ("and his loyalists in the army helped them": nor a name closing a phrase of the subject right before the verb.)
        var subjectsPhrase = themClause >= 0 && m.TokenStart >= 3 ? PhraseOfSubjectBeforeVerb(tokens, mentions, i) : -1;
        // ("The junta in Bamako calls the rebels terrorists and accuses them of ...": nor the subject's side named again in a phrase.)
        var clauseSubjects = themClause >= 0 ? anchors.Where(a => a.Actor is not null && a.TokenStart >= themClause && a.Rank == 0).Select(a => a.Actor!).ToHashSet() : null;
        var ranked = anchors.Where(a => a.Actor is not null && (themClause < 0 || a.TokenStart < themClause || a.Rank >= 1) && a.TokenStart != themRelativeHead
                && !(hiring >= 0 && a.TokenStart > hiring) && a.TokenStart != subjectsPhrase && clauseSubjects?.Contains(a.Actor!) != true)
            .OrderBy(a => a.Rank).ThenByDescending(a => closingSpeaker ? -a.TokenStart : a.TokenStart).ToList();
        var before = ranked.Select(a => a.Actor!);
        // "The attack was the deadliest on AU forces since 2016, when the group overran a Kenyan base": a group the
        // text is about comes before a name only in a prepositional phrase of this sentence.
        if (m.Source == MentionSource.Description && !m.Plural && ranked.Count > 0 && ranked.All(a => a.Rank == 2)
            && salient.FirstOrDefault(a => types.Contains(TypeOf(state, a))) is { } topic)
            before = before.Prepend(topic);
        // "A U.S. drone strike killed two ISIS-K planners, the Pentagon said. The group has carried out ...": "the group" opening
        // a sentence is the one group the sentence before named, however much the text said of another before that.
        // ("A new group, X, claimed the raid. Pakistani officials say it is a front for the TTP": so is "it" that plural speakers
        // say something of, in a sentence that names no group before it; not "Hadi's government said it ...".)
        if (((m.Source == MentionSource.Description && !m.Plural && m.TokenStart <= 1 && i == 0)
                || (singularIt && SaidByPluralSpeakers(tokens, m.TokenStart) && !ranked.Any(a => TypeOf(state, a.Actor!) == ActorType.ArmedGroup)))
            && state.RecentGroups.Where(g => g.Sentence == state.SentenceIndex - 1).Select(g => g.Actor)
                // (or named only before its men, "killed two ISIS-K commanders", as a side of a relation that sentence told)
                // (not a whole a name only says it is a branch of: "ISIS-K" is no second group named)
                .Concat(state.Relations.Where(r => r.Evidence.SentenceIndex == state.SentenceIndex - 1 && !r.Evidence.Background).SelectMany(r => (string[])[r.Source, r.Target]))
                .Where(a => TypeOf(state, a) == ActorType.ArmedGroup).Distinct().ToList() is [var lastNamed])
            before = before.Prepend(lastNamed);
        // "accused Kabul of sheltering fighters of the TTP, who have stepped up attacks since the group ended a ceasefire": a
        // description inside a relative clause is first the name the clause is said of.
        // ("praised Hamas, which has been at war with Israel since its fighters attacked": so is a possessive, the clause's
        // subject being the name it is said of.)
        if (((m.Source == MentionSource.Description && !m.Plural) || (m.Source == MentionSource.Pronoun && tokens[m.TokenStart].Norm is "its" or "their"))
            && HeadOfClauseAround(tokens, mentions, m.TokenStart) is { } saidOf)
            before = before.Prepend(saidOf);
        // "President X vowed war on the group": a coalition of states (a peacekeeping mission) is never "the group".
        // ("to restore President Hadi, who fled after the Houthis advanced on his stronghold": a titled head named in this
        // sentence counts, before the sentence is remembered.)
        var candidates = before.Concat(salient).Where(a => (types.Contains(TypeOf(state, a))
                || (m.Type == ActorType.Person && (NamedByMan(state, a) || TitledBefore(tokens, mentions, i, a))))
            && !(groupsOnly && dictionary.IsStateCoalition(a))).Distinct().Take(6).ToList();
        // "The strike targeted a meeting of Hurras al-Din's leaders. ... the strike killed eight militants": men that an act told
        // before (the sentence's "the strike") killed are of the side it targeted, not the side the text named most.
        if (m.Source == MentionSource.Description && m.TokenEnd - m.TokenStart == 1 && CountedMenWords.Contains(tokens[m.TokenStart].Norm)
            // (The act may be read as its author's forces: "a US drone strike ... the strike" names the US.)
            && mentions.Take(i).FirstOrDefault(p => p.Source == MentionSource.Event || lexicon.EventNouns.Contains(tokens[p.TokenEnd - 1].Norm)) is { Candidates.Count: > 0 } act
            && state.Relations.Where(r => r.Kind == RelationKind.Attacked && act.Candidates.Contains(r.Source) && r.Evidence.SentenceIndex >= state.SentenceIndex - 2
                    && GroupTypes.Contains(TypeOf(state, r.Target)) && !act.Candidates.Contains(r.Target))
                .Select(r => r.Target).Reverse().Distinct().ToList() is { Count: > 0 } targeted)
            candidates = [.. targeted, .. candidates.Where(a => !targeted.Contains(a))];
        // "Its troops, supported by fighters from Hezbollah, killed dozens of militants": those a clause's subject is backed by
        // are the last a description after them in that sentence stands for.
        if (m.Source == MentionSource.Description && candidates.Count > 1
            && candidates.Where(c => NamedAsBacker(tokens, mentions, i, c)).ToList() is { Count: > 0 } backers && backers.Count < candidates.Count)
            candidates = [.. candidates.Where(c => !backers.Contains(c)), .. backers];
        // "The KDP regards the group as a PKK proxy": what a side regards (calls, accuses) a description of is never that side.
        // ("will not coordinate with JFS and regards the group as ...": a name in a phrase of the clause is no regarder.)
        if (m.Source == MentionSource.Description && m.TokenStart >= 1 && VerbsOfRegardingAnObject.Contains(tokens[m.TokenStart - 1].Norm) && candidates.Count > 1)
        {
            var namedBefore = mentions.Take(i).Where(p => !p.IsReference && p.Actor is not null && ClauseRank(tokens, mentions, p) == 0).Select(p => p.Actor!).ToHashSet();
            candidates = [.. candidates.Where(c => !namedBefore.Contains(c)), .. candidates.Where(namedBefore.Contains)];
        }
        // "The Houthis have fought a Saudi-led coalition since 2015, when it intervened": "it" is none of the sides this sentence
        // names with a plural verb.
        if (m.Source == MentionSource.Pronoun && tokens[m.TokenStart].Norm is "it" or "its" && candidates.Count > 1
            && NamedBeforeVerb(tokens, mentions, i, PluralVerbs) is { Count: > 0 } plural
            && candidates.Where(a => !plural.Contains(a)).ToList() is { Count: > 0 } singular)
            candidates = singular;
        // "AQAP has carried out attacks on the separatists since they seized Abyan": "they" is none of the sides this sentence
        // names with a singular verb, when a side it names otherwise remains.
        if (m.Source == MentionSource.Pronoun && tokens[m.TokenStart].Norm is "they" or "their" or "them" && candidates.Count > 1
            && NamedBeforeVerb(tokens, mentions, i, SingularVerbs) is { Count: > 0 } singularNamed
            && candidates.Where(a => !singularNamed.Contains(a) && mentions.Take(i).Any(p => p.Actor == a)).ToList() is { Count: > 0 } pluralNamed)
            candidates = [.. pluralNamed, .. candidates.Where(a => !pluralNamed.Contains(a))];
        // "Washington pressed the rebel groups to cut ties with Nusra, but they fight beside it": "they" is the side this sentence
        // names in the plural before a state it names by a singular name.
        if (m.Source == MentionSource.Pronoun && tokens[m.TokenStart].Norm == "they" && candidates.Count > 1
            && TypeOf(state, candidates[0]) == ActorType.State && !NamedInThePlural(state, tokens, mentions, i, candidates[0])
            && candidates.Skip(1).FirstOrDefault(a => NamedInThePlural(state, tokens, mentions, i, a)) is { } pluralSide)
            candidates = [pluralSide, .. candidates.Where(a => a != pluralSide)];
        // "The US backs the YPG, while Turkey regards it as a terrorist group": what a pronoun is called a group (an organisation,
        // a militia) is no state.
        if (m.Source == MentionSource.Pronoun && candidates.Count > 1 && CalledAGroupAfter(tokens, m.TokenEnd)
            && candidates.Where(a => TypeOf(state, a) is not (ActorType.State or ActorType.Coalition)).ToList() is { Count: > 0 } groups)
            candidates = groups;
        // "NATO struck Brega. The NTC, based in Benghazi, ... accused the alliance": an alliance is a coalition first.
        // ("Iraqi militias joined the Islamic Resistance in Iraq ... a member of the umbrella": so is an umbrella, and "the
        // coalition" where the theatre has none of its own.)
        if (m.Source == MentionSource.Description && (m.Surface.EndsWith("alliance", StringComparison.OrdinalIgnoreCase) || m.Surface.EndsWith("coalition", StringComparison.OrdinalIgnoreCase)
            || m.Surface.Contains("umbrella", StringComparison.OrdinalIgnoreCase)))
            candidates = [.. candidates.Where(a => TypeOf(state, a) == ActorType.Coalition), .. candidates.Where(a => TypeOf(state, a) != ActorType.Coalition)];
        // "The al Qaeda-linked group ... promised war on the militants": a side the sentence names only inside a
        // tie's compound ("al Qaeda-linked") is not what a description in it refers to.
        if (m.Source == MentionSource.Description && candidates.Count > 1
            && candidates.Where(a => !OnlyInTieCompounds(tokens, mentions, i, a)).ToList() is { Count: > 0 } kept && kept.Count < candidates.Count)
            candidates = kept;
        // ("Its fighters man checkpoints and join US and Iraqi raids on insurgent hideouts": a description an act is aimed at is
        // not the side the sentence opens on, which takes part in the act or tells of it.)
        if (m.Source == MentionSource.Description && candidates.Count > 1 && i > 0 && TargetOfActNoun(tokens, m.TokenStart)
            && mentions[0] is { Candidates: [var openingSide, ..] } openingMention && openingMention.TokenStart <= MentionFinder.DatelineEnd(tokens) + 1
            && candidates.Contains(openingSide))
            candidates = [.. candidates.Where(c => c != openingSide), openingSide];
        // "The Houthis accuse Saudi Arabia of backing the jihadists": what one side charges another with is not done to
        // or with the accuser.
        // ("accused Islamabad of supporting it": nor is the side a charge of backing names; no accuser backs itself.)
        if ((m.Source == MentionSource.Description || (m.Source == MentionSource.Pronoun && m.TokenStart >= 2 && tokens[m.TokenStart - 2].Norm is "of" or "for"
                && PatternMatcher.BackingGerunds.Contains(tokens[m.TokenStart - 1].Norm)))
            && candidates.Count > 1 && AccuserBefore(tokens, mentions, i) is { } accuser)
            candidates.Remove(accuser);
        // "The United States blames Ansar al-Sharia for the attack on its consulate": the side charged with an act on
        // "its" (their) men or sites is not whose they are.
        // ("accused al-Qaeda of killing its members": the charged killer's victims are the accuser's.)
        // ("accused Russia of bombing moderate rebels it supports": nor is the side the charged act hits backed by the accused.)
        var accusedOfAct = m.Source == MentionSource.Pronoun && candidates.Count > 1
            ? tokens[m.TokenStart].Norm is "its" or "their" ? AccusedOfActOn(tokens, mentions, m.TokenStart)
                : tokens[m.TokenStart].Norm is "it" or "they" && BackerOfChargedActsTarget(tokens, m) is var gerund and > 0 ? AccusedOfActOn(tokens, mentions, gerund + 1) : null
            : null;
        if (accusedOfAct is not null)
        {
            candidates.Remove(accusedOfAct);
            // ("JNIM, formed by the merger of A, B and C, accused ISGS of attacking its fighters": the accuser's, past an
            // aside before the verb, though it stands past the six nearest sides.)
            if (AccuserOfCharge(tokens, mentions, m.TokenStart) is { } chargedBy && chargedBy != accusedOfAct && types.Contains(TypeOf(state, chargedBy)))
            {
                candidates.Remove(chargedBy);
                candidates.Insert(0, chargedBy);
            }
        }
        // ("Washington has accused Pakistan of protecting it": nobody is charged with sheltering its accuser, nor itself; the
        // side the text is about comes first.)
        if (m.Source == MentionSource.Pronoun && candidates.Count > 1 && tokens[m.TokenStart].Norm is "it" or "them"
            && ShelteredByAccused(tokens, mentions, m.TokenStart) is { Count: > 0 } chargeSides && candidates.Any(c => !chargeSides.Contains(c)))
            candidates = [.. candidates.Where(c => !chargeSides.Contains(c)), .. candidates.Where(chargeSides.Contains)];
        // "The US has carried out strikes against al-Shabab, including one that killed its leader": "its" after a verb of
        // killing (capturing) is not the clause's subject, the killer.
        // ("JNIM said the Islamic State had killed its members": past a verb of saying, the killer is the first name after it.)
        var saidBeforeKilling = m.TokenStart > 1 ? LastSayingVerb(tokens, m.TokenStart - 1) : -1;
        if (m.Source == MentionSource.Pronoun && candidates.Count > 1 && tokens[m.TokenStart].Norm is "its" or "their" && m.TokenStart > 0
            && accusedOfAct is null && KillingBeforeOwner.Contains(tokens[m.TokenStart - 1].Norm)
            // ("Hezbollah emerged weakened: Israel killed its leader": the name right before the verb, when one stands there.)
            && (NamedRightBeforeVerb(tokens, mentions, i, m.TokenStart - 1)
                ?? mentions.Take(i).FirstOrDefault(p => !p.IsReference && p.Actor is not null && candidates.Contains(p.Actor) && p.TokenStart > saidBeforeKilling)) is { Actor: { } killer }
            && candidates.Contains(killer))
            candidates.Remove(killer);
        // "the rebels pressed on, as the coalition launched airstrikes to halt their advance": a possessive right after a verb
        // of stopping is not the side named last before it, the one doing the stopping.
        if (m.Source == MentionSource.Pronoun && candidates.Count > 1 && tokens[m.TokenStart].Norm is "its" or "their" && m.TokenStart > 0
            && StoppingBeforeOwner.Contains(tokens[m.TokenStart - 1].Norm)
            && mentions.Take(i).LastOrDefault(p => !p.IsReference && p.Actor is not null && candidates.Contains(p.Actor)) is { Actor: { } stopper })
            candidates.Remove(stopper);
        // "the YPG has clashed with rebels, who accuse it of cooperating with the government": an object pronoun in a
        // relative clause is not the clause's head.
        if (themClause > 0 && tokens[themClause].Norm is "who" or "which" && candidates.Count > 1
            && mentions.Take(i).LastOrDefault(p => !p.IsReference && Math.Max(p.TokenEnd, p.TailEnd) is var headEnd
                && (headEnd == themClause || headEnd == themClause - 1 && tokens[headEnd].Norm == ",")) is { Actor: { } clauseHead })
            candidates.Remove(clauseHead);
        // "Egypt has backed the army, while Turkey has supplied it with drones": an object pronoun in a clause of contrast
        // with a subject of its own stands for what the clause before acted on, not for its subject.
        // (Not "them", nor a side's sites: "seized government buildings, while tribesmen clashed with them".)
        if (themClause > 1 && tokens[themClause].Norm is "while" or "whereas" && tokens[themClause - 1].Norm == "," && candidates.Count > 1
            && tokens[m.TokenStart].Norm == "it"
            && mentions.Take(i).LastOrDefault(p => p.TokenEnd <= themClause - 1) is { IsReference: false, Actor: { } acted, TailEnd: < 0 } actedOn
            && FollowsVerb(tokens, actedOn) && candidates.Contains(acted)
            && mentions.Take(i).Any(p => p.TokenStart > themClause && !p.IsReference && p.Actor != acted))
            candidates = [acted, .. candidates.Where(c => c != acted)];
        // "after an Israeli strike killed one of its commanders": the side whose act hits the men a possessive names is not
        // their owner.
        if (m.Source == MentionSource.Pronoun && candidates.Count > 1 && tokens[m.TokenStart].Norm is "its" or "their"
            && StrikerOfPossessed(tokens, mentions, i) is { } striker && candidates[0] == striker)
            candidates = [.. candidates.Skip(1), striker];
        // "Pakistani officials say it is a TTP front": "it" opening what a speaker says is not the speaker.
        if (m.Source == MentionSource.Pronoun && SpeakerBefore(tokens, mentions, i) is { } speaker && candidates.Count > 1)
            candidates.Remove(speaker);
        // ("Kurdish fighters of the YPG declared on Monday that they had driven the jihadists out": a side's own words of itself.)
        else if (m.Source == MentionSource.Pronoun && tokens[m.TokenStart].Norm is "they" or "it" && candidates.Count > 1 && m.TokenStart >= 2
            && tokens[m.TokenStart - 1].Norm == "that" && SaidOfItselfBy(tokens, mentions, i) is { } sayer && candidates.Contains(sayer))
            candidates = [sayer, .. candidates.Where(c => c != sayer)];
        // "The Islamic State accused JNIM of treason and said the group had started the war": a side named by its own name
        // does not call itself "the group" in what it says (its spokesman may: "Mujahid said the movement's fighters ...").
        if (m.Source == MentionSource.Description && !m.Plural && candidates.Count > 1 && NamedSpeakerBefore(tokens, mentions, i) is { } namedSpeaker
            && TypeOf(state, namedSpeaker) != ActorType.Person)
            candidates.Remove(namedSpeaker);
        // "The Islamic Front, made up of A, B and C, attacked ISIS near Aleppo, the group said": a description closing the
        // sentence as its speaker is first the main clause's subject, not the name nearest it.
        if (m.Source == MentionSource.Description && !m.Plural && candidates.Count > 1 && m.TokenStart >= 1 && tokens[m.TokenStart - 1].Norm == ","
            && m.TokenEnd < tokens.Count && MentionFinder.SayingVerbs.Contains(tokens[m.TokenEnd].Norm)
            && mentions.Take(i).FirstOrDefault(p => !p.IsReference && p.Actor is not null && ClauseRank(tokens, mentions, p) == 0) is { Actor: { } mainSubject }
            && candidates.Contains(mainSubject))
            candidates = [mainSubject, .. candidates.Where(c => c != mainSubject)];
        // "Libyan rebels said on Friday they had taken Brega": "they" right after what speakers no name gives say is
        // those speakers, whom no actor stands for.
        if (m.Source == MentionSource.Pronoun && tokens[m.TokenStart].Norm is "they" or "it" && UnnamedSpeakersBefore(tokens, mentions, i))
            candidates = [];
        // "condemned the US strikes, saying they killed five of its soldiers": "they" right after the verb of saying that
        // follows a side's acts stands for those acts, so for their side.
        if (m.Source == MentionSource.Pronoun && tokens[m.TokenStart].Norm == "they" && ActsBeforeSaying(tokens, mentions, i) is { } actsOwner
            && types.Contains(TypeOf(state, actsOwner)))
            candidates = [actsOwner];
        // "Kenya has sent troops to Somalia to fight al-Shabaab, and they now serve in the AU mission": "they" opening a
        // clause after a side sent its men is those men, the sender's.
        // ("since Addis Ababa sent them into Somalia": "them" sent somewhere by a side are its men.)
        if (m.Source == MentionSource.Pronoun && (SenderOfMenBefore(tokens, mentions, i) ?? SenderOfThem(tokens, mentions, i)) is { } sender
            && types.Contains(TypeOf(state, sender)))
            candidates = [sender];
        // "the presence of Kenyan troops in Somalia, where they serve with the AU force": "they" opening a "where" clause after a
        // side's men and the place they are in is those men.
        if (m.Source == MentionSource.Pronoun && MenBeforeWhere(tokens, mentions, i) is { } menOwner && types.Contains(TypeOf(state, menOwner)))
            candidates = [menOwner, .. candidates.Where(c => c != menOwner)];
        // "clashed with Islah-aligned units, driving them out", "attacked Macawisley militias and drove them off": an
        // object "them" right after a side's men stands for those men: the side named before them, and none when
        // no name here is theirs (a compound modifier's name is not the men's side).
        if (m.Source == MentionSource.Pronoun && tokens[m.TokenStart].Norm == "them" && SidesMenBefore(tokens, mentions, i) is var (found, side) && found)
            candidates = side is not null && types.Contains(TypeOf(state, side)) ? [side] : [];
        // "Hezbollah fired rockets at northern Israel in retaliation for the killing of its commander": a possessive in what
        // an act avenges is the avenger's, the subject of the act, not the side it hit.
        if (m.Source == MentionSource.Pronoun && candidates.Count > 1 && tokens[m.TokenStart].Norm is "its" or "their"
            && AvengerBefore(tokens, mentions, i) is { } avenger && candidates.Contains(avenger))
            candidates = [avenger, .. candidates.Where(c => c != avenger)];
        // "praised the Houthis for their attacks": the one just praised, blamed or thanked owns what "for" names;
        // "turned on the SRF and its leader", "solidarity with Hamas in its war": a possessive right after "X and"
        // or "X in" is X's.
        if (m.Source == MentionSource.Pronoun && m.TokenStart >= 2
            && (tokens[m.TokenStart - 1].Norm == "for" || (tokens[m.TokenStart].Norm is "its" or "their" && tokens[m.TokenStart - 1].Norm is "and" or "in" or "during"))
            && mentions.Take(i).LastOrDefault(p => p.TokenEnd == m.TokenStart - 1 && !p.IsReference && p.Actor is not null) is { } owner
            && types.Contains(TypeOf(state, owner.Actor!)))
            candidates = [owner.Actor!, .. candidates.Where(c => c != owner.Actor)];
        // "The Nusra Front ... tried to mediate. Its leader called for a ceasefire.", "The movement's rival is ...":
        // a pronoun or a description opening a sentence continues the subject of the sentence before.
        // So does a description later in a sentence that names no fitting side before it: "The militants vowed to
        // continue attacks. Kenya's army crossed into Somalia to pursue the group".
        // ("Since then they have fought ...": so does a subject pronoun after a short adverb of time or sequence.)
        if ((m.Source == MentionSource.Pronoun && (m.TokenStart == 0 || AfterOpeningAdverb(tokens, m, i)) || m.Source == MentionSource.Description && !m.Plural
                && (m.TokenStart <= 1 || (tokens[m.TokenEnd - 1].Norm is "group" or "militants" or "jihadists" or "insurgents" or "militia"
                    && !ranked.Any(a => types.Contains(TypeOf(state, a.Actor!))))))
            && state.LastSubject is { } last && last.Sentence == state.SentenceIndex - 1 && types.Contains(TypeOf(state, last.Actor))
            && !(groupsOnly && dictionary.IsStateCoalition(last.Actor))
            // ("Rebels said 30 Hezbollah fighters were killed. The group's leader ...": "the group" is not "the rebels".)
            && !(last.Plural && m.Source == MentionSource.Description && !m.Plural && SingularGroupHeads.Contains(tokens[m.TokenEnd - 1].Norm)))
            candidates = [last.Actor, .. candidates.Where(c => c != last.Actor)];
        // "The militias, known as macawisley, rose up against al-Shabaab ... The government has armed them": a plural pronoun
        // later in a sentence is, before sides named only earlier, the subject the sentence before named by a plural noun.
        else if (m.Source == MentionSource.Pronoun && tokens[m.TokenStart].Norm is "they" or "them" or "their"
            && state.LastSubject is { Plural: true } many && many.Sentence == state.SentenceIndex - 1 && candidates.Contains(many.Actor))
        {
            var sentenceNamed = mentions.Take(i).Where(p => !p.IsReference && p.Actor is not null).Select(p => p.Actor!).ToHashSet();
            candidates = [.. candidates.Where(sentenceNamed.Contains), many.Actor, .. candidates.Where(c => !sentenceNamed.Contains(c) && c != many.Actor)];
        }
        // "brought them closer to Iran, which supplied the drones they fired at Saudi oil facilities": "they" is no state this
        // sentence names only by its singular name ("Iran", "Riyadh"), while another side fits.
        var pluralPronoun = m.Source == MentionSource.Pronoun && tokens[m.TokenStart].Norm is "they" or "them" or "their";
        var singularStates = pluralPronoun ? SingularStatesNamed(tokens, mentions, i) : [];
        if (pluralPronoun && candidates.Count > 1 && candidates.Any(c => !singularStates.Contains(c)))
            candidates = [.. candidates.Where(c => !singularStates.Contains(c)), .. candidates.Where(singularStates.Contains)];
        // "Islamabad's history of backing the movement during its insurgency": an insurgency (a rebellion, an uprising) is an
        // armed group's, not a state's.
        if (m.Source == MentionSource.Pronoun && tokens[m.TokenStart].Norm is "its" or "their" && m.TokenEnd < tokens.Count
            && tokens[m.TokenEnd].Norm is "insurgency" or "rebellion" or "uprising" or "insurrection" && candidates.Count > 1)
            candidates = [.. candidates.OrderBy(a => TypeOf(state, a) == ActorType.ArmedGroup ? 0 : 1)];
        // "AQAP, which Washington regards as the most dangerous branch of the global network": the whole that a description
        // after "branch of" names is first the whole the document already gave a side named before it in the sentence.
        if (m.Source == MentionSource.Description && !m.Plural && m.TokenStart >= 2 && tokens[m.TokenStart - 1].Norm == "of"
            && PatternMatcher.BranchNouns.Contains(tokens[m.TokenStart - 2].Norm))
        {
            var named = mentions.Take(i).Where(p => !p.IsReference && p.Actor is not null).Select(p => p.Actor!).ToHashSet();
            // (Wholes the names say, "ISIS-K, the local branch of the movement", before this sentence's are remembered.)
            var wholes = state.Branches.Where(b => named.Contains(b.Item1)).Select(b => b.Item2)
                .Concat(mentions.Take(i).Where(p => !p.IsReference && p.Actor is not null && p.Source == MentionSource.Dictionary).SelectMany(p => ParentsInName(tokens, p)))
                .Concat(state.Relations.Where(r => r.Kind == RelationKind.Affiliate && named.Contains(r.Source)).Select(r => r.Target))
                .Where(w => !named.Contains(w) && types.Contains(TypeOf(state, w))).Distinct().ToList();
            if (wholes.Count > 0)
                candidates = [.. wholes, .. candidates.Where(c => !wholes.Contains(c))];
        }
        // "Troops killed dozens of insurgents in a raid on a Boko Haram camp": counted men whose own clause goes on to name a
        // group are that group's, not the side the text named before.
        if (m.Source == MentionSource.Description && m.TokenEnd - m.TokenStart == 1 && CountedMenWords.Contains(tokens[m.TokenStart].Norm)
            && GroupNamedLaterInClause(state, tokens, mentions, i) is { } namedLater)
            candidates = [namedLater, .. candidates.Where(a => a != namedLater)];
        // "The United States has designated the group, which it calls ISIS-Mozambique, ...": a description the sentence goes
        // on to give a name for is that name.
        if (m.Source == MentionSource.Description && !m.Plural && NameGivenAfter(tokens, mentions, m) is { } given)
            candidates = [given];
        // "unlike the faction led by Abubakar Shekau": a description a man leads is his group, when the story or the
        // dictionary gives him one.
        // ("the faction still loyal to the late X": so is one loyal to him.)
        else if (m.Source == MentionSource.Description && !m.Plural && LeaderAfter(tokens, m.TokenEnd) is var leaderAt and >= 0
            && mentions.FirstOrDefault(p => p.TokenStart == leaderAt) is { IsReference: false, Type: ActorType.Person, Actor: { } ledBy }
            && GroupOf(state, ledBy) is { } ledGroup && ledGroup != ledBy)
            candidates = [ledGroup];
        // "the branch", "the affiliate": of the fitting actors, those the document has made a branch of another.
        // "the militias", "the Front": the head noun of a name the document used ("Shiite militias", "Nusra Front").
        if (m.Source == MentionSource.Description && NameHeads.Contains(tokens[m.TokenEnd - 1].Norm))
        {
            var head = tokens[m.TokenEnd - 1].Norm.TrimEnd('s');
            // (A side the text has called by that noun first: "the Front" after "al-Qaeda's former Syrian branch, ... the
            // National Front for Liberation" is the one written with "Front".)
            candidates = candidates.Where(a => HasHeadNoun(a, head) || HeadUsed(state, a, head))
                .OrderBy(a => HeadUsed(state, a, head) ? 0 : 1).ToList();
        }
        // ("Tuareg-led separatist rebels said ... The rebels took up arms after the junta ...": a side the text has called
        // rebels, separatists or insurgents comes first for those words, though the others stay.)
        else if (m.Source == MentionSource.Description && SoftNameHeads.Contains(tokens[m.TokenEnd - 1].Norm)
            && tokens[m.TokenEnd - 1].Norm.TrimEnd('s') is var softHead && candidates.Any(a => HeadUsed(state, a, softHead)))
            candidates = [.. candidates.Where(a => HeadUsed(state, a, softHead)), .. candidates.Where(a => !HeadUsed(state, a, softHead))];
        // "The Lebanese Shiite movement": a description's nationality leaves out sides none of whose theatres are
        // that country's (actors of unknown theatre stay).
        if (m.Source == MentionSource.Description && NationalTheatres(tokens, m) is { } national)
            candidates = candidates.Where(a => dictionary.TheatresOf(a) is var own && (own.Count == 0 || own.Any(national.Contains))).ToList();
        // "the Uzbek group", "the Kurdish militia": a people's word puts first the sides whose names hold that people
        // ("Islamic Movement of Uzbekistan", "Kurdistan Workers' Party").
        if (m.Source == MentionSource.Description && candidates.Count > 1 && PeopleStems(tokens, m) is { Count: > 0 } people)
            candidates = [.. candidates.OrderBy(a => a.Split(' ').Any(w => people.Any(p => w.StartsWith(p, StringComparison.OrdinalIgnoreCase))) ? 0 : 1)];
        var tiedByCompound = false;
        // "the IS-affiliated group": of the fitting actors, those the document has tied to IS first.
        // ("the al-Qaeda breakaway group": one that broke from it, too.)
        if (m.Source == MentionSource.Description && m.TokenStart >= 2 && (tokens[m.TokenStart - 1].AfterHyphen || BrokeFrom(tokens, m))
            && mentions.Take(i).LastOrDefault(p => p.TokenEnd == m.TokenStart - 1 && !p.IsReference) is { Actor: { } modifierActor })
            // ("the al-Qaeda-linked group" after "the African Union mission": a group a jihadist movement is linked to is an
            // armed group before it is a coalition of states' forces.)
            // ("Rebel groups drove ISIL out of Atmeh. The fighting pits the al-Qaeda breakaway group against ...": one group that
            // broke away is no side the story named by a plural noun such as "the rebels".)
        {
            // ("..., which makes it a target for the al-Qaeda-linked group": a tie the document told, or the dictionary's branch
            // of the side where the candidate fights, before any other relation with it.)
            candidates = candidates.Where(a => a != modifierActor)
                .OrderBy(a => TiedTo(state, a, modifierActor) ? 0 : state.Relations.Any(r => (r.Source == a && r.Target == modifierActor) || (r.Target == a && r.Source == modifierActor)) ? 1 : 2)
                .ThenBy(a => TypeOf(state, modifierActor) == ActorType.ArmedGroup && TypeOf(state, a) != ActorType.ArmedGroup ? 1 : 0)
                .ThenBy(a => BrokeFrom(tokens, m) && state.LastSubject is { Plural: true } plural && plural.Actor == a ? 1 : 0).ToList();
            tiedByCompound = candidates.Count > 0 && TiedTo(state, candidates[0], modifierActor);
        }
        // "the militants", "the extremists": of the fitting actors, one the text has called so first.
        if (m.Source == MentionSource.Description && MilitantNouns.Contains(tokens[m.TokenEnd - 1].Norm))
        {
            // "Malian troops, accompanied by Wagner mercenaries, stepped up operations against the jihadists": who
            // fights beside the subject is not the enemy the description names.
            var companions = mentions.Take(i).Where(p => !p.IsReference && p.Actor is not null && Accompanies(tokens, p.TokenStart)).Select(p => p.Actor!).ToHashSet();
            candidates = candidates.Where(a => !companions.Contains(a)).ToList();
            // ("Russian mercenaries and troops ... The army said it had neutralised 203 terrorists": hired men the text never
            // called militants are not what the word names.)
            candidates = candidates.Where(a => !(state.HeadsUsed.TryGetValue(a, out var hired) && hired.Overlaps(HiredHeads) && !hired.Contains(MilitantMark))).ToList();
            // Forces, troops and armies are what militants fight, not what the word names.
            // ("AMISOM, made up of Ugandan soldiers, held the town. The militants vowed ...": an armed group before a
            // coalition, which may be one of states' forces.)
            // ("recaptured the dam from IS militants, after strikes on the militants' positions": a name told so earlier in
            // this sentence too.)
            var toldSoHere = mentions.Take(i).Where(p => !p.IsReference && p.Actor is not null && p.TokenEnd < tokens.Count
                && MilitantNouns.Contains(tokens[p.TokenEnd].Norm)).Select(p => p.Actor!).ToHashSet();
            // ("Somali soldiers and clan militias known as Macawisley retook the town from al-Shabab. The militias turned on
            // the extremists": nor, before others, a side the text has made a state's ally.)
            // ("bombed al-Shabaab hideouts near Jilib, killing 20 militants": the men an act's closing ", killing" counts are
            // those of the side it was aimed at, the one named last before them.)
            if (CountedByClosingKill(tokens, m.TokenStart)
                && mentions.Take(i).LastOrDefault(p => !p.IsReference && p.Actor is not null && candidates.Contains(p.Actor)) is { Actor: { } aimedAt })
                toldSoHere.Add(aimedAt);
            candidates = candidates.OrderBy(a => toldSoHere.Contains(a) ? 0 : !state.HeadsUsed.TryGetValue(a, out var heads) ? 1
                : heads.Contains(MilitantMark) ? 0 : heads.Overlaps(ForceHeadNouns) ? 2 : 1)
                .ThenBy(a => state.Relations.Any(r => r.Kind == RelationKind.Allied && ((r.Source == a && TypeOf(state, r.Target) == ActorType.State)
                    || (r.Target == a && TypeOf(state, r.Source) == ActorType.State))) ? 1 : 0)
                .ThenBy(a => TypeOf(state, a) == ActorType.ArmedGroup ? 0 : 1).ToList();
            if (candidates.Count > 0)
                (state.HeadsUsed.TryGetValue(candidates[0], out var heads) ? heads : state.HeadsUsed[candidates[0]] = []).Add(MilitantMark);
        }
        // "Clan militias known as Macawisley joined an offensive against al-Shabaab, the biggest challenge to the group": one
        // group is none of many militias the text introduced together, nor a clan, while a side it never called so fits.
        // (Named so in this sentence too: "the militias known as X ... the group".)
        if (m.Source == MentionSource.Description && !m.Plural && tokens[m.TokenEnd - 1].Norm == "group" && candidates.Count > 1 && !tiedByCompound)
        {
            var many = mentions.Take(i).Where(p => !p.IsReference && p.Actor is not null
                && NounKnownAs(tokens, p.TokenStart) is var noun and >= 0 && tokens[noun].Norm.EndsWith('s')).Select(p => p.Actor!).ToHashSet();
            candidates = [.. candidates.OrderBy(a => many.Contains(a) || a.EndsWith(" clan", StringComparison.OrdinalIgnoreCase) || a.EndsWith(" tribe", StringComparison.OrdinalIgnoreCase)
                || (state.HeadsUsed.TryGetValue(a, out var heads) && !heads.Contains("group") && heads.Contains(ManyMark)) ? 1 : 0)];
        }
        // "the network" after "the Haqqani Network": of the fitting actors, one whose name ends in that noun first.
        if (m.Source == MentionSource.Description && PreferredHeads.Contains(tokens[m.TokenEnd - 1].Norm))
        {
            var head = tokens[m.TokenEnd - 1].Norm;
            candidates = candidates.OrderBy(a => a.EndsWith(" " + head, StringComparison.OrdinalIgnoreCase) ? 0 : 1).ToList();
        }
        if (m.Source == MentionSource.Description && BranchHeads.Contains(tokens[m.TokenEnd - 1].Norm))
            candidates = candidates.OrderBy(a => state.Relations.Any(r => r.Kind == RelationKind.Affiliate && r.Source == a
                && TypeOf(state, a) != ActorType.Person) ? 0 : 1).ToList();
        // "Hezb-e-Islami, the insurgent group led by Gulbuddin Hekmatyar, ...": a description in apposition right
        // after a name is that name.
        // So is one whose article and modifiers stand between ("Jaish al-Islam, the Saudi-backed group"): the
        // backer's name inside is not the one described.
        // (Not a possessor: "Al-Shabab, the movement's youth wing," is the wing of another; "Al Qaeda in the Indian
        // Subcontinent, the group's regional branch," of one the name holds first.)
        // (Not a description a verb of saying follows, which is the closing speaker: "killing soldiers serving with the African
        // Union force, the group said".)
        if (m.Source == MentionSource.Description && !m.Plural && AppositionComma(tokens, m.TokenStart) is var comma and > 0
            && !(m.TokenEnd < tokens.Count && MentionFinder.SayingVerbs.Contains(tokens[m.TokenEnd].Norm))
            && mentions.Take(i).LastOrDefault(p => !p.IsReference && Math.Max(p.TokenEnd, p.TailEnd) == comma) is { Actor: { } described })
        {
            if (m.TokenEnd < tokens.Count && tokens[m.TokenEnd].Norm == "'s")
                candidates = [.. candidates.Where(a => a != described && described.Contains(a, StringComparison.OrdinalIgnoreCase)),
                    .. candidates.Where(a => a != described && !described.Contains(a, StringComparison.OrdinalIgnoreCase))];
            else if (GroupTypes.Contains(TypeOf(state, described)))
                candidates = [described];
        }
        // "A senior FSA commander accused ISIL of kidnapping his men": "his" after a group's man named by his role
        // is that man's, so his group's.
        if (m.Source == MentionSource.Pronoun && m.Type == ActorType.Person && RoleHolderBefore(tokens, mentions, i) is { } roleGroup)
            candidates = [roleGroup, .. candidates.Where(c => c != roleGroup)];
        // "FSA commanders say they welcome Nusra's help, though they are wary of its ties": a "they" after another, with no
        // name between but a possessor, stands for the same side.
        if (m.Source == MentionSource.Pronoun && tokens[m.TokenStart].Norm == "they" && candidates.Count > 1 && i > 0
            && mentions.FindLastIndex(i - 1, p => p.Source == MentionSource.Pronoun && tokens[p.TokenStart].Norm == "they") is var previousThey and >= 0
            && mentions[previousThey].Candidates is [var same, ..] && candidates.Contains(same)
            && mentions.Skip(previousThey + 1).Take(i - previousThey - 1).All(p => p.TokenEnd < tokens.Count && tokens[p.TokenEnd].Norm == "'s"))
            candidates = [same, .. candidates.Where(c => c != same)];
        // "The Houthis said they targeted the UAE because of its support for ...": "it" is not who "they" already is.
        if (m.Source == MentionSource.Pronoun && tokens[m.TokenStart].Norm is "its" or "it" && candidates.Count > 1
            // (Not a "they" inside an apposition or relative clause closed before "it": "The MNLA, a group that has fought
            // the Islamists since they hijacked its rebellion, says it ...".)
            && mentions.Take(i).Where(p => p.Source == MentionSource.Pronoun && tokens[p.TokenStart].Norm is "they" or "their" or "them"
                    && !InClosedApposition(tokens, mentions, p, m.TokenStart) && !InClosedRelative(tokens, p, m.TokenStart))
                .Select(p => p.Candidates.FirstOrDefault()).OfType<string>().ToHashSet() is { Count: > 0 } they
            && candidates.Where(c => !they.Contains(c)).ToList() is { Count: > 0 } others)
            candidates = others;
        // "Jabhat Fateh al-Sham, which announced in July that it had cut its ties with al Qaeda": a pronoun inside a
        // relative clause that names no one before it stands for the clause's head.
        // (Not an object pronoun: "rebels, who accuse it of ...".)
        if (m.Source == MentionSource.Pronoun && tokens[m.TokenStart].Norm is "it" or "its" or "they" or "their" or "them" && themClause < 0
            && RelativeHeadBefore(tokens, mentions, i) is { } relativeHead && types.Contains(TypeOf(state, relativeHead)) && !singularStates.Contains(relativeHead))
            candidates = [relativeHead, .. candidates.Where(c => c != relativeHead)];
        // "regards the Turkish army and the rebels it sponsors as occupiers": a pronoun opening a relative clause with no
        // "that" after a side's men stands for the side named before those men, not for the clause's subject.
        if (m.Source == MentionSource.Pronoun && tokens[m.TokenStart].Norm is "it" or "they" && ReducedRelativeOwner(tokens, mentions, i) is { } relativeOwner
            && types.Contains(TypeOf(state, relativeOwner)) && relativeOwner != accusedOfAct)
            candidates = [relativeOwner, .. candidates.Where(c => c != relativeOwner)];
        // "The group, led by Abu Bakr al-Baghdadi, was expelled ...": a description followed by the man who leads it is
        // that man's group.
        if (m.Source == MentionSource.Description && !m.Plural && LeaderAfter(tokens, mentions, i) is { } leader
            && GroupOf(state, leader) is { } led && types.Contains(TypeOf(state, led)))
            candidates = [led, .. candidates.Where(c => c != led)];
        // "Arouri, deputy head of the group's political bureau, was a founder of its armed wing": in a sentence opening on a
        // man whose group the story gave, "the group" and "its" before any other name are that group.
        if (((m.Source == MentionSource.Description && !m.Plural) || (m.Source == MentionSource.Pronoun && tokens[m.TokenStart].Norm == "its"))
            && mentions.Take(i).Where(p => !p.IsReference).ToList() is [{ Type: ActorType.Person, Actor: { } man }]
            && GroupOf(state, man) is { } his && types.Contains(TypeOf(state, his)))
            candidates = [his, .. candidates.Where(c => c != his)];
        // "The alliance, which calls itself Libya Dawn, drove ...": a description is the name it goes by.
        if (m.Source == MentionSource.Description && !m.Plural && NameItGoesBy(tokens, mentions, i) is { } own)
            candidates = [own];
        // "The militants, from the Nusra Front and the Islamic State, overran ...": a description whose apposition says
        // whom it is made of stands for those sides.
        if (m.Source == MentionSource.Description && MadeOfInApposition(tokens, mentions, i) is { Count: > 0 } madeOf)
        {
            candidates = madeOf;
            if (madeOf.Count > 1)
                m = m with { Members = madeOf };
            // (Those sides are what "the militants" names again.)
            if (MilitantNouns.Contains(tokens[m.TokenEnd - 1].Norm))
                foreach (var member in madeOf)
                    (state.HeadsUsed.TryGetValue(member, out var heads) ? heads : state.HeadsUsed[member] = []).Add(MilitantMark);
        }
        // ("..., its leader X told reporters": the subject the sentence opened with, and no other side.)
        if (closingSpeaker && candidates.Count > 1)
            candidates = [candidates[0]];
        // "Qais al-Khazali leads Asaib Ahl al-Haq. His group is part of the PMF": a man's group is the group the story gave him,
        // as "Khazali's group" is. (Not "his faction": a man's own faction may have left the group he was tied to.)
        if (m.Source == MentionSource.Pronoun && tokens[m.TokenStart].Norm is "his" or "her" && m.TokenEnd < tokens.Count
            && tokens[m.TokenEnd].Norm is "group" or "movement" or "militia" or "organization" or "organisation" or "fighters" or "men"
                // ("Prime Minister X condemned the attack. His government depends on ...": so is a head's government.)
                or "government" or "administration" or "regime" or "cabinet"
            && candidates is [var heldBy, ..] && TypeOf(state, heldBy) == ActorType.Person
            && (GroupOf(state, heldBy) ?? GroupTitlingMan(state, tokens, mentions, i, heldBy)) is { } ownersGroup)
            candidates = [ownersGroup, .. candidates.Where(c => c != ownersGroup)];
        // "the attackers belonged to the faction loyal to Abubakar Shekau": a group described by the man it is loyal to is
        // that man's group, when the story or the dictionary gives him one.
        if (m.Source == MentionSource.Description && !m.Plural && m.TokenEnd + 2 < tokens.Count && tokens[m.TokenEnd].Norm == "loyal" && tokens[m.TokenEnd + 1].Norm == "to"
            && mentions.Skip(i + 1).FirstOrDefault(p => p.TokenStart >= m.TokenEnd + 2 && p.TokenStart <= m.TokenEnd + 4) is { IsReference: false, Type: ActorType.Person, Actor: { } loyalTo }
            && GroupOf(state, loyalTo) is { } leadersGroup && types.Contains(TypeOf(state, leadersGroup)))
            candidates = [leadersGroup];
        // "The Houthis ... accuse Saudi Arabia of helping the group by attacking them": what the accused is said to do to
        // "them" it does to the accusers.
        // (The accusers are the clause's subject, which an object "them" otherwise never is.)
        // ("accuses Kabul of sheltering TTP fighters and letting them plan attacks": not those the accused shelters or lets act.)
        if (m.Source == MentionSource.Pronoun && tokens[m.TokenStart].Norm == "them"
            && !(m.TokenStart >= 1 && (ShelteringGerunds.Contains(tokens[m.TokenStart - 1].Norm) || EnablingGerunds.Contains(tokens[m.TokenStart - 1].Norm)))
            && AccuserBefore(tokens, mentions, i) is { } charging && types.Contains(TypeOf(state, charging)))
            candidates = [charging, .. candidates.Where(c => c != charging)];
        // "Hundreds of tribesmen were massacred by the Islamic State after they sided with the government": "they" opening a clause
        // after a passive's agent is who underwent it, not the agent; with no name for them, no side.
        if (m.Source == MentionSource.Pronoun && tokens[m.TokenStart].Norm == "they" && m.TokenStart >= 1
            && tokens[m.TokenStart - 1].Norm is "after" or "before" or "when" or "because" or "as" or "since" or "until" or "once"
            && PassiveAgentBefore(tokens, m.TokenStart - 1) is var agentAt and >= 0)
        {
            var passiveAgents = mentions.Take(i).Where(p => p.TokenStart > agentAt).SelectMany(p => p.Candidates.Count > 0 ? p.Candidates : p.Actor is { } a ? [a] : []).ToHashSet();
            var patient = mentions.Take(i).FirstOrDefault(p => p.TokenEnd <= agentAt && !p.IsReference && p.Actor is not null && !passiveAgents.Contains(p.Actor));
            candidates = patient is { Actor: { } sufferer } ? [sufferer] : [.. candidates.Where(c => !passiveAgents.Contains(c) && mentions.Take(i).Any(p => p.Actor == c))];
        }
        // "Hizbul Islam surrendered to al-Shabaab after being defeated by it": the agent of what the subject underwent ("after
        // being ... by") is not the subject, but another side the sentence names.
        if (m.Source == MentionSource.Pronoun && tokens[m.TokenStart].Norm is "it" or "them" && UndergoneBy(tokens, m.TokenStart)
            && mentions.Take(i).FirstOrDefault(p => !p.IsReference && p.Actor is not null) is { Actor: { } undergoer }
            && candidates.Where(c => c != undergoer && mentions.Take(i).Any(p => p.Actor == c)).ToList() is { Count: > 0 } agents)
            candidates = agents;
        // "the soldiers rounded up men in the market and executed them": "them" after people no side names is those people.
        if (m.Source == MentionSource.Pronoun && tokens[m.TokenStart].Norm == "them" && PeopleNamedLast(tokens, mentions, i))
            candidates = [];
        // "ISIS angered other insurgents by seizing their weapons": "their" after people or fighters no name gives (past the
        // last name and its men) is theirs.
        if (m.Source == MentionSource.Pronoun && tokens[m.TokenStart].Norm == "their"
            && AnyWordBetween(tokens, i > 0 ? Math.Max(mentions[i - 1].TokenEnd, mentions[i - 1].TailEnd) : 0, m.TokenStart, UnnamedMenNouns))
            candidates = [];
        // ("... by seizing their weapons, kidnapping their commanders": a "their" right after another, no name between, is the same owner's.)
        else if (m.Source == MentionSource.Pronoun && tokens[m.TokenStart].Norm == "their" && i > 0
            && mentions[i - 1] is { Source: MentionSource.Pronoun } previous && tokens[previous.TokenStart].Norm == "their")
            candidates = [.. previous.Candidates];
        // "Clan elders in Hiiraan said they had turned against al-Shabaab": "they" that opens what people no side names said
        // is those people.
        if (m.Source == MentionSource.Pronoun && tokens[m.TokenStart].Norm == "they" && m.TokenStart >= 2 && SaidBefore(tokens, m.TokenStart)
            && AnyWordBetween(tokens, i > 0 ? Math.Max(mentions[i - 1].TokenEnd, mentions[i - 1].TailEnd) : 0, m.TokenStart, SpeakingPeopleNouns))
            candidates = [];
        // "retook the farms of Douma, days after regime troops had seized them": "it" or "them" that is taken or held after
        // places no side names is those places.
        if (m.Source == MentionSource.Pronoun && tokens[m.TokenStart].Norm is "them" or "it" && PlaceTakenLast(tokens, mentions, i))
            candidates = [];
        // "It is the largest attack by the group since its defeat": "it" before "is the ..." and a noun of an act whose agent
        // "by" names is that act, no side (without the agent it may stand for the side that acted: "it was an air strike").
        if (m.Source == MentionSource.Pronoun && tokens[m.TokenStart].Norm == "it" && ActNamedAfterCopula(tokens, m.TokenEnd))
            candidates = [];
        // "where Turkey and its allied factions hold sway", "Turkey and its forces attacked the YPG": a possessive right after
        // "X and" is X's, never another side's.
        if (m.Source == MentionSource.Pronoun && tokens[m.TokenStart].Norm is "its" or "their" && m.TokenStart >= 2 && tokens[m.TokenStart - 1].Norm == "and"
            && i > 0 && mentions[i - 1] is { IsReference: false, Actor: { } listed } && mentions[i - 1].TokenEnd == m.TokenStart - 1 && types.Contains(TypeOf(state, listed)))
            candidates = [listed];
        // "The Houthis welcomed the infighting. \"The aggressors are devouring each other,\" said their spokesman": a possessive in
        // the words that say who spoke a quote is the side the sentence before was about, not one named inside the quote.
        if (m.Source == MentionSource.Pronoun && tokens[m.TokenStart].Norm is "its" or "their" && QuoteClosedBefore(tokens, m.TokenStart) is var closed and > 0
            && candidates.Count > 1)
        {
            var quoted = mentions.Take(i).Where(p => p.TokenStart < closed && !p.IsReference).SelectMany(p => p.Candidates).ToHashSet(StringComparer.Ordinal);
            if (candidates.Any(c => !quoted.Contains(c)))
                candidates = [.. candidates.Where(c => !quoted.Contains(c))];
            if (state.LastSubject?.Actor is { } spoke && candidates.Contains(spoke) && !quoted.Contains(spoke))
                candidates = [spoke, .. candidates.Where(c => c != spoke)];
        }
        // "threatened to crush the rebels and accused them of serving the West": "them" right after the verb joined to one whose
        // object is a plural noun phrase ("the rebels", "the militias") stands for what it names.
        if (m.Source == MentionSource.Pronoun && tokens[m.TokenStart].Norm == "them" && i > 0
            && mentions[i - 1] is { Source: not MentionSource.Pronoun, Candidates: [var objectSide, ..] } objectBefore
            && (objectBefore.Plural || PluralNounEnds(tokens, objectBefore)) && tokens[objectBefore.TokenStart].Norm == "the"
            && Math.Max(objectBefore.TokenEnd, objectBefore.TailEnd) + 2 == m.TokenStart && tokens[m.TokenStart - 2].Norm == "and"
            && types.Contains(TypeOf(state, objectSide)))
            candidates = [objectSide, .. candidates.Where(c => c != objectSide)];
        // "armed both the Peshmerga and the army against the jihadists", "Fatah accused the Islamist movement": a description
        // calling a side jihadist (Islamist) is first a side the dictionary knows as such, or one it does not know, before
        // one it knows as neither.
        if (m.Source == MentionSource.Description && candidates.Count > 1 && IdeologyNamed(m.Surface) is { } professed)
            candidates = [.. candidates.Where(a => !(dictionary.IdeologyOf(a) < professed)), .. candidates.Where(a => dictionary.IdeologyOf(a) < professed)];
        // "Al-Shabaab attacked ISS positions. Puntland's forces have also fought the group": "the group" a verb of fighting after
        // "also" takes is the side the last act before it hit (another did it too), not that act's author.
        if (m.Source == MentionSource.Description && !m.Plural && AlsoFoughtBefore(tokens, m.TokenStart)
            && state.Relations.LastOrDefault(r => r.Kind is RelationKind.Attacked or RelationKind.Rival && r.Evidence.SentenceIndex >= state.SentenceIndex - 2
                && r.Evidence.SentenceIndex < state.SentenceIndex && GroupTypes.Contains(TypeOf(state, r.Target))) is { } lastHit
            && !mentions.Take(i).Any(p => p.Actor == lastHit.Target || p.Candidates.Contains(lastHit.Target)))
            candidates = [lastHit.Target, .. candidates.Where(c => c != lastHit.Target)];
        // "Saleh fought the Houthis ... he allied with his old enemies": a possessive before a noun of enmity (or, with a word of
        // the past, of alliance) stands for the sides the story tied to its possessor so, not for the possessor.
        if (m.Source == MentionSource.Pronoun && tokens[m.TokenStart].Norm is "his" or "her" or "its" or "their" && candidates is [var possessor, ..]
            && MentionFinder.TiedSidesNounAfter(tokens, m.TokenEnd) is { } possessorsTie)
            candidates = state.Relations.Where(r => (possessorsTie == RelationKind.Rival ? r.Kind is RelationKind.Rival or RelationKind.Attacked : r.Kind == possessorsTie)
                    && (r.Source == possessor || r.Target == possessor) && r.Source != r.Target)
                .Select(r => r.Source == possessor ? r.Target : r.Source).Reverse().Distinct().ToList();
        // ("Niger's junta has not said whether it will hire Wagner, as Mali's rulers did, but its supporters have ...": a possessive
        // opening the clause after ", but" is the sentence's opening subject's.)
        if (m.Source == MentionSource.Pronoun && tokens[m.TokenStart].Norm is "its" or "their" && m.TokenStart >= 2 && tokens[m.TokenStart - 1].Norm == "but"
            && tokens[m.TokenStart - 2].Norm == "," && mentions.Take(i).FirstOrDefault(p => p.Actor is not null || p.IsReference) is { } opener
            && opener.TokenStart <= MentionFinder.DatelineEnd(tokens) + 1 && ClauseRank(tokens, mentions, opener) == 0
            && (opener.IsReference ? opener.Candidates.FirstOrDefault() : opener.Actor) is { } openingSubject && candidates.Contains(openingSubject))
            candidates = [openingSubject, .. candidates.Where(c => c != openingSubject)];
        // "... and renamed itself Jabhat Fateh al-Sham. ... the rebranded group": a description by a word of renaming is the
        // side the text last told took a new name.
        if (m.Source == MentionSource.Description && !m.Plural && state.Renamed is { } renamed && candidates.Contains(renamed)
            && tokens.Skip(m.TokenStart).Take(m.TokenEnd - m.TokenStart).Any(t => t.Norm is "rebranded" or "renamed"))
            candidates = [renamed, .. candidates.Where(c => c != renamed)];
        mentions[i] = m with { Candidates = candidates };
        if (candidates.Count > 0 && state.Salience.ContainsKey(candidates[0]))
            state.Salience[candidates[0]] += 0.5;
    }

    /// <summary>
    /// "Hizbul Islam's leader, Sheikh Aweys, said his group ...": the group whose title ("X's leader", "X's military chief")
    /// stands right before the last mention of <paramref name="man"/> before mention <paramref name="i"/>, or null.
    /// </summary>
    private string? GroupTitlingMan(DocumentState state, IReadOnlyList<Token> tokens, List<Mention> mentions, int i, string man)
    {
        for (var n = i - 1; n >= 1; n--)
            if (mentions[n] is { IsReference: false } named && named.Actor == man)
                return MentionFinder.TitleOwnerEnd(tokens, named.TokenStart, LeaderTitles) is var end and > 0
                    && mentions[n - 1] is { IsReference: false, Actor: { } group } owner && owner.TokenEnd == end
                    && GroupTypes.Contains(TypeOf(state, group)) ? group : null;
        return null;
    }

    private static readonly HashSet<string> LeaderTitles = ["leader", "chief", "head", "commander", "emir", "founder", "spokesman", "deputy"];

    /// <summary>
    /// The "by" of a passive ("were massacred by", "had been driven out by") in the clause before <paramref name="before"/>, no
    /// clause end between; else -1.
    /// </summary>
    private static int PassiveAgentBefore(IReadOnlyList<Token> tokens, int before)
    {
        for (var k = before - 1; k >= 2; k--)
        {
            if (tokens[k].Norm is "," or ";" or ":" or "and" or "but")
                return -1;
            if (tokens[k].Norm == "by" && tokens[k - 1].Norm is { Length: > 3 } participle
                && (participle.EndsWith("ed", StringComparison.Ordinal) || IrregularParticiples.Contains(participle))
                && (tokens[k - 2].Norm is "was" or "were" or "been" || (k >= 3 && tokens[k - 3].Norm is "was" or "were" or "been")))
                return k;
        }
        return -1;
    }

    /// <summary>"after being defeated by" (before, while, when, upon, on; past one adverb) right before the pronoun at <paramref name="at"/>.</summary>
    private static bool UndergoneBy(IReadOnlyList<Token> tokens, int at)
    {
        if (at < 4 || tokens[at - 1].Norm != "by")
            return false;
        var being = tokens[at - 3].Norm == "being" ? at - 3 : at >= 5 && tokens[at - 4].Norm == "being" ? at - 4 : -1;
        return being >= 1 && tokens[being - 1].Norm is "after" or "before" or "while" or "when" or "upon" or "on";
    }

    /// <summary>Whether people no side names ("men", "civilians", "villagers", "bandit gangs") stand after the last name before mention <paramref name="i"/>.</summary>
    private static bool PeopleNamedLast(IReadOnlyList<Token> tokens, List<Mention> mentions, int i) =>
        AnyWordBetween(tokens, i > 0 ? mentions[i - 1].TokenEnd : 0, mentions[i].TokenStart, PeopleNouns);

    /// <summary>Whether one of <paramref name="words"/> stands among tokens [<paramref name="from"/>, <paramref name="to"/>).</summary>
    private static bool AnyWordBetween(IReadOnlyList<Token> tokens, int from, int to, HashSet<string> words)
    {
        for (var k = from; k < to; k++)
            if (words.Contains(tokens[k].Norm))
                return true;
        return false;
    }

    /// <summary>
    /// For "they" at mention <paramref name="i"/> right after ", saying" (", said"), the side whose acts ("the US strikes")
    /// end the clause before the comma; else null.
    /// </summary>
    private static string? ActsBeforeSaying(IReadOnlyList<Token> tokens, List<Mention> mentions, int i)
    {
        var at = mentions[i].TokenStart;
        if (at < 3 || tokens[at - 1].Norm is not ("saying" or "said") || tokens[at - 2].Norm != "," || i < 1)
            return null;
        var acts = mentions[i - 1];
        return acts is { IsReference: false, Actor: { } owner } && acts.TailEnd == at - 2 && ViolentActNouns.Contains(tokens[at - 3].Norm) ? owner : null;
    }

    /// <summary>
    /// Whether the pronoun at mention <paramref name="i"/> is what a verb of taking or holding right before it acts on, with
    /// a noun of places between the last name and it.
    /// </summary>
    private static bool PlaceTakenLast(IReadOnlyList<Token> tokens, List<Mention> mentions, int i)
    {
        var at = mentions[i].TokenStart;
        if (at < 1 || !PlaceTakingVerbs.Contains(tokens[at - 1].Norm))
            return false;
        // ("days after regime troops had seized them": past the verb's own subject.)
        var last = i - 1;
        if (last >= 0 && at - 1 - Math.Max(mentions[last].TokenEnd, mentions[last].TailEnd) <= 1)
            last--;
        return AnyWordBetween(tokens, last >= 0 ? mentions[last].TokenEnd : 0, at - 1, LandNouns);
    }

    /// <summary>Verbs of taking a place (<see cref="MentionFinder.TakingVerbs"/>) and of holding or losing one.</summary>
    private static readonly HashSet<string> PlaceTakingVerbs =
        [.. MentionFinder.TakingVerbs, "taken", "retaken", "held", "hold", "holds", "holding", "occupied", "occupy", "controlled", "control", "controls", "lost"];

    private static readonly HashSet<string> LandNouns =
        ["town", "towns", "village", "villages", "city", "cities", "area", "areas", "district", "districts", "farms", "farmland", "hill",
         "hills", "neighbourhood", "neighbourhoods", "neighborhood", "neighborhoods", "region", "regions", "island", "islands", "oilfield",
         "oilfields", "valley", "suburb", "suburbs", "province", "provinces", "territory"];

    private static readonly HashSet<string> PeopleNouns = PatternMatcher.UnnamedPeople;

    /// <summary>Men whose possessions a "their" after them is of, when no name gives them: <see cref="PeopleNouns"/> and fighters.</summary>
    private static readonly HashSet<string> UnnamedMenNouns =
        [.. PeopleNouns, "militants", "extremists", "jihadists", "insurgents", "islamists", "fighters", "rebels", "gunmen"];

    /// <summary>People no side names who are quoted (<see cref="PeopleNouns"/> and those who tell what they saw or keep a community's word).</summary>
    private static readonly HashSet<string> SpeakingPeopleNouns = [.. PeopleNouns, "elders", "witnesses", "activists", "survivors", "locals"];

    /// <summary>True when the name at <paramref name="name"/> follows a participle and "by" ("armed by the UAE").</summary>
    private static bool AgentOfParticiple(IReadOnlyList<Unit> units, int name) =>
        PatternMatcher.ByBefore(units, name) is var by and >= 1 && !units[by - 1].IsMention
        && ((units[by - 1].Norm is { Length: > 4 } participle && participle.EndsWith("ed", StringComparison.Ordinal)) || units[by - 1].Norm == "led");

    /// <summary>
    /// The actor a description says it is called right after it (", which calls itself X", ", calling itself X", ", known
    /// as X"), or null.
    /// </summary>
    private static string? NameItGoesBy(IReadOnlyList<Token> tokens, IReadOnlyList<Mention> mentions, int at)
    {
        var k = mentions[at].TokenEnd;
        if (k + 3 >= tokens.Count || tokens[k].Norm != ",")
            return null;
        k += tokens[k + 1].Norm is "which" or "that" or "who" ? 2 : 1;
        if (k + 1 < tokens.Count && tokens[k].Norm is "calls" or "called" or "calling" && tokens[k + 1].Norm is "itself" or "themselves")
            k += 2;
        else if (k + 1 < tokens.Count && tokens[k].Norm == "known" && tokens[k + 1].Norm == "as")
            k += 2;
        else if (k + 1 < tokens.Count && tokens[k].Norm == "known" && tokens[k + 1].Norm == "by" && InitialsNamed(tokens, k + 2) is var named and > 0)
            k = named; // ", known by its Arabic initials JNIM,"
        else
            return null;
        return mentions.Skip(at + 1).FirstOrDefault(p => p.TokenStart == k && !p.IsReference && p.Type != ActorType.Person)?.Actor;
    }

    /// <summary>Past "its (Arabic, French) initials" (acronym, abbreviation) from <paramref name="at"/>: where the name they give opens; else -1.</summary>
    private static int InitialsNamed(IReadOnlyList<Token> tokens, int at)
    {
        if (at < tokens.Count && tokens[at].Norm is "its" or "their" or "the")
            at++;
        for (var k = at; k < tokens.Count && k <= at + 1; k++)
            if (tokens[k].Norm is "initials" or "acronym" or "abbreviation")
                return k + 1;
        return -1;
    }

    /// <summary>
    /// The person named right after a description as its leader (", led by X", ", headed by X", "'s leader X"),
    /// or null.
    /// </summary>
    private static string? LeaderAfter(IReadOnlyList<Token> tokens, IReadOnlyList<Mention> mentions, int at)
    {
        var k = mentions[at].TokenEnd;
        if (k + 2 < tokens.Count && tokens[k].Norm == "," && tokens[k + 1].Norm is "led" or "headed" or "commanded" or "founded" && tokens[k + 2].Norm == "by")
            k += 3;
        else if (k + 1 < tokens.Count && tokens[k].Norm == "'s" && tokens[k + 1].Norm is "leader" or "chief" or "founder" or "emir" or "commander")
            k += 2;
        else
            return null;
        return mentions.Skip(at + 1).FirstOrDefault(p => p.TokenStart == k && p.Type == ActorType.Person && !p.IsReference)?.Actor;
    }

    /// <summary>
    /// The stems of the peoples' words (demonyms naming no state) among a description's capitalised modifiers: "Uzbek",
    /// "Kurd" of "Kurdish", "Pashtun"; empty when it has none.
    /// </summary>
    private List<string> PeopleStems(IReadOnlyList<Token> tokens, Mention description)
    {
        var stems = new List<string>();
        for (var t = description.TokenStart; t < description.TokenEnd - 1; t++)
        {
            var word = tokens[t].Norm;
            if (!tokens[t].IsCapitalized || !dictionary.Demonyms.Contains(word) || dictionary.DemonymActors.ContainsKey(word))
                continue;
            foreach (var ending in PeopleEndings)
                if (word.EndsWith(ending, StringComparison.Ordinal) && word.Length - ending.Length >= 4)
                {
                    word = word[..^ending.Length];
                    break;
                }
            stems.Add(word);
        }
        return stems;
    }

    private static readonly string[] PeopleEndings = ["ish", "ian", "an", "i"];

    /// <summary>The theatres of the state whose demonym a description holds ("the Lebanese movement"), or null.</summary>
    private IReadOnlyList<int>? NationalTheatres(IReadOnlyList<Token> tokens, Mention description)
    {
        for (var t = description.TokenStart; t < description.TokenEnd; t++)
            if (tokens[t].IsCapitalized && dictionary.DemonymActors.TryGetValue(tokens[t].Norm, out var name)
                && dictionary.Find(name) is { Type: ActorType.State } && dictionary.TheatresOf(name) is { Count: > 0 } theatres)
                return theatres;
        return null;
    }

    /// <summary>
    /// The side of the nearest men, units or fighters before mention <paramref name="at"/> when no name comes between:
    /// found with the name right before them ("Houthi fighters", "the STC's units"), found with none when their side is
    /// a name no mention resolves ("Macawisley militias") or a compound modifier ("Islah-aligned units"); not found
    /// otherwise ("20 fighters", "government troops": left to the usual reading).
    /// </summary>
    private static (bool Found, string? Side) SidesMenBefore(IReadOnlyList<Token> tokens, IReadOnlyList<Mention> mentions, int at)
    {
        var pronoun = mentions[at].TokenStart;
        bool Named(int token) => mentions.Any(p => (p.Actor is not null || p.IsReference) && p.TokenStart <= token && token < Math.Max(p.TokenEnd, p.TailEnd));
        for (var k = pronoun - 1; k >= 2; k--)
        {
            if (mentions.Any(p => p.TokenStart == k && !p.IsReference && p.Actor is not null))
                return (false, null);
            if (!SidesMen.Contains(tokens[k].Norm) || Named(k))
                continue;
            // ("soldiers and VDP militiamen repelled them": men right before the verb "them" follows are its subject.)
            if (pronoun - k <= 3 && Enumerable.Range(k + 1, pronoun - k - 1).All(j => tokens[j].IsWord && !tokens[j].IsCapitalized && tokens[j].Norm is not ("and" or "or" or "to")))
                return (false, null);
            if (tokens[k - 1].AfterHyphen && tokens[k - 1].IsWord)
                return (true, null);
            var ownerEnd = tokens[k - 1].Norm == "'s" ? k - 1 : k;
            if (NameEndingAt(mentions, ownerEnd) is { } owner)
                return (true, owner);
            var unnamed = tokens[k - 1] is { IsCapitalized: true, IsWord: true } && tokens[k - 2].Norm is not ("." or ":");
            return (unnamed, null);
        }
        return (false, null);
    }

    /// <summary>Plural words for a side's armed men, whose owner a name before them gives.</summary>
    private static readonly HashSet<string> SidesMen =
        ["units", "forces", "fighters", "militias", "militiamen", "troops", "soldiers", "gunmen", "rebels", "militants", "brigades", "battalions"];

    /// <summary>
    /// For "they" at mention <paramref name="i"/> right after ", and" (", but"), the side named right before a verb of sending
    /// whose object is men ("Kenya has sent troops", "Chad deployed 1,000 soldiers") earlier in the sentence; else null.
    /// </summary>
    private static string? SenderOfMenBefore(IReadOnlyList<Token> tokens, List<Mention> mentions, int i)
    {
        var at = mentions[i].TokenStart;
        if (tokens[at].Norm != "they" || at < 2 || tokens[at - 1].Norm is not ("and" or "but") || tokens[at - 2].Norm != ",")
            return null;
        for (var v = at - 3; v >= 1; v--)
        {
            if (!SendingVerbs.Contains(tokens[v].Norm))
                continue;
            var men = v + 1;
            while (men < at && men <= v + 4 && !SentMenNouns.Contains(tokens[men].Norm) && (tokens[men].IsWord || char.IsDigit(tokens[men].Norm[0])))
                men++;
            if (men >= at || !SentMenNouns.Contains(tokens[men].Norm))
                return null;
            var subject = v - 1;
            if (tokens[subject].Norm is "has" or "have" or "had")
                subject--;
            return NameEndingAt(mentions, subject + 1);
        }
        return null;
    }

    /// <summary>Words before where men are: "troops in Somalia", "forces inside Syria".</summary>
    private static readonly HashSet<string> WherePrepositions = ["in", "at", "inside", "across", "within"];

    /// <summary>
    /// For "they" at mention <paramref name="i"/> right after ", where", the side whose men the words before the comma place
    /// somewhere ("Kenyan troops in Somalia, where they"); else null.
    /// </summary>
    private static string? MenBeforeWhere(IReadOnlyList<Token> tokens, List<Mention> mentions, int i)
    {
        var at = mentions[i].TokenStart;
        if (tokens[at].Norm != "they" || at < 5 || tokens[at - 1].Norm != "where" || tokens[at - 2].Norm != ",")
            return null;
        // Back past the place: "in" (at, inside, across) and up to three words.
        var place = at - 3;
        while (place > at - 6 && place > 0 && !WherePrepositions.Contains(tokens[place].Norm))
            place--;
        if (place <= 0 || !WherePrepositions.Contains(tokens[place].Norm) || !SidesMen.Contains(tokens[place - 1].Norm))
            return null;
        return NameEndingAt(mentions, place - 1) ?? NameEndingAt(mentions, place);
    }

    /// <summary>
    /// For "them" at mention <paramref name="i"/> right after a verb of sending and before where to ("Addis Ababa sent them
    /// into Somalia"), the side named right before the verb; else null ("sent them weapons": them are who receive).
    /// </summary>
    private static string? SenderOfThem(IReadOnlyList<Token> tokens, List<Mention> mentions, int i)
    {
        var at = mentions[i].TokenStart;
        if (tokens[at].Norm != "them" || at < 2 || at + 1 >= tokens.Count || !SendingVerbs.Contains(tokens[at - 1].Norm)
            || tokens[at + 1].Norm is not ("to" or "into" or "in" or "across" or "back" or "abroad"))
            return null;
        return i > 0 && mentions[i - 1] is { IsReference: false, Actor: { } sender } && mentions[i - 1].TokenEnd == at - 1 ? sender : null;
    }

    private static readonly HashSet<string> SentMenNouns = ["troops", "soldiers", "forces", "fighters", "men", "peacekeepers", "units", "personnel"];

    private static readonly HashSet<string> SendingVerbs = ["sent", "deployed", "dispatched", "sends", "deploys"];

    /// <summary>The actor of the first name (no reference) whose mention ends at token <paramref name="end"/>, or null.</summary>
    private static string? NameEndingAt(IReadOnlyList<Mention> mentions, int end)
    {
        foreach (var q in mentions)
            if (q.TokenEnd == end && !q.IsReference && q.Actor is not null)
                return q.Actor;
        return null;
    }

    /// <summary>Words that open a clause of its own, for what an object "them" may refer to.</summary>
    private static readonly HashSet<string> ClauseWords =
        ["where", "which", "who", "whom", "that", "while", "when", "because", "after", "before", "although", "though", "until", "since", ";", ":"];

    /// <summary>
    /// "against it", "drove it out", "accuse it of sheltering": an "it" that is the object of a preposition, of a past
    /// verb, or of a verb whose charge ("of", "for") follows it.
    /// </summary>
    private static bool ObjectIt(IReadOnlyList<Token> tokens, int position) =>
        tokens[position].Norm == "it" && position > 0 && tokens[position - 1] is { IsWord: true } before
        && (ObjectPrepositionsOfIt.Contains(before.Norm) || (before.Norm.Length > 4 && before.Norm.EndsWith("ed", StringComparison.Ordinal))
            // ("a grant to the army to help it fight the militants": the one helped, not the helper.)
            || HelpingVerbsOfIt.Contains(before.Norm)
            // ("Tehran supplies it with missiles": so is one a verb gives something.)
            || (before.Norm.Length > 4 && char.IsLetter(before.Norm[0]) && position + 1 < tokens.Count && tokens[position + 1].Norm is "of" or "for" or "with"));

    private static readonly HashSet<string> HelpingVerbsOfIt =
        ["help", "helps", "helping", "enable", "enables", "enabling", "allow", "allows", "allowing", "let", "lets", "urge", "urges", "urging",
         "force", "forces", "forcing", "push", "pushes", "pushing"];

    private static readonly HashSet<string> ObjectPrepositionsOfIt =
        ["against", "on", "at", "with", "from", "toward", "towards", "into", "upon", "alongside", "beside"];

    /// <summary>The sides named in ", from X and Y," right after the description at <paramref name="i"/>, closed by a comma; else none.</summary>
    private static List<string> MadeOfInApposition(IReadOnlyList<Token> tokens, List<Mention> mentions, int i)
    {
        var m = mentions[i];
        var listed = new List<string>();
        if (m.TokenEnd + 2 >= tokens.Count || tokens[m.TokenEnd].Norm != "," || tokens[m.TokenEnd + 1].Norm is not ("from" or "of"))
            return listed;
        var next = m.TokenEnd + 2;
        for (var k = i + 1; k < mentions.Count; k++)
        {
            var bare = next < tokens.Count && tokens[next].Norm == "the" ? next + 1 : next;
            if (mentions[k] is not { IsReference: false, Actor: { } actor } named || (named.TokenStart != next && named.TokenStart != bare))
                return [];
            listed.Add(actor);
            var after = Math.Max(named.TokenEnd, named.TailEnd);
            if (after < tokens.Count && tokens[after].Norm == "," && after + 1 < tokens.Count && tokens[after + 1].Norm == "and")
                next = after + 2;
            else if (after < tokens.Count && (tokens[after].Norm is "and" or "or" || (tokens[after].Norm == "," && k + 1 < mentions.Count
                && (mentions[k + 1].TokenStart == after + 1 || (mentions[k + 1].TokenStart == after + 2 && tokens[after + 1].Norm == "the")))))
                next = after + 1;
            else
                return after < tokens.Count && tokens[after].Norm == "," ? listed : [];
        }
        return [];
    }

    /// <summary>
    /// "..., its leader Aidarous al-Zubaidi told reporters": a possessive opening a closing report is the speaker's own
    /// side, the subject the sentence opened with, not the name nearest before it.
    /// </summary>
    private static bool ClosingSpeaker(IReadOnlyList<Token> tokens, Mention m)
    {
        if (m.Source != MentionSource.Pronoun || tokens[m.TokenStart].Norm is not ("its" or "their") || m.TokenStart == 0 || tokens[m.TokenStart - 1].Norm != ",")
            return false;
        for (var k = m.TokenStart + 2; k < tokens.Count && k <= m.TokenStart + 7; k++)
            if (tokens[k].Norm is "said" or "says" or "told" or "tells" or "added" or "wrote" or "announced" or "insisted" or "warned")
                return k + 1 >= tokens.Count || tokens[k + 1].Norm is "." or "reporters" or "journalists" or "the" or "in" or "on" or "a" or "an";
            else if (tokens[k].Norm is "," or "that" or "and" or ";")
                return false;
        return false;
    }

    /// <summary>
    /// "hired contractors ... to fight them", "sent troops to attack it": the verb of hiring (sending) whose infinitive of
    /// purpose, an act against someone, takes the pronoun at <paramref name="pronoun"/>, or -1.
    /// </summary>
    private static int HiredToActOn(IReadOnlyList<Token> tokens, int pronoun)
    {
        // (Only an act against it: "sent weapons to the Houthis to help them" helps the Houthis.)
        if (pronoun < 2 || tokens[pronoun - 2].Norm != "to" || tokens[pronoun - 1].Norm is not ("fight" or "attack" or "battle" or "combat"
                or "counter" or "defeat" or "confront" or "hunt" or "kill" or "target" or "strike" or "crush" or "expel" or "dislodge"))
            return -1;
        for (var k = pronoun - 3; k >= 0 && k >= pronoun - 25 && tokens[k].Norm is not (";" or ":"); k--)
            if (HiringVerbs.Contains(tokens[k].Norm))
                return k;
        return -1;
    }

    private static readonly HashSet<string> HiringVerbs =
        ["hired", "hires", "hiring", "recruited", "recruits", "enlisted", "enlists", "contracted", "contracts", "sent", "sends", "deployed",
         "deploys", "dispatched", "dispatches", "brought", "brings", "paid", "pays"];

    /// <summary>Where the clause holding token <paramref name="position"/> opens: its opening word, else 0.</summary>
    private static int ClauseStart(IReadOnlyList<Token> tokens, int position)
    {
        var comma = false;
        var verbAfterComma = false;
        for (var k = position - 1; k > 0; k--)
        {
            // ("regards the Houthis, who are Zaydis, as apostates and has claimed attacks on them": a relative clause
            // closed by a comma before the word is not the clause it stands in.)
            if (tokens[k].Norm is "who" or "which" && tokens[k - 1].Norm == "," && comma)
                continue;
            // ("The TTP, an umbrella of factions that shares ideology with X, is separate from them": nor one inside an
            // apposition, when the main clause's verb follows its closing comma.)
            if (tokens[k].Norm is "that" or "which" or "who" && verbAfterComma)
                continue;
            if (ClauseWords.Contains(tokens[k].Norm))
                return k;
            // ("fought beside the MNLA but later turned on it": a second past verb its subject goes on with; not "hired X and then
            // Y to fight them", where a name follows.)
            if (tokens[k].Norm is "then" or "later" or "eventually" && tokens[k - 1].Norm is "and" or "but" && k + 1 < position
                && tokens[k + 1] is { IsCapitalized: false, IsWord: true } next && (next.Norm.EndsWith("ed", StringComparison.Ordinal)
                    || next.Norm is "broke" or "fought" or "fell" or "took" or "split" or "went" or "began" or "struck" or "drove"))
                return k;
            if (tokens[k].Norm == ",")
            {
                verbAfterComma |= !comma && k + 1 < tokens.Count && tokens[k + 1].Norm is "is" or "are" or "was" or "were" or "has" or "have" or "had";
                comma = true;
            }
        }
        return 0;
    }

    /// <summary>Heads that refer first, not only, to a side the text called by them ("the rebels" after "separatist rebels").</summary>
    private static readonly HashSet<string> SoftNameHeads = ["rebels", "separatists", "insurgents"];

    /// <summary>Heads that refer back only to a name ending in them: "the militias" are the Shiite militias, never the Islamic State.</summary>
    private static readonly HashSet<string> NameHeads =
        ["militias", "brigades", "front", "guards", "corps", "division", "legion", "battalions", "council", "mercenaries", "vigilantes"];

    /// <summary>The nouns of plural descriptions that name persons ("the two men", "both generals").</summary>
    private static readonly HashSet<string> PersonsPluralNouns = ["men", "generals", "commanders", "leaders"];

    private static readonly HashSet<string> CompoundModifiers =
        ["backed", "led", "linked", "aligned", "affiliated", "allied", "funded", "trained", "armed", "supported", "sponsored", "inspired", "run", "controlled", "held"];

    /// <summary>True when the name at <paramref name="start"/> follows "accompanied by", "backed by", "alongside" (a few modifiers between).</summary>
    private static bool Accompanies(IReadOnlyList<Token> tokens, int start)
    {
        for (var k = start - 1; k >= 0 && k >= start - 5; k--)
        {
            if (tokens[k].Norm is "," or "and" or ";")
                return false;
            if (tokens[k].Norm is "alongside" || (tokens[k].Norm == "by" && k > 0 && CompanionVerbs.Contains(tokens[k - 1].Norm)))
                return true;
        }
        return false;
    }

    private static readonly HashSet<string> CompanionVerbs = ["accompanied", "backed", "supported", "aided", "assisted", "escorted", "reinforced", "joined", "flanked"];

    private static readonly HashSet<string> MilitantNouns =
        ["militants", "militant", "extremists", "extremist", "jihadists", "jihadist", "insurgents", "insurgent", "terrorists", "terrorist", "islamists"];

    /// <summary>Heads (their plural "s" trimmed) of men hired to fight: "Wagner mercenaries", "Russian contractors".</summary>
    private static readonly HashSet<string> HiredHeads = ["mercenarie", "mercenary", "contractor", "instructor"];

    private static readonly HashSet<string> ForceHeadNouns = ["force", "troop", "soldier", "army", "police", "military", "policemen", "government", "unit"];

    /// <summary>Recorded among a name's heads when the text names it by a titled man ("President Hadi" for his government).</summary>
    private const string ManMark = "\u0001man";

    /// <summary>Recorded among a name's heads when the text calls it by one of <see cref="MilitantNouns"/>.</summary>
    private const string MilitantMark = "\u0001militant";

    /// <summary>Recorded among a name's heads when the text introduces it by a plural noun ("clan militias known as Macawisley").</summary>
    private const string ManyMark = "\u0001many";

    private static readonly HashSet<string> PreferredHeads = ["network", "movement", "organization", "organisation", "army", "council", "party", "alliance", "coalition", "union"];

    private static readonly HashSet<string> BranchHeads = ["branch", "affiliate", "offshoot", "wing", "franchise", "province", "chapter"];

    private static readonly HashSet<string> ModifiedNouns =
        ["affiliate", "affiliates", "branch", "wing", "faction", "unit", "offshoot", "franchise", "chapter", "province"];

    /// <summary>How much of an actor's salience carries over to the next sentence.</summary>
    private const double SalienceDecay = 0.6;

    /// <summary>The least salience a group the headline names keeps: a modifier's weight in the current sentence.</summary>
    private const double TitleSalience = 0.5;

    private static readonly HashSet<string> Prepositions =
        ["of", "by", "against", "on", "from", "with", "for", "to", "in", "at", "into", "toward", "towards", "over", "between", "among", "alongside", "within", "near", "under", "after", "before"];

    /// <summary>
    /// "Russia, which backs the Assad regime, has warned that it ...": a name inside a relative clause closed before the
    /// pronoun is said by the way; the clause's head, not that name, is what the sentence goes on about.
    /// </summary>
    private static bool InClosedRelative(IReadOnlyList<Token> tokens, Mention p, int pronoun)
    {
        var open = p.TokenStart - 1;
        while (open > 0 && tokens[open].Norm is not ("," or "which" or "who" or "whose"))
            open--;
        // ("The group, led by former Shabaab cleric Mumin, has grown since its leader pledged allegiance": so is a closed aside of
        // who leads (backs, founded) the name before it.)
        var ledAside = open > 0 && tokens[open].Norm == "," && open + 2 < p.TokenStart && tokens[open + 2].Norm == "by"
            && tokens[open + 1].Norm is "led" or "headed" or "commanded" or "founded" or "backed" or "supported";
        if (!ledAside && (open <= 0 || tokens[open].Norm == "," || tokens[open - 1].Norm != ","))
            return false;
        for (var k = p.TokenEnd; k < pronoun; k++)
            if (tokens[k].Norm == ",")
                return true;
        return false;
    }

    /// <summary>How many sides a plural description counts ("the three countries", "all four groups"), or 0.</summary>
    private static int CountOfSides(string surface) =>
        surface.Contains("three", StringComparison.OrdinalIgnoreCase) ? 3 : surface.Contains("four", StringComparison.OrdinalIgnoreCase) ? 4 : 0;

    /// <summary>"a UN report said the two ...", "officials in Kabul say the two": the name that says what follows of the reference.</summary>
    private static bool SpeakerOfReference(IReadOnlyList<Token> tokens, IReadOnlyList<Mention> mentions, Mention p, Mention reference)
    {
        var verb = reference.TokenStart - 1;
        if (verb > 0 && tokens[verb].Norm == "that")
            verb--;
        if (verb <= p.TokenEnd || verb - p.TokenEnd > 5 || !MentionFinder.SayingVerbs.Contains(tokens[verb].Norm))
            return false;
        for (var k = p.TokenEnd; k < verb; k++)
            if (tokens[k].Norm is "," or "and" || mentions.Any(o => o.TokenStart == k))
                return false;
        return true;
    }

    /// <summary>
    /// "the ousted government", "the former Afghan army": a name the successor took over said of the time before it; so is
    /// one a foreign backer describes when the sentence names the successor too ("the Taliban's insurgency against the
    /// US-backed government").
    /// </summary>
    private static bool NamedAsPredecessor(IReadOnlyList<Token> tokens, IReadOnlyList<Mention> mentions, Mention named, string successor)
    {
        for (var k = named.TokenStart - 1; k >= 0 && k >= named.TokenStart - 3; k--)
        {
            if (tokens[k].Norm is "former" or "ousted" or "toppled" or "deposed" or "overthrown" or "collapsed" or "previous" or "fallen")
                return true;
            if (tokens[k].AfterHyphen && tokens[k].Norm is "backed" or "supported" or "funded" or "trained"
                && mentions.Any(m => !m.IsReference && m.Actor == successor))
                return true;
            if (tokens[k].Norm is not ("the" or "a" or "an") && !tokens[k].AfterHyphen && !tokens[k].BeforeHyphen && tokens[k].IsWord && !tokens[k].IsCapitalized)
                return false;
        }
        return false;
    }

    /// <summary>", a charge Abu Dhabi denies", ", an accusation the group rejects": a verb after a noun of charge set off by a comma.</summary>
    private static bool ChargeDenied(IReadOnlyList<Unit> units, int verb)
    {
        for (var k = verb - 1; k >= 2 && k >= verb - 4; k--)
            if (units[k].Norm is "charge" or "charges" or "accusation" or "accusations" or "allegation" or "allegations" or "claim" or "claims")
                return units[k - 1].Norm is "a" or "an" or "," && (units[k - 1].Norm == "," || units[k - 2].Norm == ",");
        return false;
    }

    /// <summary>States the sentence names before mention <paramref name="before"/> only by a one-word singular name ("Iran,", "Riyadh"), never by a force or a plural.</summary>
    private static HashSet<string> SingularStatesNamed(IReadOnlyList<Token> tokens, List<Mention> mentions, int before)
    {
        var found = new HashSet<string>(StringComparer.Ordinal);
        for (var k = 0; k < before; k++)
            if (mentions[k] is { IsReference: false, Type: ActorType.State, Actor: { } state, Contextual: false } p && p.TokenEnd - p.TokenStart == 1
                && !p.Surface.EndsWith('s') && !(p.TokenEnd < tokens.Count && tokens[p.TokenEnd].IsWord && !tokens[p.TokenEnd].IsCapitalized))
                found.Add(state);
        for (var k = 0; k < before; k++)
            if (mentions[k] is { Actor: { } other } q && found.Contains(other) && (q.Contextual || q.TokenEnd - q.TokenStart > 1))
                found.Remove(other);
        return found;
    }

    /// <summary>"Since then they", "Meanwhile, it": a subject pronoun, the sentence's first mention, after only an adverb of time or sequence.</summary>
    private static bool AfterOpeningAdverb(IReadOnlyList<Token> tokens, Mention m, int index)
    {
        if (index != 0 || m.TokenStart > 3 || tokens[m.TokenStart].Norm is not ("they" or "it"))
            return false;
        for (var k = 0; k < m.TokenStart; k++)
            if (tokens[k].Norm is not ("since" or "then" or "meanwhile" or "later" or "now" or "still" or "yet" or "but" or "and" or "so"
                or "instead" or "however" or "afterwards" or "soon" or "," ))
                return false;
        return true;
    }

    /// <summary>"the al-Qaeda breakaway group", "the Taliban splinter faction": a description of a group that broke from the name before it.</summary>
    private static bool BrokeFrom(IReadOnlyList<Token> tokens, Mention m) =>
        m.Source == MentionSource.Description && m.TokenStart >= 1 && tokens[m.TokenStart - 1].Norm is "breakaway" or "splinter" or "renegade";

    /// <summary>
    /// "The MNLA, a Tuareg group that has fought the Islamists since they hijacked its rebellion, says it is ...": a name
    /// anywhere inside an apposition of a name (", a ...," or ", the ...,") closed before the pronoun describes that name;
    /// it is no subject of the pronoun's clause, however long the apposition runs.
    /// </summary>
    private static bool InClosedApposition(IReadOnlyList<Token> tokens, IReadOnlyList<Mention> mentions, Mention p, int pronoun)
    {
        var open = p.TokenStart - 1;
        while (open > 0 && tokens[open].Norm is not ("," or ";" or ":" or "."))
            open--;
        if (open <= 0 || tokens[open].Norm != "," || tokens[open + 1].Norm is not ("a" or "an" or "the") || open + 1 == p.TokenStart
            || !mentions.Any(q => !q.IsReference && q.TokenEnd == open))
            return false;
        for (var k = p.TokenEnd; k < pronoun; k++)
            if (tokens[k].Norm == ",")
                return true;
        return false;
    }

    /// <summary>
    /// True for an object pronoun after "to" and a verb of help, in a request made of others ("asked rebels to help it",
    /// "called on Russia to protect them"), whose asker it names.
    /// </summary>
    private static bool AskedToHelp(IReadOnlyList<Token> tokens, int pronoun)
    {
        if (pronoun < 3 || tokens[pronoun - 2].Norm != "to" || tokens[pronoun - 1].Norm is not ("help" or "protect" or "defend" or "support" or "back"
                or "assist" or "aid" or "save" or "rescue" or "reinforce" or "arm" or "join"))
            return false;
        for (var k = pronoun - 3; k >= 0 && k >= pronoun - 12 && tokens[k].Norm is not ("." or ";"); k--)
            if (tokens[k].Norm is "asked" or "asks" or "asking" or "urged" or "urges" or "urging" or "invited" or "invites" or "begged" or "begs"
                or "implored" or "requested" or "requests" or "appealed" or "appeals" or "pleaded" or "pleads"
                || (tokens[k].Norm == "on" && k > 0 && tokens[k - 1].Norm is "called" or "calls" or "calling"))
                return true;
        return false;
    }

    /// <summary>
    /// How likely a name is to be what a later pronoun means: 0 for a subject, 1 after a verb, 2 inside a
    /// prepositional phrase. A name after a possessor ranks as its possessor ("battling Assad's regime").
    /// </summary>
    private static int ClauseRank(IReadOnlyList<Token> tokens, IReadOnlyList<Mention> mentions, Mention p)
    {
        // "JFS attacks Ahrar and several FSA factions; later it merges ...": a name listed after another ranks as the
        // first of the list.
        if (ListedAfter(tokens, mentions, p) is { } first)
            return ClauseRank(tokens, mentions, first);
        var head = p;
        while (head.TokenStart >= 2 && tokens[head.TokenStart - 1].Norm == "'s"
               && mentions.FirstOrDefault(q => q.TokenEnd == head.TokenStart - 1) is { } possessor)
            head = possessor;
        // "JNIM, al Qaeda's branch in the Sahel, has expanded its attacks": a possessor opening an apposition
        // describes the name before it, which stays the subject.
        // (", long Iran's closest proxy,": so after an adverb of time.)
        var before = p.TokenStart - 1;
        while (before >= 0 && tokens[before].Norm is "the" or "a" or "an" or "long" or "once" or "now" or "formerly" or "still")
            before--;
        var appositive = before >= 0 && tokens[before].Norm == "," && p.TokenEnd < tokens.Count && tokens[p.TokenEnd].Norm == "'s";
        // ("The junta has not said whether it will turn to Wagner, as Mali's rulers did, but its supporters ...": the subject of a
        // clause of comparison or contrast set off by a comma ranks below the main clause's.)
        var headBefore = head.TokenStart >= 1 && tokens[head.TokenStart - 1].Norm == "the" ? head.TokenStart - 2 : head.TokenStart - 1;
        var subordinate = headBefore >= 1 && tokens[headBefore].Norm is "as" or "while" or "whereas" or "although" or "though" && tokens[headBefore - 1].Norm == ",";
        return GovernedByPreposition(tokens, head) ? 2 : FollowsVerb(tokens, head) || appositive || subordinate || InsideApposition(tokens, mentions, p) ? 1 : 0;
    }

    /// <summary>The name before "and" or "or" (past "the", "a", "several" ...) that the name <paramref name="p"/> is listed after, or null.</summary>
    private static Mention? ListedAfter(IReadOnlyList<Token> tokens, IReadOnlyList<Mention> mentions, Mention p)
    {
        var k = p.TokenStart - 1;
        while (k >= 0 && tokens[k].Norm is "the" or "a" or "an" or "several" or "some" or "other" or "various" or "two" or "three" or "its" or "their")
            k--;
        if (k < 1 || tokens[k].Norm is not ("and" or "or"))
            return null;
        foreach (var q in mentions)
            if (q.TokenEnd == k && !q.IsReference)
                return q;
        return null;
    }

    /// <summary>
    /// "The Nusra Front, Syria's official al Qaeda affiliate, has ...": a name inside words set off by commas after
    /// another name describes that name, which stays the subject.
    /// </summary>
    private static bool InsideApposition(IReadOnlyList<Token> tokens, IReadOnlyList<Mention> mentions, Mention p) =>
        AppositionOpening(tokens, mentions, p) >= 0;

    /// <summary>The comma opening the apposition <paramref name="p"/> is inside (see <see cref="InsideApposition"/>), or -1.</summary>
    private static int AppositionOpening(IReadOnlyList<Token> tokens, IReadOnlyList<Mention> mentions, Mention p)
    {
        var open = p.TokenStart - 1;
        var words = 0;
        for (; open >= 0 && open >= p.TokenStart - 6 && tokens[open].Norm != ","; open--)
            if (char.IsLower(tokens[open].Norm[0]) && !mentions.Any(q => q.TokenStart <= open && open < q.TokenEnd))
                words++;
            else if (!char.IsLetter(tokens[open].Norm[0]) && tokens[open].Norm != "'s")
                return -1;
        if (open < 1 || tokens[open].Norm != "," || words == 0 || !mentions.Any(q => q.TokenEnd == open && !q.IsReference))
            return -1;
        // ("Hurras al-Din, the al Qaeda loyalists who broke away from HTS, ...": a relative clause keeps the apposition open;
        // so does a participle's phrase: "the Haqqani Network, a Taliban faction long linked to al Qaeda, ...".)
        var limit = p.TokenEnd + 3;
        for (var close = Math.Max(p.TokenEnd, p.TailEnd); close < tokens.Count && close <= limit; close++)
            if (tokens[close].Norm is "," or "who" or "that" or "which")
                return open;
            else if (!char.IsLetter(tokens[close].Norm[0]))
                return -1;
            else if (tokens[close].IsWord && !tokens[close].IsCapitalized && tokens[close].Norm.EndsWith("ed", StringComparison.Ordinal))
                limit = Math.Max(limit, close + 8);
        return -1;
    }

    private static readonly HashSet<string> ManRoles =
        ["commander", "leader", "chief", "spokesman", "official", "emir", "founder", "fighter", "member", "militant", "cleric", "negotiator", "officer"];

    /// <summary>
    /// The group of the last man of a group named by his role before mention <paramref name="index"/> in its sentence ("a
    /// senior FSA commander"), with no person named between; else null.
    /// </summary>
    private static string? RoleHolderBefore(IReadOnlyList<Token> tokens, List<Mention> mentions, int index)
    {
        for (var k = index - 1; k >= 0; k--)
        {
            var p = mentions[k];
            if (p.Type == ActorType.Person && !p.IsReference)
                return null;
            var after = Math.Max(p.TokenEnd, p.TailEnd);
            if (!p.IsReference && p.Actor is not null && p.Type == ActorType.ArmedGroup && after < tokens.Count && ManRoles.Contains(tokens[after].Norm))
                return p.Actor;
        }
        return null;
    }

    /// <summary>Positions of "its"/"their" before <paramref name="end"/> that are not mentions themselves.</summary>
    private static IEnumerable<int> SilentPossessives(IReadOnlyList<Token> tokens, IReadOnlyList<Mention> mentions, int end)
    {
        for (var t = 0; t < end; t++)
            if (tokens[t].Norm is "its" or "their" && !mentions.Any(q => q.TokenStart <= t && t < q.TokenEnd) && !ForOwnPart(tokens, t))
                yield return t;
    }

    /// <summary>"The Houthis, for their part, said": an aside whose possessive is the name before it, not the actor talked about so far.</summary>
    private static bool ForOwnPart(IReadOnlyList<Token> tokens, int possessive) =>
        possessive >= 2 && possessive + 1 < tokens.Count && tokens[possessive - 1].Norm == "for" && tokens[possessive - 2].Norm == ","
        && tokens[possessive + 1].Norm == "part";

    /// <summary>An object rather than a subject: "a group battling the regime", "it attacked the SRF".</summary>
    private static bool FollowsVerb(IReadOnlyList<Token> tokens, Mention m)
    {
        var j = m.TokenStart - 1;
        while (j >= 0 && tokens[j].Norm is "the" or "a" or "an" or "\"" or "'")
            j--;
        // ("The al Qaeda-linked group said": the participle of a compound modifier is no verb.)
        if (j < 0 || !tokens[j].IsWord || tokens[j].IsCapitalized || tokens[j].AfterHyphen)
            return false;
        // "while the newly formed Army of the Mujahideen said it ...": a participle after an article (and an adverb) is
        // the name's modifier, no verb.
        var modifier = j - 1;
        if (modifier >= 1 && tokens[modifier].Norm is { Length: > 3 } adverb && adverb.EndsWith("ly", StringComparison.Ordinal))
            modifier--;
        if (modifier >= 0 && tokens[modifier].Norm is "the" or "a" or "an")
            return false;
        // "Whereas the Taliban have fought ISKP, they ...": a word after an auxiliary, or a verb of war whatever its form.
        return (tokens[j].Norm.Length > 4 && (tokens[j].Norm.EndsWith("ing", StringComparison.Ordinal) || tokens[j].Norm.EndsWith("ed", StringComparison.Ordinal)))
            || ObjectVerbs.Contains(tokens[j].Norm)
            || (j > 0 && tokens[j - 1].Norm is "have" or "has" or "had" && !Prepositions.Contains(tokens[j].Norm));
    }

    /// <summary>Verbs of war and ties whose past or present form ends in neither "-ed" nor "-ing".</summary>
    private static readonly HashSet<string> ObjectVerbs =
        ["fought", "fight", "fights", "struck", "strike", "strikes", "hit", "hits", "took", "take", "takes", "overran", "overrun",
         "drove", "beat", "shot", "sent", "led", "leads", "held", "holds", "won", "lost", "attack", "attacks", "target", "targets",
         "back", "backs", "join", "joins", "oppose", "opposes", "support", "supports", "shelter", "shelters", "protect", "protects",
         "regards", "regard", "considers", "consider", "sees", "see", "saw", "views", "view", "brands", "brand", "deems", "deem",
         "labels", "label", "accuses", "accuse", "blames", "blame", "condemns", "condemn"];

    private static bool GovernedByPreposition(IReadOnlyList<Token> tokens, Mention m)
    {
        var j = m.TokenStart - 1;
        while (j >= 0 && tokens[j].Norm is "the" or "a" or "an" or "\"" or "'")
            j--;
        // "made up of the Arakan Army, the MNDAA and the TNLA": a later item of a list shares the preposition of its first.
        for (var items = 0; items < 6 && j > 0 && tokens[j].Norm is "," or "and" or "or"; items++)
        {
            j--;
            if (tokens[j].Norm == ",")
                j--;
            var words = 0;
            while (j >= 0 && words < 8 && (tokens[j].IsCapitalized || tokens[j].AfterHyphen || tokens[j].Norm is "al" or "of" or "'s" or "'"))
            {
                j--;
                words++;
            }
            if (words == 0)
                return false;
            while (j >= 0 && tokens[j].Norm is "the" or "a" or "an" or "\"" or "'")
                j--;
        }
        // ("a day after Hamas launched its attack": "after" with a verb following the name opens a clause it is the subject of.)
        if (j >= 0 && tokens[j].Norm is "after" or "before" && Math.Max(m.TokenEnd, m.TailEnd) is var next && next < tokens.Count
            && (ClauseVerbs.Contains(tokens[next].Norm) || (tokens[next].Norm.Length > 4 && tokens[next].Norm.EndsWith("ed", StringComparison.Ordinal))))
            return false;
        // ("JALALABAD - Fighters loyal to the Islamic State have seized ...": the men of a name who open the sentence make the
        // name its subject.)
        if (j >= 1 && (tokens[j].Norm is "of" or "from" || (tokens[j].Norm == "to" && tokens[j - 1].Norm == "loyal"))
            && (tokens[j].Norm == "to" ? j - 2 : j - 1) is var men and >= 0 && MenOpeningSentence.Contains(tokens[men].Norm)
            && men == MentionFinder.DatelineEnd(tokens))
            return false;
        return j >= 0 && Prepositions.Contains(tokens[j].Norm);
    }

    /// <summary>Men of a side that open a sentence before "loyal to", "of" or "from" and its name.</summary>
    private static readonly HashSet<string> MenOpeningSentence =
        ["fighters", "militants", "forces", "troops", "gunmen", "members", "supporters", "insurgents", "loyalists", "militiamen", "jihadists"];

    /// <summary>Verbs and auxiliaries that, right after a name, make it a clause's subject ("after Hamas took ...").</summary>
    private static readonly HashSet<string> ClauseVerbs =
        ["has", "had", "have", "was", "were", "is", "are", "took", "began", "fought", "seized", "overran", "struck", "shot", "won", "lost", "made",
         "broke", "drove", "left", "withdrew", "came", "went", "swept", "stormed", "launched", "said", "says", "carried"];

    private static readonly ActorType[] GroupTypes = [ActorType.ArmedGroup, ActorType.Coalition];
    private static readonly ActorType[] PersonTypes = [ActorType.Person];

    /// <summary>
    /// The state named right before a ", where" that opens the clause mention <paramref name="k"/> stands in (no clause end
    /// between), else null.
    /// </summary>
    private string? WhereClauseState(IReadOnlyList<Token> tokens, List<Mention> mentions, int k)
    {
        for (var t = mentions[k].TokenStart - 1; t >= 2 && mentions[k].TokenStart - t <= 12; t--)
        {
            if (tokens[t].Norm is ";" or ":" || (tokens[t].Norm == "," && tokens[t + 1].Norm != "where"))
                return null;
            if (tokens[t].Norm != "where" || tokens[t - 1].Norm != ",")
                continue;
            return mentions.Take(k).LastOrDefault(p => !p.IsReference && p.TokenEnd == t - 1) is { Actor: { } state } place
                && dictionary.Find(state)?.Type == ActorType.State && !place.Contextual ? state : null;
        }
        return null;
    }

    /// <summary>Whether a name (no reference) among <paramref name="mentions"/> is <paramref name="actor"/>'s.</summary>
    private static bool NamedIn(IReadOnlyList<Mention> mentions, string actor)
    {
        foreach (var m in mentions)
            if (!m.IsReference && m.Actor == actor)
                return true;
        return false;
    }

    /// <summary>Whether <paramref name="name"/> goes on from <paramref name="start"/>, hyphens read as spaces ("al-Qaeda in Iraq", "al Qaeda").</summary>
    private static bool NameOpensWith(string name, string start) =>
        name.Length > start.Length + 1 && name[start.Length] is ' ' or '-'
        && string.Equals(name[..start.Length].Replace('-', ' '), start.Replace('-', ' '), StringComparison.OrdinalIgnoreCase);

    /// <summary>Whether a mention before <paramref name="i"/> names <paramref name="actor"/>, no person, with a title ("President Hadi").</summary>
    private static bool TitledBefore(IReadOnlyList<Token> tokens, List<Mention> mentions, int i, string actor)
    {
        for (var n = 0; n < i; n++)
            if (mentions[n] is { IsReference: false } p && p.Actor == actor && NamedWithTitle(tokens, p))
                return true;
        return false;
    }

    /// <summary>"President Hadi" for his government: a mention of no person whose first word, or the word before it, is a title.</summary>
    private static bool NamedWithTitle(IReadOnlyList<Token> tokens, Mention m) =>
        m.Type != ActorType.Person && (ActorDictionary.IsTitleBeforeName(tokens[m.TokenStart].Norm)
            || (m.TokenStart >= 1 && ActorDictionary.IsTitleBeforeName(tokens[m.TokenStart - 1].Norm)));

    private static bool NamedByMan(DocumentState state, string actor) => state.HeadsUsed.TryGetValue(actor, out var heads) && heads.Contains(ManMark);

    private static readonly HashSet<string> GroupNouns =
        ["group", "faction", "movement", "brigade", "brigades", "forces", "fighters", "men", "militia", "organization", "organisation", "rebels", "troops", "unit", "party"];

    /// <summary>
    /// "Maarouf's group" is the group the document already tied Maarouf to ("the SRF led by Jamal Maarouf"),
    /// not Maarouf himself; without such a tie the phrase stays a mention of the person.
    /// </summary>
    private List<Mention> PersonsGroups(DocumentState state, IReadOnlyList<Token> tokens, List<Mention> mentions)
    {
        for (var i = 0; i < mentions.Count; i++)
        {
            var m = mentions[i];
            if (PersonsGroupNamed(state, tokens, m) is not { } group)
                continue;
            mentions[i] = new Mention(m.TokenStart, m.TokenEnd + 2, null, ActorType.ArmedGroup, MentionSource.Description,
                MentionFinder.Surface(tokens, m.TokenStart, m.TokenEnd + 2)) { Candidates = [group] };
        }
        return mentions;
    }

    /// <summary>
    /// "Shekau's faction, known as JAS, has clashed with ISWAP": a description the writer says is known by a name names what
    /// that name does, whichever side the text talked of before; no guess about a reference rules it out.
    /// </summary>
    private static List<Mention> DescriptionsKnownByName(IReadOnlyList<Token> tokens, List<Mention> mentions)
    {
        for (var k = 0; k + 1 < mentions.Count; k++)
        {
            if (mentions[k] is not { Source: MentionSource.Description, Plural: false } described)
                continue;
            // (Past what "known by its acronym as", "known in Arabic as" hold: the first mention after the naming words.)
            var j = k + 1;
            while (j + 1 < mentions.Count && mentions[j].TokenStart - described.TokenEnd <= 8 && !KnownAsBetween(tokens, described.TokenEnd, mentions[j].TokenStart))
                j++;
            if (mentions[j] is { IsReference: false, Actor: { } known } name && KnownAsBetween(tokens, described.TokenEnd, name.TokenStart))
                mentions[k] = described with { Source = name.Source, Actor = known, Type = name.Type, Candidates = [known] };
        }
        return mentions;
    }

    /// <summary>The group a person's possessive before a group's noun names ("Shekau's faction"), else null.</summary>
    private string? PersonsGroupNamed(DocumentState state, IReadOnlyList<Token> tokens, Mention m) =>
        m is { Type: ActorType.Person, Actor: { } person } && m.TokenEnd + 1 < tokens.Count && tokens[m.TokenEnd].Norm == "'s"
            && GroupNouns.Contains(tokens[m.TokenEnd + 1].Norm) ? GroupOf(state, person) : null;

    /// <summary>The group the document tied a person to, else the one the dictionary gives him; null when neither does.</summary>
    private string? GroupOf(DocumentState state, string person) =>
        state.GroupOfPerson.GetValueOrDefault(person) ?? dictionary.GroupOf(person);

    private ActorType TypeOf(DocumentState state, string actor) =>
        dictionary.Find(actor)?.Type ?? state.Finder.FindDiscovered(actor)?.Type ?? ActorType.Other;

    /// <summary>
    /// Whether <paramref name="r"/> is a better reading of a relation the sentence gave already as <paramref name="old"/>: the
    /// writer's own over a party's claim ("ISIS-K considers the Taliban apostates and has fought them": the fight is the
    /// writer's), else the surer.
    /// </summary>
    private static bool ReadsBetter(ExtractedRelation r, ExtractedRelation old) => (r.Evidence.Attribution, old.Evidence.Attribution) switch
    {
        (Attribution.Author, Attribution.Claim) => true,
        (Attribution.Claim, Attribution.Author) => false,
        _ => old.Evidence.Confidence < r.Evidence.Confidence,
    };

    /// <summary>Whether a past verb follows the "and" at <paramref name="and"/> within a few words ("and struck", "and at least once bombed").</summary>
    private static bool JoinedVerbAfter(IReadOnlyList<Unit> units, int and)
    {
        for (var k = and + 1; k < units.Count && k <= and + 4 && !units[k].IsMention; k++)
            if (PatternMatcher.PastVerb(units[k]))
                return true;
        return false;
    }

    /// <summary>
    /// The actor named right before the nearest ", who" (", which") within fifteen words before <paramref name="at"/>, with
    /// no ";", ":", "." or "that" between; else null.
    /// </summary>
    private static string? HeadOfClauseAround(IReadOnlyList<Token> tokens, List<Mention> mentions, int at)
    {
        for (var k = at - 1; k >= 2 && k >= at - 15; k--)
        {
            if (tokens[k].Norm is ";" or ":" or "." or "that")
                return null;
            if (tokens[k].Norm is not ("who" or "which") || tokens[k - 1].Norm != ",")
                continue;
            return mentions.LastOrDefault(p => p.TokenEnd == k - 1 && !p.IsReference)?.Actor;
        }
        return null;
    }

    /// <summary>
    /// The actor named by ", which it calls NAME" (", which Washington refers to as", ", whom they dub") right after the
    /// description <paramref name="m"/>; else null.
    /// </summary>
    private static string? NameGivenAfter(IReadOnlyList<Token> tokens, List<Mention> mentions, Mention m)
    {
        var k = m.TokenEnd;
        if (k + 3 >= tokens.Count || tokens[k].Norm != ",")
            return null;
        // ("The movement, known as the Anbar Awakening, ...": so does a participle of naming right after the comma.)
        var named = k + 1;
        if (tokens[named].Norm is "also" or "locally" or "commonly" or "widely" or "collectively" or "popularly")
            named++;
        // ("The group, known by its Arabic acronym as ISKP": past what says which of its names follows.)
        var knownAs = tokens[named].Norm == "known" ? NamingAsideEnd(tokens, named + 1, tokens.Count) : -1;
        if (named + 1 < tokens.Count && (knownAs >= 0 && knownAs < tokens.Count && tokens[knownAs].Norm == "as" || tokens[named].Norm is "called" or "dubbed" or "named"))
        {
            k = knownAs >= 0 ? knownAs + 1 : named + 1;
            while (k < tokens.Count && tokens[k].Norm is "the" or "\"" or "“")
                k++;
            return mentions.FirstOrDefault(n => n.TokenStart == k && !n.IsReference)?.Actor;
        }
        // ("The militants, who call themselves Ansar al-Sharia, ...", ", calling itself X,": the name a side gives itself.)
        var selfNaming = tokens[k + 1].Norm is "who" or "which" or "that" ? k + 2 : k + 1;
        if (selfNaming + 2 < tokens.Count && tokens[selfNaming].Norm is "call" or "calls" or "called" or "calling" or "style" or "styles" or "styled" or "styling"
            && tokens[selfNaming + 1].Norm is "themselves" or "itself")
        {
            k = selfNaming + 2;
            while (k < tokens.Count && tokens[k].Norm is "the" or "\"" or "“")
                k++;
            return mentions.FirstOrDefault(n => n.TokenStart == k && !n.IsReference)?.Actor;
        }
        if (tokens[k + 1].Norm is not ("which" or "whom" or "that"))
            return null;
        k += 2;
        // (Past the speaker: "it", "Washington", "the US military".)
        var speakerEnd = k + 3;
        for (; k < tokens.Count && tokens[k].Norm is not ("calls" or "call" or "called" or "dubs" or "dub" or "dubbed" or "names" or "named"
                 or "refers" or "refer" or "referred"); k++)
            if (!tokens[k].IsWord || k >= speakerEnd)
                return null;
        if (k >= tokens.Count)
            return null;
        k += tokens[k].Norm.StartsWith("refer", StringComparison.Ordinal) ? 3 : 1; // "refers to as"
        while (k < tokens.Count && tokens[k].Norm is "the" or "\"" or "“")
            k++;
        return mentions.FirstOrDefault(n => n.TokenStart == k && !n.IsReference)?.Actor;
    }

    /// <summary>True where the words before <paramref name="at"/> are ", killing" (wounding) and a count: ", killing at least 20".</summary>
    private static bool CountedByClosingKill(IReadOnlyList<Token> tokens, int at)
    {
        var k = at - 1;
        var counted = false;
        // (Past what qualifies the count, and a quotation mark that may open it: 'killing "at least 20 militants"'.)
        for (; k > 0; k--)
            if (MentionFinder.IsCount(tokens[k]))
                counted = true;
            else if (!CountQualifiers.Contains(tokens[k].Norm))
                break;
        return counted && k > 0 && tokens[k].Norm is "killing" or "wounding" && tokens[k - 1].Norm == ",";
    }

    private static readonly HashSet<string> CountQualifiers = ["of", "at", "least", "more", "than", "about", "some", "nearly", "up", "to", "\"", "“"];

    /// <summary>The named side right before the verb at <paramref name="verb"/>, past an auxiliary or an adverb ("Israel has now killed"), or null.</summary>
    private static Mention? NamedRightBeforeVerb(IReadOnlyList<Token> tokens, List<Mention> mentions, int before, int verb)
    {
        var k = verb - 1;
        while (k > 0 && (tokens[k].Norm is "has" or "have" or "had" or "also" or "then" or "later" or "reportedly" or "now"))
            k--;
        for (var p = before - 1; p >= 0; p--)
            if (Math.Max(mentions[p].TokenEnd, mentions[p].TailEnd) - 1 == k)
                return mentions[p] is { IsReference: false, Actor: not null } named ? named : null;
        return null;
    }

    /// <summary>Verbs of killing or capturing: a possessive right after one is not the killer's ("killed its leader").</summary>
    private static readonly HashSet<string> KillingBeforeOwner =
        ["killed", "killing", "kills", "captured", "capturing", "assassinated", "eliminated", "arrested", "targeted", "targeting"];

    /// <summary>The sides named before <paramref name="i"/> in the sentence whose name a verb of <paramref name="verbs"/> follows ("the Houthis have").</summary>
    private static HashSet<string> NamedBeforeVerb(IReadOnlyList<Token> tokens, List<Mention> mentions, int i, HashSet<string> verbs) =>
        mentions.Take(i).Where(p => !p.IsReference && p.Actor is not null && p.TokenEnd < tokens.Count && verbs.Contains(tokens[p.TokenEnd].Norm))
            .Select(p => p.Actor!).ToHashSet();

    private static readonly HashSet<string> PluralVerbs = ["have", "are", "were"];

    private static readonly HashSet<string> SingularVerbs = ["has", "is", "was"];

    /// <summary>
    /// Where the man a description's group follows stands, after "led (headed, commanded) by" or "[still] loyal to" and a
    /// word such as "the late" ("the faction still loyal to the late X"); -1 when no such words follow at <paramref name="end"/>.
    /// </summary>
    private static int LeaderAfter(IReadOnlyList<Token> tokens, int end)
    {
        var k = end;
        if (k < tokens.Count && tokens[k].Norm is "still" or "largely" or "nominally" or "fiercely" or "firmly" or "once")
            k++;
        if (k + 1 >= tokens.Count || !(tokens[k].Norm is "led" or "headed" or "commanded" && tokens[k + 1].Norm == "by"
            || tokens[k].Norm is "loyal" or "answerable" or "faithful" && tokens[k + 1].Norm == "to"))
            return -1;
        k += 2;
        if (k + 1 < tokens.Count && tokens[k].Norm == "the" && tokens[k + 1].Norm is "late" or "slain" or "jailed" or "former")
            k += 2;
        return k < tokens.Count ? k : -1;
    }

    /// <summary>Verbs of fighting off an act: "repelled the raid" tells of the act told before.</summary>
    private static readonly HashSet<string> RepellingVerbs = ["repel", "repels", "repelled", "repelling", "repulse", "repulsed", "repulsing", "foiled", "thwarted"];

    /// <summary>Verbs of stopping another's move: a possessive right after one is not the stopper's ("to halt their advance").</summary>
    private static readonly HashSet<string> StoppingBeforeOwner =
        [.. RepellingVerbs, "halt", "halted", "halting", "stop", "stopped", "stopping", "blunt", "blunted", "thwart", "foil", "counter", "countered",
         "block", "blocked", "slow", "slowed", "contain", "resist", "resisted"];

    /// <summary>Acts a side is charged with on another's men: "accused ISGS of attacking its fighters".</summary>
    private static readonly HashSet<string> ChargedActsOnOwner =
        [.. KillingBeforeOwner, "attacking", "ambushing", "shelling", "kidnapping", "abducting", "executing", "bombing", "striking", "raiding"];

    /// <summary>Whether <paramref name="date"/> lies inside the words of a name (not a reference) the sentence holds.</summary>
    private static bool InsideName(IReadOnlyList<Token> tokens, IReadOnlyList<Mention> mentions, DateMention date)
    {
        foreach (var m in mentions)
            if (!m.IsReference && tokens[m.TokenStart].Start <= date.Start && date.End <= tokens[m.TokenEnd - 1].End)
                return true;
        return false;
    }

    private void ExtractSentence(DocumentState state, Sentence sentence, List<Token> tokens, List<Mention> mentions)
    {
        var dates = state.DatesRead.Remove(sentence.Index, out var read) ? read : DateResolver.Find(sentence.Text, state.Document.Published);
        // "2014: Al-Qaeda disowns the group in February. In June, ...": a paragraph a year heads (an entry of a timeline)
        // tells months and days of that year, not of the year of publication.
        // (The heading itself dates the entry only when the entry tells no date of its own.)
        if (TimelineYearHeading(sentence.Text) is { } heading)
        {
            state.TimelineYear = heading;
            if (dates.Count > 1 && dates[0].Text == heading.ToString(System.Globalization.CultureInfo.InvariantCulture))
                dates = dates.Skip(1).ToList();
        }
        if (state.TimelineYear is { } year)
            dates = dates.Select(d => d is { Date: { Precision: DatePrecision.Month or DatePrecision.Day } told, Qualifier: null } && !HoldsYear(d.Text)
                    && d.Text.Split(' ').Any(w => DateResolver.IsMonthName(w.ToLowerInvariant()))
                ? d with { Date = new PartialDate(new DateOnly(year, told.Value.Month, Math.Min(told.Value.Day, DateTime.DaysInMonth(year, told.Value.Month))), told.Precision) }
                : d).ToList();
        // "KABUL, Oct. 3 — Insurgents attacked a police post on Sunday": the date of a dateline is the day the story was
        // filed, not the act's, when the sentence tells one of its own.
        // ("SANAA, May 4 —", "KABUL, Afghanistan, Oct. 3 (AP) -": the dateline the mention finder steps over holds it.)
        if (dates.Count > 1 && MentionFinder.DatelineEnd(tokens) is var datelineEnd and > 0 && dates[0].End <= tokens[datelineEnd - 1].Start)
            dates = dates.Skip(1).ToList();
        // "The 1920 Revolution Brigades still attack American convoys": a year inside a name dates nothing.
        if (dates.Any(d => InsideName(tokens, mentions, d)))
            dates = dates.Where(d => !InsideName(tokens, mentions, d)).ToList();
        // "On March 3 ... Two days earlier, X had ...": counted back from the paragraph's day, else the story's, when
        // there is one (the publication's otherwise).
        if ((state.ParagraphDate ?? state.StoryDate) is { Date: { Precision: DatePrecision.Day } day } && dates.Any(d => d.Qualifier == "earlier"))
            dates = dates.Select(d => d.Qualifier == "earlier" && DateResolver.Find(d.Text, day.Value) is [{ Date: { } back }] ? d with { Date = back } : d).ToList();
        // The last plain date the sentence tells before a date counted from another ("a year earlier", "weeks later").
        DateMention? ToldBefore(DateMention d) => dates.LastOrDefault(e => e.End <= d.Start && e.Qualifier is null && e.Date is not null);
        // ("broke away in 2016 after the Islamic State, which had accepted his pledge a year earlier, ...": counted back from a
        // date the sentence tells before it, told at least as finely as the count: a year from a year, days from a day.)
        if (dates.Any(d => d.Qualifier == "earlier"))
            dates = dates.Select(d => d.Qualifier == "earlier" && ToldBefore(d)?.Date is { } anchor
                && CountsFrom(d.Text, anchor.Precision) && DateResolver.Find(d.Text, anchor.Value) is [{ Date: { } back }] ? d with { Date = back } : d).ToList();
        // "In 2019 it routed the NFL. A year later it dismantled Hurras al-Din": counted on from the last date told, or
        // from one the sentence tells before it ("January 2017: JFS attacks Ahrar; weeks later it merges ...").
        // ("the same day" is the last day told; after a year told, the story's.)
        if (dates.Any(d => d.Qualifier == "later"))
            dates = dates.Select(d => d.Qualifier == "later" && (ToldBefore(d)?.Date ?? DayCountedFrom(state, d)
                    ?? (state.LastToldDate ?? state.StoryDate)?.Date) is { } then
                && (DateResolver.Later(d.Text, then) ?? (state.StoryDate?.Date is { } story ? DateResolver.Later(d.Text, story) : null)) is { } on ? d with { Date = on } : d).ToList();
        var found = new Dictionary<(string, string, RelationKind), ExtractedRelation>();
        void Keep(ExtractedRelation r)
        {
            var key = r.IsSymmetric && string.CompareOrdinal(r.Source, r.Target) > 0 ? (r.Target, r.Source, r.Kind) : (r.Source, r.Target, r.Kind);
            if (!found.TryGetValue(key, out var old) || ReadsBetter(r, old))
                // ("has fought Ankara since 1984 and is listed as a terrorist group by Turkey": a reading of the
                // same hostility (alliance, attack) that tells no time takes the time another reading of the sentence tells; a
                // membership told by a role stays undated: "Boko Haram's leader Shekau claimed on Monday".)
                found[key] = old is not null && TakesOthersDate(old, r) ? DatedAs(r, old) : r;
            else if (TakesOthersDate(r, old))
                found[key] = DatedAs(old, r);
        }

        var full = Unit.Build(tokens, mentions, dictionary.Demonyms); // the sentence as units, built once for every reading below
        HashSet<ExtractedRelation>? fromNames = null; // "ISGS" is a branch of IS by its name
        HashSet<(string, string)>? leftBehind = null; // "a faction led by X, which broke away from the Taliban": no longer his group
        HashSet<ExtractedRelation>? viaAct = null; // "The attack was led by X": X's group is whoever "the attack" stood for
        if (mentions.Count(m => m.Actor is not null || m.Candidates.Count > 0 || m.Members.Count > 1) >= 1)
        {
            // The sentence's words, then (reused) each other reading's: sets of one document, emptied per use.
            var fullWords = state.SentenceWords;
            fullWords.Clear();
            var withoutRelatives = WithoutRelativeClauses(full);
            var withoutAppositions = WithoutAppositions(full, mentions);
            List<List<Unit>> readings = [full];
            if (!ReferenceEquals(withoutRelatives, full))
                readings.Add(withoutRelatives);
            if (!ReferenceEquals(withoutAppositions, full) && !ReferenceEquals(withoutAppositions, withoutRelatives))
                readings.Add(withoutAppositions);
            readings.AddRange(ObjectRelatives(full));
            var (withoutReport, reported) = WithoutClauseAsides(full);
            if (!ReferenceEquals(withoutReport, full))
                readings.Add(withoutReport);
            var matches = state.SentenceMatches; // every reading's matches, read once all are known (see RuledOutReferents)
            matches.Clear();
            foreach (var units in readings)
            {
                var words = ReferenceEquals(units, full) ? fullWords : state.ReadingWords;
                words.Clear();
                foreach (var unit in units)
                {
                    words.Add(unit.Norm);
                    // ("X, the army spokesman": a pattern's article may open a name; see PatternMatcher's words.)
                    if (unit.IsMention && unit.Lead is "the" or "a" or "an")
                        words.Add(unit.Lead);
                }
                var context = new SentenceContext(state, sentence, mentions, units, dates, ReferenceEquals(units, withoutReport) ? reported : null);
                lexicon.Index.Candidates(words, state.CandidatePatterns);
                var starts = PatternStarts.Of(lexicon.Index);
                starts.Fill(units, state.CandidatePatterns);
                var patternMatches = state.PatternMatches;
                foreach (var i in state.CandidatePatterns)
                {
                    var (cue, pattern) = lexicon.Index.Patterns[i];
                    patternMatches.Clear();
                    PatternMatcher.AddMatches(pattern, units, starts.For(i), patternMatches);
                    foreach (var match in patternMatches)
                        if (!PartOfWhole(cue, match, units) && SlotsNameActors(match, units) && !SpeakerAsSubject(match, units)
                            && !ClauseOfUnnamedPeopleBetween(match, units) && !(cue.Kind == RelationKind.Allied && FellAlongside(match, units))
                            && !(cue.Kind == RelationKind.Affiliate && OtherSidesOfWhole(match, units)))
                            matches.Add((context, cue, match));
                }
            }
            // Ties first: a side's allies in this sentence are no enemy a reference on its other side names. Memberships
            // before alliances: "Nusra leader Jolani said his group fought alongside Ahrar" needs Jolani's group.
            // A match its own cue's words cancel gives nothing and sets no side against another: worked out once, for
            // every use below.
            var standing = Uncancelled(matches);
            var ruledOut = RuledOutReferents(standing, state);
            HashSet<(string, string)>? ties = null;
            for (var order = 0; order <= 2; order++)
            {
                if (order == 1)
                    foreach (var r in found.Values.Where(r => IsMembershipOfPerson(state, r) && !(leftBehind?.Contains((r.Source, r.Target)) ?? false)))
                        state.GroupOfPerson.TryAdd(r.Source, r.Target);
                if (order == 2 && ties is not null)
                    ruledOut = RuleOutAllies(ruledOut, standing, ties);
                foreach (var (context, cue, match) in standing)
                    if (cue.ReadingOrder == order)
                        foreach (var relation in Relations(context, cue, match, ruledOut))
                        {
                            Keep(relation);
                            if (relation.Kind == RelationKind.Affiliate && match.Slots.Values.Any(u => context.Units[u] is { IsMention: true } named
                                    && mentions[named.Mention].Source == MentionSource.Event))
                                (viaAct ??= new(ReferenceEqualityComparer.Instance)).Add(relation);
                            if (cue.Ended && relation.Kind == RelationKind.Affiliate)
                                (leftBehind ??= []).Add((relation.Source, relation.Target));
                            // ("once fought alongside al-Shabaab but turned against the group": a tie told as past is no bar either.)
                            if (order < 2 && !cue.Ended && !PastTie(context.Units, match))
                            {
                                (ties ??= []).Add((relation.Source, relation.Target));
                                ties.Add((relation.Target, relation.Source));
                            }
                        }
            }
            // "US aircraft struck near the city. The attack was led by X, the Taliban's shadow governor": a man the sentence names a
            // side's own is not of the side an act a description stands for was last told of.
            if (viaAct is not null)
                foreach (var (key, led) in found.Where(f => viaAct.Contains(f.Value)).ToList())
                    if (found.Values.Any(r => r.Kind == RelationKind.Affiliate && r.Source == led.Source && r.Target != led.Target && !viaAct.Contains(r)))
                        found.Remove(key);
            // "attacked a checkpoint of the Security Belt forces ..., killing 21 soldiers": men the act killed, named only by the
            // theatre's word, are those of the named side it hit.
            foreach (var (key, killed) in found.Count > 1 ? found.Where(f => f.Value.Kind == RelationKind.Attacked).ToList() : [])
                if (KilledMenOfTheatre(tokens, mentions, killed.Target)
                    && found.Values.Any(r => r.Kind == RelationKind.Attacked && r.Source == killed.Source && r.Target != killed.Target
                        && TypeOf(state, r.Target) == ActorType.ArmedGroup && mentions.Any(m => m.Actor == r.Target && !m.IsReference && !m.Contextual)))
                    found.Remove(key);
            foreach (var relation in NamedBranches(state, sentence, tokens, mentions, dates).Concat(NamedBackers(state, sentence, tokens, mentions))
                         .Concat(BranchDescriptions(state, sentence, tokens, mentions)))
            {
                Keep(relation);
                (fromNames ??= new(ReferenceEqualityComparer.Instance)).Add(relation);
            }
            var whole = new SentenceContext(state, sentence, mentions, full, dates);
            // "Iran-aligned militias attacked US forces. The Islamic Resistance in Iraq claimed the attacks": an author
            // named only by a name the theatre gives ("militias", "the rebels") leaves the attack open to a named claimant.
            var authored = found.Values.Where(r => r.Kind == RelationKind.Attacked && !NamedOnlyByTheatre(mentions, r.Source))
                .GroupBy(r => r.Target).ToDictionary(g => g.Key, g => g.Select(r => r.Source).ToHashSet());
            foreach (var relation in Claims(whole, fullWords, authored))
                Keep(relation);
            foreach (var relation in Counterblows(whole, fullWords, found.Values).ToList())
                Keep(relation);
            var merged = Mergers(whole, fullWords).ToList();
            foreach (var relation in merged.Where(r => r.Evidence.SentenceIndex == sentence.Index))
                Keep(relation);
            state.Relations.AddRange(merged.Where(r => r.Evidence.SentenceIndex != sentence.Index)); // members named earlier
        }
        // "Are the Taliban and the government working together?", "Whom do they fight?": a question that asks whether
        // or who states nothing (one asking why or how still tells what it asks about: "Why did ISIS attack the Kurds?").
        if (OpenQuestion(tokens))
            found.Clear();
        state.Relations.AddRange(found.Values.OrderBy(r => r.Evidence.SentenceIndex));
        RememberAttackers(state, found.Values, mentions, full);
        // A branch's tie to its parent by name alone ("the Islamic State in the Greater Sahara") names no sides.
        RememberSides(state, fromNames is null ? found.Values : found.Values.Where(r => !fromNames.Contains(r)), full, mentions);
        foreach (var r in found.Values.Where(r => IsMembershipOfPerson(state, r) && !(leftBehind?.Contains((r.Source, r.Target)) ?? false)))
            state.GroupOfPerson[r.Source] = r.Target;
        // ("Ansarul Islam, founded in 2016 by ...": when a group was founded is no date of what the paragraph tells next.)
        // ("broke away in 2016 after IS, which had accepted his pledge a year earlier": nor is a time counted back from another
        // the sentence tells; the story goes on from that other.)
        if (dates.LastOrDefault(d => d.Date is not null && !OriginDate(sentence.Text, d)
                && !(d.Qualifier == "earlier" && ToldBefore(d) is not null)) is { } last)
            state.ParagraphDate = state.LastToldDate = last;
        if (dates.LastOrDefault(d => d.Date is { Precision: DatePrecision.Day } && d.Qualifier is null && !OriginDate(sentence.Text, d)) is { } lastDay)
            state.LastToldDay = (lastDay, sentence.Index);
    }

    /// <summary>
    /// "The TTP called off on Monday a truce agreed in June ... A day later a bomber struck": days counted on from the last day
    /// told a few sentences before, not from a month told since of something else.
    /// </summary>
    private static PartialDate? DayCountedFrom(DocumentState state, DateMention later) =>
        state.LastToldDate?.Date is { Precision: not DatePrecision.Day } && DayWords.Any(w => later.Text.Contains(w, StringComparison.OrdinalIgnoreCase))
        && state.LastToldDay is { } told && told.Sentence >= state.SentenceIndex - 4 ? told.Date.Date : null;

    private static readonly string[] DayWords = ["day", "week", "night", "morning", "afternoon", "evening"];

    /// <summary>"(regards it) as a terrorist group", "(designated them) a terrorist organisation": what follows a pronoun at <paramref name="at"/> calls it a group.</summary>
    private static bool CalledAGroupAfter(IReadOnlyList<Token> tokens, int at)
    {
        if (at < tokens.Count && tokens[at].Norm == "as")
            at++;
        if (at >= tokens.Count || tokens[at].Norm is not ("a" or "an"))
            return false;
        for (var k = at + 1; k < tokens.Count && k <= at + 3 && tokens[k].IsWord; k++)
            if (tokens[k].Norm is "group" or "groups" or "organisation" or "organization" or "organisations" or "organizations" or "outfit" or "militia"
                or "movement" or "faction")
                return true;
        return false;
    }

    /// <summary>
    /// Whether the document has tied <paramref name="actor"/> to <paramref name="other"/> (a branch of it, an ally, one it
    /// backs) or the dictionary knows it as the branch of <paramref name="other"/> where it fights.
    /// </summary>
    private bool TiedTo(DocumentState state, string actor, string other) =>
        state.Relations.Any(r => r.Kind is RelationKind.Affiliate or RelationKind.Allied
            && ((r.Source == actor && r.Target == other) || (r.Kind == RelationKind.Allied && r.Source == other && r.Target == actor)))
        || dictionary.TheatresOf(actor).Any(t => dictionary.LocalBranch(other, t) == actor);

    /// <summary>Whether the word at <paramref name="at"/> follows a noun of an act of war and "on", "against" or "targeting" ("raids on insurgent hideouts").</summary>
    private static bool TargetOfActNoun(IReadOnlyList<Token> tokens, int at)
    {
        var k = at - 1;
        if (k >= 0 && tokens[k].Norm is "the" or "their" or "its")
            k--;
        return k >= 1 && tokens[k].Norm is "on" or "against" or "targeting" && PatternMatcher.IsWarActNoun(tokens[k - 1].Norm);
    }

    /// <summary>True when the mentions before <paramref name="before"/> name <paramref name="actor"/>, and only inside a tie's compound ("al Qaeda-linked").</summary>
    private static bool OnlyInTieCompounds(IReadOnlyList<Token> tokens, List<Mention> mentions, int before, string actor)
    {
        var named = false;
        for (var k = 0; k < before; k++)
            if (mentions[k] is { IsReference: false } p && p.Actor == actor)
            {
                // ("A Wagner-linked Telegram channel said the mercenaries ...": a compound that describes a thing, no side,
                // leaves the name what a description may mean.)
                if (!(p.TokenEnd < tokens.Count && tokens[p.TokenEnd].AfterHyphen && CompoundModifiers.Contains(tokens[p.TokenEnd].Norm))
                    || !mentions.Any(q => q.TokenStart == p.TokenEnd + 1 || (q.TokenStart == p.TokenEnd + 2 && tokens[p.TokenEnd + 1].IsWord
                        && tokens[p.TokenEnd + 1].Norm is not ("said" or "says") && !tokens[p.TokenEnd + 1].Norm.EndsWith("ed", StringComparison.Ordinal))))
                    return false;
                named = true;
            }
        return named;
    }

    private static bool OpenQuestion(List<Token> tokens)
    {
        var last = tokens.Count - 1;
        while (last > 0 && tokens[last].Norm is "\"" or "'" or ")")
            last--;
        var first = 0;
        while (first < last && !tokens[first].IsWord)
            first++;
        return last > 0 && tokens[last].Norm == "?" && QuestionOpeners.Contains(tokens[first].Norm);
    }

    /// <summary>
    /// Yes-no questions ("Are they accused of abuses?") and questions asking who or what ("Whom do they fight?", "Which
    /// group attacked the base?") state nothing; "why" and "how" questions take their act as given and are read.
    /// </summary>
    private static readonly HashSet<string> QuestionOpeners =
        ["are", "is", "was", "were", "do", "does", "did", "has", "have", "had", "can", "could", "will", "would", "should", "might", "may", "shall",
         "who", "whom", "which", "what"];

    /// <summary>Whether "to" after a noun of agreement or plan (four words at most before it) stands in the span: "an agreement ... to expel".</summary>
    private static bool AgreedActIn(IReadOnlyList<Unit> units, int start, int end)
    {
        for (var i = start + 1; i < end; i++)
            if (units[i].Norm == "to")
                for (var k = i - 1; k >= start && k >= i - 4 && units[k].Norm is not ("," or ";") && !units[k].IsMention; k--)
                    if (AgreementNouns.Contains(units[k].Norm) || units[k].Norm is "plan" or "plans" or "proposal" or "roadmap")
                        return true;
        return false;
    }

    /// <summary>Whether every mention of <paramref name="actor"/> is the theatre's word for men after "killing" ("killing 21 soldiers").</summary>
    private static bool KilledMenOfTheatre(IReadOnlyList<Token> tokens, List<Mention> mentions, string actor)
    {
        var any = false;
        foreach (var mention in mentions)
            if (mention.Actor == actor)
            {
                if (!mention.Contextual || !Enumerable.Range(Math.Max(0, mention.TokenStart - 4), Math.Min(4, mention.TokenStart))
                        .Any(k => tokens[k].Norm is "killing" or "killed" or "wounding" or "wounded"))
                    return false;
                // ("killed soldiers and VDP fighters", "soldiers and members of the VDP": men listed beside another side's are not its.)
                if (mention.TokenEnd + 1 < tokens.Count && tokens[mention.TokenEnd].Norm == "and"
                    && mentions.Any(m => m.TokenStart > mention.TokenEnd && m.TokenStart <= mention.TokenEnd + 4 && !m.IsReference && m.Actor != actor))
                    return false;
                any = true;
            }
        return any;
    }

    /// <summary>True when every mention of <paramref name="actor"/> in the sentence is a contextual name ("Shiite militias").</summary>
    private static bool NamedOnlyByTheatre(List<Mention> mentions, string actor)
    {
        var any = false;
        foreach (var mention in mentions)
            if (mention.Actor == actor)
            {
                // ("Ghani ordered the army to resume operations against the Taliban": a state's forces are no unnamed author.)
                if (!mention.Contextual || mention.Type == ActorType.State)
                    return false;
                any = true;
            }
        return any;
    }

    /// <summary>Whether a date phrase names a month ("in February", "since late October").</summary>
    private static bool NamesMonth(string text)
    {
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            if (DateResolver.IsMonthName(word.Trim('.', ',').ToLowerInvariant()))
                return true;
        return false;
    }

    /// <summary>True for a date told "in" right after "founded", "formed", "created", "established" or "born" ("founded in 2016").</summary>
    private static bool OriginDate(string text, DateMention date)
    {
        // ("ISWAP, which split from Boko Haram in 2016, has become ...": nor is a year inside a relative clause set off by
        // commas, which says when its own clause happened; "which formed recently" is as recent as the story.)
        var opened = text.LastIndexOf(',', Math.Max(0, date.Start - 1));
        // ("Djibo is besieged by Ansarul Islam, a Burkinabe group that joined JNIM in 2017.": so is one in an apposition's
        // relative clause, closed by a comma or by the sentence's end.)
        var closed = text.IndexOf(',', date.End) >= 0 || text.AsSpan(date.End).Trim().TrimEnd('"').SequenceEqual(".");
        // (A named month counts as a year does: "Bashagha, who was appointed in February, is backed by Haftar".)
        if (opened >= 0 && closed && date.Start - opened < 120 && (date.Text.Any(char.IsDigit) || NamesMonth(date.Text)))
        {
            var clause = text.AsSpan(opened + 1, date.Start - opened - 1).TrimStart();
            // ("a faction in Puntland, whose leader defected in 2015.": a "whose" clause too.)
            if (clause.StartsWith("which ", StringComparison.OrdinalIgnoreCase) || clause.StartsWith("who ", StringComparison.OrdinalIgnoreCase)
                || clause.StartsWith("whose ", StringComparison.OrdinalIgnoreCase))
                return true;
            if ((clause.StartsWith("a ", StringComparison.OrdinalIgnoreCase) || clause.StartsWith("an ", StringComparison.OrdinalIgnoreCase))
                && (clause.Contains(" that ", StringComparison.OrdinalIgnoreCase) || clause.Contains(" which ", StringComparison.OrdinalIgnoreCase)))
                return true;
        }
        var before = text.AsSpan(0, date.Start).TrimEnd();
        // ("formed recently" is as recent as the story: only a date given "in" a year or month is the founding's own.)
        if (!date.Text.StartsWith("in ", StringComparison.OrdinalIgnoreCase))
        {
            if (!before.EndsWith(" in", StringComparison.OrdinalIgnoreCase))
                return false;
            before = before[..^3].TrimEnd();
        }
        // ("President X, elected in May, has declared war on the group": nor is when a man took office.)
        foreach (var word in (string[])["founded", "formed", "created", "established", "born", "elected", "appointed", "inaugurated"])
            if (before.EndsWith(word, StringComparison.OrdinalIgnoreCase))
                return true;
        return false;
    }

    private static int FirstComma(IReadOnlyList<Token> tokens)
    {
        for (var t = 0; t < tokens.Count; t++)
            if (tokens[t].Norm == ",")
                return t;
        return -1;
    }

    /// <summary>The capitalised words before a headline's colon that tags it with a place ("Niger:", "South Sudan:"), or none.</summary>
    private static IReadOnlyList<Token> HeadlineTag(IReadOnlyList<Token> title)
    {
        for (var k = 1; k < title.Count && k <= 3; k++)
            if (title[k].Norm == ":")
                return title.Take(k).All(t => t.IsWord && t.IsCapitalized) ? title.Take(k).ToList() : [];
        return [];
    }

    /// <summary>A year before publication (the earliest date for an undated document or one published in year 1).</summary>
    private static DateOnly YearBefore(DateOnly? published) => published is { Year: > 1 } day ? day.AddYears(-1) : DateOnly.MinValue;

    /// <summary>"said it had repelled the attack": an act a side fought off stands for whoever carried it out.</summary>
    private static bool RepelledAct(IReadOnlyList<Token> tokens, int start) =>
        RepellingVerbs.Contains(tokens[start - 1].Norm)
        || (start >= 2 && tokens[start - 1].Norm == "off" && tokens[start - 2].Norm is "fought" or "fight" or "fighting" or "beat" or "beaten" or "fend" or "fended")
        || (start >= 2 && tokens[start - 1].Norm == "back" && tokens[start - 2].Norm is "beat" or "beaten" or "beating");

    /// <summary>An act named right after a word of support or part ("support for the offensive", "to back the operation", "took part in the offensive").</summary>
    private static bool SupportedAct(IReadOnlyList<Token> tokens, int start) =>
        (tokens[start - 1].Norm is "support" or "supporting" or "supported" or "supports" or "back" or "backing" or "backed" or "join" or "joined" or "joining"
            or "advise" or "advising" or "advised" or "help" or "helping" or "helped" or "assist" or "assisting" or "assisted" or "aid" or "aiding" or "aided")
        || (start >= 2 && tokens[start - 1].Norm == "for" && tokens[start - 2].Norm is "support" or "backing" or "cover" or "help" or "assistance" or "aid")
        || (start >= 3 && tokens[start - 1].Norm == "of" && tokens[start - 2].Norm is "support" or "backing" && tokens[start - 3].Norm == "in") // "in support of the offensive"
        || (start >= 2 && tokens[start - 1].Norm == "in" && tokens[start - 2].Norm is "part" or "participated" or "participates" or "participating");

    /// <summary>"its armed wing, the Qassam Brigades": the name at <paramref name="named"/> is an apposition to the phrase the pronoun opens.</summary>
    private static bool InAppositionAfter(IReadOnlyList<Unit> units, int pronoun, int named)
    {
        if (named <= pronoun || named - pronoun > 5)
            return false;
        var before = named - 1;
        while (before > pronoun && units[before].Norm == "the")
            before--;
        return units[before].Norm == ",";
    }

    /// <summary>
    /// "Hezbollah said the strike killed two of its fighters": a name a verb of saying follows speaks of an act its own
    /// possessive ("its fighters") is hit by; it is no author of it, and no one named before it is the target.
    /// </summary>
    private static bool SpeakerBefore(IReadOnlyList<Unit> units, int name)
    {
        var after = name + 1;
        while (after < units.Count && units[after].Tail)
            after++;
        return after < units.Count && MentionFinder.SayingVerbs.Contains(units[after].Norm);
    }

    /// <summary>
    /// "pit Burhan against his deputy, RSF commander Dagalo": a man's possessive whose first referent is the other side
    /// is that man's (his deputy, his rivals), never someone named further back.
    /// </summary>
    private static bool HisOwn(Mention reference, HashSet<string> otherSide) => OwnSide(reference, otherSide, "his", "her");

    /// <summary>A possessive pronoun ("its", "their") whose first referent is the other side of the same match.</summary>
    private static bool OwnSide(Mention reference, HashSet<string> otherSide) => OwnSide(reference, otherSide, "its", "their");

    private static bool OwnSide(Mention reference, HashSet<string> otherSide, string one, string other) =>
        reference.Source == MentionSource.Pronoun && reference.Surface.ToLowerInvariant() is var pronoun && (pronoun == one || pronoun == other)
        && reference.Candidates.FirstOrDefault() is { } first && otherSide.Contains(first);

    /// <summary>True when the document has named <paramref name="actor"/> with <paramref name="head"/> as its head noun.</summary>
    private static bool HeadUsed(DocumentState state, string actor, string head) =>
        state.HeadsUsed.TryGetValue(actor, out var heads) && heads.Contains(head);

    /// <summary>
    /// True when a name's head noun is <paramref name="head"/> (singular): its last word ("Nusra Front"), or the word
    /// before its first "of", "for" or "in" ("National Front for Liberation", "Army of the Mujahideen").
    /// </summary>
    private static bool HasHeadNoun(string name, string head)
    {
        var words = name.Split(' ');
        if (words[^1].ToLowerInvariant().TrimEnd('s') == head)
            return true;
        var preposition = Array.FindIndex(words, 1, w => w is "of" or "for" or "in");
        return preposition > 0 && words[preposition - 1].ToLowerInvariant().TrimEnd('s') == head;
    }

    /// <summary>"the former allies", "the two partners": allied; "the old rivals", "the two enemies": rival; else null.</summary>
    private static RelationKind? TiedPairWord(string surface) => MentionFinder.TieOfSideNoun(surface.Split(' ')[^1].ToLowerInvariant());

    /// <summary>
    /// True when the pronoun at mention <paramref name="pronoun"/> follows a verb of saying (past "that" or a day) whose
    /// subject, from the sentence's start (past a dateline), names no actor: "Residents said they saw ...", "An alliance
    /// of militias said it had taken the airport" (an indefinite subject, for "it" too).
    /// </summary>
    private static bool UnnamedSpeakersBefore(IReadOnlyList<Token> tokens, List<Mention> mentions, int pronoun)
    {
        var verb = WordBeforeThat(tokens, mentions[pronoun].TokenStart);
        if (verb >= 1 && tokens[verb].Norm is "monday" or "tuesday" or "wednesday" or "thursday" or "friday" or "saturday" or "sunday"
            && tokens[verb - 1].Norm == "on")
            verb -= 2;
        if (verb < 1 || tokens[verb].Norm is not ("said" or "say" or "says" or "told" or "claimed" or "insisted" or "reported"))
            return false;
        var start = MentionFinder.DatelineEnd(tokens);
        for (var k = start; k < verb; k++)
            if (!tokens[k].IsWord && tokens[k].Norm is not ("'" or "-"))
                return false; // a clause before the speakers: their subject is not sure to start the sentence
        // Not officials or commanders, who speak for a side the text has named ("Alliance officials said they struck").
        var indefinite = start < verb && tokens[start].Norm is "a" or "an";
        return (indefinite || (tokens[mentions[pronoun].TokenStart].Norm == "they" && UnnamedSpeakers.Contains(tokens[verb - 1].Norm)))
            && !mentions.Take(pronoun).Any(p => p.TokenStart < verb);
    }

    private static readonly HashSet<string> UnnamedSpeakers =
        ["rebels", "residents", "activists", "witnesses", "villagers", "protesters", "civilians", "locals", "refugees", "survivors", "elders", "tribesmen",
         "separatists", "jihadists", "insurgents", "militants", "gunmen", "extremists"];

    /// <summary>The word right before <paramref name="start"/>, past a "that" ("say that it", "said it"); -1 at the start.</summary>
    private static int WordBeforeThat(IReadOnlyList<Token> tokens, int start)
    {
        var before = start - 1;
        return before >= 0 && tokens[before].Norm == "that" ? before - 1 : before;
    }

    /// <summary>
    /// For a subject pronoun after "that": the side named right before the verb of saying that opens its clause, past a time
    /// ("the YPG declared on Monday that they"), unless named by the men who speak for it (<see cref="NamedByItsSpeakers"/>); else null.
    /// </summary>
    private static string? SaidOfItselfBy(IReadOnlyList<Token> tokens, List<Mention> mentions, int pronoun)
    {
        var verb = mentions[pronoun].TokenStart - 2;
        for (var k = verb; k >= 1 && verb - k <= 3; k--)
            if (tokens[k].Norm is "said" or "says" or "declared" or "announced" or "stated" or "confirmed" or "insisted" or "claimed")
            {
                // (Only a time between the verb and "that": "on Monday", "late on Sunday".)
                if (Enumerable.Range(k + 1, verb - k).Any(t => !(tokens[t].Norm is "on" or "late" or "early" or "last" or "this" || DateResolver.IsMonthOrDay(tokens[t].Norm))))
                    return null;
                return mentions.Take(pronoun).LastOrDefault(p => Math.Max(p.TokenEnd, p.TailEnd) is var end && (end == k || (end == k - 1 && tokens[k - 1].Norm == ")")))
                    is { IsReference: false, Actor: { } side } named && !NamedByItsSpeakers(tokens, named) ? side : null;
            }
        return null;
    }

    /// <summary>The last word of a mention's surface, lower case ("Boko Haram fighters" gives "fighters").</summary>
    private static string LastWord(string surface) =>
        surface.LastIndexOf(' ') is var space and >= 0 ? surface[(space + 1)..].ToLowerInvariant() : surface.ToLowerInvariant();

    /// <summary>The last verb of saying before <paramref name="end"/> in its sentence ("said", "claimed" ...), or -1.</summary>
    private static int LastSayingVerb(IReadOnlyList<Token> tokens, int end)
    {
        for (var k = end - 1; k >= 0; k--)
            if (tokens[k].Norm is "said" or "says" or "say" or "told" or "claimed" or "claims" or "added" or "stated" or "announced")
                return k;
        return -1;
    }

    /// <summary>
    /// Whether a sentence opens on up to four words ending with a plural noun ("Libyan forces", "Security officials"), then a
    /// verb of saying, and reaches the pronoun at <paramref name="pronoun"/> within a few words ("that", a day).
    /// </summary>
    private static bool SpeakingMenBefore(IReadOnlyList<Token> tokens, int pronoun)
    {
        var verb = LastSayingVerb(tokens, pronoun);
        if (verb < 0 && pronoun >= 2)
            for (var k = pronoun - 1; k >= 2 && pronoun - k <= 5 && verb < 0; k--)
                if (tokens[k].Norm is "declared" or "insisted" or "reported" or "confirmed")
                    verb = k;
        return verb is >= 2 and <= 4 && pronoun - verb <= 5 && tokens[verb - 1].Norm is { Length: > 3 } men && men.EndsWith('s') && !men.EndsWith("ss", StringComparison.Ordinal)
            && Enumerable.Range(0, verb).All(k => tokens[k].IsWord && !tokens[k].Norm.EndsWith("'s", StringComparison.Ordinal))
            && Enumerable.Range(verb + 1, pronoun - verb - 1).All(k => tokens[k].IsWord);
    }

    /// <summary>
    /// For a pronoun right after a verb of saying ("officials say it"), the actor whose officials speak: the name at
    /// most two words before the verb, told with its officials or sources; else null.
    /// </summary>
    private static string? SpeakerBefore(IReadOnlyList<Token> tokens, List<Mention> mentions, int pronoun)
    {
        // "Israeli officials describe it as a front for Iran", "designated Nusra a terrorist group, calling it an alias of
        // AQI": what a side describes is not that side (the one right before the verb, else the clause's subject).
        var start = mentions[pronoun].TokenStart;
        if (start >= 1 && PatternMatcher.DescribingVerbs.Contains(tokens[start - 1].Norm))
            return (mentions.Take(pronoun).LastOrDefault(p => Math.Max(p.TokenEnd, p.TailEnd) is var end && end >= start - 3 && end <= start - 1)
                    ?? mentions.Take(pronoun).LastOrDefault(p => !p.IsReference && ClauseRank(tokens, mentions, p) == 0))
                is { Candidates: [var describer, ..] } ? describer : null;
        var verb = WordBeforeThat(tokens, mentions[pronoun].TokenStart);
        if (verb < 1 || tokens[verb].Norm is not ("say" or "says" or "said" or "believe" or "believes" or "believed" or "claim" or "claims"
            or "claimed" or "insist" or "insists" or "insisted" or "allege" or "alleges" or "alleged" or "think" or "thinks"))
            return null;
        // "Hezbollah said it had fired" speaks of itself; "Pakistani officials say it is" speak of someone else.
        return mentions.Take(pronoun).LastOrDefault(p => Math.Max(p.TokenEnd, p.TailEnd) >= verb - 2 && Math.Max(p.TokenEnd, p.TailEnd) <= verb)
            is { Candidates: [var speaker, ..] } named && NamedByItsSpeakers(tokens, named) ? speaker : null;
    }

    /// <summary>"Pakistani officials", "Taliban commanders": a side named by the men who speak for it.</summary>
    private static bool NamedByItsSpeakers(IReadOnlyList<Token> tokens, Mention named) =>
        named.TailEnd > named.TokenEnd
        && tokens[named.TailEnd - 1].Norm is "officials" or "sources" or "authorities" or "officers" or "commanders" or "leaders" or "diplomats";

    /// <summary>
    /// The last day of the latest year a sentence names when every year it names is before the year of
    /// <paramref name="published"/> ("in 2019"); else <paramref name="published"/>.
    /// </summary>
    private static DateOnly? YearsToldOnlyBefore(IReadOnlyList<Token> tokens, DateOnly? published)
    {
        if (published is not { } day)
            return published;
        var latest = 0;
        foreach (var token in tokens)
            if (token.Norm.Length == 4 && int.TryParse(token.Norm, out var year) && year is >= 1900 and <= 2100)
            {
                if (year >= day.Year)
                    return published;
                latest = Math.Max(latest, year);
            }
        return latest > 0 ? new DateOnly(latest, 12, 31) : published;
    }

    /// <summary>
    /// For a possessive at <paramref name="pronoun"/> within six words after "in retaliation for" ("in response to", "in
    /// revenge for", "to avenge"), the subject of the act the phrase follows: the last name before the phrase with a verb
    /// right after it; else null.
    /// </summary>
    private static string? AvengerBefore(IReadOnlyList<Token> tokens, List<Mention> mentions, int pronoun)
    {
        var start = mentions[pronoun].TokenStart;
        var phrase = -1;
        for (var k = start - 1; k >= 1 && start - k <= 6 && phrase < 0; k--)
            if ((tokens[k].Norm is "retaliation" or "revenge" or "response" or "reprisal" && tokens[k + 1].Norm is "for" or "to")
                || (tokens[k].Norm is "avenge" or "avenging"))
                phrase = tokens[k - 1].Norm is "in" or "to" ? k - 1 : k;
        if (phrase < 1)
            return null;
        return mentions.Take(pronoun).LastOrDefault(p => !p.IsReference && p.Actor is not null && Math.Max(p.TokenEnd, p.TailEnd) is var end
            && end < phrase && end < tokens.Count && (tokens[end].Norm is "struck" or "hit" or "has" or "have" or "had"
                || tokens[end].Norm.EndsWith("ed", StringComparison.Ordinal)))?.Actor; // ("launched", "fired", "shelled" ...)
    }

    /// <summary>
    /// True when "is" ("was") and an article at <paramref name="after"/> open a phrase whose noun within four words is an
    /// act with its agent after "by" ("the largest attack by the group").
    /// </summary>
    private static bool ActNamedAfterCopula(IReadOnlyList<Token> tokens, int after)
    {
        if (after + 2 >= tokens.Count || tokens[after].Norm is not ("is" or "was") || tokens[after + 1].Norm is not ("the" or "a" or "an"))
            return false;
        for (var k = after + 2; k + 1 < tokens.Count && k <= after + 5; k++)
            if (ViolentActNouns.Contains(tokens[k].Norm))
                return tokens[k + 1].Norm == "by";
        return false;
    }

    /// <summary>
    /// The two sides a sentence opens with, joined by "and", before mention <paramref name="before"/>: a side's word before a
    /// title ("army chief") gives way to the man the title names; else none.
    /// </summary>
    private string[] OpeningPair(IReadOnlyList<Token> tokens, List<Mention> mentions, int before)
    {
        if (before < 2 || mentions[0] is not { IsReference: false, Actor: { } first } opener || opener.TokenEnd >= tokens.Count || tokens[opener.TokenEnd].Norm != "and")
            return [];
        var second = 1;
        if (mentions[1].TokenEnd < tokens.Count && dictionary.Discovery.IsRole(tokens[mentions[1].TokenEnd].Norm) && before > 2
            && mentions[2].TokenStart == mentions[1].TokenEnd + 1)
            second = 2;
        return mentions[1].TokenStart - opener.TokenEnd is 1 or 2 && mentions[second] is { IsReference: false, Actor: { } other } && other != first ? [first, other] : [];
    }

    /// <summary>The last two sides named before the mention at <paramref name="before"/> with only "and" (and an article) between them.</summary>
    private static string[] JoinedPairBefore(IReadOnlyList<Token> tokens, List<Mention> mentions, int before)
    {
        for (var k = before - 1; k >= 1; k--)
            if (mentions[k - 1] is { IsReference: false, Actor: { } first } p && mentions[k] is { IsReference: false, Actor: { } second } q && first != second
                && q.TokenStart - p.TokenEnd is 1 or 2 && tokens[p.TokenEnd].Norm == "and" && (q.TokenStart - p.TokenEnd == 1 || tokens[p.TokenEnd + 1].Norm == "the"))
                return [first, second];
        return [];
    }

    /// <summary>
    /// The side a verb of saying right before the description at <paramref name="description"/> has for its speaker, named
    /// by its own name: right before the verb, or the main clause's subject when the verb is joined by "and"; else null.
    /// </summary>
    private static string? NamedSpeakerBefore(IReadOnlyList<Token> tokens, List<Mention> mentions, int description)
    {
        var verb = WordBeforeThat(tokens, mentions[description].TokenStart);
        if (verb < 1 || !MentionFinder.SayingVerbs.Contains(tokens[verb].Norm))
            return null;
        var speaker = tokens[verb - 1].Norm == "and"
            ? mentions.Take(description).FirstOrDefault(p => p.Actor is not null && ClauseRank(tokens, mentions, p) == 0)
            : mentions.Take(description).LastOrDefault(p => Math.Max(p.TokenEnd, p.TailEnd) == verb);
        // ("A Wagner-linked channel acknowledged losses and said the mercenaries ...": a name inside the speaker's compound
        // modifier is not the speaker.)
        if (speaker is not null && speaker.TokenEnd < tokens.Count && tokens[speaker.TokenEnd].AfterHyphen && CompoundModifiers.Contains(tokens[speaker.TokenEnd].Norm))
            return null;
        return speaker is { IsReference: false, Actor: { } actor } && speaker.TailEnd <= speaker.TokenEnd ? actor : null;
    }

    /// <summary>
    /// The comma that opens an apposition a description starting at <paramref name="start"/> ends: right before it,
    /// or before its article and up to three modifiers ("the Saudi-backed", "a powerful"); else -1.
    /// </summary>
    private static int AppositionComma(IReadOnlyList<Token> tokens, int start)
    {
        for (var k = start - 1; k >= 1 && start - k <= 5; k--)
        {
            if (tokens[k].Norm == ",")
                return k == start - 1 || tokens[k + 1].Norm is "the" or "a" or "an" ? k : -1; // not ", drove the jihadists"
            if (!tokens[k].IsWord || tokens[k].Norm is "and" or "or" or "of" or "by" or "with" or "in" or "to")
                return -1;
        }
        return -1;
    }

    /// <summary>"the offensive that toppled Assad": a name right after a verb that a relative pronoun opens (past its article).</summary>
    private static bool ObjectInRelativeClause(IReadOnlyList<Token> tokens, Mention m)
    {
        var verb = m.TokenStart >= 1 && tokens[m.TokenStart - 1].Norm is "the" or "a" or "an" ? m.TokenStart - 2 : m.TokenStart - 1;
        return verb >= 1 && tokens[verb].IsWord && !tokens[verb].IsCapitalized && tokens[verb - 1].Norm is "that" or "which";
    }

    /// <summary>
    /// "The offensive that toppled Assad was led by HTS": the agent of a passive whose subject opens the sentence as an act
    /// (an offensive, an attack, a campaign) no name owns.
    /// </summary>
    private static bool PassiveAgentOfAct(IReadOnlyList<Token> tokens, IReadOnlyList<Mention> mentions, Mention m)
    {
        var by = m.TokenStart >= 1 && tokens[m.TokenStart - 1].Norm == "the" ? m.TokenStart - 2 : m.TokenStart - 1;
        if (by < 3 || tokens[by].Norm != "by" || tokens[by - 2].Norm is not ("was" or "were") || !tokens[by - 1].Norm.EndsWith("ed", StringComparison.Ordinal))
            return false;
        var opening = tokens[0].Norm is "the" or "a" or "an" ? 1 : 0;
        return opening < tokens.Count && tokens[opening].Norm is "offensive" or "assault" or "attack" or "campaign" or "operation" or "push" or "advance" or "raid"
            && !mentions.Any(p => p.TokenStart < m.TokenStart && p.Source != MentionSource.Event && !ObjectInRelativeClause(tokens, p));
    }

    /// <summary>Whether the name at <paramref name="start"/> is given as a new one: "renamed itself X", "rebranded as X", "changed its name to X".</summary>
    private static bool NamedAsNewName(IReadOnlyList<Token> tokens, int start)
    {
        var k = start - 1;
        if (k >= 0 && tokens[k].Norm is "as" or "to")
            k--;
        if (k >= 0 && tokens[k].Norm is "itself" or "themselves")
            k--;
        return k >= 0 && (tokens[k].Norm is "renamed" or "rebranded" or "rebranding" or "renaming"
            || (k >= 2 && tokens[k].Norm == "name" && tokens[k - 1].Norm is "its" or "their" && tokens[k - 2].Norm is "changed" or "changes" or "changing"));
    }

    /// <summary>A person's membership of a group ("Jolani -affiliate-> Nusra"): it tells the group a later "his group" means.</summary>
    private bool IsMembershipOfPerson(DocumentState state, ExtractedRelation r) =>
        r.Kind == RelationKind.Affiliate && TypeOf(state, r.Source) == ActorType.Person && TypeOf(state, r.Target) != ActorType.Person;

    /// <summary>
    /// A headline tells the news without a date: its relation takes the latest date the body gives the same
    /// relation ("seizes Idlib" takes "on Sunday"), else the story's date (see <see cref="StoryDate"/>), else the
    /// publication date, since a headline reports the day's news.
    /// Background statements stay undated.
    /// </summary>
    private static void DateHeadline(DocumentState state)
    {
        var relations = state.Relations;
        for (var i = 0; i < relations.Count; i++)
        {
            var r = relations[i];
            if (r.Evidence.SentenceIndex != 0 || r.Evidence.Date is not null || r.Evidence.Background)
                continue;
            // "Hezbollah, Israel trade fire" over a body that recalls "the 2006 war between Hezbollah and Israel": a date
            // more than a year before publication is history the body recalls, not the headline's news.
            var recent = YearBefore(state.Document.Published);
            var body = relations.Where(b => b.Evidence.SentenceIndex > 0 && b.Evidence.Date is { } d && d.Value >= recent && SameRelation(b, r))
                .MaxBy(b => b.Evidence.Date!.Value.Value);
            // ("TTP claims attack on police" over "has stepped up attacks since November" and a story of Monday: a body date months
            // old is background when the story tells of the days before publication.)
            if (body is not null && state.StoryDate is { Date: { } storyDay } && body.Evidence.Date!.Value.LastDay < storyDay.Value.AddDays(-31))
                body = null;
            if (body is not null)
                relations[i] = r with { Evidence = r.Evidence with { Date = body.Evidence.Date, DateText = body.Evidence.DateText,
                    Explanation = r.Evidence.Explanation + $"; a headline, dated as the body states it (\"{body.Evidence.DateText}\")" } };
            // ("Boko Haram leader Shekau dies": a membership the headline names a man by is no news of the day.)
            else if (r.Kind == RelationKind.Affiliate)
                continue;
            else if (state.StoryDate is { Date: { } story } storyMention)
                relations[i] = r with { Evidence = r.Evidence with { Date = story, DateText = storyMention.Text,
                    Explanation = r.Evidence.Explanation + $"; a headline, dated as the story's opening (\"{storyMention.Text}\")" } };
            else if (state.Document.Published is { } published)
                relations[i] = r with { Evidence = r.Evidence with { Date = new PartialDate(published, DatePrecision.Day),
                    Explanation = r.Evidence.Explanation + "; a headline, dated by the document's publication" } };
        }
    }

    /// <summary>
    /// Whether "before" at <paramref name="k"/> opens another act a noun phrase names ("before their withdrawal", "before the
    /// elections"), not a time of day ("before dawn", "before the dawn").
    /// </summary>
    private static bool BeforeAnotherAct(IReadOnlyList<Unit> units, int k) =>
        k + 2 < units.Count && units[k].Norm == "before" && units[k + 1].Norm is "the" or "their" or "its" or "his" or "her" or "a" or "an"
        && units[k + 2].Norm is not ("dawn" or "noon" or "midnight" or "sunrise" or "sunset" or "daybreak");

    /// <summary>Whether "N units earlier" may be counted from a date told at <paramref name="precision"/> (years from any, days from a day).</summary>
    private static bool CountsFrom(string text, DatePrecision precision) =>
        text.Contains("year", StringComparison.OrdinalIgnoreCase) || (text.Contains("month", StringComparison.OrdinalIgnoreCase) && precision is DatePrecision.Month or DatePrecision.Day)
        || precision == DatePrecision.Day;

    /// <summary>The year a sentence opens with as a heading ("2014: Al-Qaeda disowns ..."), or null.</summary>
    private static int? TimelineYearHeading(string text)
    {
        var t = text.AsSpan().TrimStart();
        return t.Length > 6 && char.IsAsciiDigit(t[0]) && char.IsAsciiDigit(t[1]) && char.IsAsciiDigit(t[2]) && char.IsAsciiDigit(t[3])
            && t[4] == ':' && int.Parse(t[..4]) is var year and >= 1900 and <= 2100 ? year : null;
    }

    /// <summary>Whether a date phrase names its year ("February 2014").</summary>
    private static bool HoldsYear(string text)
    {
        for (var k = 0; k + 3 < text.Length; k++)
            if (char.IsAsciiDigit(text[k]) && char.IsAsciiDigit(text[k + 1]) && char.IsAsciiDigit(text[k + 2]) && char.IsAsciiDigit(text[k + 3]))
                return true;
        return false;
    }

    /// <summary>
    /// The day the news happened: the first date of a day the story's opening sentences give, in the two weeks
    /// before publication ("Mali's jihadist groups said Thursday ..."). Later undated acts of the story, and a
    /// headline the body does not date, take it. The dates of each sentence searched are left in <paramref name="read"/>.
    /// </summary>
    private static DateMention? StoryDate(SourceDocument document, IEnumerable<Sentence> sentences, Dictionary<int, IReadOnlyList<DateMention>> read)
    {
        if (document.Published is not { } published)
            return null;
        foreach (var sentence in sentences.Where(s => s.Kind == SegmentKind.Body).Take(3))
            foreach (var d in read[sentence.Index] = DateResolver.Find(sentence.Text, published))
                if (d.Date is { Precision: DatePrecision.Day } day && d.Qualifier is null
                    && day.Value <= published && day.Value >= published.AddDays(-14))
                    return d;
        return null;
    }

    /// <summary>
    /// The date an undated act takes: its paragraph's latest date, else (for an act, <paramref name="storyToo"/>,
    /// not a standing enmity) the story's date, unless the sentence tells of the background or of something before
    /// the story ("had stormed", "days earlier").
    /// </summary>
    /// <param name="before">Where the act told starts: a time counted from another act only before it counts.</param>
    private (DateMention Date, string Note)? CarriedDate(SentenceContext context, bool storyToo, int before = int.MaxValue)
    {
        if (IsBackground(context.Units) || context.Sentence.Kind != SegmentKind.Body)
            return null;
        // "have raided ISKP hideouts in recent months", "over the past two years": a time of its own, vague or a
        // period, not the paragraph's date.
        // ("have survived three years of air strikes": so is a span of years or months the act went on for.)
        if (context.Units.Any(u => u.Norm is "recent" or "recently" or "lately")
            || Enumerable.Range(0, Math.Max(0, context.Units.Count - 1)).Any(i => context.Units[i].Norm is "years" or "months" or "decades" && context.Units[i + 1].Norm == "of")
            // ("besieged the city for fourteen months": so is a span the act lasted.)
            || Enumerable.Range(0, Math.Max(0, context.Units.Count - 2)).Any(i => context.Units[i].Norm == "for"
                && context.Units[i + 2].Norm is "years" or "months" or "weeks" or "decades")
            || Enumerable.Range(0, context.Units.Count).Any(i => context.Units[i].Norm is "over" or "for" or "during" or "throughout"
                && i + 2 < context.Units.Count && context.Units[i + 1].Norm is "the" or "recent" && context.Units[i + 2].Norm is "past" or "last"))
            return null;
        // "came a year after al-Shabaab overran a base", "Two days later, the militants struck": an act told after a time
        // counted from another is not of the paragraph's date (not "was killed on Monday, days after he broke with ...",
        // nor "this month after ...").
        if (Enumerable.Range(2, Math.Max(0, Math.Min(before, context.Units.Count) - 2)).Any(i => context.Units[i].Norm is "after" or "before" or "later" or "earlier"
                && (context.Units[i - 1].Norm is "years" or "months" or "weeks" or "days" or "decades"
                    || (context.Units[i - 1].Norm is "year" or "month" or "week" or "day" or "decade" && context.Units[i - 2].Norm is "a" or "one"))))
            return null;
        // ("attacks on US troops before their withdrawal in 2011": nor one told before a dated act, whose date it is not.)
        if (Enumerable.Range(0, context.Units.Count).Any(i => (before == int.MaxValue || i > before) && BeforeAnotherAct(context.Units, i)
                && context.Dates.Any(d => d.Date is not null && d.Start >= context.Units[i].CharEnd)))
            return null;
        // "Some of these militias had fought US troops": a past perfect tells of a time before the paragraph's
        // (not in reported speech: "the army said it had killed 40 militants" is the report's time).
        if (context.State.ParagraphDate is { } paragraphDate)
            return PastPerfectOfNarrative(context.Units) ? null : (paragraphDate, $"date carried from \"{paragraphDate.Text}\" earlier in the paragraph");
        if (TellsOfEarlier(context.Units))
            return null;
        if (!storyToo)
            return null;
        if (context.State.StoryDate is { } story)
            return (story, $"date carried from the story's date (\"{story.Text}\")");
        // The opening sentence of a report tells the day's news, as a headline does.
        return context.Sentence.Index == context.State.LedeIndex && context.State.Document.Published is { } published
            ? (new DateMention(-1, -1, "", new PartialDate(published, DatePrecision.Day), null), "the story's opening sentence, dated by the document's publication")
            : null;
    }

    /// <summary>
    /// "Rebels launched an offensive on Sunday ... Their allies joined the attack on government positions": an act the match
    /// names by a reference to one told before took place when that one did; null when the match names none, or it was undated.
    /// </summary>
    private static (DateMention Date, string Note)? ActToldBeforeIn(SentenceContext context, CueMatch match)
    {
        if (context.State.LastActDate is not { } actDate || context.Sentence.Kind != SegmentKind.Body)
            return null;
        for (var k = match.Start; k < match.End; k++)
            if (context.Units[k].IsMention && context.Mentions[context.Units[k].Mention] is { Source: MentionSource.Event, Candidates.Count: > 0 })
                return (actDate, actDate.Text.Length > 0 ? $"date of the act told before (\"{actDate.Text}\")" : "date of the act told before");
        return null;
    }

    /// <summary>
    /// Whether a word of an earlier time stands in the sentence; "had" only in the narrative ("claimed the assault, saying
    /// it had overrun a camp" reports the story's act).
    /// </summary>
    private bool TellsOfEarlier(IReadOnlyList<Unit> units)
    {
        for (var i = 0; i < units.Count; i++)
            foreach (var phrase in lexicon.EarlierMarkers.StartingWith(units[i].Lead))
                if (PhraseAt(units, i, phrase) && (phrase is not (["had"] or ["'d"]) || PastPerfectOfNarrative(units)))
                    return true;
        return false;
    }

    /// <summary>True for a "had" before any verb of saying in the sentence ("X had fought Y", not "X said it had").</summary>
    private static bool PastPerfectOfNarrative(IReadOnlyList<Unit> units)
    {
        foreach (var unit in units)
        {
            if (unit.Norm is "said" or "says" or "say" or "told" or "tells" or "claimed" or "claims" or "announced" or "reported" or "added"
                or "stated" or "insisted" or "acknowledged" or "admitted" or "denied" or "confirmed")
                return false;
            if (unit.Norm is "had" or "'d")
                return true;
        }
        return false;
    }

    /// <summary>True when <paramref name="undated"/>, a reading of the same tie as the dated <paramref name="dated"/>, takes its date.</summary>
    private static bool TakesOthersDate(ExtractedRelation dated, ExtractedRelation undated) =>
        dated.Evidence.Date is not null && undated.Evidence.Date is null && undated.Kind != RelationKind.Affiliate
        && dated.Evidence.Attribution == undated.Evidence.Attribution;

    /// <summary><paramref name="relation"/> with the date (and its words) of <paramref name="dated"/>.</summary>
    private static ExtractedRelation DatedAs(ExtractedRelation relation, ExtractedRelation dated) =>
        relation with { Evidence = relation.Evidence with { Date = dated.Evidence.Date, DateText = dated.Evidence.DateText } };

    private static bool SameRelation(ExtractedRelation a, ExtractedRelation b) =>
        a.Kind == b.Kind && ((a.Source == b.Source && a.Target == b.Target) || (a.IsSymmetric && a.Source == b.Target && a.Target == b.Source));

    /// <summary>
    /// The sides a later "the two groups" or "they" may stand for together: actors this sentence names in one list
    /// ("Ahrar al-Sham and Jund al-Aqsa"), else the two sides of its last relation between groups.
    /// </summary>
    private void RememberSides(DocumentState state, IEnumerable<ExtractedRelation> relations, IReadOnlyList<Unit> units, List<Mention> mentions)
    {
        bool IsSide(string? actor) => actor is not null && PronounTypes.Contains(TypeOf(state, actor));
        // "The two groups turned on each other, ... French troops": the sides the plural stood for stay the sides.
        if (mentions.FirstOrDefault(m => m.Plural && m.Source == MentionSource.Description && m.Members.Count > 1) is { } plural)
        {
            state.LastSides = (plural.Members, state.SentenceIndex);
            return;
        }
        for (var i = 0; i < units.Count; i++)
        {
            // "between IS and al Qaeda's affiliate, JNIM": the side is the branch the apposition names, not its owner.
            if (!units[i].IsMention || mentions[units[PatternMatcher.NamedSide(units, i)].Mention] is not { IsReference: false } first || !IsSide(first.Actor))
                continue;
            var listed = PatternMatcher.Following(units, i).Select(u => mentions[units[PatternMatcher.NamedSide(units, u)].Mention])
                .Where(m => !m.IsReference).Select(m => m.Actor).Where(IsSide).Prepend(first.Actor).Distinct().ToList();
            if (listed.Count >= 2)
            {
                state.LastSides = (listed!, state.SentenceIndex);
                return;
            }
        }
        // "ISWAP split from Boko Haram ... The two factions have since fought": a tie between two groups names sides too.
        var between = relations.Where(r => IsSide(r.Source) && IsSide(r.Target)).ToList();
        // ("The NFL, a Turkish-backed coalition, joined HTS in trying to repel the offensive. The two had fought": the sides
        // the sentence names, not a backer inside a modifier nor the owner of an act a reference stands for.)
        if (between.Count > 1)
        {
            var named = new HashSet<string>();
            for (var i = 0; i < units.Count; i++)
                if (units[i].IsMention && mentions[units[i].Mention] is { IsReference: false, Actor: { } actor } && !(i + 1 < units.Count && units[i + 1].AfterHyphen))
                    named.Add(actor);
            if (between.Where(r => named.Contains(r.Source) && named.Contains(r.Target)).ToList() is { Count: > 0 } plain)
                between = plain;
        }
        if ((between.LastOrDefault(r => r.Kind != RelationKind.Affiliate) ?? between.LastOrDefault()) is { } last)
            state.LastSides = ([last.Source, last.Target], state.SentenceIndex);
    }

    /// <summary>
    /// Who carried out the act this sentence describes, for a later "the operation" or "the airstrike": the
    /// authors of its attacks, or the subjects of "launched an offensive" when the sentence names no target.
    /// </summary>
    private void RememberAttackers(DocumentState state, IEnumerable<ExtractedRelation> relations, List<Mention> mentions, IReadOnlyList<Unit> units)
    {
        // ("The fighting began after ISIL fighters killed a doctor": the act that set off a fight told before is its cause; a later
        // "joined the offensive" is still the fight's.)
        if (FightsOnsetTold(units))
            return;
        // ("whose brigades spearheaded the 2016 campaign against IS", in a story of 2019: an act of history, more than a
        // year before publication, is not the one a later "the offensive" refers to.)
        var recent = YearBefore(state.Document.Published);
        var attackers = relations.Where(r => r.Kind == RelationKind.Attacked && TypeOf(state, r.Source) != ActorType.Person
                && !(r.Evidence.Date is { } date && date.Value < recent))
            .Select(r => r.Source).Distinct().ToList();
        // ("Rebels launched an offensive to break the government's siege of the city. ... joined the attack": an act told by
        // its owner's possessive is one the sentence names in passing; the authors of the act it tells are the others.)
        var possessedOnly = attackers.Where(a => relations.Where(r => r.Kind == RelationKind.Attacked && r.Source == a)
            .All(r => r.Evidence.Explanation.Contains(PatternMatcher.PossessorOfAct, StringComparison.Ordinal))).ToList();
        if (possessedOnly.Count > 0 && possessedOnly.Count < attackers.Count)
            attackers = attackers.Except(possessedOnly).ToList();
        string? actNoun = null;
        if (attackers.Count == 0)
        {
            for (var i = 0; i < units.Count && attackers.Count == 0; i++)
            {
                // ("had held the town and used it to launch attacks on the road": an act a side means to do, or used something
                // to do, is not the act a later "the offensive" tells of.)
                if (!lexicon.EventVerbs.Contains(units[i].Norm) || (i > 0 && units[i - 1].Norm == "to")
                    || Enumerable.Range(i + 1, Math.Min(4, units.Count - i - 1)).FirstOrDefault(j => lexicon.EventNouns.Contains(units[j].Norm), -1) is not (>= 0 and var noun))
                    continue;
                var (subject, _) = PatternMatcher.ResolveSubject(units, i, 8);
                if (subject < 0)
                    continue;
                foreach (var u in PatternMatcher.Preceding(units, subject).Prepend(subject))
                    if (mentions[units[u].Mention].Candidates.FirstOrDefault() is { } actor && !attackers.Contains(actor))
                        attackers.Add(actor);
                actNoun = units[noun].Norm;
            }
        }
        // "Israeli warplanes struck positions of Iranian-backed militias. The strikes targeted ...": a side named striking what
        // no name gives is the author of the act a later "the strikes" tells of.
        for (var i = 1; i < units.Count && attackers.Count == 0; i++)
        {
            if (!StrikingVerbs.Contains(units[i].Norm) || units[i - 1].Norm == "to" || PatternMatcher.ResolveSubject(units, i, 4) is not { Unit: >= 0 } subject
                || !units[subject.Unit].IsMention || mentions[units[subject.Unit].Mention] is not { IsReference: false, Candidates: [var striker, ..] }
                || !PronounTypes.Contains(TypeOf(state, striker)))
                continue;
            attackers.Add(striker);
        }
        // "Al-Shabaab said its fighters had repelled the raid and killed several soldiers": a defender's account of the act
        // told before is no new act; a later "the operation" is still that one.
        if (attackers.Count > 0 && state.LastAttackers.Count > 0 && RepelsActToldBefore(units, mentions))
            return;
        // ("The US, which has bombed the group since August, ... Tribal fighters also joined the assault": an act read from its
        // relations has the kind its sentence's nouns give, a ground act's first, so a later noun of the other kind is not it.)
        if (attackers.Count > 0)
        {
            (state.LastAttackers, state.LastActNoun) = (attackers, actNoun ?? KindOfActTold(units));
            state.LastActDate = relations.FirstOrDefault(r => r.Kind == RelationKind.Attacked && attackers.Contains(r.Source) && r.Evidence.Date is not null)
                is { Evidence: { Date: { } date } evidence } ? new DateMention(-1, -1, evidence.DateText ?? "", date, null) : null;
        }
        if (attackers.Count > 0 && TargetedAct(state, relations, mentions, units) is { } targetedAct)
            state.LastTargetedAct = (targetedAct.Noun, targetedAct.Attackers, state.SentenceIndex);
        if (OwnedAct(state, mentions, units) is { } ownedAct)
            state.LastOwnedAct = (ownedAct.Noun, ownedAct.Owner, state.SentenceIndex);
        else if (actNoun is not null && actNoun == state.LastOwnedAct?.Noun)
            state.LastOwnedAct = null;
    }

    /// <summary>
    /// An act of war named by its noun before its target ("an offensive against al-Shabaab"), with the sides this sentence
    /// tells attacked that target; the last in the sentence, null when there is none.
    /// </summary>
    private (string Noun, List<string> Attackers)? TargetedAct(DocumentState state, IEnumerable<ExtractedRelation> relations,
        List<Mention> mentions, IReadOnlyList<Unit> units)
    {
        for (var k = units.Count - 3; k >= 0; k--)
        {
            if (!(GroundActNouns.Contains(units[k].Norm) || AirActNouns.Contains(units[k].Norm)) || units[k + 1].Norm is not ("against" or "on" or "targeting"))
                continue;
            for (var t = k + 2; t < units.Count && t <= k + 4; t++)
            {
                if (!units[t].IsMention)
                    continue;
                if (mentions[units[t].Mention].Candidates is not [var target, ..])
                    break;
                var attackers = relations.Where(r => r.Kind == RelationKind.Attacked && r.Target == target && TypeOf(state, r.Source) != ActorType.Person)
                    .Select(r => r.Source).Distinct().ToList();
                if (attackers.Count > 0)
                    return (units[k].Norm, attackers);
                break;
            }
        }
        return null;
    }

    /// <summary>
    /// Whether a mention before <paramref name="i"/> in this sentence names <paramref name="actor"/> in the plural ("the rebel
    /// groups", "the Houthis"); a state's name ending in "s" ("the United States") is no plural.
    /// </summary>
    private bool NamedInThePlural(DocumentState state, IReadOnlyList<Token> tokens, List<Mention> mentions, int i, string actor)
    {
        for (var n = 0; n < i; n++)
            if (mentions[n] is { Source: not MentionSource.Pronoun } p && (p.Actor == actor || (p.IsReference && p.Candidates is [var referent, ..] && referent == actor))
                && (p.Plural || (tokens[p.TokenEnd - 1].Norm.EndsWith('s') && !tokens[p.TokenEnd - 1].Norm.EndsWith("ss", StringComparison.Ordinal)
                    && TypeOf(state, actor) != ActorType.State)))
                return true;
        return false;
    }

    /// <summary>Words of a plural description that name states ("the two countries").</summary>
    private static readonly string[] StateWords = ["countries", "states", "governments", "neighbours", "neighbors", "juntas"];

    /// <summary>How many sentences after an act named with its owner a later "the offensive" may still be that act.</summary>
    private const int OwnedActReach = 4;

    /// <summary>
    /// An act of war named with its owner before its noun ("a government offensive", "Turkey's incursion"), the last in the
    /// sentence; null when there is none.
    /// </summary>
    private (string Noun, string Owner)? OwnedAct(DocumentState state, List<Mention> mentions, IReadOnlyList<Unit> units)
    {
        for (var k = units.Count - 2; k >= 0; k--)
        {
            var noun = k + 2 < units.Count && units[k + 1].Norm == "'s" ? k + 2 : k + 1;
            if (GroundActNouns.Contains(units[noun].Norm) && units[k].IsMention
                && mentions[units[k].Mention] is { IsReference: false, Candidates: [var owner, ..] } && PronounTypes.Contains(TypeOf(state, owner)))
                return (units[noun].Norm, owner);
        }
        return null;
    }

    /// <summary>
    /// Whether <paramref name="actor"/> is named before mention <paramref name="i"/> only after "backed by" ("supported by",
    /// "aided by") in its phrase: "supported by Iranian advisers and fighters from Hezbollah".
    /// </summary>
    private static bool NamedAsBacker(IReadOnlyList<Token> tokens, List<Mention> mentions, int i, string actor)
    {
        var named = false;
        for (var n = 0; n < i; n++)
        {
            if (mentions[n] is not { IsReference: false } p || p.Actor != actor)
                continue;
            var backed = false;
            for (var k = p.TokenStart - 1; k >= 1 && p.TokenStart - k <= 8 && tokens[k].Norm is not ("," or ";" or ":" or "(" or "—"); k--)
                if (tokens[k].Norm == "by" && (MentionFinder.BackingParticiples.Contains(tokens[k - 1].Norm) || AidingParticiples.Contains(tokens[k - 1].Norm)))
                {
                    backed = true;
                    break;
                }
            if (!backed)
                return false;
            named = true;
        }
        return named;
    }

    /// <summary>"troops fighting with [the] X": men, "fighting with", and the name at <paramref name="name"/>.</summary>
    private static bool MenFightingWith(IReadOnlyList<Unit> units, int name)
    {
        var with = name >= 1 && units[name - 1].Norm == "the" ? name - 2 : name - 1;
        return with >= 2 && units[with].Norm == "with" && units[with - 1].Norm == "fighting"
            && units[with - 2].Norm is "troops" or "soldiers" or "fighters" or "mercenaries" or "militiamen" or "volunteers" or "contingents";
    }

    /// <summary>"the militia Washington blames", "a group Ankara says": a group's noun, the name at <paramref name="at"/>, then a verb.</summary>
    private static bool StateAfterGroupNounOpensClause(IReadOnlyList<Unit> units, int at) =>
        units[at - 1].Norm is "militia" or "militias" or "group" or "groups" or "faction" or "factions" or "movement" or "outfit" or "paramilitary"
            or "paramilitaries" or "brigade" or "brigades" or "umbrella" or "organization" or "organisation"
        && at + 1 < units.Count && !units[at + 1].IsMention && units[at + 1].Norm is { Length: > 2 } verb && char.IsLetter(verb[0])
        && (verb.EndsWith('s') || verb.EndsWith("ed", StringComparison.Ordinal) || verb is "said" or "says" or "thinks" or "sees");

    /// <summary>Participles of help given, besides backing's own ("aided by", "joined by").</summary>
    private static readonly HashSet<string> AidingParticiples = ["aided", "assisted", "helped", "reinforced", "joined", "accompanied", "advised"];

    /// <summary>Verbs whose object a side regards, calls or charges as something.</summary>
    private static readonly HashSet<string> VerbsOfRegardingAnObject =
        ["regards", "regarded", "considers", "considered", "views", "viewed", "sees", "deems", "deemed", "brands", "branded", "labels", "labelled",
         "labeled", "calls", "called", "describes", "described", "designates", "designated", "accuses", "accused", "blames", "blamed"];

    /// <summary>Words for men an act kills or captures, counted ("eight militants").</summary>
    private static readonly HashSet<string> CountedMenWords = ["militants", "fighters", "jihadists", "insurgents", "terrorists", "extremists", "gunmen", "rebels"];

    /// <summary>
    /// The first armed group named within ten words after the mention at <paramref name="i"/> with no comma, "and" or word
    /// that opens another clause between: "killed 30 militants in an assault on an al-Shabaab base".
    /// </summary>
    private string? GroupNamedLaterInClause(DocumentState state, IReadOnlyList<Token> tokens, IReadOnlyList<Mention> mentions, int i)
    {
        var end = mentions[i].TokenEnd;
        foreach (var later in mentions.Skip(i + 1))
        {
            if (later.TokenStart > end + 10)
                return null;
            for (var k = end; k < later.TokenStart; k++)
                if (tokens[k].Norm is "," or ";" or ":" or "and" or "but" or "while" or "as" or "after" or "before" or "when" or "which" or "who" or "said" or "says")
                    return null;
            if (!later.IsReference && later.Actor is { } actor && TypeOf(state, actor) == ActorType.ArmedGroup)
                return actor;
        }
        return null;
    }

    /// <summary>Verbs of a strike whose author a later "the strikes" ("the raid", "the shelling") may name.</summary>
    private static readonly HashSet<string> StrikingVerbs = ["struck", "bombed", "shelled", "pounded", "raided", "stormed", "ambushed", "attacked"];

    /// <summary>Whether a verb of repelling takes an act named with its article ("repelled the raid", "foiled the attack").</summary>
    private bool RepelsActToldBefore(IReadOnlyList<Unit> units, List<Mention> mentions)
    {
        for (var k = 0; k + 1 < units.Count; k++)
            if (RepellingVerbs.Contains(units[k].Norm)
                && ((k + 2 < units.Count && units[k + 1].Norm is "the" or "this" or "that" && (GroundActNouns.Contains(units[k + 2].Norm) || units[k + 2].Norm is "attack" or "attacks" or "operation"))
                    // (the act as a mention of its own, which stands for its authors: "repelled the raid")
                    || (units[k + 1].IsMention && mentions[units[k + 1].Mention] is { FoughtOff: true })))
                return true;
        return false;
    }

    /// <summary>What a sentence whose aircraft act names no act's noun tells: an act from the air, which a later "raids" may name.</summary>
    private const string AircraftsAct = "aircraft";

    /// <summary>The first ground act's noun a sentence names, else its first air act's noun, verb ("bombed") or aircraft (<see cref="AircraftsAct"/>), else null.</summary>
    private static string? KindOfActTold(IReadOnlyList<Unit> units)
    {
        string? air = null;
        foreach (var unit in units)
            if (GroundActNouns.Contains(unit.Norm))
                return unit.Norm;
            else if ((air is null || air == AircraftsAct) && (AirActNouns.Contains(unit.Norm) || unit.Norm is "bombed" or "bombs" or "bombarded" or "bombards"))
                air = unit.Norm is "bombed" or "bombs" or "bombarded" or "bombards" ? "bombing" : unit.Norm;
            // ("Israeli jets pounded targets across Gaza": an act of aircraft is one from the air, though it may be called raids; an
            // air act's own noun told after them names it better: "US jets carried out strikes".)
            else if (air is null && unit.Norm is "jets" or "warplanes" or "aircraft" or "planes" or "drones" or "helicopters" or "gunships")
                air = AircraftsAct;
        return air;
    }

    private static readonly HashSet<string> AirActNouns =
        ["airstrike", "airstrikes", "strike", "strikes", "bombing", "bombings", "bombardment", "bombardments", "sortie", "sorties"];

    private static readonly HashSet<string> GroundActNouns =
        ["assault", "assaults", "offensive", "offensives", "raid", "raids", "incursion", "incursions", "ambush", "ambushes", "storming", "counteroffensive"];

    /// <summary>"Shekau's deputy", "Nasrallah's bodyguards": a person's possessive before one of his people.</summary>
    private static readonly HashSet<string> LeaderRoles = ["leader", "chief", "emir", "head", "commander", "founder", "caliph"];

    /// <summary>"IS leader Abu Bakr al-Baghdadi": the group a role word right before the person names; else null.</summary>
    private static string? GroupByRole(SentenceContext context, int person)
    {
        var units = context.Units;
        return person >= 2 && LeaderRoles.Contains(units[person - 1].Norm) && units[person - 2].IsMention && !units[person - 2].Person
            && context.Mentions[units[person - 2].Mention] is { IsReference: false, Actor: { } group } ? group : null;
    }

    /// <summary>
    /// "carried out an airstrike in support of the army, killing 27 fighters": "in support of" after an act the match
    /// already names says whom that act helped; it cancels nothing ("supported the offensive" still does). The side
    /// helped is no side of the match ("strikes in support of the army's offensive" are no strikes of the army).
    /// </summary>
    private bool InSupportOfAnAct(IReadOnlyList<Unit> units, CueMatch match, int at)
    {
        if (units[at].Norm != "support" || at < 1 || units[at - 1].Norm != "in")
            return false;
        var helped = Enumerable.Range(at + 1, units.Count - at - 1).FirstOrDefault(k => units[k].IsMention, -1);
        if (match.Slots.Values.Contains(helped))
            return false;
        for (var k = match.Start; k < at - 1; k++)
            if (lexicon.EventNouns.Contains(units[k].Norm))
                return true;
        return false;
    }

    /// <summary>Where the words that may cancel a subject-led match begin: at a participle after "after"/"while" in it, else at its start.</summary>
    private static int ParticipleClauseStart(IReadOnlyList<Unit> units, CueMatch match)
    {
        if (!match.Pattern.Text.StartsWith("{A} ...", StringComparison.Ordinal))
            return match.Start;
        for (var k = match.End - 2; k > match.Start; k--)
            // ("took action to protect its personnel by killing Soleimani": so is one of means after "by".)
            if (PatternMatcher.ParticipleAfterSubordinator(units, k) || (units[k].Norm == "by" && match.SubjectNote == PatternMatcher.MeansGerundNote))
                return k + 1;
        return match.Start;
    }

    /// <summary>True when what stands before the first of two joined names makes them separate ("both") or an object (a preposition, a verb).</summary>
    private static bool NotOneSubject(IReadOnlyList<Unit> units, int first)
    {
        var before = PatternMatcher.DescriptionStart(units, first) - 1;
        while (before >= 0 && units[before].Norm is "the" or "a" or "an")
            before--;
        // "Clashes between mainstream rebels and ISIL killed dozens": the pair of "between" past a word or two describing the first.
        for (var k = before; k >= 0 && k >= before - 2 && !units[k].IsMention && char.IsLetter(units[k].Norm[0]); k--)
            if (units[k].Norm == "between")
                return true;
        // ("Clashes between two of Tripoli's armed groups, the 444 Brigade and Rada, killed 55": so is a pair in apposition to
        // what "between" governs.)
        if (before >= 1 && units[before].Norm == ",")
            for (var k = before - 1; k >= 0 && k >= before - 10 && units[k].Norm is not ("," or ";" or "."); k--)
                if (units[k].Norm == "between")
                    return true;
        // "backed by the UAE, Egypt and Russia": the listed names before the pair share what stands before the list.
        while (before >= 1 && units[before].Norm == "," && units[before - 1].IsMention)
        {
            before -= 2;
            while (before >= 0 && units[before].Norm is "the" or "a" or "an")
                before--;
        }
        // "a coalition of Iraqi army units, Peshmerga fighters and Shiite militias launched": one side all the same.
        // "Thousands of US Marines and Iraqi soldiers pushed into": a number of men is the men; "Fighters of ISGS and JNIM
        // have clashed", "Troops from Chad and Niger launched": so are the men of the sides.
        if (before >= 1 && (units[before].Norm == "of" && (PatternMatcher.IsCollective(units[before - 1].Norm) || units[before - 1].Norm is "thousands" or "hundreds" or "dozens" or "scores")
                || (units[before].Norm is "of" or "from" && units[before - 1].Norm is "fighters" or "troops" or "forces" or "soldiers" or "militants" or "militiamen"
                    or "gunmen" or "units" or "rebels" or "insurgents" or "jihadists" && (before == 1 || (before == 2 && !units[0].IsMention) || units[before - 2].Norm == ","))))
            return false; // (not "struck positions of Hezbollah and the army": the men open the clause)
        return before >= 0 && (units[before].Norm is "both" or "either" or "neither" or "between" || PatternMatcher.IsPreposition(units[before].Norm)
            || PatternMatcher.PastVerb(units[before]));
    }

    /// <summary>
    /// True when "that", "which" or "who" opens a clause with no comma within three words after the name at
    /// <paramref name="name"/> (past a noun of its own: "a coalition that"), before <paramref name="end"/>; after a comma
    /// the clause may be said of both names ("the Houthis and Saleh, who have allied").
    /// </summary>
    private static bool RelativeRightAfter(IReadOnlyList<Unit> units, int name, int end)
    {
        for (var k = name + 1; k < end && k <= name + 3; k++)
        {
            if (units[k].Norm is "that" or "which" or "who")
                return true;
            if (units[k].IsMention || !char.IsLetter(units[k].Norm[0]))
                return false;
        }
        return false;
    }

    /// <summary>"former" (or "ex-", "onetime") right before a role word between a man and the one who held the role.</summary>
    private static bool FormerRoleBetween(IReadOnlyList<Unit> units, int man, int holder)
    {
        for (var k = man + 1; k + 1 < holder; k++)
            if (units[k].Norm is "former" or "ex" or "onetime" or "one-time" && !units[k + 1].IsMention && char.IsLetter(units[k + 1].Norm[0]))
                return true;
        return false;
    }

    /// <summary>True for "Hamas's rival Fatah", "Iran's close ally Hezbollah": a possessor, then a word of a tie between sides, then the name.</summary>
    private static bool TieNounBetween(IReadOnlyList<Unit> units, int first, int last)
    {
        if (last - first > 4 || first + 1 >= units.Count || units[first + 1].Norm != "'s")
            return false;
        for (var k = first + 2; k < last; k++)
            if (!units[k].IsMention && SideTieNouns.Contains(units[k].Norm))
                return true;
        return false;
    }

    private static readonly HashSet<string> SideTieNouns =
        ["rival", "rivals", "archrival", "ally", "allies", "partner", "partners", "enemy", "enemies", "foe", "foes", "nemesis",
         "adversary", "adversaries", "opponent", "opponents", "patron", "patrons", "sponsor", "sponsors", "backer", "backers", "proxy", "proxies"];

    /// <summary>"its insurgency", "their campaign": a possessive pronoun before a noun of an act or a tie, which names no whole.</summary>
    private static bool PossessesEvent(IReadOnlyList<Unit> units, int at)
    {
        if (units[at].Norm is not ("its" or "their"))
            return false;
        for (var k = at + 1; k < units.Count && k <= at + 3 && !units[k].IsMention && char.IsLetter(units[k].Norm[0]); k++)
            if (PossessedEvents.Contains(units[k].Norm))
                return true;
        return false;
    }

    private static readonly HashSet<string> PossessedEvents =
        ["war", "wars", "fight", "battle", "battles", "insurgency", "struggle", "rebellion", "jihad", "campaign", "campaigns", "offensive",
         "offensives", "attack", "attacks", "strikes", "airstrikes", "raids", "assault", "bombing", "bombings", "shelling", "strategy", "effort",
         "efforts", "push", "drive", "relationship", "relations", "ties", "rivalry", "feud", "operation", "operations"];

    /// <summary>
    /// True when the name at <paramref name="at"/> closes a phrase opened by "alongside" (or "together with", "side by side
    /// with") after the cue began, with no comma or other name between: the subject's companion in the act.
    /// </summary>
    private static bool AllyPhraseBefore(IReadOnlyList<Unit> units, int at, int cueStart)
    {
        for (var k = at - 1; k > cueStart && at - k <= 6; k--)
        {
            // "fought alongside government forces against the Houthis": the target's own preposition ends the phrase.
            if (units[k].Norm is "," or ";" or "against" or "on" or "at" or "into" or "from" or "targeting" or "toward" or "towards"
                || (units[k].IsMention && units[k].Norm is not ("its" or "their")))
                return false;
            // ("was killed alongside Iranian commander Soleimani in a US strike": those who died beside the victim are victims too.)
            if (units[k].Norm is "alongside" || (units[k].Norm == "with" && units[k - 1].Norm is "together" or "by"))
                return !DiedWithAnother(units, units[k].Norm == "with" ? k - 1 : k);
            // ("launched a drone at Tel Aviv in solidarity with Hezbollah", "in support of the Palestinians": whom the act stands by.)
            // ("ended its military cooperation with the United States": not a tie the words before it end.)
            if ((units[k].Norm == "with" && units[k - 1].Norm is "solidarity" or "coordination" or "cooperation" or "league" or "concert" or "tandem"
                    && !TieEndedBefore(units, k - 1))
                || (units[k].Norm == "of" && units[k - 1].Norm is "support" or "behalf" && k >= 2 && units[k - 2].Norm is "in" or "on"))
                return true;
        }
        return false;
    }

    /// <summary>Whether a verb of ending stands within three words before the tie's noun at <paramref name="noun"/> ("ended its military cooperation").</summary>
    private static bool TieEndedBefore(IReadOnlyList<Unit> units, int noun)
    {
        for (var k = noun - 1; k >= 0 && k >= noun - 3; k--)
            if (units[k].Norm is "ended" or "ends" or "ending" or "end" or "suspended" or "suspends" or "suspending" or "halted" or "halts"
                or "terminated" or "terminates" or "severed" or "severs" or "scrapped" or "revoked" or "froze" or "freezes")
                return true;
        return false;
    }

    /// <summary>
    /// Whether the word of company at <paramref name="company"/> ("alongside", "along with", "together with") tells who died with
    /// a victim: right after "killed" ("was killed alongside an Iranian general"), or after a man named as what a verb of killing
    /// a few words before it took ("a drone strike killed the militia's founder alongside ...").
    /// </summary>
    private static bool DiedWithAnother(IReadOnlyList<Unit> units, int company)
    {
        if (company < 1)
            return false;
        if (units[company - 1].Norm is "killed" or "wounded" or "injured" or "died" or "slain")
            return true;
        // ("killed its founder, Abu Mahdi al-Muhandis, alongside ...": the man may close an apposition.)
        var victim = units[company - 1].Norm == "," && company >= 2 ? company - 2 : company - 1;
        if (!(units[victim].Person || (victim >= 1 && units[victim].Tail && units[victim - 1].Person)))
            return false;
        for (var j = victim - 1; j >= Math.Max(0, victim - 6); j--)
            if (units[j].Norm is "killed" or "killing" or "kills" or "kill" or "assassinated" or "assassinating" or "slew" or "executed")
                return true;
        return false;
    }

    /// <summary>True when the name at <paramref name="at"/> is who ordered or asked for an act ("on the orders of X", "at the behest of X").</summary>
    private static bool OrdererOf(IReadOnlyList<Unit> units, int at)
    {
        var of = at - 1;
        while (of > 0 && (units[of].Norm is "the" or "'s" || units[of].Demonym))
            of--;
        return of >= 1 && units[of].Norm == "of" && units[of - 1].Norm is "orders" or "order" or "behest" or "behalf" or "request" or "instructions"
            or "instruction" or "direction" or "directions" or "urging" or "invitation";
    }

    /// <summary>True when a relative clause or an apposition set off by a comma follows the name at <paramref name="name"/> (past its own head noun).</summary>
    private static bool RelativeAfter(IReadOnlyList<Unit> units, int name)
    {
        var k = name + 1;
        while (k < units.Count && units[k].Tail)
            k++;
        // ("203 militants of the Katiba Macina, a JNIM affiliate": so is an apposition after it.)
        return k + 1 < units.Count && units[k].Norm == "," && units[k + 1].Norm is "which" or "who" or "that" or "a" or "an";
    }

    /// <summary>True when the verb at <paramref name="verb"/> ("pressed") takes an act for its object: "pressed (on with) an offensive".</summary>
    private bool PressesAnAct(IReadOnlyList<Unit> units, int verb)
    {
        if (units[verb].Norm is not ("pressed" or "presses" or "pressing"))
            return false;
        for (var k = verb + 1; k < units.Count && k <= verb + 4; k++)
            if (lexicon.EventNouns.Contains(units[k].Norm) || units[k].Norm is "advance" or "advances" or "push" or "drive")
                return true;
            // ("pressed an air campaign against the Houthis": past the act's own modifiers; "pressed their advance": its owner's possessive.)
            else if ((units[k].IsMention && units[k].Lead is not ("its" or "their")) || units[k].Norm is "against" or "not" or "to" || !char.IsLower(units[k].Lead[0]))
                return false;
        return false;
    }

    /// <summary>
    /// True when the match's participle of ties ("linked", "tied") follows a plural noun that is no side's people or body
    /// ("ships linked to Israel", "accounts tied to the group").
    /// </summary>
    private static bool TiedThing(IReadOnlyList<Unit> units, CueMatch match)
    {
        for (var k = match.Start + 1; k < match.End; k++)
        {
            if (units[k].Norm is not ("linked" or "tied" or "connected" or "associated" or "affiliated"))
                continue;
            var before = units[k - 1];
            return !before.IsMention && !before.Tail && before.Norm.Length > 3 && before.Norm.EndsWith('s') && char.IsLetter(before.Norm[0])
                && !PeopleOrBodies.Contains(before.Norm) && !VerbAuxiliaries.Contains(before.Norm) && !before.Norm.EndsWith("ly", StringComparison.Ordinal);
        }
        return false;
    }

    private static readonly HashSet<string> PeopleOrBodies =
        ["groups", "factions", "militias", "fighters", "militants", "members", "cells", "units", "brigades", "forces", "jihadists", "insurgents",
         "rebels", "commanders", "leaders", "operatives", "networks", "organizations", "organisations", "movements", "battalions", "gunmen",
         "clerics", "officials", "tribes", "clans", "parties", "elements", "loyalists", "supporters", "sympathizers", "sympathisers"];

    /// <summary>True when a name followed by a comma (an apposition's opening) stands among units [<paramref name="from"/>, <paramref name="to"/>).</summary>
    private static bool NamedAndApposedBetween(IReadOnlyList<Unit> units, int from, int to)
    {
        for (var k = from; k + 1 < to; k++)
            if (units[k] is { IsMention: true, Reference: false } && units[k + 1].Norm == ",")
                return true;
        return false;
    }

    /// <summary>
    /// True when a noun of a tie follows the possessive at <paramref name="owner"/>, past one word ("his alliance", "its
    /// decade-long partnership"); "abandoned its neutrality and fought alongside" ends no tie.
    /// </summary>
    private static bool TieNounAfter(IReadOnlyList<Unit> units, int owner)
    {
        for (var k = owner + 1; k < units.Count && k <= owner + 3; k++)
            if (EndedTieNouns.Contains(units[k].Norm))
                return true;
        return false;
    }

    private static readonly HashSet<string> EndedTieNouns =
        ["alliance", "alliances", "partnership", "partnerships", "ties", "tie", "links", "link", "pact", "pacts", "agreement", "agreements",
         "deal", "deals", "accord", "relationship", "relations", "cooperation", "coordination", "coalition", "alignment", "allegiance",
         "support", "backing", "affiliation", "membership", "loyalty", "union", "merger", "friendship", "bond", "bonds", "truce", "entente",
         "association", "connection", "connections", "arrangement", "understanding", "collaboration"];

    /// <summary>True when a verb of ending a tie stands right before the possessive at <paramref name="owner"/> ("broke off his alliance").</summary>
    private static bool EndsTieBefore(IReadOnlyList<Unit> units, int owner) =>
        (owner >= 1 && units[owner - 1].Norm is "ended" or "ends" or "ending" or "abandoned" or "abandons" or "dissolved" or "dissolves" or "scrapped"
            or "quit" or "quits" or "renounced" or "renounces" or "severed" or "severs" or "broke" or "breaks" or "breaking" or "ruptured" or "ruptures")
        || (owner >= 2 && units[owner - 1].Norm == "off" && units[owner - 2].Norm is "broke" or "breaks" or "breaking" or "called" or "calls")
        || (owner >= 2 && units[owner - 1].Norm == "up" && units[owner - 2].Norm is "tore" or "tears");

    /// <summary>
    /// True when "and" and a past verb stand between <paramref name="from"/> and <paramref name="end"/>: "vowed to retaliate and
    /// fired rockets at Israel" did the second; the hedge covers only the first verb.
    /// </summary>
    private static bool PastVerbJoinedAfter(IReadOnlyList<Unit> units, int from, int end)
    {
        for (var k = from; k + 1 < end; k++)
            if (units[k].Norm == "and" && PatternMatcher.PastVerb(units[k + 1]))
                return true;
        return false;
    }

    /// <summary>True when "former" stands in the title before the person at <paramref name="person"/> ("former President X").</summary>
    private static bool FormerTitleBefore(IReadOnlyList<Unit> units, int person)
    {
        for (var k = person - 1; k >= 0 && k >= person - 3; k--)
            if (units[k].Norm is "former" or "ousted" or "deposed" or "toppled" or "exiled")
                return true;
        return false;
    }

    /// <summary>True when a group's name is followed by a noun of its people ("al Qaeda operatives", "Hezbollah commanders").</summary>
    private static bool PersonnelAfter(IReadOnlyList<Unit> units, int at) =>
        at + 1 < units.Count && !units[at + 1].IsMention && PersonnelNouns.Contains(units[at + 1].Norm);

    private static readonly HashSet<string> PersonnelNouns =
        ["operatives", "veterans", "men", "members", "commanders", "fighters", "officers", "militants", "loyalists", "figures", "emirs",
         "leaders", "cadres", "officials", "defectors", "veteran", "commander", "member", "operative", "officer", "official", "figure",
         "cleric", "clerics", "preacher", "preachers", "ideologue", "ideologues"];

    /// <summary>True for a man named as someone's relative: "the son of Osama bin Laden".</summary>
    private static bool KinOf(IReadOnlyList<Unit> units, int person)
    {
        var of = person - 1;
        while (of > 0 && units[of].Norm is "the" or "late" or "slain" or "former")
            of--;
        return of > 0 && units[of].Norm == "of" && PatternMatcher.KinNouns.Contains(units[of - 1].Norm);
    }

    /// <summary>Wars waged against a side: "its insurgency against the government".</summary>
    private static readonly HashSet<string> WarNouns = ["insurgency", "rebellion", "uprising", "war", "struggle", "jihad", "revolt", "insurrection"];

    /// <summary>True when "against" after a war's noun stands between a verb after <paramref name="source"/> and <paramref name="target"/>.</summary>
    private static bool WarAgainstBefore(IReadOnlyList<Unit> units, int source, int target)
    {
        for (var k = target - 1; k > source + 2; k--)
            if (units[k].Norm == "against" && WarNouns.Contains(units[k - 1].Norm))
                return Enumerable.Range(source + 1, k - source - 2).Any(v => PatternMatcher.PastVerb(units[v]));
        return false;
    }

    /// <summary>
    /// True when an act's noun with "of" stands between <paramref name="source"/> and <paramref name="target"/> and a "by"
    /// with a name follows the target's phrase: "the killing of their members by Israeli troops".
    /// </summary>
    private static bool ActsAgentAfter(IReadOnlyList<Unit> units, int source, int target)
    {
        if (!Enumerable.Range(source + 2, Math.Max(0, target - source - 2)).Any(k => units[k].Norm == "of" && (ViolentActNouns.Contains(units[k - 1].Norm)
                || units[k - 1].Norm is "killing" or "killings" or "assassination" or "capture" or "abduction" or "execution")))
            return false;
        for (var k = target + 1; k < units.Count - 1 && k <= target + 4; k++)
        {
            if (units[k].Norm is "," or ";" || units[k].IsMention)
                return false;
            if (units[k].Norm == "by" && !units[k - 1].Norm.EndsWith("ed", StringComparison.Ordinal))
                return units[units[k + 1].Norm == "the" && k + 2 < units.Count ? k + 2 : k + 1].IsMention;
        }
        return false;
    }

    /// <summary>Nouns of a tie an apposition gives a side: ", an ally of al-Qaeda".</summary>
    private static readonly HashSet<string> ApposedTieNouns = ["ally", "partner", "rival", "enemy", "foe", "proxy", "client"];

    /// <summary>
    /// The side a comma and "a|an [close] ally (rival, ...) of" before the name at <paramref name="named"/> describe: "the Macina
    /// Liberation Front, an ally of al-Qaeda"; else null.
    /// </summary>
    private static string? DescribedBeforeTieNoun(SentenceContext context, IReadOnlyList<Unit> units, int named)
    {
        var of = named - 1;
        if (of < 4 || units[of].Norm != "of" || !ApposedTieNouns.Contains(units[of - 1].Norm))
            return null;
        var article = units[of - 2].Norm is "a" or "an" ? of - 2
            : of >= 5 && units[of - 3].Norm is "a" or "an" && char.IsLower(units[of - 2].Norm[0]) ? of - 3 : -1;
        var comma = article - 1;
        return comma >= 1 && units[comma].Norm == "," && units[comma - 1].IsMention
            && context.Mentions[units[comma - 1].Mention] is { IsReference: false, Actor: { } actor } ? actor : null;
    }

    /// <summary>
    /// True when the man at <paramref name="person"/> is described, right after a comma, as someone's relative and no name
    /// or comma comes between that and <paramref name="target"/>: ", the son of a commander of X".
    /// </summary>
    private static bool KinAppositionBefore(IReadOnlyList<Unit> units, int person, int target)
    {
        if (person + 2 >= target || units[person + 1].Norm != ",")
            return false;
        for (var k = person + 2; k < target - 1 && k <= person + 5; k++)
            if (PatternMatcher.KinNouns.Contains(units[k].Norm) && units[k + 1].Norm == "of")
            {
                for (var j = k + 2; j < target; j++)
                    if (units[j].IsMention || units[j].Norm is "," or ";")
                        return false;
                return true;
            }
        return false;
    }

    /// <summary>"the hometown of", "the birthplace of": the name at <paramref name="u"/> only describes a place.</summary>
    private static bool HomeOf(IReadOnlyList<Unit> units, int u)
    {
        var of = u - 1;
        while (of > 0 && units[of].Norm is "the" or "late" or "slain" or "former" or "ousted" or "deposed" or "longtime")
            of--;
        if (of < 1 || units[of].Norm != "of")
            return false;
        var noun = units[of - 1].Norm;
        return noun is "hometown" or "birthplace" or "tomb" or "grave" or "mausoleum"
            || (noun is "town" or "village" or "city" or "province" or "region" or "district" && of >= 2 && units[of - 2].Norm is "home" or "native");
    }

    /// <summary>True when a form of "join" stands among the units from <paramref name="start"/> to <paramref name="end"/>.</summary>
    private static bool JoinVerbIn(IReadOnlyList<Unit> units, int start, int end)
    {
        for (var k = Math.Max(0, start); k < Math.Min(end, units.Count); k++)
            if (units[k].Norm is "join" or "joins" or "joined" or "joining")
                return true;
        return false;
    }

    private static bool AidesOf(IReadOnlyList<Unit> units, int person)
    {
        if (person + 2 >= units.Count || units[person + 1].Norm != "'s")
            return false;
        for (var k = person + 2; k < units.Count && k <= person + 4 && !units[k].IsMention; k++)
            if (AideNouns.Contains(units[k].Norm))
                return true;
        return false;
    }

    /// <summary>True when a man's possessive at <paramref name="person"/> owns his men as a body ("Saleh's loyalists"), not one aide.</summary>
    private static bool FollowersOf(IReadOnlyList<Unit> units, int person) =>
        person + 2 < units.Count && units[person + 1].Norm == "'s" && units[person + 2].Norm is "men" or "fighters" or "followers" or "loyalists";

    private static readonly HashSet<string> AideNouns =
        ["deputy", "deputies", "aide", "aides", "lieutenant", "lieutenants", "bodyguard", "bodyguards", "guards", "driver", "son", "sons",
         "brother", "brothers", "nephew", "spokesman", "adviser", "advisers", "advisor", "advisors", "commander", "commanders", "men",
         "fighters", "followers", "loyalists", "associates", "associate", "successor", "second-in-command", "wife", "family"];

    private static readonly string[] GroupWords = ["group", "faction", "militia", "organization", "organisation", "movement", "jihadist", "insurgent", "rebel", "militant", "parties",
        "offshoot", "affiliate", "branch", "franchise", "splinter"];

    /// <summary>
    /// Where the name that closes a phrase of the clause's subject starts, right before the verb of the object pronoun
    /// <paramref name="i"/> ("his loyalists in the army helped them": "the army"), else -1.
    /// </summary>
    private static int PhraseOfSubjectBeforeVerb(IReadOnlyList<Token> tokens, List<Mention> mentions, int i)
    {
        var verb = mentions[i].TokenStart - 1;
        if (i == 0 || mentions[i - 1] is not { IsReference: false } named || Math.Max(named.TokenEnd, named.TailEnd) != verb)
            return -1;
        var preposition = named.TokenStart >= 1 && tokens[named.TokenStart - 1].Norm == "the" ? named.TokenStart - 2 : named.TokenStart - 1;
        return preposition >= 1 && tokens[preposition].Norm is "in" or "within" or "inside" && !tokens[preposition - 1].IsCapitalized
            && char.IsLetter(tokens[preposition - 1].Norm[0]) ? named.TokenStart : -1;
    }

    /// <summary>Whether one of the next three words (past a name) is a group's noun: "the two al Qaeda offshoots".</summary>
    private static bool GroupNounEndsPhrase(IReadOnlyList<Token> tokens, int at)
    {
        for (var k = at; k < tokens.Count && k < at + 4; k++)
        {
            if (tokens[k].Norm is "," or ";" or "." or "and" or "of")
                return false;
            if (GroupWords.Any(w => tokens[k].Norm.StartsWith(w, StringComparison.Ordinal)))
                return true;
        }
        return false;
    }

    private static readonly HashSet<string> Hearsay = ["unconfirmed", "rumours", "rumors", "rumour", "rumor", "rumoured", "rumored", "hearsay"];

    private static readonly HashSet<string> WarningVerbs =
        ["warned", "warns", "warn", "warning", "cautioned", "cautions", "caution", "urged", "urges", "urge", "urging", "pressed", "presses",
         "pressured", "pressures", "advised", "advises", "counselled", "counseled"];

    private static readonly HashSet<string> FactionNouns =
        ["faction", "factions", "group", "groups", "brigade", "brigades", "militia", "militias", "outfit", "organization", "organisation",
         "movement", "coalition", "alliance", "umbrella", "force", "battalion", "unit", "commander", "leader"];

    /// <summary>
    /// A lower-case mention ("rebel", "opposition") right before a faction noun: a kind of group, not a named one. A name
    /// with a capital after its article ("al-Qaeda leader Zawahiri") is a name.
    /// </summary>
    private static bool DescribesKind(IReadOnlyList<Unit> units, int at, Mention mention) =>
        !mention.IsReference && mention.Surface.Length > 0 && !mention.Surface.Any(char.IsUpper) && at + 1 < units.Count && FactionNouns.Contains(units[at + 1].Norm);

    /// <summary>
    /// A reference stands for one actor in a sentence: one that any cue sets against a named actor is not that
    /// actor under the sentence's other cues either. "The coalition has been fighting the Iran-aligned movement":
    /// the movement is not the coalition, so Iran is not the coalition's ally. Mention index to the actors it is not.
    /// </summary>
    /// <remarks>
    /// Nor the state that leads a named coalition, or the coalition a named state leads: "it remained a target for the
    /// US-led coalition" is not the United States. Nor, across a hostile cue, a part or whole the document gave the other
    /// side (see <see cref="RuleOutDocumentAffiliates"/>).
    /// </remarks>
    private Dictionary<int, HashSet<string>>? RuledOutReferents(List<(SentenceContext Context, RelationCue Cue, CueMatch Match)> matches, DocumentState state)
    {
        Dictionary<int, HashSet<string>>? ruledOut = null;
        foreach (var (yield, match, source, sourceIndex, target, targetIndex) in NamedPairs(matches))
        {
            // ("ISIL, the al Qaeda splinter group, ... The group, which broke with al Qaeda": not across a cue of splitting, whose
            // subject was a part of the whole it split from.)
            if (yield.Kind is RelationKind.Attacked or RelationKind.Rival && !CueNames(match.Pattern, "split", "splits", "broke", "breaks", "parted"))
            {
                RuleOutDocumentAffiliates(ref ruledOut, state, target, targetIndex, source);
                RuleOutDocumentAffiliates(ref ruledOut, state, source, sourceIndex, target);
            }
            if (source.IsReference == target.IsReference)
                continue;
            var (index, named) = source.IsReference ? (sourceIndex, target) : (targetIndex, source);
            var actors = RuledOutOf(ref ruledOut, index);
            foreach (var actor in named.Candidates)
                if (actors.Add(actor) && (dictionary.LeaderOf(actor) ?? dictionary.CoalitionLedBy(actor)) is { } partner)
                    actors.Add(partner);
        }
        return ruledOut;
    }

    /// <summary>
    /// "Chad, operating as part of the MNJTF, battled the militants": who the sentence ties to a side (allied or one
    /// of its parts or wholes) is not the enemy a reference across a hostile cue from that side names.
    /// </summary>
    /// <remarks>
    /// Not across a cue that also makes the two a part and its whole ("ISIS, an offshoot of al Qaeda that was expelled
    /// from the group"): the whole a side was expelled from (split from) is what it was tied to.
    /// </remarks>
    private static Dictionary<int, HashSet<string>>? RuleOutAllies(Dictionary<int, HashSet<string>>? ruledOut,
        List<(SentenceContext Context, RelationCue Cue, CueMatch Match)> matches, HashSet<(string, string)> ties)
    {
        foreach (var (yield, _, source, sourceIndex, target, targetIndex) in NamedPairs(matches.Where(m => !m.Cue.Yields.Any(y => y.Kind is RelationKind.Affiliate or RelationKind.Allied)).ToList()))
        {
            if (source.IsReference == target.IsReference || yield.Kind is not (RelationKind.Attacked or RelationKind.Rival))
                continue;
            var (index, named) = source.IsReference ? (sourceIndex, target) : (targetIndex, source);
            var actors = RuledOutOf(ref ruledOut, index);
            foreach (var (a, b) in ties)
                if (named.Candidates.Contains(a))
                    actors.Add(b);
        }
        return ruledOut;
    }

    /// <summary>
    /// "The offensive targets the YPG, which Turkey sees as linked to the PKK. The YPG said its fighters repelled the
    /// attackers": a side the document has made a part or a whole of the <paramref name="other"/> side (and never its enemy)
    /// is not what a <paramref name="description"/> across a hostile cue from that side names.
    /// </summary>
    private static void RuleOutDocumentAffiliates(ref Dictionary<int, HashSet<string>>? ruledOut, DocumentState state, Mention description, int index,
        Mention other)
    {
        if (description.Source != MentionSource.Description || other.Candidates.FirstOrDefault() is not { } side)
            return;
        // (One walk over the document's relations for the side's parts and its enemies: a long article has hundreds.)
        List<string>? parts = null;
        HashSet<string>? enemies = null;
        foreach (var tie in state.Relations)
        {
            if (tie.Source != side && tie.Target != side)
                continue;
            var partner = tie.Source == side ? tie.Target : tie.Source;
            if (tie.Kind == RelationKind.Affiliate)
                (parts ??= []).Add(partner);
            else if (tie.Kind is RelationKind.Attacked or RelationKind.Rival)
                (enemies ??= []).Add(partner);
        }
        if (parts is null)
            return;
        foreach (var part in parts)
            if (enemies is null || !enemies.Contains(part))
                RuledOutOf(ref ruledOut, index).Add(part);
    }

    /// <summary>The actors a reference (mention index) is ruled out from, made on first use.</summary>
    private static HashSet<string> RuledOutOf(ref Dictionary<int, HashSet<string>>? ruledOut, int mention)
    {
        ruledOut ??= [];
        if (!ruledOut.TryGetValue(mention, out var actors))
            ruledOut[mention] = actors = [];
        return actors;
    }

    /// <summary>
    /// Whether a word the cue lists under <c>unless</c> stands in the match ("plotting", "would"). A word inside a
    /// compound modifier cancels nothing ("a long-threatened offensive"), nor do the main clause's words cancel an act
    /// told by a participle after "after" or "while" ("turned to Russia for support after expelling French troops"), nor
    /// the first of two joined verbs the second's.
    /// </summary>
    private bool CancelledByUnless(IReadOnlyList<Unit> units, RelationCue cue, CueMatch match, Func<int, bool> skipped)
    {
        var start = ParticipleClauseStart(units, match);
        // ("some surrendered their weapons to UN peacekeepers", "cut its support to": the verb whose object a side's help is
        // undoes the help. Not an attack's: "have described the Taliban's campaign against ISIS-K as ...".)
        // ("ended US support for the coalition": so does one whose object is help a name modifies.)
        if (cue.Kind == RelationKind.Allied && start == match.Start && (match.SubjectNote == PatternMatcher.PossessorOfAct
            || (match.Start + 1 < match.End && units[match.Start].IsMention && PatternMatcher.HelpNouns.Contains(units[match.Start + 1].Norm))))
            for (var k = 0; k < 2 && start > 0 && !units[start - 1].IsMention && char.IsLetter(units[start - 1].Norm[0]); k++)
                start--;
        // ("Russia supported the regime's push and struck SDF positions": nor the first of two joined verbs' words the
        // second's act.)
        // ("vowed revenge and launched an offensive against X": nor, in any match whose cue's words come after them, a
        // verb's words before "and" and a past verb; "seized power and hired Wagner" tells its act with the first verb.)
        for (var k = match.End - 2; k > start; k--)
            if (units[k].Norm == "and" && (match.SubjectNote == PatternMatcher.JoinedVerbsSubject ? JoinedVerbAfter(units, k)
                : PatternMatcher.PastVerb(units[k + 1]) && !CueWordsBetween(units, match.Pattern, start, k)))
            {
                start = k + 1;
                break;
            }
        // ("has refused to provide air support to the militias, but has struck IS": nor a clause before "but".)
        for (var k = match.End - 2; k > start; k--)
            if (units[k].Norm == "but" && units[k - 1].Norm == ",")
            {
                start = k + 1;
                break;
            }
        for (var i = start; i < match.End; i++)
            foreach (var phrase in cue.Unless.StartingWith(units[i].Lead))
                // (Not a word naming a side's site: "attacked the Afghan Defense Ministry" is no defence.)
                if (!skipped(i) && !units[i].AfterHyphen && !units[i].Tail && PhraseAt(units, i, phrase) && !InSupportOfAnAct(units, match, i)
                    && !NamesEquipment(units, i + phrase.Length)
                    && !SeparateCharge(units, i, match.End))
                    return true;
        return false;
    }

    /// <summary>
    /// "destroyed air defence systems", "struck support units": a word of the cue's <c>unless</c> list right before a noun
    /// of equipment or units names a kind of thing, not the act it would rule out.
    /// </summary>
    private static bool NamesEquipment(IReadOnlyList<Unit> units, int after) =>
        after < units.Count && !units[after].IsMention && EquipmentNouns.Contains(units[after].Norm);

    private static readonly HashSet<string> EquipmentNouns =
        ["system", "systems", "battery", "batteries", "radar", "radars", "installation", "installations", "network", "networks", "shield",
         "unit", "units", "line", "lines", "positions", "ministry", "minister", "equipment", "vehicles", "convoy", "convoys", "base", "bases"];

    /// <summary>
    /// Whether a subject-led pattern's cue words (what follows its subject's gap) start between <paramref name="from"/> and
    /// <paramref name="to"/>; true for any other pattern, whose cue words cannot be placed so.
    /// </summary>
    private static bool CueWordsBetween(IReadOnlyList<Unit> units, CuePattern pattern, int from, int to)
    {
        if (!pattern.IsSubjectLed || pattern.Opening is not CuePattern.Words words)
            return true;
        for (var i = from; i < to; i++)
            if (words.ByFirstWord.ContainsKey(units[i].Norm) || words.Prefixed.Any(p => units[i].Norm.StartsWith(p[0][..^1], StringComparison.Ordinal)))
                return true;
        return false;
    }

    /// <summary>
    /// "accused the UAE of supporting a coup and of carrying out air strikes on its troops": a word opening one charge
    /// ("of supporting") before "and of" and another charge is no word of the other's.
    /// </summary>
    private static bool SeparateCharge(IReadOnlyList<Unit> units, int i, int end)
    {
        if (i < 1 || units[i - 1].Norm != "of")
            return false;
        for (var k = i + 1; k + 1 < end; k++)
            if (units[k].Norm == "and" && units[k + 1].Norm == "of")
                return true;
        return false;
    }

    /// <summary>
    /// The matches their cue's own words do not cancel ("struck al-Shabaab near X in support of the army" sets nobody
    /// against the army); the list itself when none is cancelled.
    /// </summary>
    private List<(SentenceContext Context, RelationCue Cue, CueMatch Match)> Uncancelled(List<(SentenceContext Context, RelationCue Cue, CueMatch Match)> matches)
    {
        List<(SentenceContext Context, RelationCue Cue, CueMatch Match)>? kept = null;
        for (var k = 0; k < matches.Count; k++)
        {
            var (context, cue, match) = matches[k];
            var cancelled = cue.Unless.Count > 0 && CancelledByUnless(context.Units, cue, match, SkippedClauses(context.Units, match, firstOfJoinedVerbs: true));
            if (cancelled)
                kept ??= matches.GetRange(0, k);
            else
                kept?.Add(matches[k]);
        }
        return kept ?? matches;
    }

    /// <summary>Every pair of mentions (and their indexes) a match sets on the two sides of one of its cue's yields.</summary>
    private static IEnumerable<(CueYield Yield, CueMatch Match, Mention Source, int SourceIndex, Mention Target, int TargetIndex)> NamedPairs(
        List<(SentenceContext Context, RelationCue Cue, CueMatch Match)> matches)
    {
        foreach (var (context, cue, match) in matches)
            foreach (var yield in cue.Yields)
            {
                if (yield.Source == yield.Target || !match.Slots.ContainsKey(yield.Source) || !match.Slots.ContainsKey(yield.Target))
                    continue;
                foreach (var su in SlotUnits(match, yield.Source))
                    foreach (var tu in SlotUnits(match, yield.Target))
                    {
                        var (sourceIndex, targetIndex) = (context.Units[su].Mention, context.Units[tu].Mention);
                        yield return (yield, match, context.Mentions[sourceIndex], sourceIndex, context.Mentions[targetIndex], targetIndex);
                    }
            }
    }

    /// <summary>
    /// False for a match with a slot on a word that names no actor: the matcher should never bind one, and if it does, the
    /// sentence loses that match rather than the document its relations (it threw where a slot's mention was read).
    /// </summary>
    private static bool SlotsNameActors(CueMatch match, IReadOnlyList<Unit> units) =>
        match.Slots.Keys.All(slot => SlotUnits(match, slot).All(u => units[u].IsMention));

    /// <summary>
    /// "bombing Nusrah's leaders as part of its campaign": an attack whose {B} is what the act is part of, not whom it hit.
    /// Such a match is not kept at all, so it neither yields nor rules a reference out.
    /// </summary>
    private static bool PartOfWhole(RelationCue cue, CueMatch match, IReadOnlyList<Unit> units) =>
        cue.Kind == RelationKind.Attacked && match.Slots.TryGetValue("B", out var hit) && hit >= 2 && units[hit - 1].Norm == "of" && units[hit - 2].Norm == "part";

    /// <summary>Places and holdings a side reinforces or defends of its own ("their observation posts", "its defences"): no side's men.</summary>
    private static readonly HashSet<string> OwnHoldings =
        ["posts", "post", "positions", "position", "bases", "base", "presence", "defences", "defenses", "lines", "line", "garrison", "garrisons",
         "outposts", "outpost", "checkpoints", "checkpoint", "perimeter", "borders", "border", "hold", "grip", "arsenal", "capabilities"];

    /// <summary>One of <see cref="OwnHoldings"/> at <paramref name="at"/> or past up to two modifiers ("their observation posts", "its 12 observation posts"), no name between.</summary>
    private static bool OwnHoldingAt(IReadOnlyList<Unit> units, int at)
    {
        for (var k = at; k < units.Count && k <= at + 2 && !units[k].IsMention; k++)
            if (OwnHoldings.Contains(units[k].Norm))
                return true;
        return false;
    }

    private IEnumerable<ExtractedRelation> Relations(SentenceContext context, RelationCue cue, CueMatch match, Dictionary<int, HashSet<string>>? ruledOut)
    {
        var units = context.Units;
        // "Turkish forces, which reinforced their posts around Idlib, shelled ...": a possessive pronoun owning a thing, as
        // what a verb of backing acts on, is the subject's own thing, not another side backed.
        if (cue.Kind == RelationKind.Allied && match.Pattern.SlotNames.Skip(1).Any(slot => match.Slots.TryGetValue(slot, out var at)
                && units[at] is { Reference: true, Lead: "its" or "their" or "his" or "her" } && at + 1 < units.Count && !units[at + 1].IsMention
                && OwnHoldingAt(units, at + 1)))
            yield break;
        // "Turkey considers the YPG, the main component of the SDF, a branch of the PKK": past the apposition of what a view is
        // taken of, "a branch of" is what the view calls its object, not the apposition's last name.
        if (match.Pattern.Text.StartsWith("{A} ,", StringComparison.Ordinal) && match.Slots.TryGetValue("A", out var apposed) && ViewComplementAfter(units, apposed))
            yield break;
        // "they had broken a month-long government siege of the rebel-held half": who breaks a siege is not who laid it.
        if (cue.Kind == RelationKind.Attacked && SiegeBrokenIn(units, match))
            yield break;
        // "accused the LF of firing on the protesters, which Geagea denied": a name a gap reaches right after ", which"
        // is the subject of that clause, not what the cue's verb acts on.
        // (Unless the pattern reads that clause itself: "captured the town, which ISIS held".)
        if (match.Pattern.SlotNames.Skip(1).Any(slot => match.Slots.TryGetValue(slot, out var at) && at >= 2 && at > match.Slots[match.Pattern.SlotNames[0]]
                && units[at - 1].Norm is "which" or "who" or "whom" && units[at - 2].Norm == ","
                && !match.Pattern.Text.Contains($"(which|that) [the] {{{slot}}}", StringComparison.Ordinal)))
            yield break;
        bool RuledOut(int mention, string actor) => ruledOut is not null && ruledOut.TryGetValue(mention, out var actors) && actors.Contains(actor);
        // Words inside a relative clause the match steps over belong to that clause: "The coalition, which has
        // fought the Houthis in support of the government, carried out strikes on Houthi targets" is an attack.
        var skipped = SkippedClauses(units, match); // (matches their cue's own words cancel never come here: see Uncancelled)
        // "signed an agreement in Doha that could lead to the withdrawal of US troops": what an agreement is about may
        // follow it in its clause.
        if (match.End > 0 && AgreementNouns.Contains(units[match.End - 1].Norm))
            for (var i = match.End; i < units.Count && i < match.End + 12 && units[i].Norm is not (";" or ":" or "but" or "while"); i++)
                foreach (var phrase in cue.Unless.StartingWith(units[i].Lead))
                    if (PhraseAt(units, i, phrase))
                        yield break;
        // "brings together Ansar Dine, al-Mourabitoun, the Macina Liberation Front and the Sahara branch of AQIM": a
        // list is no apposition; the branch is the last name's.
        if (match.Pattern.Text.StartsWith("{A} , ", StringComparison.Ordinal) && ListTakenForApposition(units, match))
            yield break;
        // "killed two attackers, the military's media wing said": words after a comma that a verb of saying follows with no
        // comma of its own are a speaker's, not an apposition.
        if (match.Pattern.Text.StartsWith("{A} , ", StringComparison.Ordinal) && match.End < units.Count && !units[match.End].IsMention
            && units[match.End].Norm is "said" or "says" or "say" or "told" or "reported" or "added" or "announced" or "stated")
            yield break;
        // "the Giants Brigades, southern fighters armed by the UAE, alongside troops of Tareq Saleh": a name closing a
        // participle's "by" phrase is that phrase's agent; what follows its comma is said of the name the phrase describes.
        // (Not an apposition describing the agent itself: "led by General Haftar, the de facto ruler of ...".)
        // ("recognised the Nusra Front, led by Jolani, as al Qaeda's sole affiliate": so is what "as" says after it.)
        if ((match.Pattern.Text.StartsWith("{A} , (along with|", StringComparison.Ordinal) || match.Pattern.Text.StartsWith("{A} [,] [which|that|who] (is|", StringComparison.Ordinal))
            && match.Slots.TryGetValue("A", out var agent) && AgentOfParticiple(units, agent) && agent + 2 < units.Count && units[agent + 1].Norm == ","
            && (match.Pattern.Text.Contains("along with", StringComparison.Ordinal) || units[agent + 2].Norm == "as"))
            yield break;
        // "formed a force that now fights the Houthis on the coast with Emirati support": the side a verb of fighting acts on is
        // not the one the support behind the fight goes to, nor the one that fights "as part of" a force.
        // (Not a possessor: "struck Hurras al-Din's allies of the coalition".)
        if (cue.Kind is RelationKind.Allied or RelationKind.Affiliate && match.Slots.TryGetValue("A", out var backed)
            && (match.Pattern.Text.StartsWith("{A} ...6 with", StringComparison.Ordinal) || (backed + 1 < units.Count && units[backed + 1].Norm == "as"))
            && !(backed + 1 < units.Count && units[backed + 1].Norm == "'s")
            && (backed >= 2 && units[backed - 1].Norm == "the" ? backed - 2 : backed - 1) is var fightVerb && fightVerb >= 0
            && (PatternMatcher.FoughtVerbs.Contains(units[fightVerb].Norm) || PatternMatcher.HarmVerbs.Contains(units[fightVerb].Norm)))
            yield break;
        // "had fought both the regime and rival factions such as Faylaq al-Rahman": a rival listed after a name with "and" is the
        // subject's rival, not the listed name's.
        if (cue.Kind == RelationKind.Rival && match.Pattern.Text.StartsWith("{A} ...15 (rival|", StringComparison.Ordinal) && match.Slots.TryGetValue("A", out var listedBefore)
            && Enumerable.Range(listedBefore + 1, Math.Max(0, match.End - listedBefore - 1)).FirstOrDefault(k => units[k].Norm is "rival" or "rivals" or "enemy" or "opposing", -1) is var rivalWord and > 1
            && units[rivalWord - 1].Norm is "and" or "or" && rivalWord - 1 > listedBefore)
            yield break;
        // "The two countries, along with Cameroon, are contributing to a task force backed by the AU": what an apposition's
        // participle is said of has no verb of its own between; the backing here is the task force's.
        // (A relative clause has one: "The STC, whose forces were trained by the Emiratis".)
        if (match.Pattern.Text.StartsWith("{B} , [a|an|the|another] ...8 (backed", StringComparison.Ordinal) && match.Slots.TryGetValue("B", out var described)
            && described + 2 < units.Count && !PatternMatcher.RelativePronouns.Contains(units[described + 2].Norm)
            && Enumerable.Range(described + 1, Math.Max(0, match.End - described - 1)).Any(k => units[k].Norm is "is" or "are" or "was" or "were" or "has" or "have" or "had"))
            yield break;
        // "Smaller groups operate alongside HTS, including the TIP": the list after a side named as a companion is of the
        // subject's kind, not of the companion's parts.
        if (cue.Kind == RelationKind.Affiliate && match.Pattern.Text.StartsWith("{B} , (including|", StringComparison.Ordinal) && match.Slots.TryGetValue("B", out var companion)
            && companion >= 1 && units[companion - 1].Norm is "alongside" or "beside")
            yield break;
        // "Muhandis was also killed in the strike": only an act told before is who killed; "killed in Tehran" names a place.
        if (match.Pattern.Text.EndsWith(" in {A} !by", StringComparison.Ordinal) && match.Slots.TryGetValue("A", out var act)
            && !(units[act].IsMention && units[act].Lead is "the" or "this" or "that" && PatternMatcher.IsWarActNoun(LastWord(context.Mentions[units[act].Mention].Surface))))
            yield break;
        // "an operation against the Katiba Macina, a group linked to JNIM": the act is against the name, whose apposition ties it
        // to another; that other is no target.
        if (match.Pattern.Text.Contains("(against|on|targeting|at) ...6 (belonging to|", StringComparison.Ordinal)
            && match.Slots.TryGetValue("A", out var actor) && match.Slots.TryGetValue("B", out var tiedTo) && NamedAndApposedBetween(units, actor + 1, tiedTo))
            yield break;
        // "broke off his alliance with the Houthis", "ended its partnership with": a tie its owner is told to end is none.
        // ("has never severed its ties with al-Qaeda": a tie not ended stands.)
        for (var i = match.Start; i < match.End && cue.Kind == RelationKind.Allied; i++)
            if (units[i].Lead is "his" or "its" or "their" or "her" or "the" && EndsTieBefore(units, i)
                && !(i >= 2 && units[i - 2].Norm is "not" or "never") && TieNounAfter(units, i))
                yield break;
        // "clashes between Radaa and the 444 Brigade, a unit allied with the prime minister": a cue inside an apposition
        // after the second of two sides describes that side, not the pair.
        if (match.Pattern.Text.StartsWith("{A} and {B}", StringComparison.Ordinal) && match.Slots.TryGetValue("B", out var second))
            for (var k = second + 1; k + 1 < match.End; k++)
                if (units[k].Norm == "," && units[k + 1].Norm is "a" or "an" or "the")
                    yield break;
        // "they are targeting ships linked to Israel": what a participle of ties follows is what is tied, a thing here.
        if (cue.Kind == RelationKind.Affiliate && TiedThing(units, match))
            yield break;
        // "Hundreds of fighters from the Nusra Front defected to IS": some of a group's men changing sides do not take
        // the group with them.
        // ("killed four soldiers of the Security Belt, which is loyal to the STC": a relative clause after the name is the name's;
        // so is an apposition: "killed two fighters of Hurras al-Din, al Qaeda's affiliate".)
        // ("a faction of al-Shabaab led by Mumin defected and pledged allegiance to IS": nor does a faction, save in who leads it.)
        if (cue.Kind == RelationKind.Affiliate && match.Slots.TryGetValue("A", out var member)
            && PatternMatcher.CountedMenOf(units, member, orFaction: cue.Ended || !CueNames(match.Pattern, "led", "headed", "commanded"),
                menInName: PatternMatcher.CountedMenNouns.Contains(LastWord(context.Mentions[units[member].Mention].Surface)))
            && !RelativeAfter(units, member) && !(member + 1 < units.Count && units[member + 1].Norm == "," && match.Pattern.Text.StartsWith("{A} ,", StringComparison.Ordinal)))
            yield break;
        // "The New Syria Force was attacked by Nusra ... from Turkey": an active-voice cue ({A} acts) never reads a
        // passive verb with its agent; the cue written for the passive does.
        if (cue.Kind == RelationKind.Attacked && match.Pattern.Text.StartsWith("{A}", StringComparison.Ordinal) && cue.Yields.All(y => y.Source == "A")
            && PassiveReading(units, match, skipped))
            yield break;
        // "Washington warned Ankara against attacking the SDF", "urged them not to join": what one is warned off is not done.
        // ("pressed an offensive against al-Shabaab", "pressed on with the attack": pressing an act is carrying it on.)
        for (var i = Math.Max(0, match.Start - 2); i < match.End; i++)
            if (WarningVerbs.Contains(units[i].Norm) && !skipped(i) && !PressesAnAct(units, i))
                for (var j = i + 1; j < Math.Min(units.Count, i + 6); j++)
                    if (units[j].Norm == "against" || (units[j].Norm == "not" && j + 1 < units.Count && units[j + 1].Norm == "to"))
                        yield break;
        // "Hariri urged the United States and France to intervene": what sides named as the object of a verb of urging are urged
        // to do is not done (a side "pressing its offensive to take" a town presses its own act).
        if ((match.Start >= 1 && units[match.Start - 1].Norm is "the" ? match.Start - 2 : match.Start - 1) is var urging and >= 0
            && UrgingVerbs.Contains(units[urging].Norm) && units[match.Start].Norm is not ("its" or "their" or "his" or "her") && InfinitiveInside(units, match))
            yield break;
        // "Turkey may strike the group", "if the YPG advances on Azaz": possibilities are not relations.
        // The month in "since May 2014" hedges nothing: words inside a date phrase are not hedges.
        bool InDate(int i) => context.Dates.Any(d => d.Start <= units[i].CharStart && units[i].CharStart < d.End);
        // "vowed to continue fighting alongside the army": what goes on already is no possibility.
        // ("vowed to intensify the war against the militants": the war is on already.)
        bool GoesOn(int i, string[] phrase) => i + phrase.Length < units.Count && units[i + phrase.Length].Norm is "continue" or "keep" or "go" or "intensify" or "escalate" or "step" or "press";
        // ("renewed his pledge to al Qaeda": a "to" before a name opens no infinitive.)
        bool ToAName(int i, string[] phrase) => phrase[^1] == "to" && i + phrase.Length < units.Count && units[i + phrase.Length] is { IsMention: true, Reference: false };
        // From the first actor named with the match's own ("Rumours that ISIS and al Qaeda had reconciled").
        var first = match.Coordinated.Values.SelectMany(c => c).Append(match.Start).Min();
        // "Unconfirmed reports said ...", "Rumours circulated that ...": hearsay anywhere before the match in its clause.
        for (var i = first - 1; i >= 0 && !ClauseOpeners.Contains(units[i].Norm) && units[i].Norm != ";"; i--)
            if (Hearsay.Contains(units[i].Norm))
                yield break;
        if (!cue.Hedged && FearedAct(units, first))
            yield break;
        // ("is likely to focus its attacks on the army": a possessive opening the match stands for the subject, whose verb
        // phrase before it may hedge.)
        var hedgedFrom = Math.Max(0, first - 2);
        // ("said it was ready to help France hunt down the militants": a hedge before a verb of helping covers the act of
        // the side helped.)
        if (first >= 1 && units[first - 1].Norm is "help" or "helping" or "assist" or "assisting" or "allow" or "allowing" or "enable" or "enabling" or "let")
            hedgedFrom = Math.Max(0, first - 4);
        if (units[first] is { Reference: true, Norm: "its" or "their" })
            for (var k = first - 1; k >= 0 && k >= first - 6 && !units[k].IsMention && units[k].Norm is not ("," or ";"); k--)
                hedgedFrom = k;
        // ("threatened to send troops if the GNA and its Turkish allies push on Sirte": a tie a possessive names is no
        // possibility; it describes the sides the possibility is about.)
        var namedTie = cue.Kind == RelationKind.Allied && PossessedAllyNoun(units, match);
        for (var i = hedgedFrom; i < match.End && !cue.Hedged && !namedTie; i++)
            foreach (var phrase in lexicon.Hedges.StartingWith(units[i].Lead))
                if (!skipped(i) && PhraseAt(units, i, phrase) && !InDate(i) && !GoesOn(i, phrase) && !ToAName(i, phrase)
                    && !PastVerbJoinedAfter(units, i + phrase.Length, match.End))
                    yield break;
        // "signed an agreement last year to expel the militia": an act an agreement (a plan, a deal) is made for has not happened.
        if (cue.Kind == RelationKind.Attacked && AgreedActIn(units, first, match.End))
            yield break;
        // "warned Israel that any major attack on Lebanon would have consequences": "any" act is one that may come, none done.
        if (cue.Kind == RelationKind.Attacked && AnyActIn(units, first, match.End))
            yield break;
        var negation = NegationBefore(units, match.End, match.Start);
        // "Haftar has refused to recognise the GNA": a cue written with the negating word says what the refusal means.
        if (negation >= match.Start && CueNames(match.Pattern, units[negation].Norm))
            negation = -1;
        // "refused to pledge allegiance to IS chief Baghdadi": a match that is the object of a preposition after the
        // negation is a noun phrase; the negated verb does not unsay what the phrase itself states.
        if (negation >= 0 && negation < match.Start && match.Start > 0 && ObjectPrepositions.Contains(units[match.Start - 1].Norm))
            negation = -1;
        DateMention? negatedDate = null;
        if (negation >= 0)
        {
            // "have not been in the coalition's crosshairs until yesterday": it happened, on that date.
            // Not a date of another clause: "HTS has not claimed the killing of any commander, though ... drones have
            // killed ten of its leaders since 2019".
            var clauseEnd = Enumerable.Range(match.End, units.Count - match.End).FirstOrDefault(k => units[k].Norm is "," or ";", units.Count);
            var clauseEndChar = clauseEnd < units.Count ? units[clauseEnd].CharStart : int.MaxValue;
            negatedDate = context.Dates.FirstOrDefault(d => d.Qualifier is "since" or "until" && d.Date is not null && d.Start > units[negation].CharStart
                && d.Start < clauseEndChar);
            if (negatedDate is null)
                yield break;
        }
        // "Turkey tolerates the group and coordinates with it": a reference that is the object of a present verb before
        // "and" is not the subject of the verb after it (the joined verbs' subject is read in another match).
        if (match.Slots.TryGetValue(match.Pattern.SlotNames[0], out var opener) && units[opener].Reference && opener + 1 < units.Count
            && units[opener + 1].Norm == "and" && PatternMatcher.ObjectOfPresentVerb(units, opener) && match.SubjectNote != PatternMatcher.JoinedVerbsSubject)
            yield break;
        // "fought al Qaeda in Iraq with American backing": a cue marked true_subject never takes a verb's object as {A}.
        if (cue.TrueSubject && match.SubjectNote == PatternMatcher.ObjectAsSubject)
            yield break;
        // ("The YPG has held off an IS siege with the help of US strikes": nor a name inside the verb's object that only says whose
        // act the object is.)
        if (cue.TrueSubject && opener >= 2 && opener + 1 < units.Count && units[opener - 1].Norm is "a" or "an" or "the"
            && (PatternMatcher.IsWarActNoun(units[opener + 1].Norm) || units[opener + 1].Norm is "siege" or "sieges" or "advance" or "onslaught" or "blockade"))
            yield break;
        if (cue.Opening && !OpensSentence(units, match.Start))
            yield break;
        // "Both JNIM and ISGS have targeted ...", "clashes between the SDF and rebels killed ...", "strikes on Iranian and
        // Hezbollah targets": two names joined by "and" act together only when nothing before them sets them apart or
        // makes them an object (a cue marked one_subject).
        if (cue.OneSubject && NotOneSubject(units, match.Slots[match.Pattern.SlotNames[0]]))
            yield break;
        // "fighters, among them members of the Badr Organization": an object pronoun before men "of" a side is no part of it.
        if (cue.Kind == RelationKind.Affiliate && match.Slots.TryGetValue("A", out var part) && units[part].Norm is "them" or "him" or "whom"
            && part + 1 < units.Count && units[part + 1].Norm is "of" or "members" or "fighters" or "forces" or "units" or "troops" or "militiamen")
            yield break;
        // "the war between the Houthis and a coalition that intervened in 2015": a verb in a relative clause on the second
        // of two joined names is said of that name alone.
        if (match.Pattern.Text.StartsWith("{A} and {B}", StringComparison.Ordinal) && RelativeRightAfter(units, match.Slots["B"], match.End))
            yield break;
        // "fought the MSA, whose fighters once worked alongside French forces": who fights beside the subject is named in the
        // clause of the subject's act, not in a relative clause about its target.
        if (match.Pattern.Text.Contains("{B} ...", StringComparison.Ordinal) && match.Pattern.Text.Contains("alongside", StringComparison.Ordinal)
            && match.Slots.TryGetValue("B", out var fought) && match.Slots.TryGetValue("A", out var beside) && fought < beside
            && Enumerable.Range(fought + 1, beside - fought - 1).Any(k => PatternMatcher.OpensRelative(units, k)))
            yield break;
        // "Militias that entered Afrin to help the YPG were hit by Turkish strikes": a name inside a relative clause still
        // open when the passive verb comes is not what the verb is said of; the clause's head is.
        if (cue.Kind == RelationKind.Attacked && match.Pattern.Text.StartsWith("{B} ...", StringComparison.Ordinal) && match.Slots.TryGetValue("B", out var hit)
            && InOpenRelativeBefore(units, hit))
            yield break;
        // "Mali's army, which has lost soldiers to both groups, is backed by French troops": nor is one closing a relative
        // clause right before the main clause's verb.
        // (A plural read as its sides stands as a list there: its last side closes the clause.)
        if (match.Pattern.SlotNames.Length > 0 && match.Slots.TryGetValue(match.Pattern.SlotNames[0], out var opening)
            && (match.Coordinated.TryGetValue(match.Pattern.SlotNames[0], out var listed) ? listed.Append(opening).Max() : opening) is var closing
            && ClosesRelativeBeforeVerb(units, closing))
            yield break;
        // "Hezbollah said the strikes hit homes used by the army": who reports an act whose authors were told before does not
        // do it; "the strikes" stand for those authors.
        if (cue.Kind == RelationKind.Attacked && match.Pattern.SlotNames.Length > 0 && match.Slots.TryGetValue(match.Pattern.SlotNames[0], out var speaker)
            && ReportsActToldBefore(context, units, speaker, match.End))
            yield break;
        foreach (var yield in cue.Yields)
        {
            if (!match.Slots.ContainsKey(yield.Source) || !match.Slots.ContainsKey(yield.Target))
                continue;
            // "Jaish al-Islam and its commander, Zahran Alloush, fought the regime": a fight with an object is the
            // sides' fight against it, not against each other.
            // ("The two groups jointly fought the government" still makes them allies.)
            if (yield.Source == yield.Target && yield.Kind == RelationKind.Rival && match.End < units.Count && units[match.End - 1].Norm is "fought" or "fight" or "fights" or "battled" or "battle" or "fighting" or "battling"
                && ObjectFollows(units, match.End))
                continue;
            // "After Assad, the SNA and the SDF fight on": a name a preposition governs is no side of a headline's "X, Y clash".
            if (yield.Kind is RelationKind.Rival or RelationKind.Attacked && match.Pattern.Text.StartsWith("{A} , ", StringComparison.Ordinal)
                && match.Slots["A"] is var headlineFirst and >= 1
                && units[headlineFirst - 1].Norm is "after" or "before" or "despite" or "without" or "since" or "amid" or "beyond")
                continue;
            // A reference never stands for an actor on the other side of the same cue ("X, Y and Z launched an
            // offensive against the militants": the militants are none of them).
            var sourceActors = SlotUnits(match, yield.Source).SelectMany(u => context.Mentions[units[u].Mention] is { IsReference: false } m ? m.Candidates : []).ToHashSet();
            var targetActors = SlotUnits(match, yield.Target).SelectMany(u => context.Mentions[units[u].Mention] is { IsReference: false } m ? m.Candidates : []).ToHashSet();
            // "Saudi Arabia, which backs X, and the UAE, the STC's patron, negotiated ...": an apposition naming one side by a
            // singular noun describes the name it follows, not the sides listed with it.
            var singularApposition = yield.Source == "A" && SingularApposition(units, match);
            foreach (var slotSource in singularApposition ? [match.Slots["A"]] : SlotUnits(match, yield.Source))
                foreach (var slotTarget in SlotUnits(match, yield.Target))
                {
                    var (su, tu) = (OwnedGroup(context, slotSource, slotTarget), OwnedGroup(context, slotTarget, slotSource));
                    // "Army chief Abdel Fattah al-Burhan and Dagalo seized power": a singular title names the first of a
                    // list only.
                    if (yield.Kind == RelationKind.Affiliate && (TitledOnlyFirst(units, match.Slots[yield.Source], slotSource) || TitledOnlyFirst(units, match.Slots[yield.Target], slotTarget)))
                        continue;
                    // ("The army chief, General X, and the RSF commander, Y": a title right after a side's name is of that side alone.)
                    if (yield.Kind == RelationKind.Affiliate && slotTarget != match.Slots[yield.Target] && TitleAfterName(units, match.Slots[yield.Target]))
                        continue;
                    // "remains loyal to its own leadership": "its own" is the subject's, never another side's.
                    if (OwnPossessive(units, su) || OwnPossessive(units, tu))
                        continue;
                    var source = context.Mentions[units[su].Mention];
                    var target = context.Mentions[units[tu].Mention];
                    // "Hamas said its armed wing, the Qassam Brigades (read as Hamas), fired": a possessive whose referent is
                    // the other side itself says nothing of any third side.
                    if (source.IsReference)
                        source = source with { Candidates = InAppositionAfter(units, su, tu) && OwnSide(source, targetActors) ? [] : source.Candidates.Where(c => !targetActors.Contains(c) && !RuledOut(units[su].Mention, c)).ToList() };
                    if (target.IsReference)
                        target = target with { Candidates = ((InAppositionAfter(units, tu, su) || SpeakerBefore(units, su)) && OwnSide(target, sourceActors)) || HisOwn(target, sourceActors) ? [] : target.Candidates.Where(c => !sourceActors.Contains(c) && !RuledOut(units[tu].Mention, c)).ToList() };
                    // "a letter to its leader Abu Bakr al-Baghdadi": "its" before a man whose group the story or the dictionary gives
                    // is that group, when it is one of the sides "its" may stand for.
                    if (yield.Kind == RelationKind.Affiliate && target.IsReference && source is { IsReference: false, Type: ActorType.Person, Actor: { } man }
                        && GroupOf(context.State, man) is { } ownGroup && target.Candidates.Contains(ownGroup))
                        target = target with { Candidates = [ownGroup] };
                    foreach (var (pairFrom, pairTo) in Choose(context.State, cue, yield, source, target))
                    {
                    var (from, to) = (pairFrom, pairTo);
                    // ("Fighters of the Naqshbandi Army joined the assault": who joins an act told before sides with its authors; no
                    // one is a part of an act.)
                    var kind = yield.Kind == RelationKind.Affiliate && target.Source == MentionSource.Event ? RelationKind.Allied : yield.Kind;
                    // "Units of the PMF, including AAH, took part": a whole is no ally of a part it is told to include.
                    if (kind == RelationKind.Allied && SlotUnits(match, yield.Source).Contains(tu) && (PartListedAfter(units, su, tu) || PartListedAfter(units, tu, su)))
                        continue;
                    // "Jaish al-Islam, the dominant rebel faction in Ghouta": a common noun before a faction noun describes
                    // the group; it names no whole the group belongs to.
                    if (kind == RelationKind.Affiliate && DescribesKind(units, tu, target))
                        continue;
                    // "Kataib Hezbollah, a pro-Iranian faction": the side a faction is "pro" is its ally, not the whole it belongs to.
                    if (kind == RelationKind.Affiliate && tu > 0 && units[tu - 1].Norm == "pro")
                        continue;
                    // "a Turkish base, part of its insurgency against Ankara": a side's war or campaign is no whole a member belongs to.
                    if (kind == RelationKind.Affiliate && PossessesEvent(units, tu))
                        continue;
                    // "led by Hamas's rival Fatah", "Iran's ally Hezbollah": a side named by its tie to another is not its part.
                    // "an alliance of militias including fighters linked to al Qaeda": men linked (loyal) to a side are no part
                    // that side is of what they joined.
                    if (kind == RelationKind.Affiliate && su >= 4 && units[su - 1].Norm is "to" or "with"
                        && units[su - 2].Norm is "linked" or "loyal" or "allied" or "affiliated" or "aligned" or "tied" or "close" or "connected"
                        && !units[su - 3].IsMention && char.IsLower(units[su - 3].Norm[0]) && units[su - 4].Norm is "including" or "notably")
                        continue;
                    if (kind == RelationKind.Affiliate && TieNounBetween(units, Math.Min(su, tu), Math.Max(su, tu)))
                        continue;
                    // "the RSF of his former deputy, Dagalo", "Burhan's former deputy, Dagalo": a man's former deputy (aide)
                    // is no member of that man's side now.
                    if (kind == RelationKind.Affiliate && tu < su && (target.Type == ActorType.Person || units[tu].Norm is "his" or "her")
                        && FormerRoleBetween(units, tu, su))
                        continue;
                    // "suffered a defeat at the hands of Islamic State militants": who acts "at the hands of" a side is its target.
                    if (kind == RelationKind.Attacked && su < tu && AtTheHandsOf(units, tu))
                        continue;
                    // "helped repel Haftar's 14-month offensive": who repels (halts, defeats) a side's offensive is not its attacker;
                    // the repel cues read the offensive's side as the attacker.
                    if (kind == RelationKind.Attacked && su < tu && OffensiveRepelled(units, tu))
                        continue;
                    // "sees the group as a proxy of its regional rival Iran": a rival a possessive owns is the possessor's, not the
                    // subject's, when the possessive stands apart from the subject ("Hamas and its rival Fatah" is Hamas's).
                    if (kind == RelationKind.Rival && su < tu && PossessedRivalBetween(units, su, tu))
                        continue;
                    // "launched an attack on Saudi border posts along with forces loyal to Saleh": who acts along with the
                    // attacker is not its target.
                    if (kind == RelationKind.Attacked && su < tu && CompanionBetween(units, su, tu))
                        continue;
                    // "Moscow appeared to be targeting opponents of President Assad": an act on a side's opponents is not on the side,
                    // nor are those who strike them its rivals.
                    if (kind is RelationKind.Attacked or RelationKind.Rival && su < tu && OpponentsStruckBefore(units, tu, kind))
                        continue;
                    // "fired a missile at Saudi Arabia's Jizan province, the coalition said": who closes the sentence saying so is
                    // not what the act was aimed at.
                    // ("..., the leader of ISGS, President Emmanuel Macron said": nor who it is a part of or led by.)
                    if ((tu > su && ClosingSpeakerAt(units, tu)) || (su > tu && ClosingSpeakerAt(units, su)))
                        continue;
                    // "said it had repelled an SDF attack on its positions": an act's noun right after another side's name is that
                    // side's, not the subject's.
                    if (kind == RelationKind.Attacked && su < tu && ActOfOtherNamedBefore(units, su, tu))
                        continue;
                    // "US strike kills al-Shabaab fighters after attack on army base": an act named after "after" in a clause
                    // whose subject already acted is the act answered, not the subject's.
                    if (kind == RelationKind.Attacked && su < tu && AnsweredActBetween(units, su, tu))
                        continue;
                    // "attacked a border post from Afghan territory": the land an act comes from is not what it hits.
                    if (kind == RelationKind.Attacked && su < tu && LandActedFrom(units, tu))
                        continue;
                    // "kidnapping drivers on the main roads from Senegal": a side after "from" that follows a road (border, direction)
                    // names where the road goes, not whose the people hit are.
                    // (The list's first side says it for the sides listed after it: "from Senegal and Ivory Coast".)
                    if (kind == RelationKind.Attacked && match.Slots[yield.Target] is var routeEnd && routeEnd >= 2
                        && (units[routeEnd - 1].Norm == "from" ? routeEnd - 1 : units[routeEnd - 1].Norm == "the" && units[routeEnd - 2].Norm == "from" ? routeEnd - 2 : -1) is var fromWord and >= 1
                        && units[fromWord - 1].Norm is "road" or "roads" or "route" or "routes" or "highway" or "highways" or "border" or "borders" or "direction" or "side" or "coast" or "corridor")
                        continue;
                    // "ISKP has also targeted Taliban allies abroad": a side named as the one others are tied to is not what the act hit.
                    // (Not a side's own word after a possessive: "from federal troops and their Eritrean allies" are Eritrea's.)
                    if (kind == RelationKind.Attacked && tu + 1 < units.Count && !units[tu + 1].IsMention && !(tu >= 1 && units[tu - 1].Norm is "their" or "its" or "his" or "her")
                        && units[tu + 1].Norm is "allies" or "ally" or "partners" or "proxies" or "backers" or "collaborators")
                        continue;
                    // "attacked a military base used by US and Kenyan forces": a site named by the theatre's usual side and then said to
                    // be another's ("used by", "held by") is that other's, not the usual side's.
                    // (Not a mission's base held by one of its contingents: "an African Union base held by Burundian troops".)
                    if (kind == RelationKind.Attacked && target is { Contextual: true, Type: ActorType.State } && (tu + 1 < units.Count && units[tu + 1].Tail ? tu + 2 : tu + 1) is var afterSite
                        && afterSite < units.Count && !units[afterSite].AfterHyphen // ("rebel-held areas" is the rebels')
                        && units[afterSite].Norm is "used" or "held" or "belonging" or "operated" or "run" or "manned" or "shared")
                        continue;
                    // "has targeted Pakistan's Shiite Hazara minority", "killed Iraq's Yazidis": a state's people are not the state.
                    if (kind == RelationKind.Attacked && target.Type == ActorType.State && PeopleOfState(units, tu))
                        continue;
                    // "Supporters of the new junta attacked the French embassy": a crowd on a government's side is not its forces.
                    if (kind == RelationKind.Attacked && source.Type == ActorType.State && CrowdOf(units, su))
                        continue;
                    // "Ethiopian troops invaded Somalia in 2006 to oust the Islamic Courts Union": a land invaded to act against
                    // another side is where the war was taken, not the side fought.
                    if (kind == RelationKind.Attacked && su < tu && target.Type == ActorType.State && InvadedToActOnOther(units, tu))
                        continue;
                    // "Kenyan troops fighting with the African Union force took Kismayo": men "fighting with" a side, a participle
                    // right after them, serve in its ranks; no enmity is told.
                    if (kind == RelationKind.Rival && MenFightingWith(units, match.Slots[yield.Target]))
                        continue;
                    // "Kataib Hezbollah, the Iran-backed militia Washington blames for the attack": a state right after a group's
                    // noun and before a verb is the subject of a clause said of the group, never the group's name.
                    if (target.Type == ActorType.State && tu >= 1 && StateAfterGroupNounOpensClause(units, tu))
                        continue;
                    // "surrounded Shekau on the orders of the Islamic State", "at the behest of Tehran": who orders an act is not
                    // its target.
                    if (kind == RelationKind.Attacked && OrdererOf(units, tu))
                        continue;
                    // "army units loyal to former President Saleh": a former ruler's men are his own faction, not the forces
                    // of the government the theatre's words name; "army units loyal to the Islah party" are a party's men,
                    // and the government is no part of the party.
                    if (kind == RelationKind.Affiliate && source.Contextual && TypeOf(context.State, from) == ActorType.State
                        && ((units[match.Slots[yield.Target]].Person && FormerTitleBefore(units, match.Slots[yield.Target])) || target.Type == ActorType.ArmedGroup))
                        continue;
                    // "overran Kidal alongside Tuareg rebels of the MNLA": who fights alongside the subject is its ally, not its target.
                    if (kind is RelationKind.Attacked or RelationKind.Rival && AllyPhraseBefore(units, tu, match.Start))
                        continue;
                    // "seized Sirte, the hometown of Muammar Gaddafi": a man or group a place is described by is no side.
                    if (HomeOf(units, tu) || HomeOf(units, su))
                        continue;
                    // "killed Hamza bin Laden, the son of Osama bin Laden": a relative of a man is not the man.
                    if (kind == RelationKind.Attacked && target.Type == ActorType.Person && KinOf(units, tu))
                        continue;
                    // "has killed thousands in its insurgency against the government of President X": a side named only as what a
                    // war is waged against is not what the act before the war's noun hit; the war's own cue tells the enmity.
                    if (kind == RelationKind.Attacked && su < tu && WarAgainstBefore(units, su, tu))
                        continue;
                    // "said they were responding to the killing of their members by Israeli troops": an act whose agent a "by"
                    // after its object names is that agent's, not the subject's.
                    if (kind == RelationKind.Attacked && su < tu && ActsAgentAfter(units, su, tu))
                        continue;
                    // "the Macina Liberation Front, an ally of al-Qaeda led by Amadou Koufa": who leads is said of the side the
                    // apposition describes, not of the side it is an ally of.
                    if (kind == RelationKind.Affiliate && target.Type == ActorType.Person && su < tu && DescribedBeforeTieNoun(context, units, su) is { } tiedSide)
                        from = tiedSide;
                    else if (kind == RelationKind.Affiliate && source.Type == ActorType.Person && tu < su && DescribedBeforeTieNoun(context, units, tu) is { } tiedOther)
                        to = tiedOther;
                    // "Ahmad Shah, the son of a famed commander of the Northern Front": the role after a word of kinship is the
                    // relative's, not the man's.
                    if (kind == RelationKind.Affiliate && source.Type == ActorType.Person && su < tu && KinAppositionBefore(units, su, tu))
                        continue;
                    // "killed Abubakar Shekau's deputy": the man hit is the deputy, one of the leader's group, not the leader.
                    // ("attacked Saleh's loyalists", "killed Saleh's fighters": a man's men with no group known are his side, the man.)
                    if (kind == RelationKind.Attacked && target.Type == ActorType.Person && AidesOf(units, tu))
                    {
                        if (GroupOf(context.State, to) is { } group)
                            to = group;
                        else if (!FollowersOf(units, tu))
                            continue;
                    }
                    // "his group had entered the war in solidarity with Hamas", "Shekau's fighters": a man's group or men are the
                    // group he belongs to.
                    if (kind != RelationKind.Affiliate)
                    {
                        if (TypeOf(context.State, from) == ActorType.Person && MansGroupMeant(units, su, match.End) && GroupOf(context.State, from) is { } fromGroup)
                            from = fromGroup;
                        if (TypeOf(context.State, to) == ActorType.Person && MansGroupMeant(units, tu, match.End) && GroupOf(context.State, to) is { } toGroup)
                            to = toGroup;
                        if (from == to)
                            continue;
                    }
                    // "Boko Haram's faction led by Abubakar Shekau, which has clashed with ISWAP": the side is the faction the man
                    // leads, named before him (or his own group when the faction names none).
                    // (Not what a cue of leading tells: "Ansar Dine, an Islamist group led by Iyad Ag Ghaly," is his group then.)
                    var toldLeading = kind == RelationKind.Affiliate && CueNames(match.Pattern, "led", "headed", "commanded");
                    if (TypeOf(context.State, from) == ActorType.Person && !toldLeading && LedGroupBefore(context, su) is { } ledFrom && ledFrom != to)
                        from = ledFrom;
                    if (TypeOf(context.State, to) == ActorType.Person && !toldLeading && LedGroupBefore(context, tu) is { } ledTo && ledTo != from)
                        to = ledTo;
                    // "Khalifa Haftar's rival Libyan National Army": a man and the group he leads are neither each other's
                    // enemies nor allies; the tie word is said of both against a third side.
                    if (kind != RelationKind.Affiliate && (GroupOf(context.State, from) == to || GroupOf(context.State, to) == from))
                        continue;
                    // "Iraqi Prime Minister Haider al-Abadi declared victory over IS": a head of state acts for the state.
                    if (kind != RelationKind.Affiliate)
                    {
                        if (source.ActsFor is { } sourceState && from == source.Actor)
                            from = sourceState;
                        if (target.ActsFor is { } targetState && to == target.Actor)
                            to = targetState;
                        if (from == to)
                            continue;
                    }
                    // "The Islamic State of Iraq, an umbrella group dominated by al-Qaeda" (the dictionary's al Qaeda in Iraq): a
                    // whole is never a part of a branch its name says is its own.
                    if (kind == RelationKind.Affiliate && to.StartsWith(from + " in ", StringComparison.Ordinal))
                        continue;
                    // "Mumin pledged allegiance to IS leader Baghdadi": loyalty to a leader is membership of his group.
                    if (kind == RelationKind.Affiliate && TypeOf(context.State, to) == ActorType.Person && TypeOf(context.State, from) == ActorType.Person)
                    {
                        if ((GroupByRole(context, tu) ?? GroupOf(context.State, to)) is not { } ledGroup || ledGroup == from)
                            continue;
                        to = ledGroup;
                    }
                    // A group told as a man's part:
                    if (kind == RelationKind.Affiliate && TypeOf(context.State, to) == ActorType.Person && TypeOf(context.State, from) != ActorType.Person)
                    {
                        // "Al-Shabaab pledged loyalty to Osama bin Laden": loyalty to another group's leader is membership of his group;
                        // ("Nusra was an extension of his Iraqi group": so is a whole named as the man's group, and with his group
                        // unknown the match tells nothing).
                        var hisGroupNamed = GroupNounAfter(units, tu);
                        if ((hisGroupNamed || CueNames(match.Pattern, "allegiance", "loyalty", "loyal")) && GroupOf(context.State, to) is { } leadersGroup && leadersGroup != from)
                            to = leadersGroup;
                        else if (hisGroupNamed)
                            continue;
                        else
                            (from, to) = (to, from); // a person belongs to a group, never the other way round
                    }
                    // ("ISWAP split from Shekau's group with the blessing of the Islamic State's leadership": a branch the text named
                    // as the parent's, or whose name opens with the parent's, is its part; backing between them is no alliance of two sides.)
                    var branchAndParent = context.State.Branches.Contains((from, to)) || context.State.Branches.Contains((to, from))
                        || NameOpensWith(from, to) || NameOpensWith(to, from);
                    if (kind == RelationKind.Allied && branchAndParent)
                        continue;
                    // ("Tribal sheikhs in Anbar say they have recruited men to fight al Qaeda in Iraq", under a headline on al Qaeda:
                    // nor is a side a reference stands for, named nowhere in the sentence, the enemy of its own branch or parent;
                    // "X, known as the Nusra Front until it cut ties with al Qaeda" names it.)
                    if (kind is RelationKind.Attacked or RelationKind.Rival && branchAndParent
                        && ((source.IsReference && !NamedIn(context.Mentions, from)) || (target.IsReference && !NamedIn(context.Mentions, to))))
                        continue;
                    // ("Kenyan troops fighting under the African Union flag": a state is no branch of anything; what it serves under is its ally.)
                    if (kind == RelationKind.Affiliate && TypeOf(context.State, from) == ActorType.State && TypeOf(context.State, to) is not (ActorType.Person or ActorType.State))
                        kind = RelationKind.Allied;
                    // A member of a coalition is its ally, not its branch; its own wing ("the Courts' youth wing, al-Shabaab") is its part.
                    if (kind == RelationKind.Affiliate && TypeOf(context.State, to) == ActorType.Coalition && TypeOf(context.State, from) != ActorType.Person
                        && !WingInMatch(units, match))
                        kind = RelationKind.Allied;
                    // "The PMF is closely tied to Iran": a group tied (linked, connected) to a state is its ally, not its part.
                    if (kind == RelationKind.Affiliate && TypeOf(context.State, to) == ActorType.State && TypeOf(context.State, from) is ActorType.ArmedGroup or ActorType.Coalition
                        && (CueNames(match.Pattern, "tied", "linked", "connected", "associated", "answers") // ("Kataib Hezbollah answers to Iran": a proxy)
                            || FoundingTold(units, match))) // ("the militia was founded in 2016 by the emirate": a state's creature is its proxy)
                        kind = RelationKind.Allied;
                    // "a coalition of Islamist rebels led by the Nusra Front": a group led by another group (not by its men,
                    // "run by veteran al Qaeda operatives") is its ally.
                    if (kind == RelationKind.Affiliate && TypeOf(context.State, to) != ActorType.Person && TypeOf(context.State, from) != ActorType.Person
                        && CueNames(match.Pattern, "led", "headed", "commanded") && !PersonnelAfter(units, tu))
                        kind = RelationKind.Allied;
                    // "Burkina Faso expelled French troops", "the junta expelled MINUSMA": a state (or its ruler) sending another
                    // state's, a mission's or a body's forces or envoys home is hostility, not an attack (driving an enemy "from"
                    // a town still is one).
                    // (A coalition of armed groups is driven out like any: "ousted the Islamic Courts Union from Mogadishu".)
                    if (kind == RelationKind.Attacked && TypeOf(context.State, from) is ActorType.State or ActorType.Person
                        && (TypeOf(context.State, to) is ActorType.State or ActorType.Other || dictionary.IsStateCoalition(to))
                        && Expulsion(units, match, ousting: TypeOf(context.State, from) == ActorType.State))
                        kind = RelationKind.Rival;
                    // "an umbrella of Iran-backed militias": a theatre's word for a kind of side after "of" says what the members are,
                    // not which side is one.
                    if (yield.Kind == RelationKind.Affiliate && source.Contextual && su >= 1
                        && (units[su - 1].Norm == "of" || (su >= 2 && units[su - 1].Norm == "the" && units[su - 2].Norm == "of")))
                        continue;
                    // "A senior commander of the Nusra Front pledged allegiance to the Islamic State", "Rebel commander defects to ISIS":
                    // one man of a side who changes sides ties himself, not the side.
                    if (kind is RelationKind.Affiliate or RelationKind.Allied && LoneManOf(units, su))
                        continue;
                    // "Shekau took over the group in 2009": a man taking over a group itself leads it; he captures nothing.
                    if (kind == RelationKind.Attacked && TypeOf(context.State, from) == ActorType.Person && GroupTypes.Contains(TypeOf(context.State, to))
                        && TakenOver(units, tu))
                        continue;
                    // "British and French planes joined the US in dropping aid": a state that joins another state joins it in
                    // something; it never becomes a part of it.
                    if (kind == RelationKind.Affiliate && TypeOf(context.State, from) == ActorType.State && TypeOf(context.State, to) == ActorType.State
                        && JoinVerbIn(units, match.Start, match.End))
                        kind = RelationKind.Allied;
                    // "the coalition led by Saudi Arabia": a coalition is no part of the state leading it; the state is its member.
                    if (kind == RelationKind.Affiliate && TypeOf(context.State, from) == ActorType.Coalition && TypeOf(context.State, to) == ActorType.State)
                        (from, to, kind) = (to, from, RelationKind.Allied);
                    var notes = new List<string> { $"cue \"{match.Pattern.Text}\" (relations.yaml line {cue.Line}) on \"{Span(context, match)}\"" };
                    if (match.SubjectNote is not null && su == match.Slots[match.Pattern.SlotNames[0]])
                        notes.Add(match.SubjectNote);
                    var confidence = cue.Confidence;
                    foreach (var m in new[] { source, target }.Where(m => m.IsReference).DistinctBy(m => m.TokenStart))
                    {
                        confidence *= 0.8;
                        notes.Add($"\"{m.Surface}\" read as a reference to an actor named before");
                    }
                    if (su != match.Slots[yield.Source] || tu != match.Slots[yield.Target])
                    {
                        confidence *= 0.9;
                        notes.Add("actor joined by 'and' or a list");
                    }
                    var tie = kind is RelationKind.Allied or RelationKind.Affiliate;
                    // ("seized Aden on Saturday, in a split within the coalition battling the Houthis": a participle describing a name
                    // tells what it is doing all along; a time before it is the clause's.)
                    // (Not after ", with": "battled on Monday, with the air force striking RSF bases" tells one time.)
                    var describing = match.SubjectNote == PatternMatcher.DescribingParticipleNote
                        && !(match.Start >= 2 && units[match.Start - 1].Norm == "with" && units[match.Start - 2].Norm == ",");
                    var dates = describing ? context.Dates.Where(d => d.Start >= units[match.Start].CharStart).ToList() : context.Dates;
                    // ("The faction led by Shekau said on Monday ...": a membership told in the speaker's name is not of the
                    // day the speaker spoke.)
                    if (kind == RelationKind.Affiliate && match.End < units.Count
                        && units[match.End].Norm is "said" or "says" or "told" or "claimed" or "claims" or "announced" or "reported" or "stated")
                        dates = dates.Where(d => d.Start < units[match.End].CharStart).ToList();
                    var date = cue.Standing || (tie && CompoundTie(units, match)) ? null : negatedDate ?? Nearest(dates, units, match, resolved: true, skipped, tie)
                        ?? Nearest(dates, units, match, resolved: false, skipped, tie); // keeps the raw phrase of a date it cannot resolve
                    if (date is null && cue.CarryDate && !describing && !WarAsSetting(units, match) && !OtherActs(units, match) && !PresentView(units, match)
                        && !PurposeOfBacking(units, match) && !(kind != RelationKind.Attacked && (PresentCharge(units, match) || PresentProgressive(units, match)))
                        // ("Turkey attacked the SDF a week ago. The SDF, which fought alongside the US against IS, then ...": an
                        // aside closed inside the sentence tells what a side is known for, not what happened then.)
                        && !InClosedRelativeClause(units, match, units.Count - 1)
                        // ("the SDF, the Kurdish-led alliance that defeated the caliphate": nor one describing an apposition's noun.)
                        && !ClauseOfAppositionIn(units, match)
                        && (ActToldBeforeIn(context, match) ?? CarriedDate(context, storyToo: kind == RelationKind.Attacked, before: match.Start)) is { } carried)
                    {
                        date = carried.Date;
                        notes.Add(carried.Note);
                    }
                    if (negatedDate is not null)
                    {
                        confidence *= 0.9;
                        notes.Add($"negated cue read as '{negatedDate.Text}'");
                    }
                    var (attribution, claimedBy) = Attribute(context, match, tie);
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
                        date?.Date, date?.Text is { Length: > 0 } phrase ? phrase : null /* a lede's date has no phrase */, attribution, claimedBy, Math.Round(confidence, 2),
                        Background: date is null && IsBackground(units), string.Join("; ", notes)) { Resumed = negatedDate is not null };
                    yield return new ExtractedRelation(from, to, kind, evidence);
                    }
                }
        }
    }

    private static readonly HashSet<string> OrganisationNouns =
        ["group", "movement", "organization", "organisation", "militia", "party", "faction", "network"];

    private static readonly HashSet<string> PersonsGroupNouns =
        ["group", "movement", "organization", "organisation", "militia", "militias", "party", "faction", "fighters", "men", "forces",
         "followers", "loyalists", "troops", "network", "brigade", "brigades", "army", "force", "guards", "militiamen", "gunmen"];

    /// <summary>Whether the words around the man at <paramref name="unit"/> make his group the side: his men, his sites, his group's clause.</summary>
    private static bool MansGroupMeant(IReadOnlyList<Unit> units, int unit, int end) =>
        GroupNounAfter(units, unit) || WhoseGroupAfter(units, unit, end) || LoyalMenBefore(units, unit) || SiteOfManBefore(units, unit);

    /// <summary>"captured Deir Sunbul, the stronghold of Jamal Maarouf": a site of the man at <paramref name="unit"/> is his group's.</summary>
    private static bool SiteOfManBefore(IReadOnlyList<Unit> units, int unit) =>
        unit >= 2 && units[unit - 1].Norm == "of"
        && units[unit - 2].Norm is "stronghold" or "strongholds" or "base" or "bases" or "headquarters" or "bastion" or "fiefdom" or "positions";

    /// <summary>"forces loyal to Haftar", "a faction loyal to Shekau": the men of the man at <paramref name="unit"/>.</summary>
    private static bool LoyalMenBefore(IReadOnlyList<Unit> units, int unit)
    {
        var to = unit - 1;
        // (Past his title: "forces loyal to the eastern commander Khalifa Haftar".)
        while (to > 0 && to >= unit - 4 && !units[to].IsMention && units[to].Norm is not ("to" or "," or "and" or "of"))
            to--;
        return to >= 2 && units[to].Norm == "to" && units[to - 1].Norm is "loyal" or "allegiant"
            && PersonsGroupNouns.Contains(units[to - 2].Norm);
    }

    /// <summary>Whether a group noun follows a person's unit as his possession: "his group", "Shekau's fighters".</summary>
    private static bool GroupNounAfter(IReadOnlyList<Unit> units, int unit)
    {
        var next = units[unit].Norm is "his" or "her" ? unit + 1 : unit + 1 < units.Count && units[unit + 1].Norm == "'s" ? unit + 2 : -1;
        if (next <= 0 || next >= units.Count)
            return false;
        // ("his Iraqi group", "Haftar's own forces": past one word that says which.)
        if (next + 1 < units.Count && !units[next].IsMention && char.IsLetter(units[next].Norm[0]) && !PatternMatcher.IsPreposition(units[next].Norm)
            && units[next].Norm is not ("and" or "or" or "the" or "a" or "an"))
            next += PersonsGroupNouns.Contains(units[next].Norm) ? 0 : 1;
        return PersonsGroupNouns.Contains(units[next].Norm);
    }

    /// <summary>
    /// "Sirajuddin Haqqani, the interior minister, whose network has hosted ...": a clause on a man's group, past his
    /// apposition, that the match (ending at <paramref name="end"/>) reads.
    /// </summary>
    /// <remarks>
    /// Only the organisation itself ("network", "group", "movement"): "whose fighters" may be those of the faction he led at
    /// the time ("Iyad Ag Ghaly, whose fighters have claimed attacks", in a story of the merger that made him the leader the
    /// dictionary gives), so a man's men stay his.
    /// </remarks>
    private static bool WhoseGroupAfter(IReadOnlyList<Unit> units, int man, int end)
    {
        // (A reading without the apposition has "whose" right after him.)
        if (man + 1 >= units.Count || units[man + 1].Norm is not ("," or "whose"))
            return false;
        for (var k = man + 1; k + 1 < units.Count && k <= man + 8 && !units[k].IsMention; k++)
            if (units[k].Norm == "whose")
                return (k == man + 1 || units[k - 1].Norm == ",") && k + 1 < end && OrganisationNouns.Contains(units[k + 1].Norm);
        return false;
    }

    /// <summary>"its own", "their own": a possessive that refers back to its clause's subject.</summary>
    private static bool OwnPossessive(IReadOnlyList<Unit> units, int unit) =>
        units[unit].Norm is "its" or "their" && unit + 1 < units.Count && units[unit + 1].Norm == "own";

    /// <summary>
    /// The group of "X's faction led by" (or "the X faction led by") before a person's unit; the man's own group when
    /// the faction names no side; null when no group noun and "led by" come right before him.
    /// </summary>
    private string? LedGroupBefore(SentenceContext context, int person)
    {
        var units = context.Units;
        if (person < 3 || units[person - 1].Norm != "by" || units[person - 2].Norm is not ("led" or "headed" or "commanded")
            || !PersonsGroupNouns.Contains(units[person - 3].Norm))
            return null;
        var owner = person >= 5 && units[person - 4].Norm == "'s" ? person - 5 : person - 4;
        // (Not "an anti-Taliban group led by Ahmad Massoud": the name after "anti-" is what the group is against.)
        if (owner >= 0 && units[owner] is { IsMention: true, Person: false } && !PatternMatcher.AfterAnti(units, owner)
            && context.Mentions[units[owner].Mention].Actor is { } named)
            return named;
        return context.Mentions[units[person].Mention].Actor is { } man ? GroupOf(context.State, man) : null;
    }

    /// <summary>
    /// "linked to Turkey's outlawed PKK", "backed by Lebanon's Hezbollah": a state owning a name (with up to two words
    /// between) says where the group is; the group is meant, unless it is the match's other side ("Iran's Quds Force").
    /// </summary>
    private static int OwnedGroup(SentenceContext context, int unit, int otherSide)
    {
        var units = context.Units;
        if (unit + 2 >= units.Count || units[unit + 1].Norm != "'s")
            return unit;
        // ("views the SDF's backbone, the YPG, as ...": a group's part named in the apposition after its noun is what is meant.)
        if (context.Mentions[units[unit].Mention] is { Type: ActorType.ArmedGroup or ActorType.Coalition, IsReference: false })
        {
            var comma = unit + 2;
            while (comma < units.Count && comma <= unit + 4 && !units[comma].IsMention && char.IsLower(units[comma].Norm[0]))
                comma++;
            var part = comma + 1 < units.Count && units[comma + 1].Norm == "the" ? comma + 2 : comma + 1;
            return comma > unit + 2 && part + 1 < units.Count && units[comma].Norm == "," && units[part].IsMention && part != otherSide
                && units[part + 1].Norm == "," && context.Mentions[units[part].Mention] is { Type: ActorType.ArmedGroup or ActorType.Coalition, IsReference: false }
                ? part : unit;
        }
        if (context.Mentions[units[unit].Mention] is not { Type: ActorType.State, IsReference: false })
            return unit;
        for (var k = unit + 2; k < units.Count && k <= unit + 4; k++)
        {
            if (units[k].IsMention)
                return k != otherSide && context.Mentions[units[k].Mention] is { Type: not (ActorType.State or ActorType.Person), IsReference: false } ? k : unit;
            // "Israel's killing of Hamas leader X": a preposition ends the state's noun phrase; the group after it is not
            // the state's own.
            if (!char.IsLetter(units[k].Norm[0]) || units[k].Norm is "of" or "by" or "on" or "against" or "in" or "at" or "with" or "for" or "to" or "from")
                return unit;
        }
        return unit;
    }

    /// <summary>
    /// "any attack", "any major strike": "any" before a noun of war within two words, between <paramref name="from"/> and
    /// <paramref name="end"/>; not one a negation governs ("had not announced any new raids until Friday"), which the negation reads.
    /// </summary>
    private static bool AnyActIn(IReadOnlyList<Unit> units, int from, int end)
    {
        for (var k = from; k < end; k++)
            if (units[k].Norm == "any" && !Enumerable.Range(Math.Max(0, k - 8), k - Math.Max(0, k - 8))
                    .Any(n => units[n].Norm is "not" or "never" or "no" or "without" || units[n].Norm.EndsWith("n't", StringComparison.Ordinal)))
                for (var n = k + 1; n < end && n <= k + 3; n++)
                    if (PatternMatcher.IsWarActNoun(units[n].Norm))
                        return true;
        return false;
    }

    /// <summary>"the GNA and its Turkish allies", "Russia and its ally Assad": a possessive before a noun of alliance in the match.</summary>
    private static bool PossessedAllyNoun(IReadOnlyList<Unit> units, CueMatch match)
    {
        for (var k = match.Start; k < match.End; k++)
            if (units[k].Norm is "its" or "their" or "his" or "her")
                for (var n = k + 1; n < match.End && n <= k + 3; n++)
                    if (units[n].Norm is "ally" or "allies" or "partner" or "partners" or "backer" or "backers" or "patron" or "patrons")
                        return true;
        return false;
    }

    /// <summary>
    /// "Iran-backed Houthis", "the al Qaeda-linked group": a tie told by a compound modifier describes the side; the
    /// sentence's date is its act's, not the tie's.
    /// </summary>
    private static bool CompoundTie(IReadOnlyList<Unit> units, CueMatch match) =>
        match.Slots.TryGetValue("A", out var a) && a + 1 < match.End && units[a + 1].AfterHyphen && !units[a + 1].IsMention;

    /// <summary>
    /// "armed the Peshmerga in the war against the Islamic State", "backs the government in its war against the
    /// Houthis": a war (fight, campaign) the match names as the setting of something else is no act of the paragraph's day.
    /// </summary>
    private static bool WarAsSetting(IReadOnlyList<Unit> units, CueMatch match)
    {
        for (var k = match.Start; k < match.End; k++)
        {
            if (units[k].Norm is not ("war" or "fight" or "campaign" or "struggle"))
                continue;
            for (var the = k - 1; the >= match.Start && the >= k - 3; the--)
                if (units[the].Norm is "the" or "its" or "their")
                    return the > 0 && units[the - 1].Norm is "in" or "during" or "throughout";
        }
        return false;
    }

    /// <summary>True when a singular title stands right after the name at <paramref name="name"/> ("the RSF commander").</summary>
    private static bool TitleAfterName(IReadOnlyList<Unit> units, int name) =>
        name + 1 < units.Count && SingularTitles.Contains(units[name + 1].Norm);

    /// <summary>Titles one man holds ("chief", "leader"): what they name is one man of one side.</summary>
    private static readonly HashSet<string> SingularTitles =
        ["chief", "leader", "commander", "head", "founder", "emir", "spokesman", "deputy", "president", "minister"];

    /// <summary>
    /// True when <paramref name="listed"/> is a later name of a list whose first, at <paramref name="first"/>, follows a singular
    /// title ("chief", "leader"), or closes an apposition to one ("The army chief, General X, and the RSF commander, Y").
    /// </summary>
    private static bool TitledOnlyFirst(IReadOnlyList<Unit> units, int first, int listed)
    {
        if (listed == first || first <= 0 || !units[listed].Person || !units[first].Person)
            return false;
        var title = first - 1;
        if (title >= 1 && units[title].Norm is "general" or "gen" or "colonel" or "col" or "lieutenant" or "lt" or "major" or "field" or "marshal")
            title--;
        if (title >= 1 && units[title].Norm == ",")
            title--;
        return !units[title].IsMention && SingularTitles.Contains(units[title].Norm);
    }

    /// <summary>
    /// True when a verb's object opens at <paramref name="at"/>: a name, a determiner, or a noun phrase of plain words
    /// ("fought Shia militiamen of the Mahdi Army"); not a preposition, an adverb or "each other".
    /// </summary>
    private static bool ObjectFollows(IReadOnlyList<Unit> units, int at)
    {
        // ("the two groups fought pitched battles": what is fought is a fight, each other's.)
        for (var k = at; k < units.Count && k <= at + 2; k++)
            if (units[k].Norm is "battle" or "battles" or "war" or "wars" or "clashes" or "skirmishes" or "firefights" or "gunfights" or "duels")
                return false;
        var next = units[at];
        return next.IsMention || next.Norm is "the" or "a" or "an" or "its" or "their"
            || (char.IsLetter(next.Norm[0]) && !PatternMatcher.IsPreposition(next.Norm) && !next.Norm.EndsWith("ly", StringComparison.Ordinal)
                && next.Norm is not ("each" or "one" or "and" or "or" or "but" or "until" or "since" or "side" or "together" or "again" or "back"
                    or "off" or "hard" or "as" or "when" or "while" or "after" or "before" or "last" or "this" or "that" or "which"));
    }

    /// <summary>
    /// True when the match names acts other than the one its paragraph dates ("has carried out similar attacks", "such
    /// raids", "previous bombings"): the paragraph's date is not theirs.
    /// </summary>
    private static bool OtherActs(IReadOnlyList<Unit> units, CueMatch match)
    {
        for (var k = match.Start; k < match.End; k++)
            if ((k + 1 < match.End && units[k].Norm is "similar" or "such" or "previous" or "earlier" or "past" or "prior" or "other" or "repeated" or "frequent"
                    or "series" or "string" or "spate" or "wave" or "campaign" // "blamed for a series of attacks on police"
                    && (PatternMatcher.IsWarActNoun(units[k + 1].Norm) || (k + 2 < match.End && PatternMatcher.IsWarActNoun(units[k + 2].Norm))))
                // ("has mostly attacked military targets", "has repeatedly struck", "regular strikes": acts told as a habit.)
                || HabitWords.Contains(units[k].Norm))
                return true;
        return false;
    }

    private static readonly HashSet<string> HabitWords =
        ["mostly", "repeatedly", "frequently", "often", "regularly", "routinely", "usually", "habitually", "periodically", "occasionally",
         "sporadically", "regular", "repeated", "frequent", "routine", "periodic", "occasional", "sporadic"];

    /// <summary>The relative pronoun of the first ", which (who ...)" in [<paramref name="from"/>, <paramref name="to"/>), or -1.</summary>
    private static int RelativePronounAfter(IReadOnlyList<Unit> units, int from, int to)
    {
        for (var comma = from; comma + 1 < to; comma++)
            if (PatternMatcher.OpensRelative(units, comma))
                return comma + 1;
        return -1;
    }

    /// <summary>The words a match covers, as written ("launched an offensive against the Islamic State").</summary>
    private static string Span(SentenceContext context, CueMatch match)
    {
        var units = context.Units;
        var start = units[match.Start].CharStart;
        var end = units[Math.Max(match.Start, match.End - 1)].CharEnd;
        return context.Sentence.Text[start..end];
    }

    /// <summary>True for "{A} , a (the) ... noun" whose noun, closing the match, is singular ("the STC's patron", not "both members").</summary>
    private static bool SingularApposition(IReadOnlyList<Unit> units, CueMatch match) =>
        match.Pattern.Text.StartsWith("{A} , ", StringComparison.Ordinal) && match.Slots.TryGetValue("A", out var a) && a + 2 < units.Count
        && units[a + 1].Norm == "," && units[a + 2].Norm is "a" or "an" or "another" or "the"
        && units[match.End - 1] is { IsMention: false } head && !head.Norm.EndsWith('s');

    /// <summary>True when the name at <paramref name="part"/> is listed in ", including ..." right after the name at <paramref name="whole"/>.</summary>
    private static bool PartListedAfter(IReadOnlyList<Unit> units, int whole, int part)
    {
        var k = whole + 1;
        while (k < units.Count && units[k].Tail)
            k++;
        if (part <= k + 1 || k + 1 >= units.Count || units[k].Norm != "," || units[k + 1].Norm != "including")
            return false;
        for (var i = k + 2; i < part; i++)
            if (units[i].Norm is "," or ";" or "." || (units[i].IsMention && !units[i + 1].AfterHyphen && units[i + 1].Norm is not ("and" or ",")))
                return false;
        return true;
    }

    private static IEnumerable<int> SlotUnits(CueMatch match, string slot) =>
        match.Coordinated.TryGetValue(slot, out var more) ? more.Prepend(match.Slots[slot]) : [match.Slots[slot]];

    /// <summary>Whether a cue's match names a wing ("the Courts' youth wing, al-Shabaab"), a part that is no mere member.</summary>
    private static bool WingInMatch(IReadOnlyList<Unit> units, CueMatch match)
    {
        for (var k = match.Start; k < match.End && k < units.Count; k++)
            if (!units[k].IsMention && units[k].Norm is "wing" or "wings")
                return true;
        return false;
    }

    /// <summary>
    /// Whether the name at unit <paramref name="speaker"/> is followed by a verb of saying and then, before
    /// <paramref name="end"/>, by an act ("the strikes") whose authors the story told before.
    /// </summary>
    private static bool ReportsActToldBefore(SentenceContext context, IReadOnlyList<Unit> units, int speaker, int end)
    {
        var k = speaker + 1;
        if (!units[speaker].IsMention || k >= end || !MentionFinder.SayingVerbs.Contains(units[k].Norm))
            return false;
        k++;
        if (k < end && units[k].Norm == "that")
            k++;
        return k < end && units[k].IsMention && context.Mentions[units[k].Mention] is { Source: MentionSource.Event, Candidates.Count: > 0 } act
            && context.Mentions[units[speaker].Mention].Candidates.FirstOrDefault() is { } voice && !act.Candidates.Contains(voice);
    }

    /// <summary>
    /// Picks the first pair of candidate actors that differ and fit the cue's types; an event reference ("the
    /// operation") stands for each of the act's authors, so it gives one pair per author.
    /// </summary>
    private IEnumerable<(string, string)> Choose(DocumentState state, RelationCue cue, CueYield yield, Mention source, Mention target)
    {
        var fits = new List<(string, string)>();
        // "the two groups clashed": one plural slot on both sides of the relation, a pair for each two of its actors.
        if (source.TokenStart == target.TokenStart)
        {
            var members = source.Members.Where(a => !cue.SlotTypes.TryGetValue(yield.Source, out var types) || types.Contains(TypeOf(state, a))).ToList();
            for (var a = 0; a < members.Count; a++)
                for (var b = a + 1; b < members.Count; b++)
                    fits.Add((members[a], members[b]));
            return fits;
        }
        // An act stands for its authors, never for its target; as the side backed ("the offensive, backed by US
        // airstrikes") it stands for each of them.
        // ("said it had repelled the attack": save an act fought off, whose authors the side fought.)
        // ("Hezbollah joined the offensive": a part of an act is an ally of its authors, read below; see the kind's change.)
        if (target.Source == MentionSource.Event && yield.Kind is not (RelationKind.Allied or RelationKind.Affiliate) && !target.FoughtOff)
            return fits;
        // "French forces, which have battled both groups": a plural on one side stands for each of its actors.
        if (source.Members.Count > 1 && source.Source == MentionSource.Description)
            source = source with { Candidates = source.Members };
        // "the attackers belonged to the faction loyal to Shekau" (both Boko Haram): a side said to belong to what it is
        // belongs to no other.
        if (yield.Kind == RelationKind.Affiliate && source.IsReference && target.Candidates is [var whole] && source.Candidates.FirstOrDefault() == whole)
            return fits;
        var eachTarget = target.Members.Count > 1 && target.Source == MentionSource.Description;
        if (eachTarget)
            target = target with { Candidates = target.Members };
        eachTarget |= target.Source == MentionSource.Event;
        foreach (var s in source.Candidates)
        {
            if (cue.SlotTypes.TryGetValue(yield.Source, out var st) && !st.Contains(TypeOf(state, s)))
                continue;
            foreach (var t in target.Candidates)
            {
                if (s == t || (cue.SlotTypes.TryGetValue(yield.Target, out var tt) && !tt.Contains(TypeOf(state, t))
                        && !(yield.Kind == RelationKind.Affiliate && target.Source == MentionSource.Event)))
                    continue;
                // ("Ethiopian troops crossed into Somalia to pursue al-Shabaab. Hundreds of militants took part in the raids": who
                // takes part in an act is no ally of its authors when those authors attacked it, or it them, in the sentences just before.)
                if (target.Source == MentionSource.Event && yield.Kind is RelationKind.Allied or RelationKind.Affiliate
                    && state.Relations.Any(r => r.Kind == RelationKind.Attacked && r.Evidence.SentenceIndex >= state.SentenceIndex - 2
                        && ((r.Source == t && r.Target == s) || (r.Source == s && r.Target == t))))
                    continue;
                // "Shekau killed himself when its fighters surrounded him": a group a reference may stand for does not
                // attack its own leader; the reference means another group.
                if (cue.Kind == RelationKind.Attacked && source.IsReference && GroupOf(state, t) == s)
                    continue;
                fits.Add((s, t));
                if (!eachTarget)
                    break;
            }
            if (fits.Count > 0 && source.Source != MentionSource.Event && !(source.Members.Count > 1 && source.Source == MentionSource.Description))
                break;
        }
        return fits;
    }

    /// <summary>
    /// A name that holds another group's name states the tie itself: "al-Qaeda in the Arabian Peninsula" and "al
    /// Qaeda's Syrian branch" are branches of al Qaeda, "the Syrian branch of al Qaeda" too; "Shabaab's Amniyat" is
    /// part of al-Shabaab; "Haftar's forces" are led by Haftar. A state's name does not count ("Lebanon's Hezbollah"
    /// says where the group is from).
    /// </summary>
    private IEnumerable<ExtractedRelation> NamedBranches(DocumentState state, Sentence sentence, List<Token> tokens, List<Mention> mentions, IReadOnlyList<DateMention> dates)
    {
        var (attribution, claimedBy) = sentence.Kind == SegmentKind.Comment ? (Attribution.Comment, null) : (Attribution.Author, (string?)null);
        ExtractedRelation Branch(string part, string whole, string why) => new(part, whole, RelationKind.Affiliate, new Evidence(
            state.Document.Key, sentence.Text, sentence.Index, sentence.Start, null, null, attribution, claimedBy, 0.7,
            Background: true, why));
        // "Iraqi Prime Minister Haider al-Abadi", "US President Donald Trump": a state's title of office before a man's name
        // makes him its office-holder.
        foreach (var m in mentions)
            if (m is { Type: ActorType.Person, IsReference: false, Actor: { } man, ActsFor: { } office } && TypeOf(state, office) == ActorType.State
                && state.Branches.Add((man, office)))
                yield return Branch(man, office, $"the title of \"{m.Surface}\" names an office of {office}");
        foreach (var m in mentions.Where(m => m.Actor is not null && !m.IsReference && m.Source == MentionSource.Dictionary))
        {
            foreach (var parent in ParentsInName(tokens, m))
                if (state.Branches.Add((m.Actor!, parent)))
                    yield return Branch(m.Actor!, parent, $"the name \"{m.Surface}\" denotes a branch of {parent}");
            for (var k = m.TokenStart; k < m.TokenEnd - 1; k++)
                foreach (var (innerEnd, innerActor) in dictionary.PrefixMatches(tokens, k, m.TokenEnd))
                {
                    var owner = dictionary.Actors[innerActor];
                    var possessive = tokens[innerEnd].Norm == "'s";
                    var ofName = k > m.TokenStart && tokens[k - 1].Norm == "of";
                    // ("the al Qaeda affiliate" read as al Qaeda's branch in the theatre: the name and a branch noun.)
                    var branchNoun = k == m.TokenStart && innerEnd == m.TokenEnd - 1 && (BranchHeads.Contains(tokens[innerEnd].Norm) || tokens[innerEnd].Norm == "faction");
                    // ("Economic Community of West African States": nor a word naming a region, "the West".)
                    if (owner.Name == m.Actor || !(possessive || ofName || branchNoun) || owner.Type is ActorType.State or ActorType.Other)
                        continue;
                    var (part, whole) = owner.Type == ActorType.Person ? (owner.Name, m.Actor!) : (m.Actor!, owner.Name);
                    if (state.Branches.Add((part, whole)))
                        yield return Branch(part, whole, $"the name \"{m.Surface}\" says it belongs to {owner.Name}");
                }
        }
    }

    /// <summary>The groups whose names open <paramref name="m"/>'s name as a branch's do ("al-Qaeda in ...", "Islamic State-Khorasan").</summary>
    private IEnumerable<string> ParentsInName(IReadOnlyList<Token> tokens, Mention m)
    {
        foreach (var (end, parentIndex) in dictionary.PrefixMatches(tokens, m.TokenStart, m.TokenEnd))
        {
            var parent = dictionary.Actors[parentIndex].Name;
            // "the IRGC al-Quds Force": a group's name before the unit's own name ("Quds Force") is its owner.
            var ownerBefore = dictionary.Actors[parentIndex].Type == ActorType.ArmedGroup && end < m.TokenEnd
                && dictionary.LongestMatch(tokens, end) is { } rest && rest.End == m.TokenEnd && dictionary.Actors[rest.Actor].Name == m.Actor;
            // "the Islamic State West Africa Province": a group's name before a province's is its branch there.
            var province = dictionary.Actors[parentIndex].Type == ActorType.ArmedGroup
                && Enumerable.Range(end + 1, Math.Max(0, m.TokenEnd - end - 1)).Any(k => tokens[k].Norm is "province" or "wilayat" or "wilayah");
            // ("Islamic State-Khorasan", "ISIS-K": so is a group's name joined by a hyphen to a capitalised word.)
            var hyphened = dictionary.Actors[parentIndex].Type == ActorType.ArmedGroup && end < m.TokenEnd && tokens[end].AfterHyphen && tokens[end].IsCapitalized;
            if ((tokens[end].Norm == "in" || ownerBefore || province || hyphened) && parent != m.Actor)
                yield return parent;
        }
    }

    /// <summary>
    /// "Al-Shabaab gunmen stormed the hotel. The al Qaeda affiliate claimed the attack.": a branch described by its owner's
    /// name, with no name of its own after it, is the group the text is about; it belongs to that owner.
    /// </summary>
    private IEnumerable<ExtractedRelation> BranchDescriptions(DocumentState state, Sentence sentence, List<Token> tokens, List<Mention> mentions)
    {
        var attribution = sentence.Kind == SegmentKind.Comment ? Attribution.Comment : Attribution.Author;
        foreach (var m in mentions.Where(m => m.Actor is not null && !m.IsReference && m.TokenStart >= 1 && tokens[m.TokenStart - 1].Norm == "the"
                     && m.TokenEnd + 1 < tokens.Count && tokens[m.TokenEnd].Norm is "affiliate" or "branch" or "offshoot" or "franchise"
                     && !tokens[m.TokenEnd + 1].IsCapitalized && tokens[m.TokenEnd + 1].Norm is not ("," or "of" or "'s" or "and")))
        {
            if (state.LastSubject is not { } last || last.Sentence < state.SentenceIndex - 2 || last.Sentence >= state.SentenceIndex
                || last.Actor == m.Actor || TypeOf(state, last.Actor) != ActorType.ArmedGroup || TypeOf(state, m.Actor!) != ActorType.ArmedGroup
                || !state.Branches.Add((last.Actor, m.Actor!)))
                continue;
            yield return new ExtractedRelation(last.Actor, m.Actor!, RelationKind.Affiliate, new Evidence(state.Document.Key, sentence.Text,
                sentence.Index, sentence.Start, null, null, attribution, null, 0.6, Background: true,
                $"\"{m.Surface} {tokens[m.TokenEnd].Text}\" describes {last.Actor}, the group the sentences before are about"));
        }
    }

    /// <summary>
    /// "Iran-backed militias" or "pro-Iranian militias", read as the Popular Mobilization Forces: a backer named inside
    /// the words a document uses for a side backs that side (once a document, a standing tie like a branch's name).
    /// </summary>
    private IEnumerable<ExtractedRelation> NamedBackers(DocumentState state, Sentence sentence, List<Token> tokens, List<Mention> mentions)
    {
        var attribution = sentence.Kind == SegmentKind.Comment ? Attribution.Comment : Attribution.Author;
        foreach (var m in mentions.Where(m => m.Actor is not null && !m.IsReference && m.Source == MentionSource.Dictionary))
            for (var k = m.TokenStart + 1; k < m.TokenEnd; k++)
            {
                if (!tokens[k].AfterHyphen)
                    continue;
                var backerWord = MentionFinder.BackingParticiples.Contains(tokens[k].Norm) ? tokens[k - 1] : tokens[k - 1].Norm == "pro" ? tokens[k] : null;
                if (backerWord is not { IsCapitalized: true })
                    continue;
                var backer = dictionary.DemonymActors.TryGetValue(backerWord.Norm, out var named) ? dictionary.Find(named) : dictionary.Resolve(backerWord.Text);
                if (backer is null || backer.Name == m.Actor || !state.NamedBackings.Add((backer.Name, m.Actor!)))
                    continue;
                yield return new ExtractedRelation(backer.Name, m.Actor!, RelationKind.Allied, new Evidence(
                    state.Document.Key, sentence.Text, sentence.Index, sentence.Start, null, null, attribution, null, 0.7,
                    Background: true, $"the words \"{m.Surface}\" say {backer.Name} backs it"));
                // "The Islamic Resistance in Iraq, an umbrella of Iran-backed militias,": the group the words describe is backed too.
                if (DescribedGroup(tokens, mentions, m) is { } described && described != backer.Name && state.NamedBackings.Add((backer.Name, described)))
                    yield return new ExtractedRelation(backer.Name, described, RelationKind.Allied, new Evidence(
                        state.Document.Key, sentence.Text, sentence.Index, sentence.Start, null, null, attribution, null, 0.7,
                        Background: true, $"the words \"{m.Surface}\" describe {described}, which {backer.Name} backs"));
            }
    }

    /// <summary>
    /// The group an apposition describes when <paramref name="m"/> is its head or ends it after up to three words ("X, an
    /// umbrella of Iran-backed militias", "X, the Iran-backed militia"); null otherwise.
    /// </summary>
    private static string? DescribedGroup(IReadOnlyList<Token> tokens, List<Mention> mentions, Mention m)
    {
        var article = m.TokenStart - 1;
        while (article > 0 && m.TokenStart - article <= 3 && tokens[article].IsWord && !tokens[article].IsCapitalized && tokens[article].Norm is not ("a" or "an" or "the"))
            article--;
        return article >= 1 && tokens[article].Norm is "a" or "an" or "the" && MentionFinder.GroupApposedTo(tokens, article + 1, mentions) is { Actor: { } group }
            && group != m.Actor ? group : null;
    }

    private static readonly HashSet<string> Superlatives =
        ["worst", "deadliest", "bloodiest", "biggest", "largest", "heaviest", "fiercest", "boldest", "longest", "strongest", "first"];

    /// <summary>
    /// For a bare year written as a noun's modifier ("than a 1979 peace treaty permits", "blamed for the 2012 attack"), the
    /// unit of the word after it; else -1.
    /// </summary>
    private static int AttributiveYear(IReadOnlyList<Unit> units, DateMention date)
    {
        if (date.Text.Length != 4 || !date.Text.All(char.IsDigit))
            return -1;
        // (Not after a preposition of time: "seized power together in a 2021 coup" dates the act.)
        for (var k = 1; k + 1 < units.Count; k++)
            if (units[k].CharStart == date.Start)
                return units[k - 1].Norm is "a" or "an" or "the" or "its" or "their" or "'s" && !units[k + 1].IsMention
                    && !(k >= 2 && units[k - 2].Norm is "in" or "during" or "since" or "after" or "before" or "until" or "following" or "by")
                    && units[k + 1].Norm.Length > 0 && char.IsLower(units[k + 1].Norm[0]) && char.IsLetter(units[k + 1].Norm[0]) ? k + 1 : -1;
        return -1;
    }

    /// <summary>"last month's referendum", "Tuesday's vote": a date followed by "'s" and, within two words, no noun of an act of war.</summary>
    private static bool PossessiveDateOfOtherNoun(IReadOnlyList<Unit> units, DateMention date)
    {
        // (The phrase may hold its "'s": "Sunday's".)
        var owning = date.Text.EndsWith("'s", StringComparison.Ordinal) || date.Text.EndsWith("’s", StringComparison.Ordinal);
        for (var k = 0; k + 1 < units.Count; k++)
            if (units[k].CharStart >= date.End)
            {
                var noun = owning ? k : units[k].Norm == "'s" ? k + 1 : -1;
                return noun >= 0 && !Enumerable.Range(noun, Math.Min(2, units.Count - noun))
                    .Any(j => PatternMatcher.IsWarActNoun(units[j].Norm) || ViolentActNouns.Contains(units[j].Norm));
            }
        return false;
    }

    /// <summary>Whether a verb of breaking takes a siege (blockade, encirclement) "of" what the cue names, a few words on, inside the match.</summary>
    private static bool SiegeBrokenIn(IReadOnlyList<Unit> units, CueMatch match)
    {
        for (var k = match.Start; k < match.End; k++)
            if (units[k].Norm is "broke" or "broken" or "break" or "breaks" or "breaking")
                for (var j = k + 1; j <= k + 5 && j < match.End && units[j].Norm is not ("," or "and" or "." or ";"); j++)
                    // ("launched an offensive to break the siege of Aleppo, attacking government positions": not an act told after a comma.)
                    if (units[j].Norm is "siege" or "sieges" or "blockade" or "encirclement" or "cordon" && j + 1 < match.End && units[j + 1].Norm == "of"
                        && CueNames(match.Pattern, units[j].Norm) && !Enumerable.Range(j + 2, match.End - j - 2).Any(c => units[c].Norm == ","))
                        return true;
        return false;
    }

    /// <summary>"at the hands of [the] X": the name at <paramref name="name"/> is who did it.</summary>
    private static bool AtTheHandsOf(IReadOnlyList<Unit> units, int name)
    {
        var of = name >= 1 && units[name - 1].Norm is "the" or "a" ? name - 2 : name - 1;
        return of >= 3 && units[of].Norm == "of" && units[of - 1].Norm == "hands" && units[of - 2].Norm == "the" && units[of - 3].Norm == "at";
    }

    /// <summary>"repel X's (14-month) offensive": the name at <paramref name="name"/> owns an act a verb of stopping it stops.</summary>
    private static bool OffensiveRepelled(IReadOnlyList<Unit> units, int name)
    {
        if (name < 1 || name + 2 >= units.Count || units[name + 1].Norm != "'s")
            return false;
        var act = false;
        for (var k = name + 2; k < units.Count && k <= name + 4 && !act; k++)
            act = units[k].Norm is "offensive" or "offensives" or "advance" or "assault" or "push" or "attack" or "attacks" or "onslaught" or "incursion";
        var verb = name - 1;
        while (verb > 0 && units[verb].Norm is "the" or "a" or "an")
            verb--;
        return act && units[verb].Norm is "repel" or "repelled" or "repelling" or "repels" or "halt" or "halted" or "halting" or "stop" or "stopped" or "stopping"
            or "thwart" or "thwarted" or "blunt" or "blunted" or "foil" or "foiled" or "repulse" or "repulsed" or "defeat" or "defeated";
    }

    /// <summary>"its (their, his) [regional] rival (enemy, foe)" between units <paramref name="from"/> and <paramref name="to"/>, its possessive over two words past the first name.</summary>
    /// <remarks>Not when a name between could own it ("the GNU of Dbeibah and forces backing his rival Bashagha").</remarks>
    private static bool PossessedRivalBetween(IReadOnlyList<Unit> units, int from, int to)
    {
        var end = from;
        while (end + 1 < to && units[end + 1].Tail)
            end++;
        for (var k = end + 1; k < to; k++)
        {
            if (units[k].IsMention && units[k].Norm is not ("its" or "their" or "his" or "her"))
                return false;
            // (After a preposition only: "drove their Islamist rivals Hizbul Islam out" is the subject's own rival.)
            if (k <= end + 2 || units[k].Norm is not ("its" or "their" or "his" or "her") || units[k - 1].Norm is not ("of" or "to" or "for" or "with" or "as"))
                continue;
            // ("clashed with its main rival, the Nusra Front": the subject's own rival, after its verb's "with".)
            if (units[k - 1].Norm == "with" && ClashVerbs.Contains(units[k - 2].Norm))
                continue;
            for (var n = k + 1; n < to && n <= k + 3; n++)
                if (units[n].Norm is "rival" or "rivals" or "enemy" or "enemies" or "foe" or "foes" or "archrival" or "nemesis" or "adversary")
                    return true;
        }
        return false;
    }

    private static readonly HashSet<string> ClashVerbs =
        ["clashed", "clashes", "clash", "clashing", "fought", "fight", "fights", "fighting", "battled", "battles", "battle", "battling",
         "feuded", "feuding", "skirmished", "skirmishing", "competed", "competes", "compete", "competing"];

    /// <summary>
    /// True when the name at <paramref name="at"/> follows "opponents (enemies, rivals ...) of" and, for a rivalry, those
    /// opponents are what a verb of striking or fighting acts on ("targeting opponents of Assad").
    /// </summary>
    private static bool OpponentsStruckBefore(IReadOnlyList<Unit> units, int at, RelationKind kind)
    {
        var of = at - 1;
        if (of >= 0 && units[of].Norm == "the")
            of--;
        if (of < 1 || units[of].Norm != "of" || units[of - 1].Norm is not ("opponents" or "enemies" or "rivals" or "foes" or "critics" or "adversaries"))
            return false;
        if (kind == RelationKind.Attacked)
            return true;
        var verb = of - 2;
        while (verb >= 0 && units[verb].Norm is "the" or "its" or "their" or "his" or "her" or "other")
            verb--;
        return verb >= 0 && (PatternMatcher.HarmVerbs.Contains(units[verb].Norm) || PatternMatcher.HeadlineVerbs.Contains(units[verb].Norm)
            || units[verb].Norm is "targeting" or "targets" or "striking" or "strikes" or "attacking" or "fighting" or "fought" or "fights" or "bombing" or "hitting");
    }

    /// <summary>True for a name at <paramref name="at"/> set after a comma (and "the") with a verb of saying right after it (", the army said").</summary>
    private static bool ClosingSpeakerAt(IReadOnlyList<Unit> units, int at)
    {
        var after = at + 1;
        while (after < units.Count && units[after].Tail)
            after++;
        var before = at - 1;
        // (", President Emmanuel Macron said": past a title written before the name.)
        while (before >= 1 && at - before <= 3 && !units[before].IsMention && (units[before].Capitalized || PatternMatcher.RoleNouns.Contains(units[before].Norm)))
            before--;
        if (before >= 0 && units[before].Norm == "the")
            before--;
        return before >= 0 && units[before].Norm == "," && after < units.Count
            && units[after].Norm is "said" or "says" or "say" or "told" or "reported" or "added" or "announced" or "stated";
    }

    /// <summary>
    /// True when, between units <paramref name="from"/> and <paramref name="to"/>, the act's noun aimed at <paramref name="to"/>
    /// ("attack on", "strike against") stands right after a name other than the one at <paramref name="from"/> ("an SDF attack on").
    /// </summary>
    private static bool ActOfOtherNamedBefore(IReadOnlyList<Unit> units, int from, int to)
    {
        // (Only the act whose preposition leads to the target: "repelled an al-Shabaab assault on the town, killing 30 militants"
        // tells the repellers' own killing after it.)
        for (var k = to - 1; k > from + 1 && to - k <= 6; k--)
            if (ViolentActNouns.Contains(units[k].Norm) && k + 1 < units.Count && units[k + 1].Norm is "on" or "against" or "targeting")
            {
                // ("Afghan and US air strikes on the group's positions": past a word saying what kind of act.)
                var owner = k - 1 > from + 1 && units[k - 1].Norm is "air" or "drone" or "artillery" or "rocket" or "missile" or "mortar" or "suicide" ? k - 2 : k - 1;
                // ("US and British strikes on Houthi positions": not one listed with the subject; the act is both's.)
                return units[owner].IsMention && !units[owner].Reference && owner != from && units[owner].Mention != units[from].Mention
                    && !(owner - 2 == from && units[owner - 1].Norm is "and" or ",");
            }
        return false;
    }

    /// <summary>
    /// True when, between units <paramref name="from"/> and <paramref name="to"/>, an act of violence the subject did comes
    /// before "after" (or "following") and an act's noun with no owner of its own, aimed at the unit at <paramref name="to"/>.
    /// </summary>
    private static bool AnsweredActBetween(IReadOnlyList<Unit> units, int from, int to)
    {
        var acted = false;
        for (var k = from + 1; k < to; k++)
        {
            if (units[k].IsMention)
                continue;
            if (units[k].Norm is "after" or "following" && acted)
            {
                var n = k + 1;
                // ("captured the crossing after launching an offensive on the Houthis": an act after a participle is the subject's own.)
                if (n < to && !units[n].IsMention && units[n].Norm.EndsWith("ing", StringComparison.Ordinal) && !ViolentActNouns.Contains(units[n].Norm))
                    return false;
                while (n < to && n <= k + 3 && !units[n].IsMention && !ViolentActNouns.Contains(units[n].Norm) && units[n].Norm is not ("its" or "their" or "his"))
                    n++;
                return n + 1 < to && ViolentActNouns.Contains(units[n].Norm) && units[n + 1].Norm is "on" or "against" or "targeting" && to - n <= 6;
            }
            acted |= ViolentActNouns.Contains(units[k].Norm) || PatternMatcher.HarmVerbs.Contains(units[k].Norm) || PatternMatcher.HeadlineVerbs.Contains(units[k].Norm);
        }
        return false;
    }

    /// <summary>"along with", "together with", "alongside" between units <paramref name="from"/> and <paramref name="to"/>.</summary>
    /// <remarks>Only after the act's noun ("fought alongside the GNA, pushing back a column loyal to X" joins another verb).</remarks>
    private static bool CompanionBetween(IReadOnlyList<Unit> units, int from, int to)
    {
        // ("launched an offensive together with Somali troops against al-Shabaab": not when the target's own preposition follows.)
        var act = false;
        var companion = false;
        for (var k = from + 1; k < to; k++)
        {
            act |= units[k].Norm is "attack" or "attacks" or "assault" or "assaults" or "offensive" or "raid" or "raids" or "strike" or "strikes" or "operation" or "push";
            // ("a strike killed the founder alongside a general": not one who died with the victim.)
            if (act && (units[k].Norm == "alongside" || (units[k].Norm == "with" && units[k - 1].Norm is "along" or "together" or "jointly"))
                && !DiedWithAnother(units, units[k].Norm == "with" ? k - 1 : k))
                companion = true;
            else if (companion && units[k].Norm is "against" or "on" or "targeting" or "at")
                companion = false;
        }
        return companion;
    }

    /// <summary>
    /// Where a clause with no commas that describes the subject at <paramref name="subject"/> and holds <paramref name="date"/>
    /// ends (the auxiliary of the main verb after it: "The junta that seized power in 2020 has turned to Russia"), else -1.
    /// </summary>
    private static int RestrictiveClauseAfter(IReadOnlyList<Unit> units, int subject, DateMention date)
    {
        var open = subject + 1;
        while (open < units.Count && units[open].Tail)
            open++;
        if (open >= units.Count || units[open].Norm is not ("that" or "who" or "which") || units[open].CharEnd > date.Start)
            return -1;
        for (var k = open + 2; k < units.Count; k++)
            if (units[k].CharStart >= date.End && units[k].Norm is "has" or "have" or "had" or "is" or "are" or "was" or "were" or "will")
                return units[k].CharStart;
        return -1;
    }

    /// <summary>
    /// Where the comma closing an aside opened right after the subject at <paramref name="subject"/> stands (characters),
    /// when the date is inside that aside; else -1.
    /// </summary>
    private static int AsideAfterSubject(IReadOnlyList<Unit> units, int subject, DateMention date)
    {
        var open = subject + 1;
        while (open < units.Count && units[open].Tail)
            open++;
        // ("the Islamic Front - the Salafi alliance set up in November, with Ahrar al-Sham at its core - has joined": an aside
        // between dashes, whatever commas it holds.)
        if (open < units.Count && units[open].Norm == "\u2014" && units[open].CharStart < date.Start)
        {
            for (var k = open + 1; k < units.Count; k++)
                if (units[k].Norm == "\u2014")
                    return units[k].CharStart >= date.End ? units[k].CharStart : -1;
            return -1;
        }
        // (Only an aside that describes the subject: "Haftar, through his spokesman in June, declared ..." is the clause's own.)
        if (open + 1 >= units.Count || units[open].Norm != "," || units[open].CharStart >= date.Start
            || units[open + 1].Norm is not ("which" or "who" or "whom" or "whose" or "a" or "an" or "the" or "once" or "formerly" or "long" or "its" or "their"
                or "his" or "now" or "both" or "one" or "another"))
            return -1;
        // (Past a comma inside the date itself: "which led the October 7, 2023 attack on Israel".)
        for (var k = open + 1; k < units.Count; k++)
            if (units[k].Norm == "," && !CommaInDate(units, k))
                return units[k].CharStart >= date.End ? units[k].CharStart : -1;
        return -1;
    }

    /// <summary>"in northern Mali", "near Baghdad": the name at <paramref name="name"/> says where something happened.</summary>
    private static bool PlaceOfAct(IReadOnlyList<Unit> units, int name)
    {
        var k = name - 1;
        while (k >= 0 && (units[k].Norm == "the" || PatternMatcher.CompassParts.Contains(units[k].Norm)))
            k--;
        return k >= 0 && units[k].Norm is "in" or "near" or "across" or "outside" or "inside" or "throughout";
    }

    /// <summary>
    /// The relative pronoun of ", which X held (controlled, seized ...)" (", which fell to X", "after it fell to X") inside the
    /// match, after which a side holds the place an act hit; else -1.
    /// </summary>
    private static int HeldPlaceClause(IReadOnlyList<Unit> units, CueMatch match)
    {
        for (var k = match.Start + 1; k + 2 < match.End; k++)
        {
            // ("retook Fallujah, which fell to the Islamic State in 2014", "... after it fell to insurgents": so after its fall.)
            if (units[k].Norm is "which" or "that" or "it" or "they" || units[k].Lead is "it" or "they")
                if (units[k + 1].Norm == "fell" || (units[k + 1].Norm is "had" or "has" && units[k + 2].Norm == "fallen"))
                    return k;
            if (!PatternMatcher.OpensRelative(units, k))
                continue;
            var holder = units[k + 2].Norm == "the" ? k + 3 : k + 2;
            if (holder + 1 < match.End && units[holder].IsMention
                && units[holder + 1].Norm is "held" or "holds" or "controlled" or "controls" or "occupied" or "had" or "has" or "have"
                    or "seized" or "captured" or "overran" or "took")
                return k + 1;
        }
        return -1;
    }

    /// <summary>
    /// The date of a match: the nearest resolved date before or inside it, or after it in the same clause (no comma
    /// between, but for a list the match names or a short apposition: "killed by the Nusra Front, the al-Qaeda
    /// branch, in 2015"). "until" dates belong to negated cues only ("had not, until today, announced").
    /// </summary>
    private static DateMention? Nearest(IReadOnlyList<DateMention> dates, IReadOnlyList<Unit> units, CueMatch match, bool resolved,
        Func<int, bool>? skipped = null, bool tie = false)
    {
        // "ISIS-K, which emerged in 2015, has fought the Taliban": a date of the skipped clause is not the cue's.
        bool InSkippedClause(DateMention d) => skipped is not null
            && Enumerable.Range(match.Start, match.End - match.Start).Any(i => skipped(i) && units[i].CharStart <= d.Start && d.Start < units[i].CharEnd + 1);
        var start = units[match.Start].CharStart;
        var last = match.Coordinated.Values.SelectMany(c => c).Append(match.End - 1).Max();
        var end = units[last].CharEnd;
        // "claimed on Tuesday by JNIM, ..., which is linked to al Qaeda": a tie a clause says of its head starts at its
        // pronoun.
        // (So does one a cue reads from the head itself: "al-Shabaab, which is linked to al Qaeda".)
        var clauseStart = tie && (match.SubjectNote == PatternMatcher.HeadOfRelativeNote || (match.Start + 2 < match.End && units[match.Start + 1].Norm == ","
            && units[match.Start + 2].Norm is "which" or "that" or "who")) ? RelativePronounAfter(units, match.Start, match.End) : -1;
        // "blamed on Thursday the Haqqani network, a militant group allied with the Taliban, for ...": a tie the apposition
        // tells holds whenever the clause around it happened.
        var apposed = tie ? TieApposition(units, match) : -1;
        var leadingSlot = match.Pattern.SlotNames.Length == 0 || !match.Pattern.Text.StartsWith($"{{{match.Pattern.SlotNames[0]}}} ...", StringComparison.Ordinal)
            || !match.Slots.TryGetValue(match.Pattern.SlotNames[0], out var slot) ? -1 : slot;
        var subjectSlot = tie || !match.Pattern.Text.StartsWith("{A} ...", StringComparison.Ordinal) ? -1 : leadingSlot;
        // "Kenya sent troops into Somalia in October 2011 ... and joined the AU force the following year": in a match whose
        // subject is the first of two joined verbs', a date before the "and" of the second is the first verb's, when one is
        // told after it.
        var secondVerbAnd = -1;
        // ("a movement which seized Sanaa in 2014 and has fought a Saudi-led coalition since 2015": so in a relative clause,
        // and with a perfect's auxiliary.)
        // ("Rwandan soldiers arrived in July and retook the port in August": and where the gap from the subject to the cue's
        // verb holds the first verb.)
        if (match.Pattern.SlotNames.Length > 0
            && match.Slots.TryGetValue(match.Pattern.SlotNames[0], out var sharedSubject))
            for (var k = sharedSubject + 1; k + 1 <= last && k + 1 < units.Count; k++)
                if (units[k].Norm == "and" && (PatternMatcher.PastVerb(units[k + 1])
                    || (units[k + 1].Norm is "has" or "have" or "had" && k + 2 < units.Count && PatternMatcher.PerfectParticiple(units[k + 2]))
                    // ("and, together with Mozambican forces, retook": past an aside set off by commas.)
                    || (AsideClose(units, k + 1) is var closes and > 0 && closes + 1 < units.Count && PatternMatcher.PastVerb(units[closes + 1]))))
                    secondVerbAnd = k;
        // (Only when the second verb has a date of its own: "crossed the border in July and clashed with ..." is one time.)
        if (secondVerbAnd >= 0 && !dates.Any(e => e.Start >= units[secondVerbAnd].CharEnd))
            secondVerbAnd = -1;
        // ("expelled French forces in February and has sought closer ties with Moscow": a perfect joined after a dated verb
        // tells of a time of its own, dated or not; not one that goes on "since" the first: "seized it in 2014 and has held
        // it since".)
        if (secondVerbAnd < 0)
            for (var k = match.Start + 1; k + 2 <= last && k + 2 < units.Count; k++)
                // ("ousted Bazoum in July and has also expelled French troops": past an adverb too; not "has since", which goes on
                // from the first verb's date.)
                // ("was appointed by the parliament in 2022 and is backed by Haftar": so does a present passive.)
                // ("took over Kabul on August 15 and have been coordinating with US forces": and a perfect's "been".)
                if (units[k].Norm == "and" && units[k + 1].Norm is "has" or "have" or "is" or "are"
                    && (PatternMatcher.PerfectParticiple(units[k + 2]) || (units[k + 1].Norm is "has" or "have" && units[k + 2].Norm == "been")
                        || (k + 3 < units.Count && units[k + 2].Norm is "also" or "now" or "repeatedly" or "recently" && PatternMatcher.PerfectParticiple(units[k + 3])))
                    && !Enumerable.Range(k + 3, Math.Max(0, units.Count - k - 3)).Any(j => units[j].Norm == "since"
                        && (j + 1 >= units.Count || !char.IsLetterOrDigit(units[j + 1].Norm[0]))))
                    secondVerbAnd = k;
        bool SameClause(DateMention d)
        {
            // ("had held Sirte, Gaddafi's hometown, since early 2015, when they took it from Libya Dawn": the time a "when" clause
            // right after it is said of, whatever comes before.)
            if (!tie && WhenAfter(d))
                return true;
            if ((d.End <= start && InAppositionBefore(d)) || (clauseStart >= 0 && d.End <= units[clauseStart].CharStart))
                return false;
            if (secondVerbAnd >= 0 && d.End <= units[secondVerbAnd].CharStart)
                return false;
            // ("ISIS-K was founded in 2015, and it fought the Taliban for years": a clause with a subject of its own after ", and"
            // does not take a date inside the clause before it; a fronted one dates both: "On Monday, X shelled Y, and Y ...".)
            if (d.End <= start && NewClauseAfter(units, d, start))
                return false;
            // ("whom the parliament appointed in February and who is backed by Haftar": nor is one before a second relative
            // clause joined by "and" that the match reads on into.)
            for (var k = 0; k + 1 < units.Count && units[k].CharEnd <= end; k++)
                if (units[k].Norm == "and" && units[k + 1].Norm is "who" or "which" or "whom" && units[k].CharStart >= d.End && units[k].CharStart > start)
                    return false;
            if (apposed >= 0 && (d.End <= units[apposed].CharStart || d.Start >= end))
                return false;
            // "Madobe's fighters, once allies of the Islamists who broke with them in 2009, drove al-Shabaab out": a date in
            // an aside between the subject and its verb is the aside's.
            // (Not where the match itself is inside the aside: "Ethiopia, which invaded Somalia in 2006 to oust the ICU, has ...".)
            if (subjectSlot >= 0 && d.Start > units[subjectSlot].CharEnd && d.End < end && AsideAfterSubject(units, subjectSlot, d) is var closing and >= 0
                && closing < units[match.Slots.Values.Max()].CharStart)
                return false;
            // (So is one in a clause with no commas that describes the subject, ties too: "The junta that seized power in 2020
            // has turned to Russia".)
            if (leadingSlot >= 0 && d.Start > units[leadingSlot].CharEnd && RestrictiveClauseAfter(units, leadingSlot, d) is var shut and >= 0
                && shut < units[match.Slots.Values.Max()].CharStart)
                return false;
            // "AaS, which the US blames for the 2012 attack, is fighting Haftar": in a reading without the clause, a date
            // inside the words it left out is not the match's.
            // ("AaS, which the US blames for the 2012 attack, fights Haftar alongside the Shura Council": before the match too.)
            if (!units.Any(u => u.CharStart <= d.Start && d.Start < u.CharEnd))
                return false;
            // ("retook the city in response to last month's independence referendum": a time that owns a noun other than an act
            // dates that noun.)
            if (PossessiveDateOfOtherNoun(units, d))
                return false;
            // ("more troops in Sinai than a 1979 peace treaty permits": a year before a noun past the match dates that noun.)
            // ("accused the army of violating a 2015 peace agreement by attacking its positions": nor, for a hostile act, one
            // before a noun of peace anywhere: the year is the accord's, never a fight's.)
            if (AttributiveYear(units, d) is var dated and >= 0 && (units[dated].CharStart >= end || units[dated].CharEnd <= start
                || (!tie && (PeaceNouns.Contains(units[dated].Norm) || (dated + 1 < units.Count && PeaceNouns.Contains(units[dated + 1].Norm))))))
                return false;
            // ("had withdrawn its troops in 2019 but continues to back local forces": a date before a "but" inside the match
            // is the first verb's.)
            if (d.Start < end && d.Start > start && units.Any(u => u.Norm == "but" && u.CharStart >= d.End && u.CharEnd <= end))
                return false;
            // ("targeted Tal Abyad, which the SDF had held since 2015": a date after who held the place the act hit is the holding's.)
            if (!tie && d.Start >= end && HeldPlaceClause(units, match) is var holding and >= 0 && d.Start > units[holding].CharStart)
                return false;
            if (d.Start < end)
                return true;
            // "once fought alongside al-Shabaab but turned against the group in 2010": "but" opens another clause.
            // ("accused of arming Dawn; Egypt is reported to have struck Dawn positions in August": so does a semicolon.)
            foreach (var u in units)
                if (u.Norm is "but" or ";" && u.CharStart >= end && u.CharEnd <= d.Start)
                    return false;
            // ("took over as leader after officials confirmed that its founder had died in 2013": a date past a pluperfect in a
            // clause opened after the match is that earlier time's; not the main verb's: "X and its ally had encircled Aleppo in
            // July".)
            if (PluperfectClauseBetween(units, end, d.Start))
                return false;
            // ("carried out thousands of attacks on US troops before their withdrawal in 2011": what came before another act
            // is not of that act's date; "before dawn on Sunday" is a time of day.)
            for (var k = 0; k + 2 < units.Count && units[k].CharEnd <= d.Start; k++)
                if (units[k].CharStart >= end && BeforeAnotherAct(units, k) && units[k + 2].CharEnd <= d.Start)
                    return false;
            // ("has declared total war on the militants and visited the front on Sunday": a date past "and" and a simple past
            // joined after a perfect is the second verb's; the perfect tells of no day.)
            if (PerfectIn(units, match.Start, last) && JoinedVerbBetween(units, end, d.Start, perfect: false))
                return false;
            // ("is allied with the Taliban and has carried out attacks in Kabul, including one in 2008": so is a date past a
            // perfect joined after the match; not a time "since" which both hold: "are rivals and have fought since 2020".)
            if (d.Qualifier != "since" && JoinedVerbBetween(units, end, d.Start, perfect: true))
                return false;
            // ("began on Wednesday, when the separatists attacked government positions after a Houthi strike killed dozens
            // earlier this month": a date past "after" and a verb of its own is that clause's, when the match has one before.)
            if (dates.Any(e => e.Date is not null && e.End <= start) && AfterClauseBefore(units, end, d.Start))
                return false;
            var commas = Enumerable.Range(0, units.Count).Where(i => units[i].Norm == "," && units[i].CharStart >= end && units[i].CharStart < d.Start).ToList();
            // "The TTP, which has pledged allegiance to its leader, Hibatullah Akhundzada, has stepped up attacks since late
            // 2022": a tie told in a relative clause ends with the clause; a date past its commas is the main clause's.
            if (clauseStart >= 0 && commas.Count > 0)
                return false;
            // "joined forces with the Houthis, his former enemies, who seized Sana'a in 2014": a date inside a relative clause
            // opened after the match is that clause's.
            if (commas.Count > 0 && PatternMatcher.OpensRelative(units, commas[^1]))
                return false;
            // ("fights alongside Nusra in the Army of Conquest coalition that seized Idlib in March": so is one in a
            // clause opened right after the match without a comma.)
            if (commas.Count == 0 && units.FirstOrDefault(u => u.CharStart >= end) is { Mention: < 0, Norm: "that" or "which" or "who" } opener && opener.CharStart < d.Start)
                return false;
            // ("took over the camps, residents said, in a blow to the coalition that has been fighting the Houthis since
            // 2015": so is one in a clause said of another side named past the match.)
            // (Not after a place: "an attack on a camp in northern Mali that killed 60 in January" dates the attack.)
            for (var k = 1; k < units.Count && units[k].CharEnd <= d.Start; k++)
                if (units[k].CharStart >= end && units[k] is { Mention: < 0, Norm: "that" or "which" or "who" } && units[k - 1].IsMention && units[k - 1].CharStart >= end
                    && !PlaceOfAct(units, k - 1))
                    return false;
            // "claimed a string of bombings against the Taliban, including an attack on a mosque last October": the
            // examples after "including" are the match's own acts.
            var examples = commas.Count == 1 && commas[0] + 1 < units.Count && units[commas[0] + 1].Norm is "including" or "notably" or "among"
                // "conducted its first airstrikes against ISS, killing several militants near Qandala in November": what
                // the act did, told in a participle after it, happened when it did.
                or "killing" or "wounding" or "destroying"
                // ("stepped up attacks on the army, ambushing a convoy in March": so does an act of attack told so.)
                or "ambushing" or "attacking" or "striking" or "hitting" or "targeting" or "storming" or "raiding" or "shelling" or "bombing"
                or "overrunning" or "seizing" or "capturing"
                // ("joined the army in an offensive on the group, retaking a dozen villages since August": so does what it won back.)
                or "retaking" or "recapturing" or "reclaiming" or "liberating";
            // "killed four soldiers of the Security Belt, which is loyal to the STC, in an ambush on March 22": a relative
            // clause set off by commas is stepped over.
            var relative = commas.Count == 2 && commas[1] - commas[0] <= 12 && units[commas[0] + 1].Norm is "which" or "who" or "whose" or "whom";
            // "struck Houthi radar sites, missile launchers and weapons depots since January 12": a comma between the
            // items of a list of things hit is no clause's end.
            var list = commas.Count == 1 && !InGerundClause(d) && Enumerable.Range(commas[0] + 2, 4)
                .Any(k => k < units.Count && units[k].CharEnd <= d.Start && units[k].Norm is "and" or "or"
                    && Enumerable.Range(commas[0] + 1, k - commas[0] - 1).All(j => char.IsLetter(units[j].Norm[0]) && !ClauseOpeners.Contains(units[j].Norm)
                        && !PatternMatcher.OpensRelative(units, j - 1) && !units[j].Norm.EndsWith("ing", StringComparison.Ordinal)));
            // "bombed Douma, a Jaish al-Islam stronghold, on Monday": the one comma after the match closes an apposition
            // the match ends in.
            // (Not for a tie the apposition itself tells: "Tehran, the Houthis' main backer, in a deal brokered last month".)
            var closesApposition = commas.Count == 1 && commas[0] + 1 < units.Count && units[commas[0] + 1].Norm is "on" or "in" or "at" or "early" or "late"
                && OpenAppositionBefore(units, last + 1) && !(tie && MatchInApposition(units, match.Start, commas[0]));
            // "killed Kamal Hamami, a senior commander of the FSA's Supreme Military Council, at a checkpoint last week":
            // an apposition describing the match's last name, however long, is stepped over.
            var describesLast = commas.Count == 2 && commas[0] == last + 1 && units[last].IsMention && commas[1] - commas[0] <= 14
                && units[commas[0] + 1].Norm is "a" or "an" or "the" or "one";
            // "the government's offensive against al-Shabaab, launched in 2022 with ...": a participle of starting right after
            // the match tells when the act the match names began.
            var launched = commas.Count == 1 && commas[0] == last + 1 && commas[0] + 1 < units.Count
                && units[commas[0] + 1].Norm is "launched" or "begun" or "started" or "unleashed" or "initiated"
                && Enumerable.Range(match.Start, last - match.Start).Any(k => PatternMatcher.IsWarActNoun(units[k].Norm) || units[k].Norm is "campaign" or "war");
            return (commas.Count == 0 && !InGerundClause(d)) || (commas.Count == 2 && commas[1] - commas[0] <= 5) || relative || examples || list
                || closesApposition || describesLast || launched || Dateline(d);
        }
        // "Jaysh al-Islam, led by Alloush until his death in December, accuses ...": a date inside commas set after a
        // name before the match describes that name; a fronted date ("On Monday, X ...") has no comma before it.
        bool InAppositionBefore(DateMention d)
        {
            // ("the Islamic Front - the alliance set up in November, with ... at its core - has joined other rebels": an aside
            // between dashes after a name, closed before the match.)
            int dashOpen = -1, dashClose = -1;
            for (var i = 0; i < units.Count && units[i].CharStart < start; i++)
                if (units[i].Norm == "\u2014" && units[i].CharEnd <= d.Start)
                    dashOpen = i;
                else if (units[i].Norm == "\u2014" && units[i].CharStart >= d.End && dashClose < 0)
                    dashClose = i;
            if (dashOpen > 0 && dashClose > dashOpen && (units[dashOpen - 1].IsMention || units[dashOpen - 1].Tail))
                return true;
            int before = -1, open = -1, close = -1;
            for (var i = 0; i < units.Count && units[i].CharStart < start; i++)
                if (units[i].Norm == "," && units[i].CharEnd <= d.Start)
                    (before, open) = (open, i);
                else if (units[i].Norm == "," && units[i].CharStart >= d.End && close < 0)
                    close = i;
            // ("The government, which is based in Riyadh, rejected the move as a resumption of the rebellion the STC launched
            // last August, when ...": a comma that closes a relative clause opens the main clause again, no aside.)
            return open > 0 && close > open && (units[open - 1].IsMention || units[open - 1].Tail) // ("Kenya's defence forces, whose ...": past its head noun)
                && !(before >= 0 && before + 1 < open && units[before + 1].Norm is "which" or "who" or "whose" or "whom");
        }
        // "cooperated for years before turning on each other in 2020": the date is the turning's, not the cooperation's.
        // (Not after "since": "have killed dozens since launching an offensive in December" tells when the killing began.)
        bool InGerundClause(DateMention d)
        {
            for (var i = 0; i + 1 < units.Count; i++)
                if (units[i].CharStart >= end && units[i + 1].CharEnd <= d.Start && units[i].Norm is "before" or "after" or "until" or "while" or "when"
                    && !units[i + 1].IsMention && units[i + 1].Norm.EndsWith("ing", StringComparison.Ordinal))
                    return true;
            return false;
        }
        // "... from entering Aleppo, Jan. 7, 2014.": a date set off at the very end, as captions and datelines give
        // it, dates the whole sentence.
        bool Dateline(DateMention d)
        {
            var before = -1;
            for (var i = 0; i < units.Count; i++)
            {
                if (units[i].CharEnd <= d.Start)
                    before = i;
                else if (units[i].CharStart >= d.End && units[i].Norm.Any(char.IsLetterOrDigit))
                    return false;
            }
            return before >= 0 && units[before].Norm == ",";
        }
        // "weeks after the September 11 attacks, the United States began bombing ...": a date naming an event outside
        // the match ("the 2012 attack", "the October 7 assault") is that event's, not the match's.
        // ("including the 2011 assault on the embassy" is an example of the match's acts; "since the 2020 ceasefire" a time
        // the act goes on from.)
        // ("the MSA and GATIA, both signatories to the 2015 peace deal, have fought IS": so is one set off by commas inside
        // the match, after one modifier of the event's noun.)
        // ("ground lost during the 2022 offensive, when clan fighters drove it out": a "when" clause right after the event
        // tells it, so its date is the match's.)
        bool NamesOtherEvent(DateMention d)
        {
            if ((d.Start >= start && d.End <= end && !SetOffInMatch(d)) || d.Qualifier is not null || EventToldByWhen(d))
                return false;
            var (before, after) = (UnitBefore(d), UnitAfter(d));
            return after >= 0 && !units[after].IsMention
                && (EventNamedByDate.Contains(units[after].Norm) || (after + 1 < units.Count && char.IsLetter(units[after].Norm[0]) && EventNamedByDate.Contains(units[after + 1].Norm)))
                && before >= 0 && units[before].Norm is "the" or "its" or "their" or "'s"
                && !(before >= 1 && units[before - 1].Norm is "including" or "notably" or "as" or "them" or "since");
        }
        bool SetOffInMatch(DateMention d) =>
            units.Any(u => u.Norm == "," && u.CharStart >= start && u.CharEnd <= d.Start) && units.Any(u => u.Norm == "," && u.CharStart >= d.End && u.CharEnd <= end);
        // "Last month the junta ended the 2015 Algiers accord with the CMA": a year modifying a noun names the noun's
        // time; another date of the clause tells the act's.
        // ("which Washington blames for the 2012 attack on the US consulate": not when the noun is the act the match tells.)
        bool YearModifyingNoun(DateMention d)
        {
            if (d.Date is not { Precision: DatePrecision.Year } || d.Qualifier is not null)
                return false;
            var (before, after) = (UnitBefore(d), UnitAfter(d));
            return before >= 0 && units[before].Norm is "the" or "its" or "their" or "'s" && after >= 0 && char.IsLetter(units[after].Lead[0])
                && !(d.Start >= start && d.End <= end && ViolentActNouns.Contains(units[after].Norm));
        }
        bool SubordinatorBetween(DateMention d)
        {
            var opened = false;
            foreach (var u in units)
                if (u.CharStart >= d.End && u.CharEnd <= start)
                    opened = u.Norm is "after" or "before" or "when" or "while" or "because" or "once" || (opened && u.Norm != ",");
            return opened;
        }
        // "struck the base on Sunday, two days after a US drone killed Soleimani", "nine months after they were driven out": an
        // act told as some time before (after) the dated one is that far off its date, at the precision the count allows;
        // "days (weeks) after", a time not told, leaves a day undated (a month stays: "in August, days after").
        DateMention? CountedFrom(DateMention d)
        {
            if (d.End > start || d.Date is not { } date)
                return d;
            for (var i = 2; i < units.Count && units[i].CharEnd <= start; i++)
            {
                if (units[i].CharStart < d.End || units[i].Norm is not ("after" or "before"))
                    continue;
                // ("In September 2014, a month after the August airstrikes, US jets struck ...": a phrase closed before the act
                // describes the date, not the act.)
                if (units.Any(u => u.Norm == "," && u.CharStart > units[i].CharEnd && u.CharEnd <= start))
                    continue;
                var unit = units[i - 1].Norm.TrimEnd('s');
                // ("two decades after they were ousted": a count of decades tells no year.)
                if (unit is not ("day" or "hour" or "week" or "month" or "year" or "decade"))
                    continue;
                var count = units[i - 2].Norm is "a" or "an" ? 1 : Array.IndexOf(CountWords, units[i - 2].Norm) + 1; // 0: no count told
                var sign = units[i].Norm == "after" ? -1 : 1;
                return (unit, count, date.Precision) switch
                {
                    ("hour", _, _) => d,
                    ("day", > 0, DatePrecision.Day) => d with { Date = new PartialDate(date.Value.AddDays(sign * count), DatePrecision.Day) },
                    ("day", 0, not DatePrecision.Day) => d,
                    ("week", > 0, DatePrecision.Day) => d with { Date = new PartialDate(date.Value.AddDays(sign * 7 * count), DatePrecision.Day) },
                    ("month", > 0, DatePrecision.Day or DatePrecision.Month) => d with { Date = new PartialDate(FirstOfMonth(date.Value.AddMonths(sign * count)), DatePrecision.Month) },
                    ("year", > 0, _) => d with { Date = new PartialDate(new DateOnly(date.Value.Year + sign * count, 1, 1), DatePrecision.Year) },
                    _ => null,
                };
            }
            return d;
        }
        int UnitBefore(DateMention d) => Enumerable.Range(0, units.Count).LastOrDefault(i => units[i].CharEnd <= d.Start, -1);
        int UnitAfter(DateMention d) => Enumerable.Range(0, units.Count).FirstOrDefault(i => units[i].CharStart >= d.End, -1);
        bool EventToldByWhen(DateMention d)
        {
            var after = UnitAfter(d);
            return after >= 0 && after + 2 < units.Count && EventNamedByDate.Contains(units[after].Norm) && units[after + 1].Norm == ","
                && units[after + 2].Norm == "when" && units[after + 2].CharEnd <= start;
        }
        // "had coexisted until early 2020, when JNIM accused ...": the time a "when" clause after it is said of.
        bool WhenAfter(DateMention d) => d.End <= start && units.Any(u => u.CharStart >= d.End && u.Norm == "when" && u.CharEnd <= start
            && units.All(v => v.CharStart < d.End || v.CharEnd > u.CharStart || v.Norm == ","));
        // "clashed on Tuesday, in the worst fighting between the two since 2016": what a superlative is measured since is no
        // time of the act ("the first time rebels have held the town since 2012" neither).
        // (Not when a "when" clause after it tells the act: "the deadliest since June, when the militants stormed a base".)
        bool SinceOfSuperlative(DateMention d) => d.Qualifier == "since" && !WhenAfter(d) && UnitBefore(d) is var b and >= 0
            && Enumerable.Range(Math.Max(1, b - 6), Math.Min(7, b)).Any(k => Superlatives.Contains(units[k].Norm) && units[k - 1].Norm == "the");
        return dates.Where(d => (d.Date is not null) == resolved && (d.Qualifier is not ("until" or "till") || WhenAfter(d)) && SameClause(d) && !InSkippedClause(d) && !NamesOtherEvent(d)
                && !SinceOfSuperlative(d))
            // ("The FSA factions, many of them veterans of the campaign of 2016, shelled SDF positions on Wednesday": a
            // date in an aside set off inside the match is the aside's, after any other.)
            .OrderBy(d => YearModifyingNoun(d) || SetOffInMatch(d) ? 1 : 0)
            // ("The Pentagon confirmed on Friday that Godane was killed in a strike on Monday": a date told with the
            // report before the match is the report's, after one the act has.)
            .ThenBy(d => d.End <= start && UnitBefore(d) is var verb and >= 0 && ReportVerbs.Contains(units[verb].Norm) ? 1 : 0)
            // ("vowed revenge on Tuesday after US strikes killed 25 of its fighters on Sunday": a date of the main clause before
            // the subordinate clause the match is in, after one of the match's own clause.)
            .ThenBy(d => d.End <= start && SubordinatorBetween(d) ? 1 : 0)
            .ThenBy(d => d.End <= start ? start - d.End : d.Start >= end ? d.Start - end : 0)
            .FirstOrDefault() is { } nearest ? CountedFrom(nearest) : null;
    }

    /// <summary>The comma opening ", a (an, another) ..." inside a tie's match that a comma (or the sentence's end) closes right after it; else -1.</summary>
    private static int TieApposition(IReadOnlyList<Unit> units, CueMatch match)
    {
        for (var k = match.Start + 1; k + 1 < match.End; k++)
            if (units[k].Norm == "," && units[k - 1].IsMention && units[k + 1].Norm is "a" or "an" or "another")
                return match.End >= units.Count || units[match.End].Norm is "," or "." ? k : -1;
        return -1;
    }

    /// <summary>
    /// True when the match from <paramref name="start"/> to the comma (or the match's end) at <paramref name="closing"/> is a name
    /// and its apposition ("Tehran, the Houthis' main backer,"): one comma inside, then an article or a name's possessive
    /// (", Hezbollah's junior partner,"), either perhaps after an adverb of time (", long the Houthis' backer,").
    /// </summary>
    private static bool MatchInApposition(IReadOnlyList<Unit> units, int start, int closing)
    {
        var opening = -1;
        for (var k = start; k < closing; k++)
            // ("a group led by Saddam Hussein's former deputy, Izzat al-Douri": not the comma before a role's man.)
            if (units[k].Norm == "," && !(k > start && PatternMatcher.ApposedRoles.Contains(units[k - 1].Norm)))
            {
                if (opening >= 0)
                    return false;
                opening = k;
            }
        if (opening < 0)
            return false;
        var first = units[opening + 1].Norm is "long" or "once" or "now" or "formerly" or "still" && opening + 2 < closing ? opening + 2 : opening + 1;
        return units[first].Norm is "the" or "a" or "an" or "another" || (units[first].IsMention && first + 1 < closing && units[first + 1].Norm == "'s");
    }

    /// <summary>The counts a time before or after an act is told in ("two days after"), from one: their place is their number.</summary>
    private static readonly string[] CountWords = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"];

    /// <summary>The comma that closes an aside of up to eight words the comma at <paramref name="comma"/> opens, or -1.</summary>
    private static int AsideClose(IReadOnlyList<Unit> units, int comma)
    {
        if (comma >= units.Count || units[comma].Norm != ",")
            return -1;
        for (var k = comma + 1; k < units.Count && k <= comma + 9; k++)
            if (units[k].Norm == ",")
                return k > comma + 1 ? k : -1;
            else if (units[k].Norm is ";" or ":")
                return -1;
        return -1;
    }

    /// <summary>True when "has" or "have" and a participle stand between units <paramref name="from"/> and <paramref name="to"/>.</summary>
    private static bool PerfectIn(IReadOnlyList<Unit> units, int from, int to)
    {
        for (var k = from; k < to && k + 1 < units.Count; k++)
            if (units[k].Norm is "has" or "have" && PatternMatcher.PerfectParticiple(units[k + 1]))
                return true;
        return false;
    }

    /// <summary>
    /// True when "and" and a second verb stand between the characters <paramref name="from"/> and <paramref name="to"/>: a
    /// simple past ("and visited"), or with <paramref name="perfect"/> a perfect ("and has carried out").
    /// </summary>
    private static bool JoinedVerbBetween(IReadOnlyList<Unit> units, int from, int to, bool perfect)
    {
        var words = perfect ? 3 : 2;
        for (var k = 0; k + words - 1 < units.Count && units[k + words - 1].CharEnd <= to; k++)
            if (units[k].CharStart >= from && units[k].Norm == "and" && (perfect
                    ? units[k + 1].Norm is "has" or "have" or "had" && PatternMatcher.PerfectParticiple(units[k + 2])
                    : !units[k + 1].IsMention && PatternMatcher.PastVerb(units[k + 1])))
                return true;
        return false;
    }

    /// <summary>
    /// True when a subordinator ("that", "after", "when" ...) and then a pluperfect ("had died", "had been") stand between the
    /// characters <paramref name="from"/> and <paramref name="to"/>.
    /// </summary>
    private static bool PluperfectClauseBetween(IReadOnlyList<Unit> units, int from, int to)
    {
        var opened = false;
        for (var k = 0; k + 1 < units.Count && units[k + 1].CharEnd <= to; k++)
            if (units[k].CharStart < from)
                continue;
            else if (opened && units[k].Norm == "had" && !units[k + 1].IsMention
                && (PatternMatcher.PerfectParticiple(units[k + 1]) || units[k + 1].Norm is "been" || units[k + 1].Norm.EndsWith("ed", StringComparison.Ordinal)))
                return true;
            else
                opened |= units[k].Norm is "that" or "after" or "when" or "because" or "once" or "following";
        return false;
    }

    /// <summary>True when "after" and a past verb stand between the characters <paramref name="from"/> and <paramref name="to"/>.</summary>
    private static bool AfterClauseBefore(IReadOnlyList<Unit> units, int from, int to)
    {
        var after = -1;
        for (var k = 0; k < units.Count && units[k].CharEnd <= to; k++)
            if (units[k].CharStart >= from && units[k].Norm == "after")
                after = k;
            else if (after >= 0 && !units[k].IsMention && PatternMatcher.PastVerb(units[k]))
                return true;
        return false;
    }

    /// <summary>
    /// True when ", and" and a subject of its own ("it", a name) open a clause between the date <paramref name="d"/> and
    /// the character <paramref name="start"/>, and the date is no fronted one (a name stands before it).
    /// </summary>
    private static bool NewClauseAfter(IReadOnlyList<Unit> units, DateMention d, int start)
    {
        if (!units.Any(u => u.IsMention && u.CharEnd <= d.Start))
            return false;
        for (var k = 0; k + 2 < units.Count && units[k + 2].CharStart <= start; k++)
            if (units[k].Norm == "," && units[k].CharStart >= d.End && units[k + 1].Norm is "and" or "but" && units[k + 2].IsMention)
                return true;
            // ("were driven out of Mogadishu in 2011 but still control the countryside, from where they launch attacks": a
            // second verb after "but" is of another time than the first's date.)
            else if (units[k].Norm == "but" && units[k].CharStart >= d.End)
                return true;
        return false;
    }

    private static DateOnly FirstOfMonth(DateOnly day) => new(day.Year, day.Month, 1);

    private static readonly HashSet<string> ReportVerbs =
        ["said", "says", "confirmed", "confirms", "announced", "announces", "reported", "reports", "told", "stated", "declared", "claimed", "added"];

    /// <summary>Acts of violence a year may name ("the 2012 attack"): when the match tells that act, the year is its date.</summary>
    private static readonly HashSet<string> ViolentActNouns =
        ["attack", "attacks", "bombing", "bombings", "assault", "massacre", "raid", "raids", "strike", "strikes", "airstrike", "airstrikes", "offensive", "invasion"];

    private static readonly HashSet<string> EventNamedByDate =
        ["attack", "attacks", "bombing", "bombings", "assault", "massacre", "raid", "raids", "strike", "strikes", "airstrike", "airstrikes",
         "offensive", "invasion", "coup", "uprising", "revolution",
         "election", "elections", "agreement", "accord", "deal", "ceasefire", "truce", "war", "operation"];

    /// <summary>True when a name with "'s" stands at <paramref name="at"/>, before <paramref name="end"/>.</summary>
    private static bool PossessorAt(IReadOnlyList<Unit> units, int at, int end) => at + 1 < end && units[at].IsMention && units[at + 1].Norm == "'s";

    /// <summary>True when the nearest comma before <paramref name="end"/> opens an apposition after a place or a name ("Douma, a ...").</summary>
    private static bool OpenAppositionBefore(IReadOnlyList<Unit> units, int end)
    {
        for (var k = end - 1; k > 0 && end - k <= 8; k--)
            if (units[k].Norm == ",")
                // ("retook Tarhuna, Haftar's last stronghold in western Libya, on Friday": or a possessor's.)
                // ("killed Droukdel, the leader of al Qaeda in the Islamic Maghreb, in northern Mali on Wednesday": or a name's
                // role "of" the name that ends it.)
                return k + 1 < end && (units[k + 1].Norm is "a" or "an" || PossessorAt(units, units[k + 1].Norm == "the" ? k + 2 : k + 1, end)
                        || (units[k + 1].Norm == "the" && units[end - 1].IsMention && Enumerable.Range(k + 3, 3).Any(j => j < end - 1 && units[j].Norm == "of")))
                    && (units[k - 1].IsMention || char.IsLetter(units[k - 1].Norm[0]));
            // "the VDP, a militia that fights alongside the army, in the north on Saturday": a clause of its own, whose
            // act is not the sentence's.
            else if (units[k].Norm is ";" or ":" or "and" or "but" or "that" or "which" or "who" or "whose")
                return false;
        return false;
    }

    private static readonly Func<int, bool> NoneSkipped = _ => false;

    /// <summary>
    /// Which units of a match lie in a ", which ... ," clause or a ", supported by ... ," phrase that holds none of
    /// its slots (what the match steps over to reach its subject's verb).
    /// </summary>
    /// <summary>The comma of "October 7, 2023": between a day of the month and a year, no clause's end.</summary>
    private static bool CommaInDate(IReadOnlyList<Unit> units, int comma) =>
        comma >= 1 && comma + 1 < units.Count && units[comma - 1].Norm is { Length: <= 2 } day && day.All(char.IsDigit)
        && units[comma + 1].Norm is { Length: 4 } year && year.All(char.IsDigit);

    /// <summary>
    /// True when the word at <paramref name="at"/> is the sentence's first, or the first after a dateline ("KINSHASA -"),
    /// and no name or act ("The attack was led by X, ...": a word of the pattern inside an act's mention).
    /// </summary>
    private static bool OpensSentence(IReadOnlyList<Unit> units, int at)
    {
        if (units[at].IsMention)
            return false;
        if (at == 0)
            return true;
        if (units[at - 1].Norm is not (":" or "\u2014"))
            return false;
        for (var k = 0; k < at - 1; k++)
            if (!units[k].IsMention && char.IsLetter(units[k].Norm[0]) && !units[k].Capitalized)
                return false;
        return true;
    }

    /// <summary>Whether <paramref name="word"/> opens the words that follow the pattern's first slot (its verb: "backs" in "{A} ...6 @back_v {B}").</summary>
    private static bool OpensCueVerb(CuePattern pattern, string word)
    {
        var slotSeen = false;
        foreach (var element in pattern.Elements)
            if (element is CuePattern.Slot)
                slotSeen = true;
            else if (slotSeen && element is CuePattern.Words words)
                return words.ByFirstWord.ContainsKey(word) || words.Prefixed.Any(a => word.StartsWith(a[0][..^1], StringComparison.Ordinal));
        return false;
    }

    /// <summary>Whether a slot of <paramref name="match"/> lies strictly between two units (a loop: a lambda here cost every
    /// unit <see cref="SkippedClauses"/> passed a closure).</summary>
    private static bool SlotBetween(CueMatch match, int after, int before)
    {
        foreach (var slot in match.Slots.Values)
            if (slot > after && slot < before)
                return true;
        return false;
    }

    /// <param name="firstOfJoinedVerbs">Also the words of the first of two verbs the subject's "and" joins (for the cue's cancelling
    /// words, not its dates: "crossed the border last week and clashed with X" dates the clash).</param>
    private static Func<int, bool> SkippedClauses(IReadOnlyList<Unit> units, CueMatch match, bool firstOfJoinedVerbs = false)
    {
        var spans = new List<(int Start, int End)>();
        for (var i = match.Start; i + 1 < match.End; i++)
        {
            var relative = PatternMatcher.OpensRelative(units, i);
            // "The army, supported by US airstrikes, retook the town": the support is said of the army, by the way.
            // "ISKP, formed in 2015 by defectors, has targeted ...": so is how a name came to be.
            var participle = !units[i + 1].IsMention && units[i + 1].Norm.EndsWith("ed", StringComparison.Ordinal)
                && i + 2 < match.End && (units[i + 2].Norm is "by" or "with"
                    || (i > 0 && units[i - 1].IsMention && units[i + 2].Norm is "in" or "on" or "at" or "during" or "since" or "after" or "from" or "under" or "last" or "earlier"));
            // "The SDF, with American air support, drove IS out": so is what it fought with.
            // ("Kenyan troops, with support from US forces, attacked": after a name's own noun too.)
            var with = units[i + 1].Norm is "with" or "alongside" && i > 0 && (units[i - 1].IsMention || units[i - 1].Tail);
            // "The NLF, a coalition formed last year, agreed to a ceasefire": so is an apposition describing a name.
            var apposition = units[i + 1].Norm is "a" or "an" or "the" && i > 0 && units[i - 1].IsMention;
            if (units[i].Norm != "," || !(relative || participle || with || apposition))
                continue;
            var close = i + 2;
            while (close < match.End && (units[close].Norm != "," || CommaInDate(units, close)))
                close++;
            if (close < match.End && !SlotBetween(match, i, close))
                spans.Add((i, close));
            i = close;
        }
        // "The UAE withdrew its troops and now backs the STC": the first of two verbs joined by "and" is another act of the
        // subject's; its words do not cancel the cue's.
        if (firstOfJoinedVerbs && match.SubjectNote == PatternMatcher.JoinedVerbsSubject && match.Slots.TryGetValue(match.Pattern.SlotNames[0], out var subject))
        {
            // (Only where the cue's own verb follows the "and": "agreed to hand over its positions and heavy weapons to HTS"
            // joins two things handed over.)
            var firstOther = match.Slots.Values.Where(slot => slot > subject).DefaultIfEmpty(match.End).Min();
            for (var k = firstOther - 1; k > subject; k--)
                if (units[k].Norm == "and")
                {
                    var verb = k + 1;
                    while (verb < firstOther && units[verb].Norm is "now" or "later" or "then" or "also" or "still" or "since" or "has" or "have" or "had")
                        verb++;
                    if (verb < firstOther && OpensCueVerb(match.Pattern, units[verb].Norm))
                        spans.Add((subject + 1, k));
                    break;
                }
        }
        if (spans.Count == 0)
            return NoneSkipped;
        return unit =>
        {
            foreach (var (start, end) in spans)
                if (unit >= start && unit <= end)
                    return true;
            return false;
        };
    }

    /// <summary>
    /// True when the words an apposition pattern read after "{A} , the" hold another name and then "and" before its
    /// last slot: "A, the B and the C branch of D" lists A, B and C.
    /// </summary>
    private static bool ListTakenForApposition(IReadOnlyList<Unit> units, CueMatch match)
    {
        var comma = match.Slots.Values.Min() + 1;
        if (comma + 1 >= units.Count || units[comma].Norm != "," || units[comma + 1].Norm is not ("a" or "an" or "the"))
            return false;
        var named = false;
        for (var i = comma + 2; i < match.Slots.Values.Max(); i++)
            if (units[i].IsMention && !units[i].Reference)
                named = true;
            else if (named && units[i].Norm is "and" or "or" && !SecondRoleAfter(units, i))
                return true;
        return false;
    }

    /// <summary>"the deputy head of the PMF and a founder of Kataib Hezbollah": after "and", a second role, not a name.</summary>
    private static bool SecondRoleAfter(IReadOnlyList<Unit> units, int and) =>
        and + 2 < units.Count && units[and + 1].Norm is "a" or "an" or "the"
        && (RoleNouns.Contains(units[and + 2].Norm) || (and + 3 < units.Count && !units[and + 2].IsMention && RoleNouns.Contains(units[and + 3].Norm)));

    private static readonly HashSet<string> RoleNouns =
        ["leader", "commander", "chief", "head", "founder", "cofounder", "member", "official", "spokesman", "deputy", "emir",
         "minister", "ideologue", "veteran", "architect", "financier", "strategist"];

    /// <summary>Whether the match tells a founding ("founded", "set up") rather than a leading ("led", "run").</summary>
    private static bool FoundingTold(IReadOnlyList<Unit> units, CueMatch match)
    {
        var founded = false;
        for (var k = Math.Max(0, match.Start); k < match.End && k < units.Count; k++)
        {
            if (units[k].Norm is "led" or "headed" or "commanded" or "run" or "directed")
                return false;
            founded |= units[k].Norm is "founded" or "established" or "created" or "formed" or "raised"
                || (units[k].Norm == "set" && k + 1 < units.Count && units[k + 1].Norm == "up");
        }
        return founded;
    }

    /// <summary>Whether the pattern's own words include one of <paramref name="words"/> (as a whole word of an alternative).</summary>
    // Loops and a span of words, where LINQ and an array cost each match read a closure and an array per call.
    private static bool CueNames(CuePattern pattern, params ReadOnlySpan<string> words)
    {
        foreach (var element in pattern.Elements)
            if (element is CuePattern.Words { Alternatives: var alternatives })
                foreach (var alternative in alternatives)
                    foreach (var word in words)
                        if (Array.IndexOf(alternative, word) >= 0)
                            return true;
        return false;
    }

    private static readonly HashSet<string> ObjectPrepositions = ["to", "of", "with", "by", "from", "against", "for", "on", "about"];

    /// <summary>Index of a negation between the start of the clause and <paramref name="end"/>, or -1.</summary>
    /// <param name="start">Where the match starts: "instead of" denies a verb of the match, not one before it.</param>
    private int NegationBefore(IReadOnlyList<Unit> units, int end, int start = 0)
    {
        var joinedVerb = -1; // the last "and" before the end that joins a second verb ("and clashed", "and has fought")
        for (var i = end - 1; i >= 0; i--)
        {
            // "These factions do not agree, but they banded together": a negation ends with its clause.
            // ("have not yet clashed": "yet" after a negation is an adverb, no clause's opening.)
            if (ClauseOpeners.Contains(units[i].Norm) && !(units[i].Norm == "yet" && i > 0 && (units[i - 1].Norm is "not" or "never" || units[i - 1].Norm.EndsWith("n't", StringComparison.Ordinal))))
                break;
            // ("The clashes have not eased pressure: both groups continued to attack ...": so with a colon before the match,
            // which opens a clause of its own; a list after one is still the negated verb's: "has not struck these: A and B".)
            if (units[i].Norm == ":" && i < start)
                break;
            // ("said the strikes would not go unanswered, and the group's leader, X, warned": nor one before ", and" whose
            // clause the match does not reach back into.)
            if (units[i].Norm == "and" && i > 0 && units[i - 1].Norm == "," && i < start)
                break;
            // "is not expected to target the Haqqani network, an Afghan group allied with the Taliban": an indefinite
            // apposition describing a name says what it is, whatever the clause around it denies.
            // So does a possessive one: "would not fight the Nusra Front, al Qaeda's official branch in Syria".
            if (units[i].Norm == "," && i > 0 && units[i - 1].IsMention && i + 1 < end
                && (units[i + 1].Norm is "a" or "an" || (units[i + 1].IsMention && i + 2 < end && units[i + 2].Norm == "'s")))
                break;
            // "denies hiring mercenaries from the Wagner Group, which fights alongside the army in Mali": nor what a
            // relative clause says of a name.
            if (units[i].Norm is "which" or "who" && i >= 2 && units[i - 1].Norm == "," && units[i - 2].IsMention)
                break;
            // "The army denied the claim, saying its troops had killed several militants": what a denier goes on to say is
            // said, not denied.
            if (units[i].Norm is "saying" or "adding" or "insisting" or "stating" or "arguing" or "explaining" && i > 0 && units[i - 1].Norm == ",")
                break;
            // ("said it was suspending operations, two days after a drone attack killed three soldiers": nor a time clause after a
            // comma, which tells something else.)
            if (units[i].Norm is "after" or "before" or "when" && TimeClauseAfterComma(units, i))
                break;
            if (joinedVerb < 0 && units[i].Norm == "and" && WordAfterAnd(units, i) is var next && next < end && (VerbAuxiliaries.Contains(units[next].Norm)
                    || PatternMatcher.PastVerb(units[next]) || PatternMatcher.AccusingVerbs.Contains(units[next].Norm) || DenierGoesOnVerbs.Contains(units[next].Norm)
                    || PresentVerbWithObject(units, next)))
                joinedVerb = i;
            var negated = units[i].Norm.EndsWith("n't", StringComparison.Ordinal);
            // ("turned on the state instead of fighting the Houthis": a negation ending in a preposition or "than"
            // denies the verb right after it, and only in the match: not a noun ("Russia, rather than the US, backs
            // Haftar"), nor the clause after it ("Instead of fighting the Islamic State, the SDF shelled the SNA").)
            foreach (var phrase in lexicon.Negations.StartingWith(units[i].Lead))
                negated |= PhraseAt(units, i, phrase)
                    && (phrase[^1] is not ("of" or "than") || (Gerund(units, i + phrase.Length) && i + phrase.Length >= start));
            if (negated)
                return joinedVerb >= 0 && !NegationReachesJoinedVerb(units, i, joinedVerb) ? -1 : i;
        }
        return -1;
    }

    private static readonly HashSet<string> VerbAuxiliaries = ["has", "have", "had", "is", "are", "was", "were"];

    /// <summary>The word after the "and" at <paramref name="and"/>, past "in turn", "then" and adverbs ("and in turn accuses").</summary>
    private static int WordAfterAnd(IReadOnlyList<Unit> units, int and)
    {
        var k = and + 1;
        if (k + 1 < units.Count && units[k].Norm == "in" && units[k + 1].Norm == "turn")
            k += 2;
        while (k + 1 < units.Count && (units[k].Norm == "then" || PatternMatcher.IsAdverb(units[k])))
            k++;
        return Math.Min(k, units.Count - 1);
    }

    /// <summary>Verbs of saying a denier may go on with after "and": what follows is said, not denied.</summary>
    private static readonly HashSet<string> DenierGoesOnVerbs = ["said", "says", "added", "adds", "insisted", "insists", "stated", "states"];

    /// <summary>Words that make what follows a denial a clause of its own, whose verbs "and" may join.</summary>
    private static readonly HashSet<string> DeniedClauseWords =
        ["that", "it", "they", "he", "she", "having", "has", "have", "had", "is", "are", "was", "were", "been", "being", "to"];

    /// <summary>A verb's -ing form at <paramref name="i"/> ("fighting", "backing"), not a name.</summary>
    private static bool Gerund(IReadOnlyList<Unit> units, int i) =>
        i < units.Count && !units[i].IsMention && units[i].Norm.Length > 4 && units[i].Norm.EndsWith("ing", StringComparison.Ordinal);

    /// <summary>
    /// Whether a negation covers a verb joined after it by "and": "refused to join HTS and clashed with it", "has not
    /// joined HTS and has fought it" negate only the first verb; a denial covers all it denies ("denied attacking the
    /// base and killing ..."), and "has not joined X and fought Y" shares its auxiliary and its "not".
    /// </summary>
    private static bool NegationReachesJoinedVerb(IReadOnlyList<Unit> units, int negation, int and)
    {
        var verb = WordAfterAnd(units, and);
        if (VerbAuxiliaries.Contains(units[verb].Norm))
            return false;
        // "denied violating the truce and accused the YPG of shelling it": a denied deed (a gerund, a noun) ends before a
        // past verb joined by "and", the denier's next act; not a clause's verb ("denied it had attacked X and killed ...").
        var denial = units[negation].Norm.StartsWith("den", StringComparison.Ordinal) || units[negation].Norm is "rejected" or "rejects" or "dismissed";
        // ("denies backing the M23 and accuses Kinshasa of ...": so is a charge the denier goes on to make.)
        // ("denied targeting the prison and said it had struck Houthi sites": or what the denier goes on to say.)
        // ("Kigali denies it and in turn accuses ...": "it" right before the "and" is what is denied, no clause's subject.)
        if (denial && (PatternMatcher.PastVerb(units[verb]) || PatternMatcher.AccusingVerbs.Contains(units[verb].Norm) || DenierGoesOnVerbs.Contains(units[verb].Norm))
            && !Gerund(units, verb)
            && !Enumerable.Range(negation + 1, and - negation - 1).Any(k => DeniedClauseWords.Contains(units[k].Norm) && !(k == and - 1 && units[k].Norm is "it" or "this" or "that")))
            return false;
        // ("will not coordinate with the group and regards it as ...": a present verb in -s cannot share "will not" or
        // "does not", which take a bare verb; it is the subject's next statement.)
        if (!denial && PresentVerbWithObject(units, verb))
            return false;
        return denial || units[negation].Norm is "no"
            || (negation > 0 && VerbAuxiliaries.Contains(units[negation - 1].Norm));
    }

    /// <summary>
    /// A present verb in -s at <paramref name="i"/> followed by its object ("regards the group", "backs Haftar"): a plural
    /// noun is not followed by an article or a name.
    /// </summary>
    private static bool PresentVerbWithObject(IReadOnlyList<Unit> units, int i) =>
        i + 1 < units.Count && !units[i].IsMention && !units[i].Capitalized && units[i].Norm.Length > 3 && units[i].Norm.EndsWith('s')
        && !units[i].Norm.EndsWith("ss", StringComparison.Ordinal) && (units[i + 1].IsMention || units[i + 1].Norm is "the" or "a" or "an" or "it" or "them");

    private bool IsBackground(IReadOnlyList<Unit> units) => AnyPhrase(units, lexicon.BackgroundMarkers);

    /// <summary>Whether one of <paramref name="phrases"/> starts in the sentence, or between units <paramref name="from"/> and <paramref name="to"/>.</summary>
    private static bool AnyPhrase(IReadOnlyList<Unit> units, PhraseList phrases, int from = 0, int to = int.MaxValue)
    {
        for (var i = from; i < Math.Min(to, units.Count); i++)
            foreach (var phrase in phrases.StartingWith(units[i].Lead))
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
    /// <param name="tie">The match states a tie (affiliate or allied): read from a name's own phrase ("al-Qaeda's Sahel
    /// affiliate, JNIM, killed ..., according to local sources") it is the writer's, not the closing source's.</param>
    private (Attribution, string?) Attribute(SentenceContext context, CueMatch match, bool tie = false)
    {
        if (context.Sentence.Kind == SegmentKind.Comment)
            return (Attribution.Comment, null);
        var units = context.Units;
        // "a group that officials say is linked to al Qaeda": what the clause tells is the report's.
        if (context.Reported is var (at, clauseEnd, speakerMention) && match.Start < at && match.End <= clauseEnd)
            return (Attribution.Claim, speakerMention >= 0 ? context.Mentions[speakerMention].Candidates.FirstOrDefault() : null);
        // A tie a name's own phrase states ("al-Qaeda's Sahel affiliate, JNIM") is the writer's, whatever closes the sentence.
        // (So is one an apposition to a name tells: "The army said it killed 40 men of the Katiba Macina, a group linked to JNIM".)
        var tieInName = tie && (IsNamePhrase(units, match, context.Sentence.Text) || TieInApposition(units, match));
        if (QuotationReport(units, match, context.Sentence.Text) is { } reported)
            return (Attribution.Claim, reported >= 0 ? context.Mentions[units[reported].Mention].Candidates.FirstOrDefault() : null);
        for (var i = 0; i < units.Count; i++)
        {
            // After the match, a claim verb counts only near the sentence's end (", officials said on Monday."), or
            // before an apposition that closes it (", a Turkish official said on Friday, the biggest loss in decades.").
            var verbMayCount = i < match.End || (ReportEnd(units, i) is var reportEnd && (reportEnd - i <= 6 || reportEnd - SettingEnd(units, i + 1) <= 4));
            foreach (var verb in verbMayCount ? lexicon.ClaimVerbs.StartingWith(units[i].Lead) : [])
            {
                if (!PhraseAt(units, i, verb) || units[i].IsMention || Conceded(units, i))
                    continue;
                // "..., while the UAE is accused of arming the RSF, a charge Abu Dhabi denies": who denies (rejects) a charge
                // named before states nothing the sentence tells.
                if (i >= match.End && ChargeDenied(units, i))
                    continue;
                // ("near the village of Arab Said last week": a capitalised word after another inside a sentence in lower case
                // is a name's, no verb; not in a headline's capitals, "Officials Say Army Killed ...".)
                if (units[i].Capitalized && i > 0 && units[i - 1].Capitalized && !units[i - 1].IsMention
                    && (i + 1 >= units.Count || !units[i + 1].Capitalized))
                    continue;
                // "strike suspected Islamic State hideouts": a participle of suspicion before a name describes it; nobody says anything.
                if (verb is ["suspected"] or ["alleged"] && i + 1 < units.Count && units[i + 1].IsMention)
                    continue;
                // ("tried to arrest the suspects": a noun after an article is no verb.)
                if (verb is ["suspects"] or ["suspect"] && i >= 1 && units[i - 1].Norm is "the" or "a" or "two" or "three" or "several" or "some" or "its" or "their")
                    continue;
                // ("jets bombed suspected hideouts of the TTP": nor one before a noun after a verb or an article.)
                if (verb is ["suspected"] or ["alleged"] && i >= 1 && i + 1 < units.Count && !units[i - 1].IsMention
                    && !VerbAuxiliaries.Contains(units[i - 1].Norm) && units[i - 1].Norm is not ("," or "be" or "being" or "been")
                    && char.IsLetter(units[i + 1].Norm[0]) && units[i + 1].Norm is not ("that" or "of" or "to" or "by" or "in"))
                    continue;
                // "is seen by Ankara as an offshoot": "seen" is a view only as a passive before "as" or its "by"
                // ("the town has seen fierce clashes" is no view).
                if (verb is ["seen"] && !SeenAsView(units, i))
                    continue;
                // "Kenya and Somalia trade blame": blame traded is the enmity told, not what either says.
                if (i > 0 && units[i - 1].Norm is "trade" or "trades" or "traded" or "trading" or "exchange" or "exchanged" or "exchanging" or "exchanges")
                    continue;
                // "Al-Shabaab maintains close ties with al Qaeda": keeping ties, not saying so.
                // ("France maintained about 5,000 soldiers in Mali": so are men kept somewhere, counted or not.)
                if (verb is ["maintains"] or ["maintained"] && i + 1 < units.Count
                    && (MaintainedThings.Contains(units[i + 1].Norm) || char.IsDigit(units[i + 1].Norm[0])))
                    continue;
                // After the match a claim verb closes the sentence as its own clause (", officials said."), not
                // as the match's own verb ("has fought the Taliban and considers the group apostates", "a militia
                // aligned with Tehran, also claimed rocket launches").
                // "Al Qaeda-linked al-Shabaab militants took the town, residents said": a tie a name's own phrase
                // states is the writer's, not the closing source's.
                // So is one after a claim verb: "accusing the Saudi-backed government of corruption".
                if (tieInName)
                    continue;
                // ("a week after an attack on Karachi airport that the group claimed.": nor a speaker a relative pronoun opens, who
                // claims the thing before it.)
                if (i >= match.End && i >= 2 && units[i - 1].IsMention && units[i - 2].Norm is "that" or "which" && verb is ["claimed"] or ["claims"] or ["claim"])
                    continue;
                if (i >= match.End && (!ReportingClause(units, match.End, i, verb.Length) || InClosedRelativeClause(units, match, i) || SaidOfAThing(units, match.End, i)
                    || RelativeClauseBetween(units, match.End, i) || ClaimsAnAct(units, i + verb.Length) || InSpeakersApposition(units, match, i)
                    || InAsideOfFirstName(units, match, i)))
                    continue;
                // "X accused its rivals of plotting and arrested their commanders": an accusation is the first of two
                // joined acts; the second, the cue's own, is the writer's report.
                // So is a second verb after a verb of view: "ISIS-K considers the Taliban apostates and has attacked its members".
                if (match.SubjectNote == PatternMatcher.JoinedVerbsSubject && (PatternMatcher.AccusingVerbs.Contains(units[i].Norm) || ViewVerbs.Contains(units[i].Norm))
                    && Enumerable.Range(i + 1, Math.Max(0, match.End - i - 1)).Any(k => units[k].Norm == "and"))
                    continue;
                // "The attack was claimed on Tuesday by JNIM, which is linked to al Qaeda": an act claimed is owned, nothing said.
                if (i < match.Start && verb is ["claimed"] && i > 0 && units[i - 1].Norm is "was" or "were" or "been"
                    && Enumerable.Range(i + 1, 3).Any(k => k < match.Start && units[k].Norm == "by"))
                    continue;
                // "The LNA said it struck Tripoli, and the GNA said its warplanes hit LNA positions": a later speaker
                // before the match is the match's.
                if (i < match.Start && LaterClaimVerb(units, i + verb.Length, match.Start))
                    continue;
                // "No group has claimed the attack, but the area is a stronghold of JNIM": a claim before the match
                // covers it only when no new clause opens between them.
                // (A claim phrase of several words may reach into the match: "claimed responsibility" before "responsibility for ...".)
                // ("The Houthis said they fired at a destroyer, days after US jets struck their bases": nor the writer's time
                // clause after it.)
                if (i < match.Start && Enumerable.Range(i + verb.Length, Math.Max(0, match.Start - i - verb.Length))
                        .Any(k => ClauseOpeners.Contains(units[k].Norm) || CommaAsClause(units, k) || SpanOfTimeClause(units, k)))
                    continue;
                // "Misrata accused the militias of hoarding funds, and the SSA has since fought the 444 Brigade": nor does a
                // charge whose charged deed ends at ", and" before the match's own subject.
                // ("ISKP regards the Taliban as apostates, and its fighters have targeted Taliban posts": nor a view.)
                if (i < match.Start && (PatternMatcher.AccusingVerbs.Contains(units[i].Norm) || ViewVerbs.Contains(units[i].Norm)) && NewSubjectAfterAnd(units, i + 1, match.Start))
                    continue;
                // "to fight al-Shabaab, which it blamed for kidnappings, and the Kenyan force later joined ...": nor does one
                // inside a relative clause closed before the match.
                // ("Turkey, which views the SDF's backbone, the YPG, as an extension of the PKK": not the view whose object the match's
                // name, set off by commas before the view's "as", names again.)
                if (i < match.Start && InRelativeClosedBefore(units, i, match.Start)
                    && !(ViewVerbs.Contains(units[i].Norm) && match.Slots.Values.Min() is var seen && seen >= 2 && seen + 2 < units.Count
                        && units[units[seen - 1].Norm == "the" ? seen - 2 : seen - 1].Norm == "," && units[seen].IsMention
                        && units[seen + 1].Norm == "," && units[seen + 2].Norm == "as"))
                    continue;
                // "Ankara views the YBS as an offshoot of the PKK, which has waged an insurgency since 1984": a clause told
                // of the view's complement after "as" is the writer's aside, not the view.
                if (i < match.Start && ViewVerbs.Contains(units[i].Norm) && (RelativeClauseAfterComplement(units, i, match.End) || AppositionOfViewed(units, i, match)))
                    continue;
                // ("The army said it had retaken bases from the RSF, which is commanded by Dagalo": so is a tie told in a
                // relative clause closing what a speaker says.)
                // ("Tehran denies arming the Houthis, who have been fighting a Saudi-led coalition since 2015": and any
                // relation told in a relative clause about what a denial names.)
                if (i < match.Start && (tie || units[i].Norm is "denies" or "denied" or "deny" or "denying" || PatternMatcher.AccusingVerbs.Contains(units[i].Norm))
                    && RelativeClauseAfterComplement(units, i, match.End))
                    continue;
                // ("said it was acting in solidarity with Hamas, whose October 7 attack on Israel killed ...": nor what a clause of
                // ", whose" tells of the name said last; the writer explains who that is.)
                if (i < match.Start && match.Start + 2 < match.End && units[match.Start].IsMention && units[match.Start + 1].Norm == ","
                    && units[match.Start + 2].Norm == "whose")
                    continue;
                // "Pakistan, long accused of sheltering the Taliban, now accuses the Taliban of ...": a passive aside closed
                // before the match says nothing of it.
                // ("The YPG, seen by Turkey as a PKK branch, attacked ...": nor does one closed inside the match, between its
                // subject and its verb.)
                if (i < match.End && PassiveAsideClosedBefore(units, i, i < match.Start ? match.Start : match.End))
                    continue;
                // ("Jaish al-Adl, a Sunni group that Iran considers a terrorist organization, has carried out attacks on ...":
                // nor a view told in a relative clause of an apposition closed inside the match.)
                if (i > match.Start && i < match.End && ViewInApposedClause(units, i, match.End))
                    continue;
                // "The STC accuses the Islah party, a backbone of Hadi's government, of links to AQAP": an apposition that
                // describes the accused is the writer's; only the charge after it is the accuser's.
                if (i < match.Start && PatternMatcher.AccusingVerbs.Contains(units[i].Norm) && AppositionOfAccused(units, match))
                    continue;
                var (speaker, _) = PatternMatcher.ResolveSubject(units, i, 3);
                // ("a rebel group that UN experts say is backed by Rwanda": a report a relative pronoun opens is its own speaker's.)
                for (var named = i - 1; named >= 1 && named >= i - 3; named--)
                    if (units[named].IsMention && InsertedSpeakerAt(units, named))
                        speaker = named;
                // ("..., the group's news agency said": a side's outlet speaks for it.)
                if (OutletOwnerBefore(units, i) is var owner and >= 0)
                    speaker = owner;
                // "Israel has been accused of killing ...": a passive verb's subject is the one spoken of; the speaker, if
                // named, comes after "by".
                // ("attacks on US forces, most of them claimed by the Islamic Resistance": so is a bare participle's.)
                var agent = i + verb.Length + 1 < units.Count && units[i + verb.Length].Norm == "by" ? i + verb.Length + 1 : -1;
                if (agent >= 0 && agent + 1 < units.Count && units[agent].Norm == "the")
                    agent++;
                if (agent >= 0 && !units[agent].IsMention)
                    agent = -1;
                // ("Turkey and Qatar are widely reported to have backed ...": past an adverb too.)
                var beforeVerb = i >= 2 && PatternMatcher.IsAdverb(units[i - 1]) ? i - 2 : i - 1;
                if (beforeVerb >= 0 && units[beforeVerb].Norm is "been" or "was" or "were" or "is" or "are" or "being" || agent >= 0)
                    speaker = agent;
                // "..., units loyal to the Islah party, local officials said": words of their own between a comma and the
                // verb are its speaker; the name before the comma is not.
                if (speaker >= 0 && agent < 0 && UnnamedSpeakerAfterComma(units, speaker, i))
                    speaker = -1;
                // "Russian jets strike rebels, not Islamic State, say US officials": a closing report with its speaker after
                // the verb has that speaker.
                if (agent < 0 && i >= match.End && SpeakerAfterVerb(units, i, verb.Length) is var inverted and >= 0)
                    speaker = inverted;
                return (Attribution.Claim, speaker >= 0 ? context.Mentions[units[speaker].Mention].Candidates.FirstOrDefault() : null);
            }
            foreach (var marker in lexicon.ClaimMarkers.StartingWith(units[i].Lead))
            {
                // "allegedly", "according to": a marker covers what follows it, not a statement before it; but a
                // closing "..., according to activists" covers its whole clause.
                if (!PhraseAt(units, i, marker) || tieInName || Conceded(units, i) || (i >= match.End && (!ClosingSource(units, match.End, i, marker)
                    || InClosedRelativeClause(units, match, i))))
                    continue;
                var after = i + marker.Length;
                while (after < units.Count && units[after].Norm is "the" or "\"")
                    after++;
                var speaker = after < units.Count && units[after].IsMention ? context.Mentions[units[after].Mention].Candidates.FirstOrDefault() : null;
                // "Pakistan's accusation that the Taliban shelter ...": a charge told by its noun is its possessor's.
                if (marker[^1] == "that")
                    speaker = i >= 2 && units[i - 1].Norm == "'s" && units[i - 2].IsMention ? context.Mentions[units[i - 2].Mention].Candidates.FirstOrDefault() : null;
                return (Attribution.Claim, speaker);
            }
        }
        return (Attribution.Author, null);
    }

    /// <summary>
    /// "bombed Gaddafi's compound, destroying a building that officials said housed his offices": a verb of saying inside a
    /// "that" clause of a thing named after the match says what the thing is, not the match.
    /// </summary>
    private static bool SaidOfAThing(IReadOnlyList<Unit> units, int matchEnd, int verb)
    {
        for (var that = verb - 1; that >= matchEnd + 2 && that >= verb - 5; that--)
            if (units[that].Norm == "that")
                return !units[that - 1].IsMention && char.IsLower(units[that - 1].Norm[0]) && !MentionFinder.SayingVerbs.Contains(units[that - 1].Norm)
                    && (units[that - 2].Norm is "a" or "an" or "the" || (that >= 3 && units[that - 3].Norm is "a" or "an" or "the" && !units[that - 2].IsMention));
        return false;
    }

    /// <summary>Whether ", and" between <paramref name="from"/> and <paramref name="subject"/> opens on the name there ("..., and the SSA").</summary>
    private static bool NewSubjectAfterAnd(IReadOnlyList<Unit> units, int from, int subject)
    {
        var and = subject - (subject >= 1 && units[subject - 1].Norm == "the" ? 2 : 1);
        // ("..., and its fighters have targeted": a possessive's men are a subject of their own.)
        return and - 1 > from && units[and].Norm == "and" && units[and - 1].Norm == "," && (units[subject].IsMention || units[subject].Norm is "its" or "their");
    }

    /// <summary>
    /// "is widely seen as", ", seen by Ankara as": the passive "seen" at <paramref name="at"/> before "as" or "by"; not an aside
    /// that names nobody seeing ("The UAE, seen as closer to Hemedti, urged ..."), the writer's own description.
    /// </summary>
    private static bool SeenAsView(IReadOnlyList<Unit> units, int at) =>
        at > 0 && at + 1 < units.Count && units[at + 1].Norm is "as" or "by" && !(units[at - 1].Norm == "," && units[at + 1].Norm == "as")
        && units[at - 1].Norm is "is" or "are" or "was" or "were" or "been" or "being" or "be" or "," or "widely" or "largely" or "often"
            or "increasingly" or "generally" or "long" or "also" or "still" or "now" or "commonly" or "broadly";

    /// <summary>"despite claims to the contrary", "despite repeated claims": a claim conceded is no source of what the sentence states.</summary>
    private static bool Conceded(IReadOnlyList<Unit> units, int at)
    {
        for (var k = at - 1; k >= 0 && k >= at - 3; k--)
            if (units[k].Norm == "despite")
                return true;
            else if (units[k].IsMention || units[k].Norm is not ("repeated" or "its" or "their" or "the" or "official" or "earlier" or "recent" or "some" or "many"))
                return false;
        return false;
    }

    /// <summary>Whether ", and NAME said" (a second speaker's verb of saying) stands in units [<paramref name="from"/>, <paramref name="to"/>).</summary>
    private static bool LaterClaimVerb(IReadOnlyList<Unit> units, int from, int to)
    {
        var afterCommaAnd = false;
        for (var k = from; k < to; k++)
        {
            if (afterCommaAnd && k >= from + 2 && units[k].Norm is "said" or "says" or "claimed" or "claims" or "announced" && units[k - 1].IsMention)
                return true;
            afterCommaAnd |= units[k].Norm == "and" && k > 0 && units[k - 1].Norm == ",";
        }
        return false;
    }

    /// <summary>
    /// For a report verb at <paramref name="verb"/> right after a comma, the name right after it (past "the") when the
    /// sentence, or a comma, follows that name (", say US officials.", ", said the army,"); else -1.
    /// </summary>
    private static int SpeakerAfterVerb(IReadOnlyList<Unit> units, int verb, int length)
    {
        var k = verb + length;
        if (verb < 1 || units[verb - 1].Norm != "," || units[verb].Norm is not ("say" or "says" or "said" or "claim" or "claims" or "claimed" or "reported"))
            return -1;
        if (k < units.Count && units[k].Norm == "the")
            k++;
        var end = k + 1;
        while (end < units.Count && units[end].Tail)
            end++;
        return k < units.Count && units[k] is { IsMention: true, Reference: false } && (end >= units.Count || units[end].Norm is "," or "." or ";") ? k : -1;
    }

    private static readonly HashSet<string> AgreementNouns = ["agreement", "deal", "pact", "accord", "treaty", "memorandum", "agreements", "deals", "accords"];

    /// <summary>Nouns of a settlement a year may name ("a 2015 peace agreement", "the 2020 truce"): never a time of fighting.</summary>
    private static readonly HashSet<string> PeaceNouns = [.. AgreementNouns, "peace", "truce", "ceasefire", "cease-fire", "armistice"];

    /// <summary>
    /// True when a ", which (who)" clause with no speaker of its own opens after the verb at <paramref name="verb"/>, inside
    /// the match: after the "as" of a view, or, with no "as", not closed before the match ends.
    /// </summary>
    private static bool RelativeClauseAfterComplement(IReadOnlyList<Unit> units, int verb, int matchEnd)
    {
        var seenAs = false;
        for (var k = verb + 1; k < matchEnd - 1; k++)
            if (units[k].Norm == "as")
                seenAs = true;
            else if (PatternMatcher.OpensRelative(units, k) && units[k + 1].Norm is "which" or "who" && k + 2 < units.Count && !units[k + 2].IsMention
                // ("considers the YPG an extension of the PKK, which has waged ...": without "as", the clause holds the
                // match's own words, not closed before them as "the YPG, which holds Manbij, an extension of ..." is.)
                && (seenAs || !Enumerable.Range(k + 2, Math.Max(0, matchEnd - k - 2)).Any(c => units[c].Norm == ",")))
                return true; // (not "which it says has fought": a speaker of its own)
        return false;
    }

    /// <summary>
    /// "Turkey considers the YPG, the main component of the SDF, an extension of ...": a match that is the apposition
    /// of the name a view is taken of, closed by its comma, is the writer's description.
    /// </summary>
    private static bool AppositionOfViewed(IReadOnlyList<Unit> units, int verb, CueMatch match)
    {
        var viewed = verb + 1 < units.Count && units[verb + 1].Norm is "the" or "a" or "an" ? verb + 2 : verb + 1;
        // ("Turkey considers the SDF's main component, the YPG, a branch of the PKK", "regards the SDF's main force, the YPG, as
        // ...": so is a match of the object and its apposition that the view's complement follows.)
        if (viewed == match.Start && units[viewed].IsMention && viewed + 1 < match.End && units[viewed + 1].Norm == "'s" && match.End + 1 < units.Count
            && units[match.End].Norm == "," && units[match.End + 1].Norm is "a" or "an" or "as" && Enumerable.Range(viewed, match.End - viewed).Count(k => units[k].Norm == ",") == 1)
            return true;
        return viewed == match.Start && viewed + 2 < match.End && units[viewed].IsMention && units[viewed + 1].Norm == ","
            && units[viewed + 2].Norm is "a" or "an" or "the" or "its" or "their" && match.End < units.Count && units[match.End].Norm == ","
            && !Enumerable.Range(viewed + 2, match.End - viewed - 2).Any(k => units[k].Norm == ",");
    }

    /// <summary>
    /// Whether the name at <paramref name="named"/> closes an apposition opened by a comma right after the object of a verb
    /// of view ("considers the YPG, the main component of the SDF," "considers the SDF's main component, the YPG,").
    /// </summary>
    private static bool ViewComplementAfter(IReadOnlyList<Unit> units, int named)
    {
        var comma = -1;
        for (var k = named - 1; k >= 0 && k >= named - 8 && comma < 0; k--)
            if (units[k].Norm == ",")
                comma = k;
            else if (units[k].Norm is ";" or ":" or "." || ViewVerbs.Contains(units[k].Norm))
                return false;
        for (var k = comma - 1; k >= 0 && k >= comma - 7; k--)
            if (ViewVerbs.Contains(units[k].Norm))
                return true;
            else if (units[k].Norm is "," or ";" or ":" or "and" or "but" or "which" or "that" or "who")
                return false;
        return false;
    }

    private static readonly HashSet<string> ViewVerbs =
        ["considers", "considered", "regards", "regarded", "views", "viewed", "sees", "saw", "deems", "deemed", "brands", "branded"];

    /// <summary>
    /// "Washington, which armed both sides to fight the Islamic State", "its soldiers are there to fight the militants": an
    /// act a side is armed (sent, trained) or is somewhere to do is the purpose, no act at a time the text told before.
    /// </summary>
    private static bool PurposeOfBacking(IReadOnlyList<Unit> units, CueMatch match)
    {
        for (var k = match.Start + 1; k + 1 < match.End; k++)
            if (units[k].Norm == "to" && (units[k - 1].IsMention || units[k - 1].Norm is "there" or "here") && !units[k + 1].IsMention && units[k + 1].Norm.Length > 0
                && char.IsLower(units[k + 1].Norm[0]) && units[k + 1].Norm is not ("the" or "a" or "an") && !units[k + 1].Norm.EndsWith("ed", StringComparison.Ordinal))
                return true;
        return false;
    }

    /// <summary>
    /// "Al Shabaab drove Hizbul Islam out of Kismayo in October. Both groups are fighting the government": a standing
    /// relation told in the present progressive holds now, at no time told before.
    /// </summary>
    private static bool PresentProgressive(IReadOnlyList<Unit> units, CueMatch match)
    {
        for (var k = match.Start; k + 1 < match.End; k++)
            if (units[k].Norm is "is" or "are" && !units[k + 1].IsMention && units[k + 1].Norm.Length > 4
                && units[k + 1].Norm.EndsWith("ing", StringComparison.Ordinal))
                return true;
        return false;
    }

    /// <summary>"Mogadishu accuses Kenya of meddling": a charge made in the present holds now, at no time told before.</summary>
    private static bool PresentCharge(IReadOnlyList<Unit> units, CueMatch match) =>
        Enumerable.Range(match.Start, match.End - match.Start).Any(k => PatternMatcher.AccusingVerbs.Contains(units[k].Norm) && units[k].Norm.EndsWith('s'));

    /// <summary>"Ankara regards the YPG as a terrorist group": a view told in the present holds now; it takes no date told before.</summary>
    private static bool PresentView(IReadOnlyList<Unit> units, CueMatch match) =>
        Enumerable.Range(match.Start, match.End - match.Start).Any(k => ViewVerbs.Contains(units[k].Norm) && units[k].Norm.EndsWith('s'));

    /// <summary>True for the participle of ", (long) accused of ...," at <paramref name="verb"/> when the aside closes before the match.</summary>
    private static bool PassiveAsideClosedBefore(IReadOnlyList<Unit> units, int verb, int matchStart)
    {
        var before = verb - 1;
        if (before >= 1 && PatternMatcher.IsAsideAdverb(units[before]))
            before--;
        if (before < 1 || units[before].Norm != "," || !(units[verb].Norm.EndsWith("ed", StringComparison.Ordinal) || units[verb].Norm == "seen")
            || verb + 1 >= units.Count || units[verb + 1].Norm is not ("of" or "by"))
            return false;
        for (var k = verb + 1; k < matchStart; k++)
            if (units[k].Norm == ",")
                return true;
        return false;
    }

    /// <summary>
    /// True when the verb at <paramref name="verb"/> stands in a relative clause of an apposition (", a group that Iran
    /// considers ...,") that opens after a name and closes before <paramref name="end"/>.
    /// </summary>
    private static bool ViewInApposedClause(IReadOnlyList<Unit> units, int verb, int end)
    {
        var relative = -1;
        var open = verb - 1;
        for (; open >= 1 && verb - open <= 10 && units[open].Norm != ","; open--)
            if (units[open].Norm is "that" or "which" or "whom")
                relative = open;
        if (open < 1 || units[open].Norm != "," || relative < 0 || !(units[open - 1].IsMention || units[open - 1].Tail)
            || units[open + 1].Norm is not ("a" or "an" or "the"))
            return false;
        for (var k = verb + 1; k < end; k++)
            if (units[k].Norm == ",")
                return true;
        return false;
    }

    /// <summary>True when the match is ", a/the ..." describing a name and closes before the charge's "of" ("for").</summary>
    /// <remarks>("accused Kenya, whose troops have long backed Madobe, of ...": so is a relative clause.)</remarks>
    private static bool AppositionOfAccused(IReadOnlyList<Unit> units, CueMatch match) =>
        match.Start + 2 < match.End && units[match.Start].IsMention && units[match.Start + 1].Norm == ","
        && units[match.Start + 2].Norm is "a" or "an" or "the" or "whose" or "which" or "who" && match.End + 1 < units.Count && units[match.End].Norm == ","
        && units[match.End + 1].Norm is "of" or "for";

    /// <summary>
    /// The side whose outlet speaks right before the verb at <paramref name="verb"/> ("the group's news agency said",
    /// "ISWAP's radio station said"), or -1.
    /// </summary>
    private static int OutletOwnerBefore(IReadOnlyList<Unit> units, int verb)
    {
        var k = verb - 1;
        if (k < 3 || !OutletNouns.Contains(units[k].Norm))
            return -1;
        for (var words = 0; k >= 2 && words < 3 && units[k].Norm != "'s"; words++)
            k--;
        return units[k].Norm == "'s" && units[k - 1] is { IsMention: true, Person: false } ? k - 1 : -1;
    }

    private static readonly HashSet<string> OutletNouns =
        ["agency", "station", "outlet", "arm", "channel", "television", "newspaper", "website", "radio", "office", "statement", "account", "wing"];

    /// <summary>Whether a comma stands between a speaker found for a verb and the verb, with words that name no actor after it.</summary>
    private static bool UnnamedSpeakerAfterComma(IReadOnlyList<Unit> units, int speaker, int verb)
    {
        var comma = -1;
        for (var k = speaker + 1; k < verb; k++)
            if (units[k].Norm == ",")
                comma = k;
        if (comma < 0 || comma + 1 >= verb)
            return false;
        // ("The Nigerian army, which had claimed ...": a relative pronoun stands for the name before the comma.)
        if (units[comma + 1].Norm is "which" or "who" or "that")
            return false;
        // ("Pakistan, long accused of ..., now accuses": an adverb alone is no speaker.)
        // ("The army's commander, Burhan, has accused ...": nor an auxiliary.)
        if (comma + 2 == verb && (PatternMatcher.IsAdverb(units[comma + 1]) || units[comma + 1].Norm is "now" or "then" or "later" or "meanwhile" or "however"
            or "has" or "have" or "had" or "also"))
            return false;
        for (var k = comma + 1; k < verb; k++)
            if (units[k].IsMention)
                return false;
        return true;
    }

    /// <summary>
    /// "\"This is a defeat for Damascus, which had held the city since 2011,\" said a France 24 analyst of jihadist
    /// movements.": a quotation that opens the sentence, holds the match and is closed by a reporting verb is its
    /// speaker's, however long the speaker's description. Returns the unit of the speaker named within four words of
    /// the verb (-1 for none), or null when the sentence is not such a report.
    /// </summary>
    private int? QuotationReport(IReadOnlyList<Unit> units, CueMatch match, string text)
    {
        // Quotation marks are not units: the sentence's text says where the quotation opens and closes.
        if (units.Count == 0 || text.Length == 0 || text[0] is not ('"' or '\u201C'))
            return null;
        var closing = text.IndexOfAny(['"', '\u201D'], 1);
        if (closing < 0 || match.End > units.Count || match.End == 0 || units[match.End - 1].CharEnd > closing)
            return null;
        var verb = 0;
        while (verb < units.Count && units[verb].CharStart < closing)
            verb++;
        if (verb < units.Count && units[verb].Norm == ",")
            verb++;
        if (verb >= units.Count || !lexicon.ClaimVerbs.StartingWith(units[verb].Lead).Any(v => PhraseAt(units, verb, v)))
            return null;
        for (var k = verb + 1; k < units.Count && k <= verb + 4; k++)
            if (units[k].IsMention)
                return k;
        return -1;
    }

    /// <summary>What a party keeps rather than says when it "maintains" it: ties, control, a presence, troops (and the words that count them).</summary>
    private static readonly HashSet<string> MaintainedThings =
        ["ties", "links", "relations", "contacts", "contact", "relationship", "relationships", "close", "strong", "deep", "good", "cordial",
         "longstanding", "long", "extensive", "historic", "warm", "friendly", "control", "presence", "bases", "positions", "cells",
         "troops", "forces", "soldiers", "a", "an", "about", "some", "around", "nearly", "roughly", "hundreds", "thousands", "military"];

    /// <summary>
    /// True for "according to" after the match, in its clause ("JNIM ambushed the convoy on Saturday, according to a
    /// statement from the group"): the source of everything the clause says. Not after a "but" or ";" that opens a
    /// clause of its own.
    /// </summary>
    private static bool ClosingSource(IReadOnlyList<Unit> units, int matchEnd, int marker, string[] phrase)
    {
        if (phrase is not ["according", "to"])
            return false;
        for (var k = matchEnd; k < marker; k++)
        {
            // ("backed by the PMF, which pays its men, according to a Kurdish official": a clause closed before the
            // marker leaves it closing the sentence.)
            if (PatternMatcher.OpensRelative(units, k) && RelativeClose(units, k + 1, marker) is >= 0 and var close)
            {
                k = close;
                continue;
            }
            if (ClauseOpeners.Contains(units[k].Norm) || units[k].Norm == ":" || PatternMatcher.OpensRelative(units, k))
                return false;
        }
        return true;
    }

    /// <summary>
    /// True when the match is a noun phrase naming a tie, with no verb: names, "'s", articles, hyphenated participles
    /// ("al-Qaeda-linked"), capitalised words and the nouns of ties ("al-Qaeda's Sahel affiliate, JNIM").
    /// </summary>
    private static bool IsNamePhrase(IReadOnlyList<Unit> units, CueMatch match, string text)
    {
        for (var k = match.Start; k < match.End; k++)
        {
            var unit = units[k];
            if (unit.IsMention || unit.Tail || unit.AfterHyphen || !char.IsLetter(unit.Norm[0]) || char.IsUpper(text[unit.CharStart]) || TieNouns.Contains(unit.Norm))
                continue;
            return false;
        }
        return true;
    }

    private static readonly HashSet<string> TieNouns =
        ["'s", "the", "a", "an", "its", "their", "branch", "branches", "affiliate", "affiliates", "offshoot", "wing", "faction", "arm", "franchise",
         "chapter", "province", "unit", "leader", "commander", "chief", "head", "founder", "emir", "spokesman", "deputy", "ally", "allies",
         "partner", "partners", "proxy", "proxies", "linked", "backed", "affiliated", "aligned", "allied",
         "militants", "fighters", "forces", "troops", "members", "gunmen", "from", "of"];

    /// <summary>
    /// True when the claim verb's object is an act ("claimed the attack", "claimed responsibility for the bombing"):
    /// after an apposition ("al Qaeda's branch in Yemen, AQAP, claimed the attack") it is the clause's own verb, not a
    /// report of what the match states.
    /// </summary>
    private bool ClaimsAnAct(IReadOnlyList<Unit> units, int after)
    {
        for (var j = after; j < units.Count && j <= after + 4; j++)
        {
            if (lexicon.EventNouns.Contains(units[j].Norm))
                return true;
            if (units[j].Norm is not ("the" or "a" or "an" or "responsibility" or "credit" or "for" or "this" or "that" or "these" or "those" or "its" or "their" or "both"))
                return false;
        }
        return false;
    }

    /// <summary>
    /// True when the match lies in a ", which ... ," clause that closes before <paramref name="verb"/>: "ISWAP, which
    /// split from Boko Haram, claimed the raid" claims the raid; the split is the writer's own statement.
    /// </summary>
    private static bool InClosedRelativeClause(IReadOnlyList<Unit> units, CueMatch match, int verb)
    {
        // The clause opens inside the match ("ISWAP , which split from ...") or just before it.
        var opening = -1;
        for (var i = Math.Max(1, match.Start); i < match.End; i++)
            if (PatternMatcher.OpensRelative(units, i - 1))
                opening = i - 1;
        if (opening < 0 || Enumerable.Range(opening + 1, match.End - opening - 1).Any(i => units[i].Norm is "," or ";"))
            return false;
        for (var i = match.End; i < verb; i++)
            if (units[i].Norm == ",")
                return true;
        return false;
    }

    /// <summary>
    /// "The Islamic Resistance in Iraq, an umbrella group of factions including Kataib Hezbollah, said it ...": the match
    /// lies in the apposition that describes the speaker, closed by the comma before the verb; the writer says it.
    /// </summary>
    private static bool InSpeakersApposition(IReadOnlyList<Unit> units, CueMatch match, int verb)
    {
        if (verb < 3 || units[verb - 1].Norm != "," || match.End > verb - 1)
            return false;
        var (speaker, _) = PatternMatcher.ResolveSubject(units, verb, 3);
        return speaker >= 0 && speaker <= match.Start && units[speaker + 1].Norm == ",";
    }

    /// <summary>A match that opens on a name and an apposition to it (", a group linked to ...") and stays inside it.</summary>
    private static bool TieInApposition(IReadOnlyList<Unit> units, CueMatch match)
    {
        // ("Berri's Amal movement, long Hezbollah's partner,": past the name's own head noun.)
        var comma = match.Start + 1;
        while (comma < match.End && units[comma].Tail)
            comma++;
        if (!units[match.Start].IsMention || comma + 1 >= match.End || units[comma].Norm != ","
            || !MatchInApposition(units, match.Start, match.End))
            return false;
        for (var k = comma + 2; k < match.End; k++)
            if (units[k].Norm is ";" or "said" or "says")
                return false;
        return true;
    }

    /// <summary>
    /// "The army, led by General Burhan, has received drones from Iran, diplomats say": a match that a name's aside set off
    /// by commas holds (from the name or the aside's first word to the aside's closing comma) is the writer's description,
    /// not what the speaker closing the sentence at <paramref name="verb"/> says.
    /// </summary>
    private static bool InAsideOfFirstName(IReadOnlyList<Unit> units, CueMatch match, int verb)
    {
        // (The aside may itself open the match: "The RSF, the paramilitary group that has been fighting the army since April,".)
        var opening = units[match.Start].IsMention && match.Start + 1 < units.Count && units[match.Start + 1].Norm == "," ? match.Start + 1
            : match.Start >= 2 && units[match.Start - 1].Norm == "," && units[match.Start - 2].IsMention ? match.Start - 1 : -1;
        if (opening < 0)
            return false;
        for (var k = opening + 1; k < match.End; k++)
            if (units[k].Norm is "," or ";" or "said" or "says")
                return false;
        // (The aside closes right after the match, and the main clause goes on past it before the speaker.)
        var closing = match.End;
        while (closing < units.Count && closing < match.End + 4 && units[closing].Norm != ",")
            closing++;
        return closing < units.Count && units[closing].Norm == "," && verb > closing + 2;
    }

    /// <summary>Whether "after" ("before", "when") at <paramref name="at"/> follows a comma, past a span of time ("two days", "hours", "a week").</summary>
    private static bool TimeClauseAfterComma(IReadOnlyList<Unit> units, int at)
    {
        var k = at - 1;
        while (k > 0 && at - k <= 3 && PatternMatcher.SpanOfTime(units[k]))
            k--;
        return k > 0 && units[k].Norm == ",";
    }

    /// <summary>
    /// Whether the word at <paramref name="at"/> opens what plural speakers say ("officials say it", "sources said that it"):
    /// a singular pronoun there is never the speakers.
    /// </summary>
    private static bool SaidByPluralSpeakers(IReadOnlyList<Token> tokens, int at)
    {
        var verb = WordBeforeThat(tokens, at);
        return verb >= 1 && tokens[verb].Norm is "say" or "said" or "believe" or "believed" or "suspect" or "suspected"
            && tokens[verb - 1].Norm is "officials" or "sources" or "analysts" or "police" or "residents" or "commanders" or "experts"
                or "authorities" or "diplomats" or "investigators" or "activists";
    }

    /// <summary>"after" or "before" a span of time after a comma (", two days after", ", hours before"): a clause of time of its own.</summary>
    private static bool SpanOfTimeClause(IReadOnlyList<Unit> units, int at) =>
        units[at].Norm is "after" or "before" && at >= 2 && PatternMatcher.SpanOfTime(units[at - 1]) && TimeClauseAfterComma(units, at);

    /// <summary>Words that open a clause of its own: a claim or a negation before them does not reach past them.</summary>
    private static readonly HashSet<string> ClauseOpeners = ["but", ";", "while", "whereas", "although", "though", "however", "yet"];

    /// <summary>
    /// ", as" opening a clause of its own ("Jihadists killed ten soldiers, the army said, as its forces press north"): the
    /// writer's circumstance, not what the speaker before it says; not "as many as", "as well as", "as expected", nor a
    /// comparison that leaves out the speaker's verb ("claimed the raid, as it had the bombing before").
    /// </summary>
    private static bool CommaAsClause(IReadOnlyList<Unit> units, int at) =>
        units[at].Norm == "as" && at >= 1 && units[at - 1].Norm == "," && at + 1 < units.Count
        && units[at + 1].Norm is not ("many" or "much" or "well" or "expected" or "usual" or "before" or "often" or "far" or "long" or "soon")
        && !(at + 2 < units.Count && units[at + 1].Norm is "it" or "they" or "he" or "she" or "we"
            && units[at + 2].Norm is "had" or "has" or "have" or "did" or "does" or "do");

    private static readonly HashSet<string> IrregularParticiples =
        ["hit", "struck", "shot", "overrun", "driven", "taken", "beaten", "caught", "held", "fought", "thrown", "blown", "brought", "put"];

    /// <summary>
    /// A "was/were/been ... -ed by" passive with its agent inside the match, outside any clause it steps over; or the
    /// subject's own passive verb of suffering right after it ("X's leaders were killed in ..."), agent named or not.
    /// </summary>
    private static bool PassiveReading(IReadOnlyList<Unit> units, CueMatch match, Func<int, bool> skipped)
    {
        for (var i = match.Start; i + 2 < match.End; i++)
        {
            // "Ugandan troops came under frequent mortar fire from al-Shabaab": coming under fire is suffering it.
            if (!skipped(i) && units[i].Norm is "came" or "come" or "comes" or "coming" && units[i + 1].Norm == "under")
                return true;
            if (skipped(i) || units[i].Norm is not ("was" or "were" or "been" or "being" or "is" or "are"))
                continue;
            var participle = units[i + 1];
            if (participle.IsMention || !(participle.Norm.EndsWith("ed", StringComparison.Ordinal) || IrregularParticiples.Contains(participle.Norm))
                || participle.Norm is "led" or "backed" or "supported" or "founded" or "formed" or "headed" or "commanded" or "dominated" or "joined")
                continue;
            for (var k = i + 2; k < match.End && k <= i + 5; k++)
                if (units[k].Norm == "by")
                    return true;
            // "Hurras al-Din's leaders were killed in US drone strikes": the subject's own passive verb, right after it
            // (not in a clause of its own), makes it what was acted on, agent named or not.
            if (i <= match.Start + 4 && SufferedActs.Contains(participle.Norm)
                && !Enumerable.Range(match.Start, i - match.Start).Any(k => units[k].Norm is "who" or "which" or "that" or ","))
                return true;
        }
        return false;
    }

    /// <summary>True when the name at <paramref name="name"/> owns a people or its civilians ("Pakistan's Shiite Hazara minority").</summary>
    private static bool PeopleOfState(IReadOnlyList<Unit> units, int name) =>
        name + 2 < units.Count && units[name + 1].Norm == "'s"
        && Enumerable.Range(name + 2, Math.Min(3, units.Count - name - 2)).TakeWhile(k => !units[k].IsMention || units[k].Demonym)
            .Any(k => StatesPeople.Contains(units[k].Norm));

    private static readonly HashSet<string> StatesPeople =
        ["minority", "minorities", "civilians", "citizens", "nationals", "people", "population", "villagers", "residents", "worshippers",
         "christians", "shiites", "shias", "sunnis", "yazidis", "hazaras", "alawites", "muslims", "jews", "kurds", "tribesmen", "pilgrims",
         "refugees", "migrants", "community", "communities", "journalists", "children", "women", "teachers", "students", "workers", "farmers",
         "traders", "herders", "fishermen"];

    /// <summary>
    /// True when the state at <paramref name="target"/> follows a verb of invading ("invaded Somalia") and an infinitive of
    /// acting on another side named after it within the clause ("to oust the Islamic Courts Union", "to fight al-Shabaab").
    /// </summary>
    private static bool InvadedToActOnOther(IReadOnlyList<Unit> units, int target)
    {
        var verb = target - 1;
        // ("after invading southern Somalia to fight the militants": past a word of a country's part too.)
        while (verb >= 0 && (units[verb].Norm is "the" or "neighbouring" or "neighboring" || PatternMatcher.CompassParts.Contains(units[verb].Norm)))
            verb--;
        if (verb < 0 || units[verb].Norm is not ("invaded" or "invade" or "invades" or "invading" or "entered" or "enter" or "enters" or "entering"))
            return false;
        for (var k = target + 1; k + 1 < units.Count && k <= target + 6 && units[k].Norm is not ("," or ";" or "and" or "but"); k++)
            if (units[k].Norm == "to" && InvasionAims.Contains(units[k + 1].Norm))
                return Enumerable.Range(k + 2, Math.Min(4, units.Count - k - 2)).Any(j => units[j] is { IsMention: true, Person: false } && units[j].Mention != units[target].Mention);
        return false;
    }

    private static readonly HashSet<string> InvasionAims =
        ["oust", "topple", "fight", "defeat", "drive", "push", "expel", "dislodge", "crush", "destroy", "support", "help", "back", "protect", "defend", "rescue", "restore", "prop"];

    private static readonly HashSet<string> LoneMenNouns =
        ["commander", "member", "fighter", "official", "officer", "militant", "cleric", "judge", "defector", "operative"];

    /// <summary>
    /// True when the side at <paramref name="side"/> is named only as one man's: "a (senior) commander of X", "one member of X",
    /// or "X commander" with no name after it.
    /// </summary>
    private static bool LoneManOf(IReadOnlyList<Unit> units, int side)
    {
        if (side + 1 < units.Count && LoneMenNouns.Contains(units[side + 1].Norm) && !(side + 2 < units.Count && units[side + 2].IsMention))
            return true;
        // ("a commander of Ahrar al-Sham, a member of the Islamic Front": not where an aside after the side tells its own tie.)
        var of = side >= 2 && units[side - 1].Norm == "the" ? side - 2 : side - 1;
        if (of < 2 || units[of].Norm != "of" || !LoneMenNouns.Contains(units[of - 1].Norm) || (side + 1 < units.Count && units[side + 1].Norm == ","))
            return false;
        for (var k = of - 2; k >= 0 && k >= of - 4; k--)
            if (units[k].Norm is "a" or "an" or "one" or "another")
                return true;
            else if (units[k].IsMention || !char.IsLetter(units[k].Norm[0]))
                return false;
        return false;
    }

    /// <summary>True when the side at <paramref name="side"/> is what "took over" (takes, taking, taken) has for its object, not its possessive.</summary>
    private static bool TakenOver(IReadOnlyList<Unit> units, int side)
    {
        var over = side >= 1 && units[side - 1].Norm == "the" ? side - 2 : side - 1;
        return over >= 1 && units[over].Norm == "over" && units[over - 1].Norm is "took" or "takes" or "taking" or "taken" or "take"
            && !(side + 1 < units.Count && units[side + 1].Norm == "'s");
    }

    /// <summary>An expulsion verb in the match with no "from" or "out of" place after it: sending forces or envoys home.</summary>
    /// <param name="ousting">Whether "ousted" counts: a man who "ousted the military ruler" led a coup, no expulsion.</param>
    private static bool Expulsion(IReadOnlyList<Unit> units, CueMatch match, bool ousting)
    {
        for (var i = match.Start; i < match.End; i++)
            if (units[i].Norm is "expelled" or "expels" or "expel" or "expelling" or "evicted" || (ousting && units[i].Norm == "ousted"))
            {
                // Up to the end of the verb's own clause (a comma, "and", "but").
                // ("expel US troops from the country", "from its territory": sending them home, not driving them from a town.)
                // ("expelled French troops from Burkina Faso": so is a land named after "from" that no side is read in.)
                for (var k = i + 1; k < units.Count && k <= match.End + 4 && units[k].Norm is not ("," or ";" or "and" or "but"); k++)
                    if (units[k].Norm is "from" or "out" && !OwnCountryAfter(units, k + 1)
                        && !(units[k].Norm == "from" && k + 1 < units.Count && units[k + 1] is { IsMention: false, Capitalized: true }))
                        return false;
                return true;
            }
        return false;
    }

    /// <summary>"from Afghan territory", "from the Syrian side": the name at <paramref name="name"/> owns the land after "from".</summary>
    private static bool LandActedFrom(IReadOnlyList<Unit> units, int name)
    {
        var before = name - 1;
        if (before >= 0 && units[before].Norm == "the")
            before--;
        return before >= 0 && units[before].Norm == "from" && name + 1 < units.Count
            && units[name + 1].Norm is "territory" or "soil" or "airspace" or "waters" or "side" or "land";
    }

    /// <summary>Whether "the country", "its territory", "the region" (or "of the country") stands at <paramref name="at"/>.</summary>
    private static bool OwnCountryAfter(IReadOnlyList<Unit> units, int at)
    {
        if (at < units.Count && units[at].Norm == "of")
            at++;
        while (at < units.Count && units[at].Norm is "the" or "its" or "their" or "our")
            at++;
        return at < units.Count && units[at].Norm is "country" or "territory" or "soil" or "region" or "nation" or "land" or "lands";
    }

    /// <summary>Participles of what is done to a side: "were killed", "was ambushed" (not "was blamed", "was accused").</summary>
    private static readonly HashSet<string> SufferedActs =
        ["killed", "wounded", "injured", "attacked", "targeted", "struck", "hit", "bombed", "shelled", "ambushed", "defeated", "routed",
         "expelled", "driven", "pushed", "captured", "overrun", "besieged", "assassinated", "executed", "beheaded", "destroyed",
         "crushed", "repelled", "raided", "stormed", "eliminated", "slain", "shot", "abducted", "kidnapped", "massacred"];

    /// <summary>
    /// "X is dominated by the YPG, which Turkey considers ...": the claim verb is the relative clause's own (not when a
    /// comma closes the clause before it: "backed by the PMF, whose leaders pay its men, a Kurdish official alleged").
    /// </summary>
    private static bool RelativeClauseBetween(IReadOnlyList<Unit> units, int matchEnd, int verb)
    {
        for (var i = Math.Max(1, matchEnd); i < verb; i++)
            if (PatternMatcher.OpensRelative(units, i - 1) || (units[i - 1].Norm == "," && units[i].Norm == "whom"))
            {
                if (RelativeClose(units, i, verb) is not (>= 0 and var close))
                    return true;
                i = close;
            }
        return false;
    }

    /// <summary>The comma that closes a relative clause opening at <paramref name="from"/>, before <paramref name="limit"/>; -1 when none does.</summary>
    private static int RelativeClose(IReadOnlyList<Unit> units, int from, int limit)
    {
        for (var close = from + 1; close < limit; close++)
            if (units[close].Norm == "," && !PatternMatcher.ListComma(units, close))
                return close;
        return -1;
    }

    /// <summary>
    /// True when the claim verb at <paramref name="verb"/>, after a match ending at <paramref name="matchEnd"/>,
    /// opens a reporting clause of its own: after a comma or quote, with its speaker before it (", officials
    /// said") or right after it (", said Nasr"), and little after it.
    /// </summary>
    private static bool ReportingClause(IReadOnlyList<Unit> units, int matchEnd, int verb, int verbLength)
    {
        var opening = -1;
        for (var k = verb - 1; k >= matchEnd && opening < 0; k--)
            if (units[k].Norm is "," or "\"" or "'" or "\u2014")
                opening = k;
        // ("..., Col. Sonny Leggett, a spokesman for US forces, said on Twitter": a speaker's apposition closes right before
        // the verb; the speaker opens after the comma before it.)
        if (opening == verb - 1 && opening > matchEnd)
            for (var k = opening - 1; k >= matchEnd && k >= opening - 14; k--)
                if (units[k].Norm == ",")
                {
                    opening = k;
                    break;
                }
        // (", though it denies hiring Wagner": a clause a conjunction opens says a thing of its own, no report of what went before.)
        if (opening >= 0 && opening + 1 < verb && ClauseOpeners.Contains(units[opening + 1].Norm))
            return false;
        var end = ReportEnd(units, verb + verbLength);
        // ("..., ISWAP said in an audio message", "said in a statement on Telegram": where it was said is part of the report.)
        var told = Math.Min(end, SettingEnd(units, verb + verbLength));
        if (opening < 0 || Enumerable.Range(told, Math.Max(0, end - told)).Count(k => units[k].IsMention || char.IsLetterOrDigit(units[k].Norm[0])) > 3)
            return false;
        var speakerBefore = Enumerable.Range(opening + 1, verb - opening - 1)
            .Any(k => units[k].IsMention || (char.IsLetter(units[k].Norm[0]) && !ReportingAdverbs.Contains(units[k].Norm)));
        var after = verb + verbLength;
        // ("after a string of kidnappings it blamed on the militants": a charge laid on someone is no report of the match;
        // nor is one with its accused told first: ", and the rival party accused them of treason".)
        if ((units[verb].Norm.StartsWith("blam", StringComparison.Ordinal) || units[verb].Norm.StartsWith("accus", StringComparison.Ordinal))
            && Enumerable.Range(after, Math.Min(4, Math.Max(0, units.Count - after))).TakeWhile(k => units[k].Norm != ",")
                .Any(k => units[k].Norm is "on" or "for" or "of"))
            return false;
        var speakerAfter = after < units.Count && (units[after].IsMention || units[after].Norm is "the" || char.IsUpper(units[after].Lead[0]));
        return speakerBefore || speakerAfter;
    }

    /// <summary>
    /// After a verb of saying, the end of a phrase telling where or how it was said ("in an audio message", "in a statement
    /// on Telegram", "on its Amaq news agency"): up to seven words with no name; <paramref name="from"/> when none opens there.
    /// </summary>
    private static int SettingEnd(IReadOnlyList<Unit> units, int from)
    {
        if (from >= units.Count || units[from].Norm is not ("in" or "on" or "via" or "through"))
            return from;
        var k = from;
        for (var words = 0; k < units.Count && words < 7 && !units[k].IsMention && char.IsLetterOrDigit(units[k].Norm[0]); words++)
            k++;
        return k;
    }

    /// <summary>
    /// Where a report from <paramref name="from"/> ends: at a comma within five units that opens an apposition closing
    /// the sentence (", the biggest loss in decades.") or a phrase added to it (", in the biggest salvo yet", ", adding
    /// that ...", ", hours after ...", ", as the war entered its fourth year"), else at the sentence's end.
    /// </summary>
    private static int ReportEnd(IReadOnlyList<Unit> units, int from)
    {
        for (var k = from; k < units.Count - 1 && k <= from + 5; k++)
            if (units[k].Norm == "," && (units[k + 1].Norm is "the" or "a" or "an" or "in" or "amid" or "after" or "adding" or "citing" or "marking"
                    // (", the coalition said, as the war entered its fourth year": a clause of time or circumstance.)
                    || (units[k + 1].Norm is "as" or "when" or "before" or "following" or "during" or "with" && !(k + 2 < units.Count && units[k + 2].Norm == "well"))
                    || units[k + 1].Norm is "claiming" or "saying" or "noting" or "calling" or "describing" or "warning" or "vowing"
                    // (", the minister said, targeting hideouts of ...": any participle adding to what was said.)
                    || (units[k + 1].Norm.Length > 5 && units[k + 1].Norm.EndsWith("ing", StringComparison.Ordinal) && !units[k + 1].IsMention && !units[k + 1].Capitalized)
                    // (", U.S. officials say, but the group takes its own decisions": a clause a conjunction opens.)
                    || units[k + 1].Norm is "but" or "though" or "although" or "while" or "whereas" or "yet"
                    // (", the US military said, hours after ...": a time counted from another act.)
                    || (units[k + 1].Norm is "hours" or "days" or "weeks" or "minutes" or "moments" && k + 2 < units.Count && units[k + 2].Norm is "after" or "before")))
                return k;
        return units.Count;
    }

    private static readonly HashSet<string> ReportingAdverbs = ["also", "later", "then", "reportedly", "too", "again", "has", "have", "had"];

    /// <summary>
    /// "JNIM, a jihadist group that officials say is linked to al Qaeda, ...": the sentence with a relative clause read as
    /// if it came right after the name ("JNIM, that is linked to al Qaeda"): without the description it qualifies and
    /// without the first report told inside it (its speaker and verb of saying; also "a group the US says is ..."); with
    /// where that report stood, where its clause ends and the speaker's mention. The same units when there is neither.
    /// </summary>
    private static (List<Unit> Units, (int At, int ClauseEnd, int Speaker)? Reported) WithoutClauseAsides(List<Unit> units)
    {
        var described = WithoutDescriptionBeforeRelative(units);
        for (var verb = 2; verb + 1 < described.Count; verb++)
        {
            if (!ReportOfClauseAt(described, verb))
                continue;
            // The speaker: a name or a few plain words ("officials", "Western intelligence officials", "the US") after
            // "that", "which" or "who", or right after a group noun ("a group the US says is").
            var start = verb - 1;
            var speaker = -1;
            // ("that Kinshasa and UN experts say is": speakers joined by "and".)
            while (start >= 0 && verb - start <= 4 && (described[start].IsMention || (char.IsLetter(described[start].Norm[0]) && !ReportOpeners.Contains(described[start].Norm)
                && !Unit.SingularGroupNouns.Contains(described[start].Norm) && described[start].Norm is not ("is" or "are" or "was" or "were")
                && (described[start].Norm is not ("and" or "or") || (start >= 1 && described[start - 1].IsMention)))))
            {
                if (described[start].IsMention && speaker < 0)
                    speaker = described[start].Mention;
                start--;
            }
            start++;
            if (start == verb || start < 1 || described[start].Norm == "the" && start + 1 == verb)
                continue;
            var opener = described[start - 1].Norm;
            // ("a Yazidi militia Ankara says is linked to the PKK": past words describing the group noun.)
            var article = start - 2;
            while (article >= 1 && article >= start - 4 && described[article].Norm is not ("a" or "an" or "," or "the")
                   && (described[article].IsMention || char.IsLetter(described[article].Norm[0])))
                article--;
            if (!ReportOpeners.Contains(opener) && !(Unit.SingularGroupNouns.Contains(opener) && article >= 0 && described[article].Norm is "a" or "an"))
                continue;
            var kept = new List<Unit>(described.Count);
            for (var k = 0; k < described.Count; k++)
                if (k < start || k > verb)
                    kept.Add(described[k]);
            var clauseEnd = start;
            while (clauseEnd < kept.Count && kept[clauseEnd].Norm is not ("," or ";" or "." or "\u2014"))
                clauseEnd++;
            return (kept, (start, clauseEnd, speaker));
        }
        return (described, null);
    }

    /// <summary>
    /// "Hurras al-Din, a little-known group that is loyal to al Qaeda": the units without the description between the
    /// name's comma and the relative pronoun that qualifies it (no name inside it), so the clause is the name's.
    /// </summary>
    private static List<Unit> WithoutDescriptionBeforeRelative(List<Unit> units)
    {
        var result = new KeptUnits(units);
        for (var i = 0; i < units.Count; i++)
        {
            result.Keep(i);
            if (units[i].Norm != "," || i == 0 || !(units[i - 1].IsMention || units[i - 1].Tail) || i + 1 >= units.Count || units[i + 1].Norm is not ("a" or "an"))
                continue;
            var noun = i + 2;
            while (noun < units.Count && noun - i <= 5 && !units[noun].IsMention && char.IsLetter(units[noun].Norm[0]) && !Unit.SingularGroupNouns.Contains(units[noun].Norm))
                noun++;
            if (noun + 1 < units.Count && noun - i <= 5 && Unit.SingularGroupNouns.Contains(units[noun].Norm) && ReportOpeners.Contains(units[noun + 1].Norm))
                i = noun;
        }
        return result.Units;
    }

    private static readonly HashSet<string> InsertedReportVerbs =
        ["say", "says", "said", "believe", "believes", "believed", "allege", "alleges", "alleged", "claim", "claims", "claimed",
         "suspect", "suspects", "suspected", "contend", "contends", "insist", "insists", "think", "thinks"];

    private static readonly HashSet<string> ReportOpeners = ["that", "which", "who"];

    /// <summary>
    /// "a group the US says is an affiliate of al Qaeda": a match whose {A} speaks a report right after a group noun, with
    /// no relative pronoun ("a group [that] the US says"), takes the speaker for the subject of what is reported.
    /// (With the pronoun, subject resolution finds the clause's head.)
    /// </summary>
    private static bool SpeakerAsSubject(CueMatch match, IReadOnlyList<Unit> units)
    {
        if (match.Slots.TryGetValue("A", out var a) && a + 2 < match.End && InsertedReportVerbs.Contains(units[a + 1].Norm)
            && units[a + 2].Norm is "is" or "are" or "was" or "were" or "has" or "have" or "had")
        {
            var before = a >= 1 && units[a - 1].Norm == "the" ? a - 2 : a - 1;
            if (before >= 1 && Unit.SingularGroupNouns.Contains(units[before].Norm))
                return true;
        }
        // ("a rebel group that UN experts say is backed by Rwanda": nor any slot that names the speaker of a report a relative
        // pronoun opens.)
        return match.Slots.Values.Any(slot => InsertedSpeakerAt(units, slot));
    }

    /// <summary>
    /// True when the name at <paramref name="slot"/> speaks a report right after a relative pronoun: "that UN experts say is",
    /// "which Kinshasa says was", "that Kinshasa and UN experts say is" (up to four words, names or plain ones, between the
    /// name and the verb).
    /// </summary>
    private static bool InsertedSpeakerAt(IReadOnlyList<Unit> units, int slot)
    {
        // (Of speakers joined by "and": "that Kinshasa and UN experts say is".)
        var first = slot;
        while (first >= 2 && units[first - 1].Norm == "and" && units[first - 2].IsMention)
            first -= 2;
        var before = first >= 1 && units[first - 1].Norm == "the" ? first - 2 : first - 1;
        if (before < 0 || !ReportOpeners.Contains(units[before].Norm))
            return false;
        var verb = slot + 1;
        while (verb < units.Count - 1 && verb <= slot + 4 && (units[verb].IsMention || char.IsLower(units[verb].Norm[0])) && !InsertedReportVerbs.Contains(units[verb].Norm))
            verb++;
        return ReportOfClauseAt(units, verb);
    }

    /// <summary>
    /// True when a verb of saying at <paramref name="verb"/> is followed by the verb of the clause it reports ("say is", "says
    /// was", "believe has"): an inserted report, whose clause has a subject of its own.
    /// </summary>
    private static bool ReportOfClauseAt(IReadOnlyList<Unit> units, int verb) =>
        verb + 1 < units.Count && InsertedReportVerbs.Contains(units[verb].Norm)
        && units[verb + 1].Norm is "is" or "are" or "was" or "were" or "has" or "have" or "had" or "remains" or "remained";

    /// <summary>
    /// "accuse the VDP of killing Fulani civilians, whom they suspect of collaborating with the jihadists": a match that reads from
    /// one slot into a relative clause said of people no name gives (", whom ..." after "civilians", "herders"), with the
    /// clause still open at the later slot, tells what the clause says of them, not of the first slot. Patterns that read a
    /// relative clause themselves are not such.
    /// </summary>
    private static bool ClauseOfUnnamedPeopleBetween(CueMatch match, IReadOnlyList<Unit> units)
    {
        if (match.Slots.Count < 2 || match.Pattern.Text.Contains("which", StringComparison.Ordinal) || match.Pattern.Text.Contains("who", StringComparison.Ordinal))
            return false;
        var first = match.Slots.Values.Min();
        var last = match.Slots.Values.Max();
        for (var k = first + 2; k + 1 < last; k++)
            if (units[k].Norm == "," && units[k + 1].Norm is "whom" or "who" && !units[k - 1].IsMention && !units[k - 1].Tail
                && UnnamedPeople.Contains(units[k - 1].Norm) && Enumerable.Range(k + 2, last - k - 2).All(j => units[j].Norm is not ("," or ";")))
                return true;
        return false;
    }

    /// <summary>"A drone strike killed the militia's founder alongside an Iranian general": one who died with a victim (see
    /// <see cref="DiedWithAnother"/>) is no one who fought beside the killer.</summary>
    private static bool FellAlongside(CueMatch match, IReadOnlyList<Unit> units)
    {
        var first = match.Slots.Values.Min();
        var last = match.Slots.Values.Max();
        for (var k = first + 1; k < last; k++)
            if ((units[k].Norm == "alongside" || (units[k].Norm is "along" or "together" && units[k + 1].Norm == "with")) && DiedWithAnother(units, k))
                return true;
        return false;
    }

    /// <summary>
    /// "Hezbollah's allies, including Amal": those a side's allies (rivals, backers) name are not its parts. True when the
    /// match's whole is followed by "'s" and such a noun.
    /// </summary>
    private static bool OtherSidesOfWhole(CueMatch match, IReadOnlyList<Unit> units) =>
        match.Slots.TryGetValue("B", out var whole) && whole + 2 < units.Count && units[whole + 1].Norm == "'s"
        && units[whole + 2].Norm is "allies" or "rivals" or "enemies" or "partners" or "foes" or "adversaries" or "backers" or "patrons";

    /// <summary>Whether a verb of fighting after "also" stands right before <paramref name="at"/> ("have also fought", "also attacked").</summary>
    private static bool AlsoFoughtBefore(IReadOnlyList<Token> tokens, int at) =>
        at >= 2 && tokens[at - 1].Norm is "fought" or "attacked" or "targeted" or "battled" or "struck" or "clashed" or "hit" or "raided" or "bombed"
        && (tokens[at - 2].Norm == "also" || (at >= 3 && tokens[at - 2].Norm is "have" or "has" or "had" && tokens[at - 3].Norm == "also"));

    private static readonly HashSet<string> UrgingVerbs =
        ["urged", "urges", "urging", "urge", "asked", "asks", "asking", "pressed", "presses", "pressing", "encouraged", "encourages", "encouraging",
         "called", "invited", "invites"];

    /// <summary>Whether "to" and a verb stand inside the match ("... and France to intervene").</summary>
    private static bool InfinitiveInside(IReadOnlyList<Unit> units, CueMatch match)
    {
        for (var k = match.Start + 1; k + 1 < match.End; k++)
            if (units[k].Norm == "to" && !units[k + 1].IsMention && char.IsLower(units[k + 1].Norm[0]) && units[k + 1].Norm is not ("the" or "a" or "an"))
                return true;
        return false;
    }

    /// <summary>People no name gives, whom a relative clause may tell of ("civilians, whom they suspect of ...").</summary>
    private static readonly HashSet<string> UnnamedPeople =
        ["civilians", "herders", "villagers", "residents", "people", "farmers", "tribesmen", "migrants", "refugees", "youths", "traders",
         "students", "worshippers", "women", "men", "children", "families", "detainees", "prisoners", "journalists", "activists"];

    /// <summary>The sentence without ", which ... ," clauses, so "The SRF, which is backed by the West, and Al Nusrah" reads "The SRF and Al Nusrah".</summary>
    private static List<Unit> WithoutRelativeClauses(List<Unit> units)
    {
        var result = new KeptUnits(units);
        for (var i = 0; i < units.Count; i++)
        {
            if (PatternMatcher.OpensRelative(units, i))
            {
                var close = i + 2;
                while (close < units.Count && (units[close].Norm is not ("," or ";" or "." or "\u2014") || PatternMatcher.ListComma(units, close)))
                    close++;
                // ("Turkey, which views the SDF's backbone, the YPG, as an extension of the PKK, has ...": a clause of seeing goes on
                // past an apposition of what it sees to the "as" of what it sees it as, and to that phrase's end.)
                if (close + 3 < units.Count && units[close].Norm == "," && Enumerable.Range(i + 1, close - i - 1).Any(k => PatternMatcher.SeeingVerbs.Contains(units[k].Norm))
                    && !Enumerable.Range(i + 1, close - i - 1).Any(k => units[k].Norm == "as"))
                    for (var k = close + 1; k < units.Count && k <= close + 4 && (units[k].IsMention || units[k].Norm is "the" or "," or "as"); k++)
                        if (units[k].Norm == "as" && units[k - 1].Norm == ",")
                        {
                            for (close = k + 1; close < units.Count && units[close].Norm is not ("," or ";" or "." or "\u2014"); close++) { }
                            break;
                        }
                // ("which has pledged allegiance to its leader, Hibatullah Akhundzada, has ...": the man named after a role
                // the clause ends on belongs to the clause.)
                if (close + 2 < units.Count && PatternMatcher.RoleNouns.Contains(units[close - 1].Norm) && units[close + 1] is { IsMention: true, Person: true }
                    && units[close + 2].Norm == ",")
                    close += 2;
                // ("to fight al-Shabaab, which it blamed for ..., and the Kenyan force later joined": a clause after an
                // object, closed before "and", does not go; the object would join the next clause's subject as a list.)
                if (close < units.Count && units[close].Norm == "," && close - i <= 16
                    && !(close + 1 < units.Count && units[close + 1].Norm is "and" or "or" && MentionBefore(units, i - 1)))
                {
                    // ("The government, which relies on the Framework, a coalition of parties with ties to Iran, condemned":
                    // an apposition of the name the clause ends on, closed by its own comma, goes with the clause.)
                    if (close + 1 < units.Count && units[close + 1].Norm is "a" or "an" && (units[close - 1].IsMention || units[close - 1].Tail)
                        && Enumerable.Range(close + 2, Math.Max(0, Math.Min(units.Count, close + 14) - close - 2)).FirstOrDefault(c => units[c].Norm == ",", -1) is var appositionEnd and > 0
                        && appositionEnd + 1 < units.Count && !units[appositionEnd + 1].IsMention && units[appositionEnd + 1].Norm is not ("and" or "or" or "said" or "says"))
                    {
                        i = appositionEnd;
                        continue;
                    }
                    // ("under Sudani, who is backed by the Framework, an alliance close to Iran.": so does one that ends the sentence,
                    // of a name the clause gives after a preposition; not "designated the group, which it calls X, a terrorist group".)
                    if (close + 1 < units.Count && units[close + 1].Norm is "a" or "an" && (units[close - 1].IsMention || units[close - 1].Tail)
                        && PatternMatcher.NameBeforeTail(units, close - 1) is var named and >= 2 && (units[named - 1].Norm is "by" or "with" or "of" or "to"
                            || (units[named - 1].Norm == "the" && units[named - 2].Norm is "by" or "with" or "of" or "to"))
                        && units[^1].Norm is "." or "!" or "?" && units.Count - 1 - close <= 14
                        && !Enumerable.Range(close + 2, units.Count - close - 3).Any(c => units[c].Norm is "," or ";" or ":" or "\u2014"))
                    {
                        i = units.Count - 2;
                        continue;
                    }
                    // ("backed by the PMF, which pays its men, a Kurdish official said": the comma before a report added
                    // to the sentence stays, so the report still closes it.)
                    i = close + 1 < units.Count && units[close + 1].Norm is "a" or "an" or "the" or "according" ? close - 1 : close;
                    continue;
                }
            }
            result.Keep(i);
        }
        return result.Units;
    }

    /// <summary>
    /// For a reference inside the charge of "X accuses Y of ...ing" (the accusing verb at most eleven tokens before it, in
    /// its clause), the accuser X named right before the verb, or the sentence's first name when the verb is joined to
    /// another by "and" ("The Houthis say ..., and accuse Y of ..."); else null.
    /// </summary>
    private static string? AccuserBefore(IReadOnlyList<Token> tokens, List<Mention> mentions, int i)
    {
        var start = mentions[i].TokenStart;
        for (var k = start - 1; k >= 1 && k >= start - 11; k--)
        {
            if (tokens[k].Norm is "," or ";" or ":")
                return null;
            if (tokens[k].Norm is not ("accuse" or "accuses" or "accused" or "accusing"))
                continue;
            // ("and accuses them of colluding with JNIM": right after the verb, "them" is the accused.)
            if (k + 1 == start)
                return null;
            if (NameEndingAt(mentions, k) is { } accuser)
                return accuser;
            if (tokens[k - 1].Norm == "and" && mentions.FirstOrDefault(q => !q.IsReference && q.Actor is not null) is { } opening
                && opening.TokenStart <= MentionFinder.DatelineEnd(tokens) + 1)
                return opening.Actor;
            return null;
        }
        return null;
    }

    /// <summary>
    /// For "it" ("they") before a verb of backing, in the object of a charged act ("of bombing moderate rebels it supports"):
    /// the act's gerund; else -1.
    /// </summary>
    private static int BackerOfChargedActsTarget(IReadOnlyList<Token> tokens, Mention pronoun)
    {
        if (pronoun.TokenEnd >= tokens.Count || tokens[pronoun.TokenEnd].Norm is not ("supports" or "backs" or "arms" or "funds" or "trains" or "supported"
                or "backed" or "armed" or "funded" or "trained" or "support" or "back"))
            return -1;
        for (var g = pronoun.TokenStart - 2; g >= 1 && g >= pronoun.TokenStart - 5 && tokens[g].IsWord; g--)
            if (tokens[g - 1].Norm == "of" && ChargedActsOnOwner.Contains(tokens[g].Norm))
                return g;
        return -1;
    }

    /// <summary>
    /// For a possessive at <paramref name="possessive"/> after "on" ("against", "targeting") in a charge ("blames X for the
    /// attack on its consulate", "accused X of strikes on their positions"), or right after the charge's act ("accused X of
    /// killing its members"), the side charged; else null.
    /// </summary>
    private static string? AccusedOfActOn(IReadOnlyList<Token> tokens, List<Mention> mentions, int possessive)
    {
        // ("accused ISIL of kidnapping and killing their commanders": past the acts joined before the last.)
        var charge = possessive - 2;
        while (charge >= 2 && tokens[charge].Norm == "and" && ChargedActsOnOwner.Contains(tokens[charge - 1].Norm))
            charge -= 2;
        if (possessive < 4 || !(tokens[possessive - 1].Norm is "on" or "against" or "targeting"
                || (tokens[possessive - 1].Norm.EndsWith("ing", StringComparison.Ordinal) && ChargedActsOnOwner.Contains(tokens[possessive - 1].Norm)
                    && tokens[charge].Norm is "of" or "for")))
            return null;
        for (var k = possessive - 2; k >= 2 && k >= possessive - 7; k--)
        {
            if (tokens[k].Norm is "," or ";" or ":")
                return null;
            if (tokens[k].Norm is not ("for" or "of"))
                continue;
            foreach (var q in mentions)
                if (Math.Max(q.TokenEnd, q.TailEnd) == k && !q.IsReference && q.Actor is not null && q.TokenStart >= 1
                    && (tokens[q.TokenStart - 1].Norm == "the" && q.TokenStart >= 2 ? tokens[q.TokenStart - 2] : tokens[q.TokenStart - 1]).Norm
                        is "blames" or "blamed" or "blame" or "blaming" or "accuses" or "accused" or "accuse" or "accusing" or "holds" or "held")
                    return q.Actor;
            return null;
        }
        return null;
    }

    /// <summary>
    /// Who makes the charge a possessive at <paramref name="possessive"/> stands in ("X accused Y of attacking its men"): the
    /// name right before the verb of charging, or the sentence's opening name when an aside closes before the verb or the verb
    /// is joined to another by "and" ("X, the second-largest rebel group, sided with Z and accused Y of ..."); else null.
    /// </summary>
    private static string? AccuserOfCharge(IReadOnlyList<Token> tokens, List<Mention> mentions, int possessive)
    {
        var verb = possessive - 1;
        while (verb >= 1 && verb >= possessive - 16 && !ChargingVerbs.Contains(tokens[verb].Norm) && tokens[verb].Norm is not ("," or ";" or ":"))
            verb--;
        if (verb < 1 || !ChargingVerbs.Contains(tokens[verb].Norm))
            return null;
        foreach (var q in mentions)
            if (!q.IsReference && q.Actor is not null
                && (Math.Max(q.TokenEnd, q.TailEnd) == verb || (tokens[verb - 1].Norm is "," or "and" && q.TokenStart <= 1 && q.TokenEnd < verb)))
                return q.Actor;
        return null;
    }

    private static readonly HashSet<string> ChargingVerbs = ["blames", "blamed", "blame", "accuses", "accused", "accuse"];

    /// <summary>
    /// For an object pronoun at <paramref name="pronoun"/> after "of" and a gerund of shelter or backing ("accused Pakistan of
    /// protecting it"): the sides the charge names, the accuser before its verb and the accused after it; else none.
    /// </summary>
    private static IReadOnlyList<string> ShelteredByAccused(IReadOnlyList<Token> tokens, List<Mention> mentions, int pronoun)
    {
        if (pronoun < 3 || !ShelteringGerunds.Contains(tokens[pronoun - 1].Norm) || tokens[pronoun - 2].Norm is not ("of" or "for"))
            return [];
        var verb = pronoun - 3;
        while (verb >= 1 && verb >= pronoun - 10 && !ChargingVerbs.Contains(tokens[verb].Norm) && tokens[verb].Norm is not ("," or ";" or ":"))
            verb--;
        if (verb < 1 || !ChargingVerbs.Contains(tokens[verb].Norm))
            return [];
        // (The accuser past an auxiliary or an adverb: "Washington has long accused".)
        var subjectEnd = verb;
        while (subjectEnd >= 1 && verb - subjectEnd < 3 && tokens[subjectEnd - 1].Norm is "has" or "have" or "had" or "long" or "also" or "repeatedly" or "often" or "publicly")
            subjectEnd--;
        return mentions.Where(q => !q.IsReference && q.Actor is not null && (Math.Max(q.TokenEnd, q.TailEnd) == subjectEnd
                || (q.TokenStart > verb && q.TokenEnd < pronoun - 1)))
            .Select(q => q.Actor!).Distinct().ToList();
    }

    /// <summary>Gerunds of letting another act or giving it means ("letting them plan attacks", "paying them").</summary>
    private static readonly HashSet<string> EnablingGerunds =
        ["allowing", "letting", "permitting", "enabling", "paying", "sending", "recruiting", "equipping", "directing", "encouraging"];

    private static readonly HashSet<string> ShelteringGerunds =
        ["protecting", "sheltering", "harbouring", "harboring", "hosting", "shielding", "backing", "supporting", "arming", "funding",
         "financing", "helping", "aiding", "training", "supplying", "hiding"];

    /// <summary>True when unit <paramref name="i"/> is inside ", which ... ," (who, whom, whose) closed before <paramref name="start"/>.</summary>
    private static bool InRelativeClosedBefore(IReadOnlyList<Unit> units, int i, int start)
    {
        var open = i - 1;
        while (open > 0 && units[open].Norm != "," && !(units[open].Norm is "which" or "who" or "whom" or "whose" && units[open - 1].Norm == ","))
            open--;
        if (open <= 0 || units[open].Norm == ",")
            return false;
        for (var k = i + 1; k < start; k++)
            if (units[k].Norm == ",")
                return true;
        return false;
    }

    /// <summary>
    /// "raising fears of a direct clash between Turkey and the United States", "the risk of an attack on ...": true when
    /// the words before <paramref name="start"/> (past an article and adjectives) make the act a feared one, which did
    /// not happen.
    /// </summary>
    private static bool FearedAct(IReadOnlyList<Unit> units, int start)
    {
        for (var j = start - 1; j >= 1 && j >= start - 4; j--)
        {
            if (units[j].IsMention || !char.IsLetter(units[j].Norm[0]))
                return false;
            if (units[j].Norm == "of")
                return FearNouns.Contains(units[j - 1].Norm);
        }
        return false;
    }

    private static readonly HashSet<string> FearNouns =
        ["fears", "fear", "risk", "risks", "danger", "dangers", "prospect", "prospects", "spectre", "specter", "possibility", "likelihood"];

    /// <summary>True when a name stands before unit <paramref name="before"/> (which is not counted).</summary>
    private static bool MentionBefore(List<Unit> units, int before)
    {
        for (var k = 0; k < before; k++)
            if (units[k].IsMention)
                return true;
        return false;
    }

    /// <summary>
    /// "Ansar Dine, which France drove from Timbuktu in 2013,", "the Houthis, whom Saudi Arabia has bombed since 2015,":
    /// a relative clause whose own subject is a name says something of the name before it, as its object. Each is read
    /// as a clause of its own with that name put after its verb ("France drove [Ansar Dine] from Timbuktu in 2013").
    /// </summary>
    private static IEnumerable<List<Unit>> ObjectRelatives(List<Unit> units)
    {
        for (var comma = 1; comma + 3 < units.Count; comma++)
        {
            // ", which Y founded", and after an apposition's noun: "Kataib Hezbollah, the Iran-backed militia that Y founded".
            // ("which the Syrian Liberation Front later joined": past the name's article.)
            var subject = units[comma + 2].Norm == "the" ? comma + 3 : comma + 2;
            if (units[comma + 1].Norm is not ("which" or "whom" or "that") || subject >= units.Count || !units[subject].IsMention || units[subject].Reference)
                continue;
            // ("the Kurdish militia that forms the SDF's backbone and that Ankara considers a PKK branch": a second clause joined by
            // "and" is said of the first one's head.)
            var before = units[comma].Norm == "and" ? FirstRelativeBefore(units, comma, units[comma + 1].Norm) - 1 : comma;
            if (before < 1)
                continue;
            var opening = units[before].Norm == "," ? (units[before + 1].Norm is "which" or "whom" ? before : -1) : AppositionBeforeRelative(units, before + 1);
            // ("a rebel stronghold that government troops have besieged": right after a name and its own words, with no comma.)
            // (Not after a verb: "Baghdadi said that Nusra was merely a branch" tells what he said, not a branch of his.)
            var bare = opening < 1 && units[before + 1].Norm == "that" && (units[before].IsMention || units[before].Tail
                || (units[before - 1] is { IsMention: true, Reference: false } && char.IsLower(units[before].Norm[0]) && !units[before].AfterHyphen
                    && units[before].Norm != "and" && !ReportWordsBeforeThat.Contains(units[before].Norm) && !PatternMatcher.PastVerb(units[before])));
            if (opening < 1 && !bare)
                continue;
            // ("the National Liberation Front (NLF), which ...": the name before its bracketed short name.)
            var head = bare ? (units[before].IsMention || units[before].Tail ? PatternMatcher.NameBeforeTail(units, before) : before - 1)
                : opening >= 4 && units[opening - 1].Norm == ")" && units[opening - 3].Norm == "(" && units[opening - 2].IsMention
                ? opening - 2 : PatternMatcher.NameBeforeTail(units, opening - 1);
            // "the Fa Ithbatu operations room, which ...": a name with the kind of body it is after it.
            for (var k = head; !units[head].IsMention && k > 0 && head - k < 2 && BodyNouns.Contains(units[k].Norm); k--)
                if (units[k - 1].IsMention)
                    head = k - 1;
            // ("the UN-backed government in Tripoli, which Haftar has been attacking": past the place the name is in.)
            if (!units[head].IsMention && head >= 2 && units[head].Capitalized && units[head - 1].Norm is "in" or "at"
                && (units[head - 2].IsMention || units[head - 2].Tail))
                head = PatternMatcher.NameBeforeTail(units, head - 2);
            if (!units[head].IsMention || units[head].Reference)
                continue;
            // ("a campaign against al-Shabaab that Kenya joined": the clause is said of the act the name is the target of.)
            if (bare && head >= 1 && units[head - 1].Norm == "against")
                continue;
            var verb = subject + 1;
            // ("which the government has tacitly backed": an adverb before the verb too.)
            while (verb < units.Count && (units[verb].Tail || PatternMatcher.IsAuxiliary(units[verb].Norm) || PatternMatcher.IsAdverb(units[verb])))
                verb++;
            if (verb >= units.Count || units[verb].IsMention || !char.IsLower(units[verb].Norm[0]) || units[verb].Norm is "'s" or "and" or "or")
                continue;
            // ("a group that UN experts say is backed by Rwanda": the pronoun is the subject of what is reported, never the object
            // of the verb of saying.)
            // (Past a noun of the speaker's own: "that UN experts say".)
            if (ReportOfClauseAt(units, InsertedReportVerbs.Contains(units[verb].Norm) ? verb : verb + 1))
                continue;
            var close = verb + 1;
            while (close < units.Count && !ClauseEnd(units[close].Norm) && units[close].Norm != ",")
                close++;
            // ("which the emirate set up in 2016", "which Kyiv's gunners shot down": the object goes after the verb's particle.)
            if (verb + 1 < close && units[verb + 1].Norm is "up" or "down")
                verb++;
            var clause = new List<Unit>(close - comma);
            clause.AddRange(units.Skip(comma + 2).Take(verb - comma - 1));
            // The object in the verb's place: no width of its own, so spans and dates stay the clause's.
            clause.Add(units[head] with { CharStart = units[verb].CharEnd, CharEnd = units[verb].CharEnd });
            clause.AddRange(units.Skip(verb + 1).Take(close - verb - 1));
            yield return clause;
        }
    }

    /// <summary>Whether the match reads a relative clause opened right after an apposition's class noun (", the ... alliance that ...").</summary>
    private static bool ClauseOfAppositionIn(IReadOnlyList<Unit> units, CueMatch match)
    {
        for (var k = Math.Max(1, match.Start); k < match.End && k < units.Count; k++)
            if (units[k].Norm is "that" or "which" or "who" && !units[k].IsMention && (AppositionBeforeRelative(units, k) >= 0
                || (k >= 3 && units[k - 1] is { IsMention: true, Person: false } && units[k - 2].Norm is "the" or "a" or "an" && units[k - 3].Norm == ",")))
                return true;
        return false;
    }

    /// <summary>The same relative pronoun (<paramref name="pronoun"/>) earlier in the sentence than the "and" at <paramref name="and"/>, or -1.</summary>
    private static int FirstRelativeBefore(IReadOnlyList<Unit> units, int and, string pronoun)
    {
        for (var k = and - 2; k >= 2 && and - k <= 16; k--)
        {
            if (units[k].Norm is "." or ";")
                return -1;
            if (units[k].Norm == pronoun && !units[k].IsMention)
                return k;
        }
        return -1;
    }

    /// <summary>
    /// For the relative pronoun at <paramref name="pronoun"/> right after an apposition's class noun (", the Iran-backed
    /// militia that ..."), the comma opening the apposition; else -1.
    /// </summary>
    private static int AppositionBeforeRelative(IReadOnlyList<Unit> units, int pronoun)
    {
        // (The noun may have been read as a description of its own: "the Iran-backed militia".)
        if (pronoun < 3 || !(AppositionClassNouns.Contains(units[pronoun - 1].Norm) || units[pronoun - 1] is { IsMention: true, Reference: true, Person: false }))
            return -1;
        for (var k = pronoun - 2; k > 0 && pronoun - k <= 6; k--)
            if (units[k].Norm == ",")
                return units[k + 1].Norm is "the" or "a" or "an" ? k : -1;
        return -1;
    }

    private static readonly HashSet<string> AppositionClassNouns =
        ["militia", "group", "faction", "movement", "organisation", "organization", "network", "alliance", "coalition", "outfit", "party", "force", "brigade", "front"];

    private static readonly HashSet<string> BodyNouns = ["operations", "room", "coalition", "alliance", "group", "movement", "front", "umbrella"];

    private static bool ClauseEnd(string norm) => norm is ";" or ":" or "." or "?" or "!" or "\u2014";

    /// <summary>Words that open a short aside after a name: ", once at peace,", ", long rivals,".</summary>
    private static readonly HashSet<string> AsideOpeners =
        ["once", "long", "formerly", "previously", "initially", "originally", "historically", "until", "at", "both", "themselves", "itself", "still", "now",
         "made", "composed", "comprised", "comprising", "consisting"];

    /// <summary>Asides that list members ("made up of troops from Nigeria, Niger and Chad"): they may name actors.</summary>
    private static readonly HashSet<string> ListingAsides = ["both", "made", "composed", "comprised", "comprising", "consisting"];

    /// <summary>
    /// The sentence without appositions that rename an actor or describe its tie to the last one: "between
    /// al Qaeda's Yemeni branch, AQAP, and its partner, Ansar al-Sharia" reads "between al Qaeda's Yemeni branch and
    /// Ansar al-Sharia".
    /// </summary>
    private static List<Unit> WithoutAppositions(List<Unit> units, IReadOnlyList<Mention> mentions)
    {
        var result = new KeptUnits(units);
        for (var i = 0; i < units.Count; i++)
        {
            // ", X ," renaming the actor just named
            if (units[i].Norm == "," && result.Count > 0 && result.Last.IsMention && i + 2 < units.Count && units[i + 1].IsMention
                && units[i + 2].Norm == "," && mentions[units[i + 1].Mention].Actor is { } renamed && renamed == mentions[result.Last.Mention].Actor)
            {
                i += 2;
                continue;
            }
            // "ISGS and JNIM, once at peace, have been fighting": a short aside after a name, opened by an adverb of
            // time, stands between the subject and its verb; it names no one.
            if (units[i].Norm == "," && result.Count > 0 && (result.Last.IsMention || result.Last.Tail) && i + 1 < units.Count && AsideOpeners.Contains(units[i + 1].Norm))
            {
                var close = i + 2;
                // A common noun that names a side here ("once the main rebel umbrella") is the aside's own word, not a name.
                // An aside about both sides may name a third ("Hezbollah and Hamas, both backed by Iran, are allies"), and
                // one that lists members names them ("the MNJTF, made up of troops from Nigeria and Chad, fights ISWAP"):
                // the sentence as written is read as well, so what it says of them is not lost.
                var namesActors = ListingAsides.Contains(units[i + 1].Norm);
                var longest = namesActors ? 20 : 10;
                // A listing aside runs on over the commas of its list ("from Nigeria, Niger, Chad and Cameroon,").
                bool ListGoesOn(int comma) => namesActors && comma + 1 < units.Count && (units[comma + 1].IsMention || units[comma + 1].Norm is "and" or "or");
                while (close < units.Count && close - i <= longest && (units[close].Norm != "," || ListGoesOn(close))
                       && (namesActors || !units[close].IsMention || mentions[units[close].Mention] is { Source: MentionSource.Dictionary, Surface: [var first, ..] } && char.IsLower(first)
                           || (close + 1 < units.Count && units[close + 1].AfterHyphen))) // "once a recipient of US-supplied missiles"
                    close++;
                if (close < units.Count && close - i <= longest && units[close].Norm == ",")
                {
                    i = close;
                    continue;
                }
            }
            // "Ansarul Islam, a jihadist group active in the north, was founded by ...": an indefinite description
            // after a name that names no one stands between the subject and its verb (the sentence as written is read too).
            if (units[i].Norm == "," && result.Count > 0 && (result.Last.IsMention || result.Last.Tail) && i + 1 < units.Count
                && units[i + 1].Norm is "a" or "an")
            {
                var close = i + 2;
                // A common noun that names a side here ("a Salafist rebel group") is the description's own word.
                while (close < units.Count && close - i <= 9 && units[close].Norm != "," && !ClauseEnd(units[close].Norm)
                       && (!units[close].IsMention || mentions[units[close].Mention] is { Source: MentionSource.Description }
                           || mentions[units[close].Mention] is { Contextual: true, Surface: [var first, ..] } && char.IsLower(first)))
                    close++;
                if (close < units.Count && close - i <= 9 && units[close].Norm == ",")
                {
                    i = close;
                    continue;
                }
            }
            // "Jaish al-Islam, the dominant group in the enclave, which is backed by ...": a definite description that
            // names no one, before a relative clause, stands between the name and the clause said of it.
            if (units[i].Norm == "," && result.Count > 0 && result.Last.IsMention && i + 1 < units.Count && units[i + 1].Lead == "the")
            {
                var close = i + 1;
                while (close < units.Count && close - i <= 9 && units[close].Norm != "," && !ClauseEnd(units[close].Norm)
                       && (!units[close].IsMention || mentions[units[close].Mention] is { IsReference: true } or { Source: MentionSource.Description }))
                    close++;
                if (close + 1 < units.Count && close - i <= 9 && units[close].Norm == "," && units[close + 1].Norm is "which" or "who" or "whose")
                {
                    i = close;
                    continue;
                }
            }
            // "and its heretofore-inseparable ally, X": the relation word goes, the name stays
            if (units[i].Norm is "its" or "their" && result.Count > 0 && result.Last.Norm is "and" or "or")
            {
                var comma = i + 1;
                while (comma < units.Count && comma - i <= 4 && units[comma].Norm != "," && !units[comma].IsMention)
                    comma++;
                if (comma < units.Count && comma + 1 < units.Count && units[comma].Norm == "," && units[comma + 1].IsMention)
                {
                    i = comma;
                    continue;
                }
            }
            result.Keep(i);
        }
        return result.Units;
    }

    /// <summary>
    /// The units a reading keeps of a sentence's, in order: the sentence's own list while it keeps every one, a
    /// copy from the first it leaves out (most sentences have no clause or apposition to leave out).
    /// </summary>
    private struct KeptUnits(List<Unit> units)
    {
        private List<Unit>? _copy;
        private int _kept; // while there is no copy, units [0, _kept) are kept

        public readonly int Count => _copy?.Count ?? _kept;

        public readonly Unit Last => _copy is { } copy ? copy[^1] : units[_kept - 1];

        public readonly List<Unit> Units => _copy ?? (_kept == units.Count ? units : units.GetRange(0, _kept));

        public void Keep(int i)
        {
            if (_copy is null && i == _kept)
            {
                _kept++;
                return;
            }
            if (_copy is null)
            {
                _copy = new List<Unit>(units.Count);
                for (var k = 0; k < _kept; k++)
                    _copy.Add(units[k]);
            }
            _copy.Add(units[i]);
        }
    }

    /// <summary>The working lists a thread's documents share, one document at a time (see <see cref="DocumentState"/>).</summary>
    private sealed class Buffers
    {
        [ThreadStatic] private static Buffers? t_buffers;

        public static Buffers OfThread => t_buffers ??= new();

        public HashSet<string> SentenceWords { get; } = new(StringComparer.Ordinal);
        public HashSet<string> ReadingWords { get; } = new(StringComparer.Ordinal);
        public List<(SentenceContext Context, RelationCue Cue, CueMatch Match)> SentenceMatches { get; } = [];
        public List<CueMatch> PatternMatches { get; } = [];
        public List<int> CandidatePatterns { get; } = [];
    }

    private sealed class DocumentState(SourceDocument document, MentionFinder finder)
    {
        public SourceDocument Document { get; } = document;
        public MentionFinder Finder { get; } = finder;
        /// <summary>How present each actor is: mentions add to it (subjects more), each sentence decays it.</summary>
        public Dictionary<string, double> Salience { get; } = new();

        /// <summary>Every actor the document names, in order of first mention.</summary>
        public List<string> Seen { get; } = [];
        public int Paragraph { get; set; } = -1;
        public DateMention? ParagraphDate { get; set; }

        /// <summary>The year a timeline's entry heads the paragraph with ("2014: ..."), or null.</summary>
        public int? TimelineYear { get; set; }

        /// <summary>The last date the text told, in any paragraph: what "a year later" counts on from.</summary>
        public DateMention? LastToldDate { get; set; }

        /// <summary>The last day the text told, and in which sentence: what "a day later" counts on from past a month told since.</summary>
        public (DateMention Date, int Sentence)? LastToldDay { get; set; }

        // The working lists below are emptied before each use, so a thread's documents share them: new ones per document cost
        // more than a short article's own reading (they grow to hundreds of entries).
        private readonly Buffers _buffers = Buffers.OfThread;

        /// <summary>The words of the current sentence as written, and of another reading of it (reused from sentence to sentence).</summary>
        public HashSet<string> SentenceWords => _buffers.SentenceWords;
        public HashSet<string> ReadingWords => _buffers.ReadingWords;

        /// <summary>A sentence's cue matches over all its readings, gathered before any is read; emptied per sentence.</summary>
        public List<(SentenceContext Context, RelationCue Cue, CueMatch Match)> SentenceMatches => _buffers.SentenceMatches;
        public List<CueMatch> PatternMatches => _buffers.PatternMatches; // one pattern's matches in one reading, before they are weighed

        /// <summary>The patterns a reading of the current sentence is tried against (reused from reading to reading).</summary>
        public List<int> CandidatePatterns => _buffers.CandidatePatterns;

        /// <summary>The sides an act of violence last hit, whoever did it, for a claim of it in the next sentences.</summary>
        public (List<string> Actors, Sentence Sentence, DateMention? Date)? LastTargets { get; set; }

        /// <summary>
        /// The last few acts told with no author, each with what it hit, for a claim that names one by its day ("claimed
        /// Saturday's attack") after others were told.
        /// </summary>
        public List<(List<string> Actors, Sentence Sentence, DateMention? Date)> UnauthoredActs { get; } = [];

        /// <summary>
        /// The sides an act told with its author last hit, and who did it: "JNIM claimed an attack on Malian soldiers. The
        /// army blamed the attack on the ISGS" is another side's reading of who did it.
        /// </summary>
        public (List<(string Target, HashSet<string> Authors)> Hit, Sentence Sentence, DateMention? Date)? LastAuthoredTargets { get; set; }

        /// <summary>The dates of the sentences the story's date was looked for in, by index: not searched for again.</summary>
        public Dictionary<int, IReadOnlyList<DateMention>> DatesRead { get; } = [];

        public List<ExtractedRelation> Relations { get; } = [];

        /// <summary>The groups the headline names: what the story is about.</summary>
        public List<string> TitleGroups { get; } = [];

        public HashSet<(string, string)> Branches { get; } = [];

        /// <summary>The backer and the side of each tie a name's own words told ("Iran-backed militias"), told once.</summary>
        public HashSet<(string, string)> NamedBackings { get; } = [];

        /// <summary>Who carried out the act last described: what "the operation" or "the airstrike" stands for.</summary>
        public List<string> LastAttackers { get; set; } = [];

        /// <summary>When the act <see cref="LastAttackers"/> carried out happened, as its sentence dated it; null when undated.</summary>
        public DateMention? LastActDate { get; set; }

        /// <summary>The noun that named the act last described, when a verb of launching named it ("carried out an airstrike"); else null.</summary>
        public string? LastActNoun { get; set; }

        /// <summary>The act last named with its owner ("a government offensive"), and the sentence naming it.</summary>
        public (string Noun, string Owner, int Sentence)? LastOwnedAct { get; set; }

        /// <summary>The act last named before its target ("an offensive against al-Shabaab"), its authors and its sentence.</summary>
        public (string Noun, List<string> Attackers, int Sentence)? LastTargetedAct { get; set; }

        public int SentenceIndex { get; set; }

        /// <summary>What a reader should know about how the document was read (cuts at bounds).</summary>
        public List<string> Notes { get; } = [];

        /// <summary>The day the news happened, from the story's opening sentences.</summary>
        public DateMention? StoryDate { get; set; }

        /// <summary>The index of the first body sentence (the lede), -1 when there is none.</summary>
        public int LedeIndex { get; set; } = -1;

        /// <summary>The sides named together last, for "the two groups" or "they", and the sentence naming them.</summary>
        public (IReadOnlyList<string> Actors, int Sentence)? LastSides { get; set; }

        /// <summary>The sides a plural description ("the two parties") stood for where it was said of two names, by its words.</summary>
        public Dictionary<string, (IReadOnlyList<string> Actors, int Sentence)> DescribedSides { get; } = new(StringComparer.Ordinal);

        /// <summary>The last word of each name the document used for an actor ("militia" for "Shiite militias"), plural s dropped.</summary>
        public Dictionary<string, HashSet<string>> HeadsUsed { get; } = [];

        /// <summary>"coalition" or "alliance" to the actor an apposition last called so ("Jaish al-Fatah, a coalition of ...").</summary>
        public Dictionary<string, string> CollectivesNamed { get; } = new(StringComparer.Ordinal);

        /// <summary>Groups named (not as modifiers), the most recent last, with the sentence that last named each.</summary>
        public List<(string Actor, int Sentence)> RecentGroups { get; } = [];

        /// <summary>Persons named, the last named last, with the sentence they were last named in ("the two men").</summary>
        public List<(string Actor, int Sentence)> RecentPersons { get; } = [];

        /// <summary>The group a merger made, once named, and the sentence naming it.</summary>
        public (string Group, Sentence Sentence)? MergedGroup { get; set; }

        /// <summary>Members of a merger named so far, each with the evidence of the sentence naming it.</summary>
        public List<(string Member, Evidence Evidence)> MergerMembers { get; } = [];

        /// <summary>The group each person was last tied to, for "Maarouf's group".</summary>
        public Dictionary<string, string> GroupOfPerson { get; } = new(StringComparer.Ordinal);

        /// <summary>
        /// The subjects of the sentences that named one, in order; <c>Plural</c> when named by a plural noun of a theatre ("the
        /// rebels"). The last is what a pronoun opening the next sentence continues; the ones before, the sides a primer's sections
        /// were each about.
        /// </summary>
        public List<(string Actor, int Sentence, bool Plural)> Subjects { get; } = [];

        /// <summary>The subject of the last sentence that named one (see <see cref="Subjects"/>).</summary>
        public (string Actor, int Sentence, bool Plural)? LastSubject => Subjects.Count > 0 ? Subjects[^1] : null;

        /// <summary>The side the text last told took a new name ("renamed itself X"), for "the rebranded group".</summary>
        public string? Renamed { get; set; }
    }

    /// <param name="Reported">For a reading without a report inside a relative clause ("a group that officials say is ..."):
    /// where the report stood, where its clause ends and who made it (a mention index, or -1).</param>
    private sealed record SentenceContext(DocumentState State, Sentence Sentence, IReadOnlyList<Mention> Mentions, IReadOnlyList<Unit> Units,
        IReadOnlyList<DateMention> Dates, (int At, int ClauseEnd, int Speaker)? Reported = null);
}
