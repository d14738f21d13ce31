using ActorGraph.Core.Model;

namespace ActorGraph.Core.Extraction;

/// <summary>
/// Finds actor mentions in a document's sentences: dictionary names (longest match), acronyms a document
/// defines in parentheses ("Levant Front (LF)"), unseen group names (discovered actors) and references
/// (pronouns, "the jihadist group"). One instance per document: it remembers what the document defined.
/// </summary>
public sealed class MentionFinder(ActorDictionary dictionary)
{
    private readonly Dictionary<string, Actor> _localAcronyms = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Actor> _discovered = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>How much the document is about each theatre (see <see cref="ActorDictionary.TheatreOf"/>), for contextual names.</summary>
    public TheatreWeights Theatres { get; set; } = TheatreWeights.None;

    /// <summary>Sets the document to be about one theatre only (an index into the dictionary's theatres; -1 for none).</summary>
    public int Theatre
    {
        get => Theatres.Main;
        set => Theatres = TheatreWeights.Only(value, dictionary.Theatres.Count);
    }

    /// <summary>Actors this document named that the dictionary does not know.</summary>
    public IEnumerable<Actor> Discovered => _discovered.Values;

    /// <summary>A discovered actor by name, or null.</summary>
    public Actor? FindDiscovered(string name) => _discovered.GetValueOrDefault(name);

    /// <param name="informal">Reader comments: names written in lower case ("al nusrah") count there.</param>
    public List<Mention> Find(IReadOnlyList<Token> tokens, bool informal = false)
    {
        _informal = informal;
        DefineAcronyms(tokens);
        var mentions = new List<Mention>();
        _armies = null;
        var i = DatelineEnd(tokens);
        while (i < tokens.Count)
        {
            var mention = FromTown(tokens, i) ?? ListedDemonym(tokens, i) ?? ListedForceName(tokens, i) ?? LocalBranchMention(tokens, i, mentions) ?? SoldiersOfTheatre(tokens, SpeakersArmy(tokens, LocalBranchByNoun(tokens, DictionaryMention(tokens, i), mentions), mentions)) ?? TitledPerson(tokens, i) ?? CoalitionLedByState(tokens, i) ?? ContextualAfterCompound(tokens, i) ?? ContextualAfterPro(tokens, i) ?? ProjectileTarget(tokens, i) ?? DemonymWithModifier(tokens, i) ?? DemonymOverPlacesAndSites(tokens, i) ?? OfficialForces(tokens, i) ?? CompoundDemonym(tokens, i) ?? DemonymOfTie(tokens, i) ?? LocalAcronym(tokens, i) ?? LastWordOfNamed(tokens, i) ?? Surname(tokens, i)
                ?? DiscoveredMention(tokens, i, mentions) ?? GovernmentAct(tokens, i) ?? ForceReference(tokens, i) ?? ArmyOfRole(tokens, i, mentions) ?? MachinesOfReportingArmy(tokens, i) ?? SpeakersForces(tokens, i, mentions) ?? LeadersCountry(tokens, i, mentions) ?? BranchOfItsOwner(tokens, i, mentions) ?? Reference(tokens, i);
            if (mention is not null && FormerBranchEnd(tokens, mention, mentions) is var pastFormer and > 0)
            {
                i = pastFormer;
                continue;
            }
            // "lives in the United Arab Emirates": a state's name of several words read as a place is a place whole; no shorter
            // name inside it ("Emirates") is read after it.
            var place = mention is not null && IsPlace(tokens, mention);
            if (place && mention is { Contextual: false, Type: ActorType.State } && mention.TokenEnd - mention.TokenStart > 1)
            {
                i = mention.TokenEnd;
                continue;
            }
            // "the rebel Free Syrian Army": a lower-case word the document reads as a side, before a name, only describes it.
            if (mention is null || place || TownNamed(tokens, mention) || (mention.Contextual && char.IsLower(mention.Surface[0]) && mention.TokenEnd < tokens.Count
                && tokens[mention.TokenEnd].IsCapitalized && dictionary.LongestMatch(tokens, mention.TokenEnd, Theatres) is not null)
                || (mention.Contextual && DescribesNameBefore(tokens, mention.TokenStart, mentions) && !AfterPro(tokens, mention.TokenStart))
                || RecognisedAs(tokens, mention.TokenStart)
                || DescribesOneGroup(tokens, mention)
                // ("a coalition of Islamists and former rebels": men who were a theatre's side once are not it now.)
                // (Not a fallen regime, which is still the side it was: "struck weapons depots of the former regime".)
                || (mention.Contextual && char.IsLower(mention.Surface[0]) && mention.TokenStart >= 1 && tokens[mention.TokenStart - 1].Norm is "former" or "ex"
                    && tokens[mention.TokenStart].Norm != "regime")
                // ("he allied with them, and his loyalists in the army helped": a man's own followers are his, not the theatre's side;
                // not his forces, which a head's are: "his security forces arrested ...".)
                || (mention.Contextual && char.IsLower(mention.Surface[0]) && mention.TokenStart >= 1 && tokens[mention.TokenStart - 1].Norm is "his" or "her"
                    && tokens[mention.TokenEnd - 1].Norm is "loyalists" or "supporters" or "followers" or "partisans" or "fighters" or "men" or "militiamen")
                // ("Saleh, whose loyalists in the army helped them": the side a man's followers serve in is where they are, not who acts.)
                || (mention.Contextual && char.IsLower(mention.Surface[0]) && mention.TokenStart >= 2 && tokens[mention.TokenStart - 1].Norm == "in"
                    && tokens[mention.TokenStart - 2].Norm is "loyalists" or "supporters" or "followers" or "partisans" or "sympathisers" or "sympathizers"
                        or "allies" or "backers")
                || OwnedByUnknownName(tokens, mention)
                || DemonymOfBorder(tokens, mention)
                || PlaceOfTalks(tokens, mention)
                // ("formed an alliance with the military rulers of Mali and Niger": a theatre's word before rulers "of" a name is
                // that name's, as in a dictionary name; not the theatre's side.)
                || (mention.Type == ActorType.State && char.IsLower(mention.Surface[0]) && mention.TokenEnd + 2 < tokens.Count
                    && tokens[mention.TokenEnd].Norm is "rulers" or "leaders" or "governments" or "juntas" or "authorities" or "leadership"
                    && tokens[mention.TokenEnd + 1].Norm == "of" && tokens[mention.TokenEnd + 2].IsCapitalized && dictionary.LongestMatch(tokens, mention.TokenEnd + 2, Theatres) is not null)
                // ("South African peacekeepers serving with ...": a theatre's word for men that is the force noun of the name before
                // is that name's men, not the theatre's side.)
                || (mention.Contextual && char.IsLower(mention.Surface[0]) && mentions.Count > 0 && mentions[^1].TailEnd > mention.TokenStart)
                // ("courts Taliban defectors", "al-Shabaab defectors fought alongside troops": men who left a side are not it.)
                || (mention.TokenEnd < tokens.Count && LeaverNouns.Contains(tokens[mention.TokenEnd].Norm))
                || ForeignStateForces(tokens, mention)
                // ("Kigali sent 1,000 soldiers to Cabo Delgado": men sent are the sender's, not the theatre's.)
                || (mention.Contextual && char.IsLower(mention.Surface[0]) && SentMen(tokens, mention.TokenStart))
                // ("stormed the southern Somali port of Kismayo": a place a demonym's noun names by its own name is no side's holding
                // when it is taken; one fired at is: "fired a missile toward the Saudi city of Jizan".)
                || (mention.TailEnd > 0 && mention.TailEnd + 1 < tokens.Count && NamedPlaceNouns.Contains(tokens[mention.TailEnd - 1].Norm)
                    && tokens[mention.TailEnd].Norm == "of" && tokens[mention.TailEnd + 1].IsCapitalized && TakenAt(tokens, mention.TokenStart))
                // ("the Jordanian-born leader of al-Qaeda in Iraq": where a man was born or raised names no side.)
                || (mention.TokenEnd < tokens.Count && tokens[mention.TokenEnd].AfterHyphen && tokens[mention.TokenEnd].Norm is "born" or "raised" or "bred" or "educated")
                // ("cooperated with Syrian rebel groups such as Ahrar al Sham": a plural word for sides that goes on to name some
                // of them stands for those it names.)
                || NamesItsMembersAfter(tokens, mention)
                // ("Rebel fighters of the Free Syrian Army held ...": so does one opening the sentence.)
                || (mention.Contextual && (char.IsLower(mention.Surface[0]) || mention.TokenStart == DatelineEnd(tokens))
                    && (OfNamedGroup(tokens, mention.TokenEnd) || LoyalToNamed(tokens, mention))))
            {
                // ("the Badr Organization, Iraq's largest Shiite militia,": the possessor only places the name described.)
                if (mention is { Contextual: true } && mentions.Count >= 2 && mentions[^1].TokenEnd < mention.TokenStart
                    && tokens[mentions[^1].TokenEnd].Norm == "'s" && DescribesNameBefore(tokens, mention.TokenStart, mentions))
                    mentions.RemoveAt(mentions.Count - 1);
                // ("Kataib Hezbollah, one of the Iran-backed militias": a side's name the theatre's word opens with still names its backer.)
                if (mention is { Contextual: true } && BackerOpening(tokens, mention) is { } backer)
                {
                    mentions.Add(backer);
                    i = backer.TokenEnd;
                    continue;
                }
                i++;
                continue;
            }
            // "the LNA fought Chadian rebels" in Libya: rebels of another country are neither the theatre's rebels nor
            // that country (its demonym read as the state is dropped too).
            if (ForeignRebels(tokens, mention))
            {
                if (mentions.Count > 0 && mentions[^1].TokenEnd == mention.TokenStart && mentions[^1].Type == ActorType.State)
                    mentions.RemoveAt(mentions.Count - 1);
                i = mention.TokenEnd;
                continue;
            }
            mention = AbsorbOtherName(tokens, ParentOfDescribingAlias(tokens, mention, mentions) ?? AbsorbAcronym(tokens, BranchName(tokens, mention)));
            if (mention.Type == ActorType.Person && StateOfTitle(tokens, mention) is { } state)
                mention = mention with { ActsFor = state };
            else if (mention.Type == ActorType.Person && SpokesmanOf(tokens, mention, mentions) is { } group)
                mention = mention with { ActsFor = group };
            mention = RegionalBranch(tokens, mention, mentions) ?? mention;
            mention = GovernmentOfLeader(tokens, mention) ?? mention;
            // "In Burkina Faso, the army repelled ...": in a sentence that opens on a state, that state's forces are meant
            // by a name the document otherwise reads as another state's.
            if (mention.Contextual && mention.Type == ActorType.State && OpeningState(tokens) is { } local && local.Name != mention.Actor)
                mention = mention with { Actor = local.Name, Candidates = [local.Name] };
            // ("Lebanese army tanks shelled the camp as troops battled the militants": so are those after one state's forces named
            // in the sentence.)
            // (Only as the subject of a clause of their own: "... on Monday, killing soldiers" may be anyone's.)
            // (Only men: "Russian instructors arrived in Niger, months after the junta that toppled Bazoum" is the theatre's junta.)
            if (mention.Contextual && mention.Type == ActorType.State && OpensClause(tokens, mention.TokenStart)
                && tokens[mention.TokenEnd - 1].Norm is not ("junta" or "government" or "leaders" or "regime")
                // (Nor the theatre's government's men by that word: "M23, backed by Rwandan troops, took Goma after government
                // soldiers fled".)
                && tokens[mention.TokenStart].Norm is not ("government" or "regime" or "pro-government" or "loyalist")
                && ForcesNamedBefore(tokens, mentions) is { } named && named != mention.Actor)
                mention = mention with { Actor = named, Candidates = [named] };
            // So are those placed in a state right after ("an army base at Inates in neighbouring Niger").
            if (mention.Contextual && mention.Type == ActorType.State && StatePlacedAfter(tokens, mention) is { } placed && placed.Name != mention.Actor)
                mention = mention with { Actor = placed.Name, Candidates = [placed.Name] };
            // "Kenyan jets bombed Shabaab positions, the military said": a theatre's forces (government) closing a sentence as
            // its speaker are those of the state whose forces open it; so are their voice's words (", the military statement said").
            // ("Militants killed eight Kenyan police officers in Mandera, police said": or of the one state whose forces it names.)
            if (mention.Contextual && mention.Type == ActorType.State && mention.TokenStart >= 2 && tokens[mention.TokenStart - 1].Norm == ","
                && SpeakerVoiceEnd(tokens, mention.TokenEnd) is var voiced && voiced < tokens.Count
                && tokens[voiced].Norm is "said" or "says" or "added" or "announced" or "reported"
                && (mentions.Count > 0 && mentions[0] is { Type: ActorType.State, Contextual: false } first && first.TokenStart <= Math.Max(1, DatelineEnd(tokens))
                    ? first.Actor : OnlyStateForcesNamed(tokens, mentions)) is { } opener && opener != mention.Actor
                // ("Emirati jets struck government forces near Aden, the government said": not when the theatre's side is
                // named in the sentence already; it speaks of what was done to it.)
                && !NamesActor(mentions, mention.Actor))
                mention = mention with { Actor = opener, Candidates = [opener] };
            // "killed hundreds of Pakistani soldiers and police": a bare force noun joined by "and" to a state's forces is
            // that state's.
            if (mention.Contextual && mention.Type == ActorType.State && mention.TokenEnd - mention.TokenStart == 1 && mention.TokenStart >= 2
                && tokens[mention.TokenStart - 1].Norm == "and" && dictionary.ForceNouns.Contains(tokens[mention.TokenStart].Norm)
                && mentions.Count > 0 && mentions[^1] is { Type: ActorType.State, Contextual: false, Actor: { } joined } forces
                && Math.Max(forces.TokenEnd, forces.TailEnd) == mention.TokenStart - 1 && joined != mention.Actor)
                mention = mention with { Actor = joined, Candidates = [joined] };
            // "Saleh, whose loyalists have fought alongside the Houthis": a theatre's word owned by the name before ", whose" is
            // that name's men, as "whose fighters" are; the clause is the name's, not the theatre side's.
            // ("Saleh, their former enemy, whose loyalists ...": past an apposition of the name.)
            if (mention.Contextual && char.IsLower(mention.Surface[0]) && mention.TokenStart >= 2 && tokens[mention.TokenStart - 1].Norm == "whose"
                && tokens[mention.TokenStart - 2].Norm == "," && mentions.LastOrDefault(m => !m.IsReference) is { } whose
                && (Math.Max(whose.TokenEnd, whose.TailEnd) == mention.TokenStart - 2 || ApposedUntil(tokens, Math.Max(whose.TokenEnd, whose.TailEnd), mention.TokenStart - 2)))
            {
                i = mention.TokenEnd;
                continue;
            }
            if (mention.Contextual && OwnerOfTheatreWord(tokens, mention, mentions) is { } owner)
            {
                mentions[^1] = owner with { TailEnd = mention.TokenEnd };
                i = mention.TokenEnd;
                continue;
            }
            // "Mali's army, backed by Wagner,": a state's own forces named by its possessive are the state, as "the Malian army" is.
            // ("Puntland's security forces": past a modifier or two; "the United States military": right after its name.)
            // (Its forces' words are read as the state's, not as a theatre's word of their own: "security forces".)
            var next = mention.TokenEnd;
            if (mention.Type == ActorType.State && !mention.IsReference && mention.TailEnd < 0
                && (StateForcesEnd(tokens, mention.TokenEnd) is var forcesEnd and > 0 || (forcesEnd = NamedStateForcesEnd(tokens, mention)) > 0))
                (mention, next) = (mention with { TailEnd = forcesEnd }, forcesEnd);
            // "US B-52 bombers", "UAE Wing Loong drones": a state's short name, a model designation and a force noun are
            // its forces, as after a demonym ("Turkish F-16 jets").
            else if (mention.Type == ActorType.State && !mention.IsReference && mention.TailEnd < 0 && ModelForcesEnd(tokens, mention.TokenEnd) is var modelEnd and > 0)
                (mention, next) = (mention with { TailEnd = modelEnd }, modelEnd);
            else if (!mention.IsReference && mention.Actor is not null && mention.Type != ActorType.Person && WithItsAlliesEnd(tokens, Math.Max(mention.TokenEnd, mention.TailEnd)) is var alliesEnd and > 0)
                (mention, next) = (mention with { TailEnd = alliesEnd }, alliesEnd);
            // "Saleh's General People's Congress party and the Houthis": "party" written after a name is the name's own noun.
            else if (!mention.IsReference && mention.Actor is not null && mention.Type is ActorType.ArmedGroup or ActorType.Other && mention.TailEnd < 0
                && mention.TokenEnd < tokens.Count && tokens[mention.TokenEnd].Norm == "party" && !tokens[mention.TokenEnd].IsCapitalized)
                (mention, next) = (mention with { TailEnd = mention.TokenEnd + 1 }, mention.TokenEnd + 1);
            // "Somalia's transitional government", "Niger's new military rulers": a possessive between two names of one
            // actor makes one name of it, which stands where the second stands.
            if (mentions.Count > 0 && mentions[^1] is { IsReference: false, Actor: { } possessorActor } possessor && possessorActor == mention.Actor && !mention.IsReference
                && Math.Max(possessor.TokenEnd, possessor.TailEnd) + 1 == mention.TokenStart && tokens[mention.TokenStart - 1].Norm == "'s")
            {
                mentions.RemoveAt(mentions.Count - 1);
                mention = mention with { TokenStart = possessor.TokenStart, Surface = $"{possessor.Surface}'s {mention.Surface}", Contextual = possessor.Contextual && mention.Contextual };
            }
            // "the government of President Hadi", "the regime of Bashar al-Assad": a government named by its head is one name of it.
            else if (mentions.Count > 0 && mentions[^1] is { IsReference: false, Contextual: true, Actor: { } governed } government && !mention.IsReference
                && (governed == mention.Actor || governed == mention.ActsFor) && OfItsHeadBetween(tokens, Math.Max(government.TokenEnd, government.TailEnd), mention.TokenStart))
            {
                mentions.RemoveAt(mentions.Count - 1);
                mention = government with { TailEnd = Math.Max(mention.TokenEnd, mention.TailEnd) };
                next = Math.Max(next, mention.TailEnd);
            }
            mentions.Add(mention);
            Remember(tokens, mention);
            i = next;
        }
        // "six Kurdish fighters of the Syrian Democratic Forces": men the theatre's word names are the named group's they are of.
        mentions.RemoveAll(m => MenOfNamedGroup(tokens, mentions, m));
        // "Russian mercenaries of the Wagner Group": men whose own name gives the group named after "of" are one mention of it,
        // the name read as their tail.
        for (var k = mentions.Count - 2; k >= 0; k--)
            if (SameGroupAfterOf(tokens, mentions[k], mentions[k + 1]))
            {
                mentions[k] = mentions[k] with { TailEnd = Math.Max(mentions[k + 1].TokenEnd, mentions[k + 1].TailEnd) };
                mentions.RemoveAt(k + 1);
            }
        _sentenceBefore = tokens;
        return mentions;
    }

    /// <summary>
    /// True when a government's noun ends right before <paramref name="end"/> and "of" with nothing but titles follows it
    /// up to <paramref name="head"/> ("the government of President ...").
    /// </summary>
    private static bool OfItsHeadBetween(IReadOnlyList<Token> tokens, int end, int head)
    {
        if (end >= head || tokens[end - 1].Norm is not ("government" or "regime" or "administration" or "junta") || tokens[end].Norm != "of")
            return false;
        for (var k = end + 1; k < head; k++)
            if (!Titles.Contains(tokens[k].Norm) && tokens[k].Norm is not ("interim" or "transitional" or "ousted" or "late"))
                return false;
        return true;
    }

    /// <summary>Whether a mention found so far names <paramref name="actor"/> (a loop: a lambda cost each mention a closure).</summary>
    private static bool NamesActor(List<Mention> mentions, string? actor)
    {
        foreach (var mention in mentions)
            if (mention.Actor == actor)
                return true;
        return false;
    }

    /// <summary>
    /// True for a theatre's word for men ("Kurdish fighters", "Tuareg rebels") right before "of" and another group named outright
    /// (one it already names is read with it: see <see cref="SameGroupAfterOf"/>).
    /// </summary>
    private static bool MenOfNamedGroup(IReadOnlyList<Token> tokens, List<Mention> mentions, Mention men)
    {
        if (!men.Contextual || !MenBeforeOf(tokens, men))
            return false;
        var named = NamedAfterOf(tokens, men);
        return mentions.Any(o => o.TokenStart == named && !o.Contextual && !o.IsReference && o.Type is ActorType.ArmedGroup or ActorType.Coalition
            && o.Actor != men.Actor);
    }

    /// <summary>Whether a noun of men ends <paramref name="men"/> right before "of" ("fighters of", "mercenaries of").</summary>
    private static bool MenBeforeOf(IReadOnlyList<Token> tokens, Mention men) =>
        !men.IsReference && men.TailEnd < 0 && men.TokenEnd + 1 < tokens.Count && tokens[men.TokenEnd].Norm == "of"
        && tokens[men.TokenEnd - 1].Norm is "fighters" or "forces" or "troops" or "militiamen" or "militias" or "gunmen" or "units" or "rebels" or "separatists"
            or "mercenaries" or "contractors";

    /// <summary>Whether <paramref name="group"/> names, right after "of" (and "the"), the group the men's own name gives.</summary>
    private static bool SameGroupAfterOf(IReadOnlyList<Token> tokens, Mention men, Mention group) =>
        MenBeforeOf(tokens, men) && !group.Contextual && !group.IsReference && group.Actor == men.Actor && group.TokenStart == NamedAfterOf(tokens, men);

    /// <summary>Where a name after the men's "of" (and "the") starts ("fighters of the SDF").</summary>
    private static int NamedAfterOf(IReadOnlyList<Token> tokens, Mention men) =>
        tokens[men.TokenEnd + 1].Norm == "the" ? men.TokenEnd + 2 : men.TokenEnd + 1;

    /// <summary>
    /// Where "and its allies" (or "and their partners", "and its proxies") ends after a name ending at <paramref name="end"/>:
    /// the side the name leads, read as the name ("drove Nusra and its allies out of the city"); else -1. Not when the
    /// allies are named after ("and its allies in the Syrian National Army").
    /// </summary>
    private static int WithItsAlliesEnd(IReadOnlyList<Token> tokens, int end)
    {
        if (end + 2 >= tokens.Count || tokens[end].Norm != "and" || tokens[end + 1].Norm is not ("its" or "their")
            || tokens[end + 2].Norm is not ("allies" or "partners" or "proxies" or "affiliates" or "backers" or "supporters" or "loyalists"))
            return -1;
        return end + 3 < tokens.Count && tokens[end + 3].Norm is "in" or "from" or "among" or "within" or "such" or "like" or "including" or "," ? -1 : end + 3;
    }

    /// <summary>
    /// Where "'s" and a state's forces ("army", "security forces", "elite special forces") end, for the possessive at
    /// <paramref name="possessive"/>; else -1. Not its nationals under arms ("Chad's fighters"), nor a phrase a force noun
    /// only modifies ("Niger's new military rulers").
    /// </summary>
    private int StateForcesEnd(IReadOnlyList<Token> tokens, int possessive)
    {
        if (possessive + 1 >= tokens.Count || tokens[possessive].Norm != "'s")
            return -1;
        return ForcesAfter(tokens, possessive + 1);
    }

    /// <summary>
    /// The one state whose forces the mentions so far name by its name or demonym and a force noun ("Kenyan police officers"),
    /// else null (not a state named by its towns: "fired missiles at Saudi cities").
    /// </summary>
    private string? OnlyStateForcesNamed(IReadOnlyList<Token> tokens, List<Mention> mentions)
    {
        string? named = null;
        foreach (var mention in mentions)
            if (mention is { Type: ActorType.State, Contextual: false, IsReference: false, Actor: { } state } && mention.TailEnd > mention.TokenEnd
                && dictionary.ForceNouns.Contains(tokens[mention.TailEnd - 1].Norm))
            {
                if (named is not null && named != state)
                    return null;
                named = state;
            }
        return named;
    }

    /// <summary>
    /// Past the words of a speaker's voice right after its name ("statement" in ", the military statement said"): where its verb
    /// of saying may stand.
    /// </summary>
    private static int SpeakerVoiceEnd(IReadOnlyList<Token> tokens, int end) =>
        end < tokens.Count && tokens[end].Norm is "statement" or "spokesman" or "spokesperson" or "spokeswoman" or "communique" ? end + 1 : end;

    /// <summary>
    /// Where a state's forces written right after its name end ("the United States military", "the Kenya armed
    /// forces"), as the dictionary's "US military" does; else -1.
    /// </summary>
    private int NamedStateForcesEnd(IReadOnlyList<Token> tokens, Mention state) =>
        tokens[state.TokenEnd - 1].IsCapitalized && !dictionary.DemonymActors.ContainsKey(tokens[state.TokenEnd - 1].Norm)
        && ForcesAfter(tokens, state.TokenEnd) is var end and > 0 && ArmedForceNouns.Contains(tokens[end - 1].Norm) ? end : -1;

    // Of the force nouns, those a state's name may run on with ("the Emiratis support" is no force).
    private static readonly HashSet<string> ArmedForceNouns = ["military", "army", "forces", "troops", "soldiers", "navy", "marines"];

    private int ForcesAfter(IReadOnlyList<Token> tokens, int start)
    {
        var noun = start;
        while (noun < tokens.Count && noun <= start + 1 && StateForceModifiers.Contains(tokens[noun].Norm))
            noun++;
        return noun < tokens.Count && dictionary.ForceNouns.Contains(tokens[noun].Norm) && !dictionary.IrregularNouns.Contains(tokens[noun].Norm)
            && !tokens[noun].IsCapitalized ? noun + 1 : -1;
    }

    /// <summary>
    /// Where a model designation (words with a digit, "B-52", "MQ-9", "Su-24") and a force or asset noun after it end,
    /// from <paramref name="start"/>; else -1.
    /// </summary>
    private int ModelForcesEnd(IReadOnlyList<Token> tokens, int start)
    {
        var i = start;
        var digits = false;
        while (i < tokens.Count && i - start < 4 && tokens[i].IsWord
            && (tokens[i].Text.Any(char.IsDigit) || tokens[i].Text.All(char.IsUpper) || (tokens[i].AfterHyphen && i > start)))
            digits |= tokens[i++].Text.Any(char.IsDigit);
        return digits && i < tokens.Count && !tokens[i].IsCapitalized
            && (dictionary.ForceNouns.Contains(tokens[i].Norm) || dictionary.AssetNouns.Contains(tokens[i].Norm)) ? i + 1 : -1;
    }

    private static readonly HashSet<string> StateForceModifiers =
        ["security", "special", "armed", "elite", "regular", "ground", "naval", "own", "national", "federal", "regional", "local",
         "foreign", "defence", "defense", "interior"];

    /// <summary>
    /// The name right before a theatre's word that owns it, so the word is that name's head noun rather than a second
    /// actor; else null. "Pakistani security forces": a phrase a document reads as its state's forces, after that state's
    /// demonym. "ISIS loyalists", "al Qaeda fighters", "Saleh loyalists": a group's (a man's) own men, not the state's. "Saleh's loyalists",
    /// "Shekau's fighters": a named side's possessive owns them.
    /// </summary>
    private static Mention? OwnerOfTheatreWord(IReadOnlyList<Token> tokens, Mention word, List<Mention> before)
    {
        if (before.Count == 0 || before[^1] is not { IsReference: false } owner)
            return null;
        if (!owner.Contextual && owner.TokenEnd == word.TokenStart && !tokens[owner.TokenStart].AfterHyphen
            && (owner.Type == ActorType.State && owner.TokenEnd - owner.TokenStart == 1
                || owner.Type == ActorType.ArmedGroup && owner.TailEnd < 0 && char.IsLower(word.Surface[0])))
            return owner;
        // ("Saleh loyalists": a man's name, if one the theatre gives, before them.)
        if (owner.Type == ActorType.Person && char.IsUpper(owner.Surface[0]) && owner.TokenEnd == word.TokenStart && owner.TailEnd < 0
            && char.IsLower(word.Surface[0]) && !tokens[owner.TokenStart].AfterHyphen)
            return owner;
        return char.IsLower(word.Surface[0]) && word.TokenStart >= 2 && tokens[word.TokenStart - 1].Norm == "'s" && owner.TailEnd < 0
            && (!owner.Contextual || char.IsUpper(owner.Surface[0])) // "Saleh" is a name, if one the theatre gives
            && owner.TokenEnd == word.TokenStart - 1 && owner.Type != ActorType.State ? owner : null;
    }

    /// <summary>The states and coalitions this sentence named (by name or demonym), worked out when bare soldiers need it.</summary>
    private HashSet<string>? _armies;

    /// <summary>The sentence before, whose armies bare soldiers need too.</summary>
    private IReadOnlyList<Token> _sentenceBefore = [];

    /// <summary>
    /// States and coalitions of states a sentence names, by name or demonym, wherever they stand ("a Kenyan base", "the Malian
    /// border"); with <paramref name="notPlaces"/>, not those named as a place only ("in the tri-border area with Mali and
    /// Niger", "in neighbouring Niger").
    /// </summary>
    private HashSet<string> ArmiesNamed(IReadOnlyList<Token> tokens, int from = 0, bool notPlaces = false)
    {
        var named = new HashSet<string>(StringComparer.Ordinal);
        var placeList = false; // the last name was a place, and a list may go on with "and" or a comma
        for (var i = from; i < tokens.Count; i++)
            if (!tokens[i].IsCapitalized)
                continue;
            else if (dictionary.LongestMatch(tokens, i) is { } match)
            {
                // ("the Syrian Democratic Forces", "the Afghan Taliban": a demonym inside or before a group's name names no state.)
                var before = i - 1;
                while (before >= 0 && PlaceModifiers.Contains(tokens[before].Norm))
                    before--;
                var place = before >= 0 && (tokens[before].Norm is "in" or "with" or "near" or "into" or "across" or "bordering"
                    || (placeList && tokens[before].Norm is "and" or ","));
                placeList = place && match.End < tokens.Count && tokens[match.End].Norm is "and" or ",";
                // (A rebel coalition has no soldiers: "the Permanent Strategic Framework killed dozens of soldiers" killed the state's.)
                // (Nor a state named for a man's title: "Ghana's president has accused the junta ...".)
                // (Nor one named as what a border is with: "killed 33 soldiers near the border with Niger".)
                if ((dictionary.Actors[match.Actor].Type == ActorType.State || dictionary.IsStateCoalition(dictionary.Actors[match.Actor].Name))
                    && !(notPlaces && place) && !AirPowerAt(tokens, match.End) && !(notPlaces && TitleAfter(tokens, match.End))
                    && !(before >= 0 && BorderWith(tokens, before)))
                    named.Add(dictionary.Actors[match.Actor].Name);
                i = match.End - 1;
            }
            // (Not a people's word before a border: "near the Malian border" names no Malian soldiers.)
            else if (dictionary.DemonymActors.TryGetValue(tokens[i].Norm, out var state)
                     && !(i + 1 < tokens.Count && dictionary.LongestMatch(tokens, i + 1) is { } next && dictionary.Actors[next.Actor].Type is not (ActorType.State or ActorType.Coalition))
                     && !AirPowerAt(tokens, i + 1) && !(i + 1 < tokens.Count && tokens[i + 1].Norm is "border" or "borders" or "frontier"))
                named.Add(state);
        return named;
    }

    /// <summary>Whether a verb of taking a place stands before <paramref name="at"/>, past its article and a word or two ("stormed the southern").</summary>
    private static bool TakenAt(IReadOnlyList<Token> tokens, int at)
    {
        for (var k = at - 1; k >= 0 && k >= at - 3; k--)
            if (TakingVerbs.Contains(tokens[k].Norm))
                return true;
            else if (!tokens[k].IsWord || tokens[k].IsCapitalized)
                return false;
        return false;
    }

    internal static readonly HashSet<string> TakingVerbs =
        ["stormed", "captured", "seized", "took", "entered", "retook", "recaptured", "overran", "liberated", "storm", "capture", "seize", "take",
         "enter", "retake", "recapture", "overrun", "liberate", "storming", "capturing", "seizing", "taking", "entering", "retaking", "recapturing"];

    /// <summary>Nouns of places a name may follow with "of" ("the port of Kismayo", "the town of Konna").</summary>
    private static readonly HashSet<string> NamedPlaceNouns =
        ["port", "city", "town", "village", "capital", "region", "province", "district", "island", "harbour", "harbor", "enclave"];

    /// <summary>A man's title at <paramref name="at"/>, past a possessive: "Ghana's president", "Chad's foreign minister".</summary>
    private static bool TitleAfter(IReadOnlyList<Token> tokens, int at)
    {
        if (at < tokens.Count && tokens[at].Norm == "'s")
            at++;
        for (var k = at; k < tokens.Count && k <= at + 1; k++)
            if (ActorDictionary.IsTitleBeforeName(tokens[k].Norm))
                return true;
        return false;
    }

    /// <summary>
    /// Whether a state's air power ("air strikes", "drones", "warplanes") is named at <paramref name="at"/>: "with the help of US
    /// air strikes" names no soldiers of the state's.
    /// </summary>
    private static bool AirPowerAt(IReadOnlyList<Token> tokens, int at) =>
        at < tokens.Count && (tokens[at].Norm is "airstrikes" or "airstrike" or "drones" or "drone" or "jets" or "warplanes" or "aircraft" or "bombers"
            || (tokens[at].Norm is "air" && at + 1 < tokens.Count && tokens[at + 1].Norm is "strikes" or "strike" or "power" or "support" or "raids" or "cover"));

    /// <summary>
    /// "Turkish Defence Ministry officials said the army had killed 13 PKK militants": "the army" (or "the military") that a
    /// state's voice reports on is that state's own, not the army of the theatre the document is about.
    /// </summary>
    private static Mention? SpeakersArmy(IReadOnlyList<Token> tokens, Mention? mention, List<Mention> mentions)
    {
        if (mention is not { Contextual: true } || mention.TokenEnd - mention.TokenStart != 2 || tokens[mention.TokenStart].Norm != "the"
            || tokens[mention.TokenStart + 1].Norm is not ("army" or "military")
            || ReportingState(tokens, mention.TokenStart, mentions, pastOffice: true) is not { } state || state == mention.Actor)
            return mention;
        return mention with { Actor = state, Candidates = [state], Type = ActorType.State, Contextual = false };
    }

    /// <summary>
    /// The state whose voice opens with a verb of saying (and "that") right before <paramref name="at"/>: the last name
    /// before it, when that is a state's ending right before the verb (a word between at most), or, when
    /// <paramref name="pastOffice"/>, before the words of its office ("Turkish Defence Ministry officials said"). Else null.
    /// </summary>
    private static string? ReportingState(IReadOnlyList<Token> tokens, int at, List<Mention> mentions, bool pastOffice)
    {
        var verb = at - 1;
        if (verb >= 1 && tokens[verb].Norm == "that")
            verb--;
        if (verb < 1 || !SayingVerbs.Contains(tokens[verb].Norm) || mentions.Count == 0)
            return null;
        var speaker = mentions[^1];
        var end = Math.Max(speaker.TokenEnd, speaker.TailEnd);
        if (speaker.IsReference || speaker.Type != ActorType.State || speaker.Actor is not { } state || end > verb)
            return null;
        if (!pastOffice)
            return end >= verb - 1 ? state : null;
        for (var k = end; k < verb; k++)
            if (!SpeakersOffices.Contains(tokens[k].Norm))
                return null;
        return state;
    }

    /// <summary>Verbs that open what a speaker reports ("said", "announced").</summary>
    internal static readonly HashSet<string> SayingVerbs = ["said", "says", "say", "announced", "reported", "added", "stated"];

    /// <summary>Words of the office a state speaks through ("the Defence Ministry's spokesman", "officials").</summary>
    private static readonly HashSet<string> SpeakersOffices =
        ["defence", "defense", "foreign", "interior", "ministry", "ministry's", "'s", "officials", "official", "spokesman", "spokesperson",
         "spokeswoman", "sources", "source", "statement", "a", "in"];

    /// <summary>
    /// "killed 51 soldiers near Deou": bare soldiers are the forces of the state the document is about, unless the
    /// sentence could mean another's: a possessive owns them ("its soldiers"), a state or an AU mission is named here
    /// (the state itself needs no stand-in) or another in the sentence before ("a base manned by Burundian troops ...,
    /// killing ten soldiers"), or a place of another theatre is ("an army post in North Waziristan" in a story about
    /// Afghanistan).
    /// </summary>
    private Mention? SoldiersOfTheatre(IReadOnlyList<Token> tokens, Mention? mention)
    {
        if (mention is not { Contextual: true, Actor: { } state } || mention.TokenEnd - mention.TokenStart != 1 || tokens[mention.TokenStart].Norm != "soldiers")
            return mention;
        // ("In Pakistan, the TTP killed four soldiers": the state the sentence opens on, as for any contextual state name.)
        return OwnSoldiers(tokens, mention.TokenStart, OpeningState(tokens)?.Name ?? state) ? mention : null;
    }

    /// <summary>Whether the words from the comma at <paramref name="comma"/> to the one at <paramref name="closing"/> are a short apposition (", their former enemy,").</summary>
    private static bool ApposedUntil(IReadOnlyList<Token> tokens, int comma, int closing)
    {
        if (comma >= closing || tokens[comma].Norm != "," || closing - comma > 7 || tokens[comma + 1].Norm is not ("a" or "an" or "the" or "its" or "their" or "his" or "her" or "one"))
            return false;
        for (var k = comma + 1; k < closing; k++)
            if (!tokens[k].IsWord)
                return false;
        return true;
    }

    /// <summary>Whether the bare soldiers at <paramref name="at"/> are <paramref name="state"/>'s (see <see cref="SoldiersOfTheatre"/>).</summary>
    private bool OwnSoldiers(IReadOnlyList<Token> tokens, int at, string state)
    {
        var before = at - 1;
        while (before >= 0 && (IsCount(tokens[before]) || tokens[before].Norm is "hundred" or "of" or "some" or "more" or "than" or "at" or "least" or "the"))
            before--;
        if (before >= 0 && tokens[before].Norm is "its" or "their" or "his" or "her" or "our" or "'s")
            return false;
        // ("the 'soldiers of the caliphate' killed dozens": soldiers of something named after them are that thing's.)
        if (at + 1 < tokens.Count && tokens[at + 1].Norm == "of")
            return false;
        // (A sentence naming the state itself needs no stand-in for it, "Niger lost 71 soldiers in an assault", unless it
        // names it only where it opens: "Burkina Faso: JNIM kills dozens of soldiers", "In Pakistan, the TTP killed ...".)
        // ("DJIBO, Burkina Faso — Militants killed 51 soldiers": not the country a dateline names as where the story is filed.)
        _armies ??= ArmiesNamed(tokens, DatelineEnd(tokens));
        // (Nor one naming it only as where things happen: "stepped up attacks in central Mali, where JNIM killed eight soldiers".)
        if (_armies.Any(a => a != state) || ArmiesNamed(_sentenceBefore, notPlaces: true).Any(a => a != state)
            || (_armies.Contains(state) && !OpensOn(tokens, state) && !PlacedIn(tokens, state)))
            return false;
        // (A place or the name of the state's own theatre in the sentence keeps them its: "In Pakistan, ... near the Afghan border".)
        var votes = dictionary.TheatreOf([tokens]);
        var own = dictionary.TheatresOf(state);
        return own.Any(t => votes.Score(t) >= 1) || !Enumerable.Range(0, dictionary.Theatres.Count).Any(t => !own.Contains(t) && votes.Score(t) >= 2);
    }

    /// <summary>True when the sentence opens on the state's name: "Niger: ...", "In Niger, ...".</summary>
    private bool OpensOn(IReadOnlyList<Token> tokens, string state)
    {
        var at = tokens.Count > 0 && tokens[0].Norm == "in" ? 1 : 0;
        return dictionary.LongestMatch(tokens, at) is { } match && dictionary.Actors[match.Actor].Name == state && match.End < tokens.Count
            && tokens[match.End].Norm is ":" or "," && !ArmiesNamed(tokens, match.End).Contains(state);
    }

    /// <summary>True when <paramref name="state"/> is named after "in" ("in central Mali") in the sentence.</summary>
    private bool PlacedIn(IReadOnlyList<Token> tokens, string state)
    {
        for (var k = 0; k < tokens.Count; k++)
            if (tokens[k].Norm == "in" && StateIn(tokens, k) is { } placed && placed.Actor.Name == state)
                return true;
        return false;
    }

    private bool _informal;

    /// <summary>
    /// The one state whose forces the sentence named so far by name ("Lebanese army tanks", "Kenyan troops"), or null when it
    /// named none or several.
    /// </summary>
    private string? ForcesNamedBefore(IReadOnlyList<Token> tokens, List<Mention> before)
    {
        string? state = null;
        foreach (var m in before)
        {
            if (m is not { Type: ActorType.State, Contextual: false, IsReference: false, Actor: { } actor })
                continue;
            var forces = dictionary.ForceNouns.Contains(tokens[m.TokenEnd - 1].Norm)
                || (m.TokenEnd < tokens.Count && dictionary.ForceNouns.Contains(tokens[m.TokenEnd].Norm));
            if (!forces)
                continue;
            if (state is not null && state != actor)
                return null;
            state = actor;
        }
        return state;
    }

    /// <summary>Whether the words at <paramref name="at"/> open a clause after a subordinator ("as troops", "while the army").</summary>
    private static bool OpensClause(IReadOnlyList<Token> tokens, int at)
    {
        var k = at - 1;
        if (k >= 0 && tokens[k].Norm == "the")
            k--;
        return k >= 1 && tokens[k].Norm is "as" or "while" or "when" or "after" or "before" or "but" or "where" or "since" or "until" or "though" or "although";
    }

    /// <summary>The state a sentence opens on ("In Burkina Faso, ...", "In northern Mali, ...", "Kenya: ..."), or null.</summary>
    private Actor? OpeningState(IReadOnlyList<Token> tokens)
    {
        if (tokens.Count >= 4 && tokens[0].Norm == "in" && StateIn(tokens, 0) is { } state && state.End < tokens.Count && tokens[state.End].Norm == ",")
            return state.Actor;
        // ("Kenya: al-Shabaab kills police officers in Mandera": a headline's state before a colon.)
        return tokens.Count >= 4 && tokens[0].IsCapitalized && dictionary.LongestMatch(tokens, 0) is { } named && named.End < tokens.Count
            && tokens[named.End].Norm == ":" && dictionary.Actors[named.Actor] is { Type: ActorType.State } headed ? headed : null;
    }

    /// <summary>Words before a state's name that place something in it: "in neighbouring Niger", "in northern Mali".</summary>
    private static readonly HashSet<string> PlaceModifiers = ["northern", "southern", "eastern", "western", "central", "neighbouring", "neighboring"];

    /// <summary>The state named after "in" at <paramref name="at"/> ("in neighbouring Niger", "in northern Mali") and where its name ends, or null.</summary>
    private (Actor Actor, int End)? StateIn(IReadOnlyList<Token> tokens, int at)
    {
        if (at >= tokens.Count || tokens[at].Norm != "in")
            return null;
        at++;
        while (at < tokens.Count && (tokens[at].Norm == "the" || PlaceModifiers.Contains(tokens[at].Norm)))
            at++;
        return at < tokens.Count && tokens[at].IsCapitalized && dictionary.LongestMatch(tokens, at) is { } match
            && dictionary.Actors[match.Actor] is { Type: ActorType.State } state ? (state, match.End) : null;
    }

    /// <summary>
    /// "an army base at Inates in neighbouring Niger": the state a theatre's forces are placed in right after them,
    /// through a place's name, or null.
    /// </summary>
    private Actor? StatePlacedAfter(IReadOnlyList<Token> tokens, Mention forces)
    {
        var at = Math.Max(forces.TokenEnd, forces.TailEnd);
        if (at < tokens.Count && tokens[at].Norm is "at" or "near" or "outside")
        {
            at++;
            while (at < tokens.Count && tokens[at].IsCapitalized)
                at++; // the place's name
        }
        return StateIn(tokens, at)?.Actor;
    }

    /// <summary>The Arabic article's spellings that open a name joined by a hyphen ("al-Islam", "ash-Sham").</summary>
    private static readonly HashSet<string> ArabicArticles = ["al", "el", "ad", "ar", "as", "ash", "at", "az", "an"];

    /// <summary>Men named by the side they left.</summary>
    private static readonly HashSet<string> LeaverNouns = ["defector", "defectors", "deserter", "deserters", "turncoat", "turncoats", "renegade", "renegades"];

    private static readonly HashSet<string> RegionalBranchNouns = ["branch", "affiliate", "province", "wing", "franchise", "chapter", "offshoot"];

    /// <summary>
    /// "the Islamic State's West Africa branch", "its Sinai affiliate" after the name: the branch the dictionary knows
    /// by the parent's name and the region ("Islamic State West Africa Province", "... in Somalia"), read as one
    /// mention of that branch. Null when no such branch is known (the possessive then stays a branch of no name).
    /// </summary>
    private Mention? RegionalBranch(IReadOnlyList<Token> tokens, Mention parent, List<Mention> before)
    {
        var at = parent.TokenEnd;
        if (parent.Actor is null || parent.IsReference || at + 2 >= tokens.Count || tokens[at].Norm != "'s")
            return null;
        // "Hurras al-Din, al Qaeda's Syrian branch, ...": in apposition to a group's name, or said of it by a copula ("is
        // seen as"), the words describe that group, whatever branch the dictionary knows by them.
        if (SaidOfGroup(tokens, parent.TokenStart, before))
            return null;
        return BranchNamedAfter(tokens, parent.Actor, parent.TokenStart, at + 1);
    }

    /// <summary>
    /// "The Islamic State named him leader of its West Africa Province": the branch "its" owns, for the group named last
    /// before it in the sentence that the dictionary knows such a branch of ("The Islamic State brought ISGS under the
    /// authority of its West Africa Province": past ISGS, which has none); else null.
    /// </summary>
    private Mention? BranchOfItsOwner(IReadOnlyList<Token> tokens, int start, List<Mention> before)
    {
        if (tokens[start].Norm != "its" || start + 2 >= tokens.Count || !tokens[start + 1].IsCapitalized)
            return null;
        for (var k = before.Count - 1; k >= 0; k--)
            if (before[k] is { IsReference: false, Actor: { } owner, Type: ActorType.ArmedGroup or ActorType.Coalition }
                && BranchNamedAfter(tokens, owner, start, start + 1) is { } branch)
                return branch;
        return null;
    }

    /// <summary>
    /// The branch of <paramref name="parent"/> that the words from <paramref name="first"/> name ("Somali affiliate",
    /// "West Africa Province"), as a mention from <paramref name="start"/>; null when the dictionary knows none.
    /// </summary>
    private Mention? BranchNamedAfter(IReadOnlyList<Token> tokens, string parent, int start, int first)
    {
        var opening = first;
        // "the Islamic State's small Somali affiliate": lower-case words before the region are stepped over.
        while (first < tokens.Count && first - opening < 2 && tokens[first].IsWord && !tokens[first].IsCapitalized && !RegionalBranchNouns.Contains(tokens[first].Norm))
            first++;
        var end = first;
        while (end < tokens.Count && end - first < 3 && tokens[end].IsCapitalized && !RegionalBranchNouns.Contains(tokens[end].Norm))
            end++;
        if (end == first || end >= tokens.Count || !RegionalBranchNouns.Contains(tokens[end].Norm))
            return null;
        var region = string.Join(" ", tokens.Skip(first).Take(end - first).Select(t => t.Text));
        // "Yemeni", "Somali": a people names its country.
        foreach (var place in end - first == 1 && dictionary.CountryOf(region) is { } country ? [region, country] : (string[])[region])
            foreach (var name in (string[])[$"{parent}'s {place} {tokens[end].Text}", $"{parent} {place} Province", $"{parent} in {place}",
                         $"{parent} in the {place}", $"{parent} {place}"])
                if (dictionary.Resolve(name) is { } branch && branch.Name != parent)
                    return new Mention(start, end + 1, branch.Name, branch.Type, MentionSource.Dictionary, Surface(tokens, start, end + 1));
        return null;
    }

    /// <summary>
    /// True when words from <paramref name="start"/> are said of a group's name right before them: in apposition ("X, the
    /// ..."), or by a copula ("X is widely seen by analysts as ...", "X, which became ...").
    /// </summary>
    private static bool SaidOfGroup(IReadOnlyList<Token> tokens, int start, List<Mention> before) =>
        GroupApposedTo(tokens, start, before) is not null || PredicatedOfGroup(tokens, start, before);

    /// <summary>
    /// "Hurras al-Din is seen by analysts as al Qaeda's Syrian branch", "X, which is al Qaeda's branch in Syria": whether the
    /// words from <paramref name="start"/> follow a copula said of a group's name, right after it or past a verb of regarding
    /// (with its agent) and "as".
    /// </summary>
    private static bool PredicatedOfGroup(IReadOnlyList<Token> tokens, int start, List<Mention> before)
    {
        var k = start - 1;
        if (k >= 0 && tokens[k].Norm is "the" or "a" or "an")
            k--;
        var regarded = false;
        if (k >= 0 && tokens[k].Norm == "as")
        {
            // (past "widely seen by many analysts": a verb of regarding, its adverbs and its agent)
            for (k--; k >= 0 && k >= start - 9 && tokens[k].IsWord && !tokens[k].IsCapitalized && !PatternMatcher.Copulas.Contains(tokens[k].Norm); k--)
                regarded |= RegardingVerbs.Contains(tokens[k].Norm);
            if (!regarded)
                return false;
        }
        else if (k >= 0 && tokens[k].Norm is "now" or "still" or "effectively" or "officially" or "essentially")
            k--;
        if (k < 1 || !PatternMatcher.Copulas.Contains(tokens[k].Norm))
            return false;
        var head = k - 1;
        if (tokens[head].Norm is "which" or "that")
            head -= head >= 2 && tokens[head - 1].Norm == "," ? 2 : 1;
        return head >= 0 && before.LastOrDefault(m => m.TokenStart <= head) is { IsReference: false, Type: ActorType.ArmedGroup or ActorType.Coalition } named
            && Math.Max(named.TokenEnd, named.TailEnd) == head + 1;
    }

    private static readonly HashSet<string> RegardingVerbs =
        ["seen", "regarded", "considered", "viewed", "described", "known", "designated", "recognised", "recognized", "listed", "deemed", "branded"];

    /// <summary>
    /// The group whose name the apposition opening at <paramref name="start"/> (past its article) follows ("X, the ...",
    /// "X, an umbrella of ..."), the last of <paramref name="mentions"/> before it; null when none does.
    /// </summary>
    internal static Mention? GroupApposedTo(IReadOnlyList<Token> tokens, int start, IReadOnlyList<Mention> mentions)
    {
        var comma = start - 1;
        if (comma >= 1 && tokens[comma].Norm is "the" or "a" or "an")
            comma--;
        return comma >= 1 && tokens[comma].Norm == "," && mentions.LastOrDefault(m => m.TokenStart < comma) is
            { IsReference: false, Type: ActorType.ArmedGroup or ActorType.Coalition } named && Math.Max(named.TokenEnd, named.TailEnd) == comma ? named : null;
    }

    /// <summary>
    /// "Hurras al-Din, al Qaeda's Syrian branch, ...": an alias that names a branch by its parent ("al Qaeda's Syrian
    /// branch", "the Syrian branch of al Qaeda") said of another group's name describes that group; only the parent is
    /// named. Null otherwise.
    /// </summary>
    private Mention? ParentOfDescribingAlias(IReadOnlyList<Token> tokens, Mention mention, List<Mention> before)
    {
        // ("al Qaeda's branch in the Sahel": the branch word before the region.)
        if (mention.Source != MentionSource.Dictionary || mention.TokenEnd - mention.TokenStart < 3
            || !NamesBranch(tokens, mention) || !SaidOfGroup(tokens, mention.TokenStart, before)
            || before[^1].Actor == mention.Actor) // "the Nusra Front, al Qaeda's Syrian branch": the same group named twice
            return null;
        var possessive = -1;
        var of = -1;
        for (var k = mention.TokenStart + 1; k < mention.TokenEnd && possessive < 0 && of < 0; k++)
            if (tokens[k].Norm == "'s")
                possessive = k;
            else if (tokens[k].Norm == "of" && ActorDictionary.BranchWords.Contains(tokens[k - 1].Norm))
                of = k;
        // ("X is seen as the Syrian branch of al Qaeda": the parent after "of" ends the alias.)
        if (of >= 0)
            return dictionary.LongestMatch(tokens.Take(mention.TokenEnd).ToList(), of + 1, Theatres) is { } owner && owner.End == mention.TokenEnd
                && dictionary.Actors[owner.Actor] is var whole
                ? new Mention(of + 1, mention.TokenEnd, whole.Name, whole.Type, MentionSource.Dictionary, Surface(tokens, of + 1, mention.TokenEnd))
                : null;
        if (possessive < 0 || dictionary.LongestMatch(tokens.Take(possessive).ToList(), mention.TokenStart, Theatres) is not { } parent || parent.End != possessive)
            return null;
        var actor = dictionary.Actors[parent.Actor];
        return new Mention(mention.TokenStart, possessive, actor.Name, actor.Type, MentionSource.Dictionary, Surface(tokens, mention.TokenStart, possessive));
    }

    /// <summary>
    /// "Traore's government expelled French forces", "Sharif's government": a man's government (regime, junta,
    /// administration) is the state he speaks for, else the side he leads when the dictionary gives him one that is no
    /// state, else what "the government" means in the document's theatre; the whole phrase is one mention of it. Null
    /// when none is known.
    /// </summary>
    private Mention? GovernmentOfLeader(IReadOnlyList<Token> tokens, Mention mention)
    {
        var end = mention.TokenEnd;
        if (mention.Type != ActorType.Person || mention.IsReference || end + 1 >= tokens.Count || tokens[end].Norm != "'s"
            || tokens[end + 1].Norm is not ("government" or "regime" or "junta" or "administration" or "cabinet"))
            return null;
        // ("a rival of Haftar's administration in the east": a man who leads a side that is no state governs for that side.)
        var state = mention.ActsFor is { } own ? dictionary.Find(own)
            : mention.Actor is { } man && dictionary.GroupOf(man) is { } group && dictionary.Find(group) is { Type: ActorType.ArmedGroup or ActorType.Coalition } side ? side
            : TheatreActorOf(TheGovernment);
        return state is { Type: ActorType.State or ActorType.ArmedGroup or ActorType.Coalition }
            ? new Mention(mention.TokenStart, end + 2, state.Name, state.Type, MentionSource.Dictionary, Surface(tokens, mention.TokenStart, end + 2))
            : null;
    }

    private static readonly List<Token> TheGovernment = Tokenizer.Tokenize("the government");

    /// <summary>What a theatre's phrase for a side ("the government", "the army") means in this document, or null.</summary>
    private Actor? TheatreActorOf(List<Token> phrase) =>
        dictionary.LongestMatchWithTail(phrase, 0, Theatres) is { Contextual: true, End: 2 } match ? dictionary.Actors[match.Actor] : null;
    private static readonly List<Token> TheRegime = Tokenizer.Tokenize("the regime");

    /// <summary>
    /// "supporting a government offensive", "a regime assault on Daraa": "government" or "regime" before an act of war is what
    /// "the government" ("the regime") means in the document's theatre, when that is a state. Null otherwise.
    /// </summary>
    private Mention? GovernmentAct(IReadOnlyList<Token> tokens, int start)
    {
        if (tokens[start].Norm is not ("government" or "regime") || tokens[start].IsCapitalized || start + 1 >= tokens.Count
            || !(PatternMatcher.IsWarActNoun(tokens[start + 1].Norm) || tokens[start + 1].Norm is "campaign" or "push" or "counteroffensive" or "advance"))
            return null;
        return TheatreSideAt(tokens, start, tokens[start].Norm, stateOnly: true);
    }

    /// <summary>
    /// A one-word mention at <paramref name="at"/> of what the theatre's "the <paramref name="word"/>" means ("army",
    /// "military", "government", "regime", "coalition"), or null; only a state's when <paramref name="stateOnly"/>.
    /// </summary>
    private Mention? TheatreSideAt(IReadOnlyList<Token> tokens, int at, string word, bool stateOnly)
    {
        var phrase = word switch { "army" => TheArmy, "military" => TheMilitary, "regime" => TheRegime, "coalition" => TheCoalition, _ => TheGovernment };
        return TheatreActorOf(phrase) is { } actor && (!stateOnly || actor.Type == ActorType.State)
            ? new Mention(at, at + 1, actor.Name, actor.Type, MentionSource.Dictionary, tokens[at].Text) { Contextual = true }
            : null;
    }

    /// <summary>True when a branch word stands in a mention past its first word ("al Qaeda's Syrian branch", "Syrian branch of al Qaeda").</summary>
    private static bool NamesBranch(IReadOnlyList<Token> tokens, Mention mention)
    {
        for (var k = mention.TokenStart + 1; k < mention.TokenEnd; k++)
            if (ActorDictionary.BranchWords.Contains(tokens[k].Norm))
                return true;
        return false;
    }

    private static readonly HashSet<string> StateTitles =
        ["president", "prime", "minister", "pm", "premier", "king", "emir", "sultan", "crown", "prince", "chancellor", "supreme",
         "leader", "defence", "defense", "foreign", "interior", "vice", "deputy", "acting", "interim", "transitional"];

    /// <summary>
    /// The state a person's title names ("Turkish President Erdogan", "US Defense Secretary" is no title here): a
    /// demonym or a state's name, then title words, then the person, whether the words stand before the name or
    /// inside a dictionary alias ("US President Donald Trump").
    /// </summary>
    private string? StateOfTitle(IReadOnlyList<Token> tokens, Mention person)
    {
        // Inside the alias: the state's word and the title open it.
        var start = person.TokenStart;
        var inside = start;
        while (inside < person.TokenEnd - 1 && (inside == start ? State(tokens[inside]) is not null : StateTitles.Contains(tokens[inside].Norm)))
            inside++;
        if (inside > start + 1)
            return Former(start - 1) ? null : State(tokens[start]);
        // Before it: title words, then the state's word.
        var before = start - 1;
        while (before >= 0 && StateTitles.Contains(tokens[before].Norm) && start - before <= 3)
            before--;
        // ("Chad's President Idriss Deby": or the state's possessive.)
        if (before >= 1 && before < start - 1 && tokens[before].Norm == "'s")
            before--;
        if (before < start - 1 && before >= 0 && !Former(before - 1) && !Former(before + 1) && State(tokens[before]) is { } named)
            return named;
        // "President Donald Trump": a bare title (before the name or opening it) is the office the dictionary's own names for
        // the man give with its state ("US President Donald Trump").
        var titled = before < start - 1 ? before + 1 : start;
        return tokens[titled].Norm is "president" or "prime" or "premier" or "king" or "emir" && !Former(titled - 1) && person.Actor is { } man
            ? OfficeInAliases(man) : null;

        // "former Yemeni president Saleh", "Yemen's ousted president": no longer the state's voice.
        bool Former(int at) => at >= 0 && at < tokens.Count && tokens[at].Norm is "former" or "ex" or "late" or "ousted" or "deposed" or "exiled" or "toppled" or "then";
    }

    /// <summary>The state whose title one of the man's dictionary names opens with ("US President Donald Trump"), or null.</summary>
    private string? OfficeInAliases(string man)
    {
        if (_offices.TryGetValue(man, out var known))
            return known;
        string? office = null;
        foreach (var alias in dictionary.Find(man)?.Aliases ?? [])
        {
            var words = Tokenizer.Tokenize(alias);
            if (words.Count > 2 && StateTitles.Contains(words[1].Norm) && State(words[0]) is { } state)
            {
                office = state;
                break;
            }
        }
        return _offices[man] = office;
    }

    private readonly Dictionary<string, string?> _offices = [];

    private static readonly HashSet<string> SpokesmanWords = ["spokesman", "spokesperson", "spokeswoman"];

    /// <summary>
    /// "LNA spokesman Ahmed al-Mismari", "the Houthis' military spokesman, Yahya Saree": a spokesman's accusations
    /// and threats are his group's. The group named just before the role, or null.
    /// </summary>
    private static string? SpokesmanOf(IReadOnlyList<Token> tokens, Mention person, List<Mention> before) =>
        TitleOwnerEnd(tokens, person.TokenStart, SpokesmanWords) is var end and > 0 && before.Count > 0
        && before[^1] is { IsReference: false, Actor: { } group, Type: not ActorType.Person } owner && owner.TokenEnd == end ? group : null;

    /// <summary>
    /// "the Houthis' military spokesman, Yahya Saree", "Hizbul Islam's leader, Sheikh Aweys": where the name of whoever holds
    /// the title (one of <paramref name="titles"/>) right before the man at <paramref name="person"/> must end, or -1.
    /// </summary>
    internal static int TitleOwnerEnd(IReadOnlyList<Token> tokens, int person, HashSet<string> titles)
    {
        var k = person - 1;
        if (k >= 0 && tokens[k].Norm == ",")
            k--;
        if (k < 0 || !titles.Contains(tokens[k].Norm))
            return -1;
        k--;
        if (k >= 0 && tokens[k].IsWord && !tokens[k].IsCapitalized && tokens[k].Norm is not ("a" or "an" or "the" or "'s"))
            k--; // "military spokesman"
        if (k >= 0 && tokens[k].Norm is "'s" or "'")
            k--;
        return k + 1;
    }

    /// <summary>The state a capitalised demonym or one-word name stands for ("Iraqi", "US"), or null.</summary>
    private string? State(Token token)
    {
        if (!token.IsCapitalized)
            return null;
        if (dictionary.DemonymActors.TryGetValue(token.Norm, out var name))
            return dictionary.Find(name) is { Type: ActorType.State } byDemonym ? byDemonym.Name : null;
        return dictionary.LongestMatch([token], 0) is { End: 1 } match && dictionary.Actors[match.Actor] is { Type: ActorType.State } state ? state.Name : null;
    }

    /// <summary>
    /// "militias from the city of Misrata", "fighters from the western town of Zintan": a name the dictionary gives as
    /// "militias from Misrata", with the place's kind of settlement between. Null for any other words.
    /// </summary>
    private Mention? FromTown(IReadOnlyList<Token> tokens, int start)
    {
        if (start + 4 >= tokens.Count || tokens[start + 1].Norm != "from" || tokens[start + 2].Norm != "the" || !tokens[start].IsWord)
            return null;
        var of = start + 3;
        while (of < tokens.Count && of < start + 6 && tokens[of].IsWord && !tokens[of].IsCapitalized && !SettlementNouns.Contains(tokens[of].Norm))
            of++;
        if (of + 2 >= tokens.Count || !SettlementNouns.Contains(tokens[of].Norm) || tokens[of + 1].Norm != "of" || !tokens[of + 2].IsCapitalized)
            return null;
        var joined = new List<Token>(tokens.Count) { tokens[start], tokens[start + 1] };
        joined.AddRange(tokens.Skip(of + 2));
        if (dictionary.LongestMatch(joined, 0, Theatres) is not { End: > 2 } match)
            return null;
        var actor = dictionary.Actors[match.Actor];
        var end = of + match.End;
        return new Mention(start, end, actor.Name, actor.Type, MentionSource.Dictionary, Surface(tokens, start, end));
    }

    /// <summary>
    /// Where "known" stands in "known [adverb] as [the]" right before <paramref name="start"/>, one of <paramref name="adverbs"/>
    /// allowed between "known" and "as"; else -1.
    /// </summary>
    internal static int KnownAsBefore(IReadOnlyList<Token> tokens, int start, IReadOnlySet<string> adverbs)
    {
        var k = start - 1;
        if (k >= 0 && tokens[k].Norm == "the")
            k--;
        if (k < 1 || tokens[k].Norm != "as")
            return -1;
        k--;
        if (adverbs.Contains(tokens[k].Norm))
            k--;
        return k >= 0 && tokens[k].Norm == "known" ? k : -1;
    }

    /// <summary>Adverbs a name given after "known ... as" may have before "as" for its case not to matter (and, for the
    /// matcher, before "known": "locally known as").</summary>
    internal static readonly HashSet<string> KnownAsAdverbs = ["locally", "collectively", "commonly", "widely", "also"];

    private static readonly HashSet<string> SettlementNouns = ["city", "town", "village", "region", "province", "district", "port", "enclave"];

    /// <summary>The name a contextual mention opens with before a backer's compound ("Iran" in "Iran-backed militias"), or null.</summary>
    private Mention? BackerOpening(IReadOnlyList<Token> tokens, Mention mention)
    {
        var start = mention.TokenStart;
        if (start + 1 >= mention.TokenEnd || !tokens[start].IsCapitalized || !tokens[start + 1].AfterHyphen || !CompoundVerbs.Contains(tokens[start + 1].Norm)
            || dictionary.LongestMatch(tokens.Take(start + 1).ToList(), start, Theatres) is not { End: var end } named || end != start + 1)
            return null;
        var actor = dictionary.Actors[named.Actor];
        return new Mention(start, end, actor.Name, actor.Type, MentionSource.Dictionary, tokens[start].Text);
    }

    /// <summary>
    /// The document's theatres narrowed to the one the first place after "in" (at most twelve words after <paramref name="from"/>,
    /// in the clause) belongs to, when that is a theatre the document names but not its main one; else null.
    /// </summary>
    private TheatreWeights? PlacedInOtherTheatre(IReadOnlyList<Token> tokens, int from)
    {
        for (var k = from; k + 1 < tokens.Count && k < from + 12 && tokens[k].Norm is not ("," or ";" or ":" or "." or "and" or "but" or "while"); k++)
            if (tokens[k].Norm == "in" && dictionary.PlaceAt(tokens, k + 1) is { Theatre: var theatre })
                return theatre != Theatres.Main && Theatres.Score(theatre) > 0 ? TheatreWeights.Only(theatre, dictionary.Theatres.Count).Dated(Theatres.On) : null;
        return null;
    }

    private Mention? DictionaryMention(IReadOnlyList<Token> tokens, int start)
    {
        // ("clan militias, known locally as macawisley": a name given after "known as" is one, whatever its case.)
        var caseSensitive = !_informal && KnownAsBefore(tokens, start, KnownAsAdverbs) < 0;
        // ("the last stronghold of Western-backed rebels in Syria's northwest", in a 2019 story mostly about Libya, where "the
        // rebels" name no one that year: a theatre's word placed in another theatre the document names is read there.)
        var found = dictionary.LongestMatchWithTail(tokens, start, Theatres, caseSensitive);
        if (found is null && tokens[start].IsWord && !tokens[start].IsCapitalized && PlacedInOtherTheatre(tokens, start + 1) is { } elsewhere
            && dictionary.LongestMatchWithTail(tokens, start, elsewhere, caseSensitive) is { Contextual: true } placedMatch)
            found = placedMatch;
        if (found is not { } match)
            return null;
        // "Jets struck targets in Afghanistan, days after militants killed soldiers at a post in North Waziristan": a
        // theatre's word for a side, placed in another theatre the document is about, is that theatre's side.
        if (match.Contextual && PlacedInOtherTheatre(tokens, match.End) is { } placed
            && dictionary.LongestMatchWithTail(tokens, start, placed, caseSensitive) is { } there)
            match = there;
        if (match.End - start == 1 && _notActors.Contains(Tokenizer.ExactKey(tokens[start].Text)))
            return null; // the document defined this acronym as something else ("the National Terrorism Center (NTC)")
        if (ActorDictionary.AfterAbdel(tokens, start, match.End))
            return null; // "Abdel Fattah al-Burhan" names a man, not Fatah

        // "the French-led campaign", "the Turkish-backed Hamza Division", "the French-speaking north": a people's word after
        // its article is a compound's first half before a hyphen, not "the French" as a people.
        // ("the coalition-backed government": a theatre's side written in lower case is that side, backing.)
        if (tokens[start].Norm == "the" && match.End < tokens.Count && tokens[match.End].AfterHyphen && dictionary.DemonymActors.ContainsKey(tokens[match.End - 1].Norm)
            && !(match.Contextual && !tokens[match.End - 1].IsCapitalized && CompoundVerbs.Contains(tokens[match.End].Norm)))
            return null;
        // "the Army of Islam": a name that starts inside "the army" and reaches further is the one meant.
        // Measured by the whole key: "Syrian government aircraft" is read whole, not as "government aircraft".
        // Not when the inner name only adds its forces: "Pakistani Taliban militants" are the Pakistani Taliban.
        // Not when the inner name is a common noun (a side only by the theatre): "an Ethiopian army camp" is Ethiopia's.
        if (match.End - start > 1 && dictionary.LongestMatch(tokens, start + 1, Theatres) is { } inner && inner.End > Math.Max(match.End, match.Full)
            && tokens[start + 1].IsCapitalized && !OnlyForceWords(tokens, Math.Max(match.End, match.Full), inner.End))
        {
            // "Khalifa Haftar's army": a man's full name whose surname opens his force's name ("Haftar's army") names
            // the force from his first name on.
            if (dictionary.Actors[match.Actor].Type == ActorType.Person && match.End < tokens.Count && tokens[match.End].Norm == "'s"
                && OnlyForceWords(tokens, match.End + 1, inner.End))
            {
                var force = dictionary.Actors[inner.Actor];
                return new Mention(start, inner.End, force.Name, force.Type, MentionSource.Dictionary, Surface(tokens, start, inner.End));
            }
            return null;
        }
        // "the Fatah Alliance", "the Taliban Movement of Pakistan": a one-word name that a capitalised group noun
        // goes on from is another group's name (a name the dictionary holds whole was matched whole above).
        if (match.End - start == 1 && match.End < tokens.Count && tokens[match.End].IsCapitalized && GroupNameHeads.Contains(tokens[match.End].Norm)
            && dictionary.Actors[match.Actor].Type != ActorType.State)
            return null;
        // "the West African force", "the West Bank", "East Africa": a point of the compass the dictionary holds as a side's
        // name is a region's first word when a capitalised word goes on from it.
        if (match.End - start <= 2 && tokens[match.End - 1].Norm is "west" or "east" or "north" or "south" && match.End < tokens.Count
            && tokens[match.End].IsCapitalized && tokens[match.End].IsWord && !tokens[match.End].AfterHyphen)
            return null;
        // "the Sudan Liberation Movement", "the Somalia Salvation Front": a country's name opening a group's name is part
        // of it. Not a state's own forces ("the Somalia National Army", "Iraq Security Forces").
        if (match.End - start == 1 && dictionary.IsPlaceName(tokens, start, match.End) && OpensGroupName(tokens, match.End))
            return null;
        // "the Liwa Ahrar Souriya": a one-word short form of a longer name ("Ahrar" for Ahrar al-Sham) right after a
        // capitalised word the dictionary does not know, inside a sentence (where capitals mean a name), is part of
        // another group's name. ("On Saturday coalition aircraft": a weekday or a month is no name's first word.)
        if (match.End - start == 1 && start > 1 && tokens[start - 2].Norm is not ("." or "\"" or ":" or "\u2014")
            && tokens[start - 1].IsWord && tokens[start - 1].IsCapitalized && !tokens[start - 1].AfterHyphen && !DateResolver.IsMonthOrDay(tokens[start - 1].Norm)
            && dictionary.Actors[match.Actor] is { Type: not ActorType.State and not ActorType.Person } shortened && shortened.Name.Contains(' ')
            && !dictionary.DemonymActors.ContainsKey(tokens[start - 1].Norm) && !LooksLikeAdjective(tokens[start - 1].Norm)
            && dictionary.LongestMatch(tokens, start - 1, Theatres) is null)
            return null;
        // "Fatah al-Islam", "Shabab al-Mumin": a one-word name run on by an Arabic article names another group.
        if (match.End - start == 1 && match.End + 1 < tokens.Count && ArabicArticles.Contains(tokens[match.End].Norm)
            && tokens[match.End + 1].AfterHyphen && tokens[match.End + 1].IsCapitalized)
            return null;
        // "the Turkish-backed Syrian National Army": an alias that opens with its backer's compound still names the
        // backer first, when the rest is a proper name of the same actor (not "Saudi-led coalition": "coalition").
        if (match.End - start > 2 && tokens[start + 1].AfterHyphen && CompoundVerbs.Contains(tokens[start + 1].Norm) && tokens[start + 2].IsCapitalized
            && CompoundDemonym(tokens, start) is { } backer
            && dictionary.LongestMatchWithTail(tokens, start + 2, Theatres, caseSensitive: !_informal) is { } rest && rest.Actor == match.Actor && rest.End == match.End)
            return backer;
        // "the military governments of Mali and Burkina Faso": a theatre's common name that modifies a noun belonging
        // to a name after "of" is that name's.
        if (match.Contextual && match.Full <= match.End && match.End + 2 < tokens.Count && tokens[match.End].IsWord
            && !tokens[match.End].IsCapitalized && tokens[match.End].Norm.Length > 3 && tokens[match.End].Norm.EndsWith('s')
            && tokens[match.End + 1].Norm == "of" && tokens[match.End + 2].IsCapitalized && dictionary.LongestMatch(tokens, match.End + 2, Theatres) is not null)
            return null;
        // "the Saudi-backed rebel group Jaish al-Islam": a theatre's common word before a class noun and a name says what
        // kind of group the name is; it names no side of its own.
        if (match.Contextual && match.End + 1 < tokens.Count && tokens[match.End].Norm is "group" or "faction" or "movement" or "militia" or "alliance"
            && tokens[match.End + 1].IsCapitalized && dictionary.LongestMatch(tokens, match.End + 1, Theatres) is not null)
            return null;
        var actor = dictionary.Actors[match.Actor];
        // "Mozambique insurgents", "Nigeria militants": a country's name before its nationals under arms says where they
        // are from, not who they fight for (a demonym's own reading is decided where demonyms are read).
        if (actor.Type == ActorType.State && !match.Contextual && match.End < tokens.Count && dictionary.IrregularNouns.Contains(tokens[match.End].Norm)
            && !dictionary.DemonymActors.ContainsKey(tokens[match.End - 1].Norm))
            return null;
        // "missiles at two Iraqi bases hosting U.S. troops": a state's site that hosts another's forces is where they are,
        // not the state the act is aimed at.
        if (actor.Type == ActorType.State && match.Full > match.End && HostsOthers(tokens, match.Full))
            return null;
        // "coalition spokesman Turki al-Maliki", "Hafez al-Assad": a man's family name after a given name that is none
        // of his is another man of the family.
        if (actor.Type == ActorType.Person && OtherGivenName(tokens, start, match.End, actor))
            return null;
        // "Mullah Mansour Dadullah": a man's name run on by a capitalised word of no name of his is another man's.
        if (actor.Type == ActorType.Person && match.End + 1 < tokens.Count && tokens[match.End] is { IsWord: true, IsCapitalized: true, AfterHyphen: false } next
            && next.Norm.Length > 2 && !DateResolver.IsMonthOrDay(next.Norm) && !dictionary.DemonymActors.ContainsKey(next.Norm) && !Titles.Contains(next.Norm)
            && !PersonTitles.Contains(next.Norm) && dictionary.LongestMatch(tokens, match.End, Theatres) is null && dictionary.PlaceAt(tokens, match.End) is null
            && tokens[match.End + 1].Norm is not ("said" or "says" or "told" or "and" or "," or "."))
            return null;
        // "West African", "West Bank": a one-word name of an idea ("the West") runs on into another proper name.
        if (actor.Type == ActorType.Other && match.End - start == 1 && match.Full <= match.End && match.End < tokens.Count
            && tokens[match.End].IsCapitalized && !tokens[match.End].AfterHyphen)
            return null;
        return new Mention(start, match.End, actor.Name, actor.Type, MentionSource.Dictionary, Surface(tokens, start, match.End))
        {
            TailEnd = match.Full > match.End ? match.Full : -1,
            Contextual = match.Contextual,
        };
    }

    /// <summary>
    /// True when the person's name matched at [<paramref name="start"/>, <paramref name="end"/>) is only the end of
    /// his longer name ("al-Maliki") and a capitalised word that is no word of any of his names, no title and no
    /// name of its own stands right before it ("Turki al-Maliki"): a given name, so another man.
    /// </summary>
    private bool OtherGivenName(IReadOnlyList<Token> tokens, int start, int end, Actor person)
    {
        // ("Maliki" matched alone after the article of "al-Maliki": the name starts at the article.)
        if (start > 1 && tokens[start - 1].Norm is "al" or "el" or "bin" or "ibn" or "ould" && !tokens[start - 1].IsCapitalized)
            start--;
        if (start == 0)
            return false;
        var given = tokens[start - 1];
        if (!given.IsCapitalized || given.AfterHyphen || given.Norm.Length < 3
            || Titles.Contains(given.Norm) || TitleWords.Contains(given.Norm) || StateTitles.Contains(given.Norm) || PersonTitles.Contains(given.Norm)
            || dictionary.Discovery.IsRole(given.Norm) || NotGivenNames.Contains(given.Norm) || dictionary.DemonymActors.ContainsKey(given.Norm)
            || DateResolver.IsMonthOrDay(given.Norm) || (LooksLikeAdjective(given.Norm) && given.Norm.Length > 5))
            return false;
        var matched = new List<string>();
        for (var k = start; k < end; k++)
            if (tokens[k].IsWord)
                matched.Add(tokens[k].Folded);
        var endsLonger = false;
        foreach (var name in person.Aliases.Prepend(person.Name))
        {
            var words = name.Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries).Select(Tokenizer.Fold).ToList();
            if (words.Contains(given.Folded))
                return false;
            endsLonger |= words.Count > matched.Count && words.Skip(words.Count - matched.Count).SequenceEqual(matched);
        }
        return endsLonger;
    }

    /// <summary>Military ranks as abbreviated before a name ("Gen.", "Col.", "Lt.").</summary>
    private static readonly HashSet<string> ShortRanks = ["gen", "col", "lt", "maj", "capt", "brig", "sgt", "adm", "cmdr", "cpl"];

    /// <summary>Capitalised words that open a sentence or a clause before a man's name, not given names.</summary>
    private static readonly HashSet<string> NotGivenNames =
        ["but", "and", "when", "then", "meanwhile", "now", "still", "instead", "yet", "later", "earlier", "today", "yesterday", "after",
         "before", "while", "since", "although", "though", "once", "also", "both", "under", "with", "without", "for", "against", "like",
         "unlike", "as", "that", "this", "the", "ex", "former", "late", "brig", "sgt", "gen", "adm", "col", "lt", "maj", "capt", "cpl", "cmdr",
         "comrade", "brother"];

    /// <summary>True when tokens [<paramref name="start"/>, <paramref name="end"/>) are all words for forces or people ("militants").</summary>
    private bool OnlyForceWords(IReadOnlyList<Token> tokens, int start, int end)
    {
        for (var k = start; k < end; k++)
            if (!dictionary.ForceNouns.Contains(tokens[k].Norm) && !PeopleNouns.Contains(tokens[k].Norm))
                return false;
        return true;
    }

    /// <summary>
    /// True when one to four capitalised words from <paramref name="start"/> end in a group's head noun and are not only
    /// a state's words for its forces ("Liberation Movement", "People's Liberation Army"; not "National Army", "Security Forces").
    /// </summary>
    private bool OpensGroupName(IReadOnlyList<Token> tokens, int start)
    {
        var own = false;
        for (var k = start; k < tokens.Count && k < start + 4 && (tokens[k].IsCapitalized || tokens[k].Norm == "'s"); k++)
        {
            if (tokens[k].Norm == "'s")
                continue;
            if (dictionary.Discovery.IsHead(tokens[k].Norm) && k > start)
                return own;
            own |= !StateForceWords.Contains(tokens[k].Norm) && !dictionary.ForceNouns.Contains(tokens[k].Norm);
        }
        return false;
    }

    private static readonly HashSet<string> StateForceWords =
        ["national", "armed", "special", "security", "police", "defence", "defense", "federal", "republican", "royal", "air", "naval",
         "border", "army", "presidential", "interior", "government", "state", "joint", "elite", "military"];

    /// <summary>"Kurdish", "Shiite", "Sunni", "Islamist", "Palestinian": a capitalised adjective before a name, not part of one.</summary>
    private static bool LooksLikeAdjective(string norm) =>
        norm.EndsWith("ish", StringComparison.Ordinal) || norm.EndsWith("ite", StringComparison.Ordinal) || norm.EndsWith("an", StringComparison.Ordinal)
        || norm.EndsWith("ese", StringComparison.Ordinal) || norm.EndsWith("ic", StringComparison.Ordinal) || norm.EndsWith("ist", StringComparison.Ordinal)
        || norm.EndsWith('i') || norm is "arab" or "western" or "eastern" or "northern" or "southern";

    private static readonly HashSet<string> AimedActs =
        ["attacks", "attack", "strikes", "strike", "airstrikes", "rockets", "missiles", "shells", "fire", "raids", "raid", "incursion", "incursions", "drones",
         "insurgency", "rebellion", "uprising", // "an insurgency in Turkey" is against its state
         "rocket", "missile", "drone", "mortar", "mortars", "shell", "projectile", "projectiles", "barrage", "salvo", "bombs", "bomb", "grenades"];

    private static readonly HashSet<string> Locatives = ["in", "into", "inside", "across", "throughout", "within", "near", "around", "outside", "at"];
    /// <summary>A meeting a place names ("the Doha agreement", "the Astana talks").</summary>
    private static readonly HashSet<string> MeetingNouns = ["conference", "agreement", "accord", "accords", "talks", "process", "declaration", "summit"];

    private static readonly HashSet<string> PlaceNouns =
        ["border", "borders", "province", "provinces", "city", "capital", "territory", "soil", "coast", "frontier", "region", "countryside", "desert",
         // "the Ouagadougou conference centre", "the Doha agreement", "the Astana talks": a building or a meeting the place names.
         "centre", "center", "hotel", "hall", "stadium", "university", "hospital", "street", "square", "market", "mosque",
         .. MeetingNouns];

    /// <summary>
    /// A state's bare name governed by "in", "into", "across" ... or modifying "border", "province" is a place, not
    /// the actor: "fighters crossed into Afghanistan", "the Pakistan border".
    /// </summary>
    /// <summary>
    /// "captured the town of Ras Kamboni": a name right after "the town (city, village, port, district) of" is the place,
    /// even where a group bears it (a state is read as a place by <see cref="IsPlace"/>).
    /// </summary>
    private static bool TownNamed(IReadOnlyList<Token> tokens, Mention mention) =>
        !mention.IsReference && mention.Type != ActorType.State && mention.TokenStart >= 2 && tokens[mention.TokenStart - 1].Norm == "of"
        && tokens[mention.TokenStart - 2].Norm is "town" or "city" or "village" or "port" or "district" or "neighbourhood" or "neighborhood" or "suburb";

    /// <summary>
    /// "The Saudi-backed rebel group, once the most powerful faction": a theatre's word right before one group's noun describes
    /// that group, which a description refers back to; "rebel groups" are still the side, and a state's word after "pro-" is the
    /// state ("a pro-government militia" is the government's ally).
    /// </summary>
    private static bool DescribesOneGroup(IReadOnlyList<Token> tokens, Mention mention) =>
        mention.Contextual && mention.Type != ActorType.State && mention.TokenEnd - mention.TokenStart == 1 && char.IsLower(mention.Surface[0])
        && !AfterPro(tokens, mention.TokenStart) && mention.TokenEnd < tokens.Count
        && tokens[mention.TokenEnd].Norm is "group" or "faction" or "movement" or "outfit" or "organisation" or "organization" or "militia"
        && !(mention.TokenEnd + 1 < tokens.Count && tokens[mention.TokenEnd + 1].IsCapitalized);

    /// <summary>Buildings and quarters a city's name may stand before ("a Kabul safe house").</summary>
    private static readonly HashSet<string> SiteNouns =
        ["safe", "safehouse", "house", "guesthouse", "hotel", "home", "compound", "neighbourhood", "neighborhood", "suburb", "street", "market", "mosque",
         "hospital", "prison", "school", "restaurant", "apartment", "villa", "hideout"];

    private bool IsPlace(IReadOnlyList<Token> tokens, Mention mention)
    {
        if (mention.Type != ActorType.State || mention.Source != MentionSource.Dictionary || mention.TailEnd >= 0 || mention.Contextual)
            return false;
        // "merged into the Turkish-backed Hamza Division": a state that backs or leads is an actor wherever it stands.
        if (mention.TokenEnd < tokens.Count && tokens[mention.TokenEnd].AfterHyphen && CompoundVerbs.Contains(tokens[mention.TokenEnd].Norm))
            return false;
        // "the 2015 Algiers accord", "the Riyadh agreement": a meeting a capital names, whatever other places the theatres list.
        if (mention.TokenEnd < tokens.Count && MeetingNouns.Contains(tokens[mention.TokenEnd].Norm) && mention.TokenEnd - mention.TokenStart == 1
            && tokens[mention.TokenStart].IsCapitalized)
            return true;
        // "the government, which is based in Riyadh": where a side is based (stationed, exiled) is a place.
        if (mention.TokenStart >= 2 && tokens[mention.TokenStart - 1].Norm == "in"
            && tokens[mention.TokenStart - 2].Norm is "based" or "headquartered" or "stationed" or "exiled" or "residing")
            return true;
        if (mention.Surface != mention.Actor && !dictionary.IsPlaceName(tokens, mention.TokenStart, mention.TokenEnd))
            return false; // "the State Department" names a body, not a place
        // "on the balcony of a Kabul safe house", "a Baghdad hotel": a city's name before a building or a quarter is where it stands.
        if (mention.Surface != mention.Actor && mention.TokenEnd < tokens.Count && SiteNouns.Contains(tokens[mention.TokenEnd].Norm))
            return true;
        // "a military base in Mogadishu", "clashes near Kabul": a city's name after a preposition of place is where, not who.
        // (Not "at": "fired mortars at Damascus" aims at the government there.)
        if (mention.Surface != mention.Actor && mention.TokenStart >= 1 && tokens[mention.TokenStart - 1].Norm is "in" or "near" or "outside" or "around"
            && !(mention.TokenEnd < tokens.Count && tokens[mention.TokenEnd].Norm == "'s"))
            return true;
        for (var k = mention.TokenStart; k < mention.TokenEnd; k++)
            if (tokens[k].IsWord && !tokens[k].IsCapitalized)
                return false;
        // "Lake Chad fishermen", "the Gulf of Aden": a state's name inside a lake's or a sea's is that place.
        if (mention.TokenStart >= 1 && tokens[mention.TokenStart - 1] is { IsCapitalized: true } water && water.Norm is "lake" or "river")
            return true;
        var before = mention.TokenStart - 1;
        while (before >= 0 && (tokens[before].Norm is "the" or "neighbouring" or "neighboring" || PatternMatcher.CompassParts.Contains(tokens[before].Norm)))
            before--;
        // "militias from Iraq and Afghanistan": where irregular men come from is no side (a state's troops are its own;
        // "mercenaries from Russia's Wagner Group" come from what the state owns).
        if (OriginOfMen(tokens, before) && !(mention.TokenEnd < tokens.Count && tokens[mention.TokenEnd].Norm == "'s"))
            return true;
        // "a clinic in the Sinjar district of northern Iraq": a country a place's noun is "of" is where the place is.
        if (before >= 1 && tokens[before].Norm == "of" && PlaceOfNouns.Contains(tokens[before - 1].Norm))
            return true;
        if (BorderWith(tokens, before))
            return true;
        // "Kenyan troops enter Somalia", "fled Afghanistan": a country entered or left is a place.
        if (before >= 0 && tokens[before].Norm is "enter" or "enters" or "entered" or "entering" or "fled" or "flee" or "flees" or "fleeing" or "left" or "leave" or "leaves" or "leaving")
            return true;
        // "daily attacks into northern Israel", "rockets at Israel": the state is what the act is aimed at.
        // ("since the group began firing at Israel": so after a verb of firing.)
        if (before >= 0 && Locatives.Contains(tokens[before].Norm) && !(before > 0 && (AimedActs.Contains(tokens[before - 1].Norm)
                || tokens[before - 1].Norm is "fired" or "firing" or "fires" or "shot" or "shooting" or "aimed" or "aiming"))
            && !IsArmySite(tokens, before) && !IsStruckInstallation(tokens, before))
            return true;
        // "Iraq militia attacks on US bases", "Syria rebels": a country's own name (not its people's word, nor a region's, "the
        // Jubaland militia") before irregular men says where they fight, not that the state's forces do.
        if (mention.TokenEnd < tokens.Count && tokens[mention.TokenEnd].Norm is "militia" or "militias" or "militiamen" or "rebels" or "insurgents"
            or "jihadists" or "militants" && mention.TokenEnd - mention.TokenStart == 1
            && dictionary.IsCountry(tokens[mention.TokenStart].Norm))
            return true;
        // ("Forces of Somalia's semi-autonomous Puntland region": the forces of a region that is a side are the side's.)
        if (mention.TokenEnd < tokens.Count && PlaceNouns.Contains(tokens[mention.TokenEnd].Norm) && !ForcesOfBefore(tokens, mention.TokenStart))
            return true;
        // "Ethiopian troops oust Islamists from Mogadishu": a city the state is named by, that someone is driven from, is the city.
        if (mention.Surface != mention.Actor && before >= 1 && (tokens[before].Norm == "from" || (tokens[before].Norm == "of" && tokens[before - 1].Norm == "out"))
            && WordBefore(tokens, before, 5, RemovalVerbs))
            return true;
        // ("has expelled French troops from Burkina Faso": so is a country men are expelled from.)
        if (before >= 1 && tokens[before].Norm == "from" && WordBefore(tokens, before, 5, ExpellingVerbs))
            return true;
        // "attacked a base in Kolbio, southern Somalia": a country set after a place a locative governs is where it is.
        // "seized large areas in Syria and Iraq": the last of two places a locative governs is a place too.
        // "the tri-border region of Mali, Burkina Faso and Niger": so are the others of a list of places after "region of".
        for (var link = before; link >= 1 && tokens[link].Norm is "and" or "or" or ","; )
        {
            var placeStart = link - 1;
            while (placeStart > 0 && tokens[placeStart - 1].IsCapitalized)
                placeStart--;
            // Each item is a name of one to three words; the first stands right after the locative ("in Cameroon and
            // Niger") or the place's noun and "of"; the others after a comma or "and".
            if (!tokens[placeStart].IsCapitalized || placeStart == 0 || link - placeStart > 3)
                break;
            var governor = placeStart - 1;
            if (Locatives.Contains(tokens[governor].Norm) || (governor >= 1 && tokens[governor].Norm == "of" && PlaceOfNouns.Contains(tokens[governor - 1].Norm))
                || OriginOfMen(tokens, governor) || BorderWith(tokens, governor))
                return true;
            link = governor;
        }
        // "the Kabul airport bombing", "a Mogadishu hotel": a city the state is named by, naming a place, is the city.
        if (mention.Surface != mention.Actor && mention.TokenEnd < tokens.Count && CityPlaces.Contains(tokens[mention.TokenEnd].Norm)
            && tokens[mention.TokenEnd].IsWord && !tokens[mention.TokenEnd].IsCapitalized)
            return true;
        // "at Baghdad's international airport": a city the state is named by, owning a place, is the city.
        return mention.Surface != mention.Actor && mention.TokenEnd + 1 < tokens.Count && tokens[mention.TokenEnd].Norm == "'s"
            && Enumerable.Range(mention.TokenEnd + 1, Math.Min(3, tokens.Count - mention.TokenEnd - 1)).Any(k => CityPlaces.Contains(tokens[k].Norm));
    }

    /// <summary>Whether "forces of" (troops, soldiers ...) stands within five words before <paramref name="start"/>, with no comma between.</summary>
    private bool ForcesOfBefore(IReadOnlyList<Token> tokens, int start)
    {
        for (var k = start - 1; k >= 1 && k >= start - 5 && tokens[k].Norm != ","; k--)
            if (tokens[k].Norm == "of")
                return dictionary.ForceNouns.Contains(tokens[k - 1].Norm);
        return false;
    }

    /// <summary>
    /// "with" at <paramref name="with"/> after "the (its, X's) border": "operates near the borders with Mali and Niger" names where, not a
    /// side. (Not after a fight a verb tells: "clashed along the border with Pakistan" may be with Pakistan.)
    /// </summary>
    private static bool BorderWith(IReadOnlyList<Token> tokens, int with)
    {
        if (with < 3 || tokens[with].Norm != "with" || tokens[with - 1].Norm is not ("border" or "borders" or "frontier")
            || tokens[with - 2].Norm is not ("the" or "its" or "their" or "'s"))
            return false;
        var verb = with - 4; // "clashed along the border with"
        return !(verb >= 0 && tokens[verb].Norm is "clashed" or "clashes" or "clashing" or "clash" or "fought" or "fighting" or "fight" or "skirmished"
            or "skirmishes" or "battled" or "battling" or "fire");
    }

    /// <summary>"from" at <paramref name="from"/> after men who are no state's forces: "fighters from Chechnya".</summary>
    private bool OriginOfMen(IReadOnlyList<Token> tokens, int from) =>
        from >= 1 && tokens[from].Norm == "from"
        && (dictionary.IrregularNouns.Contains(tokens[from - 1].Norm) || tokens[from - 1].Norm is "militias" or "militia" or "volunteers" or "recruits");

    private static readonly HashSet<string> PlaceOfNouns =
        ["district", "districts", "province", "provinces", "region", "regions", "governorate", "area", "areas", "city", "town", "village",
         "part", "parts", "north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest", "outskirts", "countryside", "mountains",
         "borders", "border", "zone", "zones", "triangle"];

    /// <summary>True when one of <paramref name="words"/> stands among the <paramref name="span"/> tokens before <paramref name="at"/>.</summary>
    private static bool WordBefore(IReadOnlyList<Token> tokens, int at, int span, HashSet<string> words)
    {
        for (var k = Math.Max(0, at - span); k < at; k++)
            if (words.Contains(tokens[k].Norm))
                return true;
        return false;
    }

    private static readonly HashSet<string> ExpellingVerbs = ["expel", "expels", "expelled", "expelling", "evicted", "evict", "evicts"];

    private static readonly HashSet<string> RemovalVerbs =
        ["oust", "ousts", "ousted", "ousting", "drove", "drive", "drives", "driven", "driving", "expel", "expels", "expelled", "expelling",
         "pushed", "push", "pushes", "chased", "evicted", "dislodged", "withdrew", "withdraw", "withdrawn", "fled", "flee", "retreated", "abandoned"];

    private static readonly HashSet<string> ArmySites =
        ["base", "bases", "camp", "camps", "post", "posts", "outpost", "outposts", "barracks", "checkpoint", "checkpoints", "garrison", "garrisons", "position", "positions"];

    /// <summary>
    /// "groups from the Juba peace deal", "the Doha talks": a state named by a city of its (an alias that is not its own name)
    /// before a noun of talks or a deal is where they were held, not a side.
    /// </summary>
    private static bool PlaceOfTalks(IReadOnlyList<Token> tokens, Mention mention)
    {
        if (mention.Type != ActorType.State || mention.IsReference || mention.TokenEnd - mention.TokenStart != 1 || mention.TailEnd > 0
            || mention.Actor is null || mention.Surface.Equals(mention.Actor, StringComparison.OrdinalIgnoreCase) || mention.TokenEnd >= tokens.Count)
            return false;
        var next = mention.TokenEnd;
        if (tokens[next].Norm == "peace" && next + 1 < tokens.Count)
            next++;
        return !tokens[next].IsCapitalized && TalksNouns.Contains(tokens[next].Norm);
    }

    private static readonly HashSet<string> TalksNouns =
        ["talks", "agreement", "agreements", "accord", "accords", "deal", "process", "summit", "conference", "declaration", "negotiations",
         "ceasefire", "truce", "protocol", "memorandum", "framework", "format", "platform", "roadmap", "initiative", "charter", "peace"];

    /// <summary>"a military base in Mali": the state whose army the site is, not only where it stands.</summary>
    private static bool IsArmySite(IReadOnlyList<Token> tokens, int locative)
    {
        if (tokens[locative].Norm != "in" || locative < 2)
            return false;
        // "a gendarmerie post in Inata in northern Burkina Faso": past the place the site is in.
        var site = locative - 1;
        if (tokens[site].IsCapitalized && site >= 3 && tokens[site - 1].Norm == "in")
            site -= 2;
        else if (tokens[site].IsCapitalized && site >= 4 && tokens[site - 1].IsCapitalized && tokens[site - 2].Norm == "in")
            site -= 3;
        return site >= 1 && ArmySites.Contains(tokens[site].Norm) && tokens[site - 1].Norm is "military" or "army" or "gendarmerie" or "police";
    }

    /// <summary>
    /// Whether the locative at <paramref name="locative"/> follows a state's installation a verb of striking takes: "drones hit
    /// an oil refinery in eastern Saudi Arabia" (the state is what is hit). Only adjectives may stand between the article and
    /// the installation: "struck an IS base in Syria" hits IS.
    /// </summary>
    private static bool IsStruckInstallation(IReadOnlyList<Token> tokens, int locative)
    {
        if (tokens[locative].Norm is not ("in" or "inside") || locative < 3)
            return false;
        var k = locative - 1;
        if (!StateInstallations.Contains(tokens[k].Norm))
            return false;
        // ("an oil field", "a power station": the installation's first word.)
        if (tokens[k - 1].Norm is "oil" or "gas" or "power" or "naval" or "air" or "desalination" or "border")
            k--;
        for (var adjectives = 0; k >= 1 && adjectives < 2 && tokens[k - 1].IsWord && !tokens[k - 1].IsCapitalized
             && InstallationAdjectives.Contains(tokens[k - 1].Norm); adjectives++)
            k--;
        // ("struck military sites inside Iran": installations in the plural may follow the verb with no article.)
        return (k >= 2 && tokens[k - 1].Norm is "a" or "an" or "the" or "two" or "three" or "several" && StrikingVerbs.Contains(tokens[k - 2].Norm))
            || (k >= 1 && tokens[locative - 1].Norm.EndsWith('s') && StrikingVerbs.Contains(tokens[k - 1].Norm));
    }

    private static readonly HashSet<string> StateInstallations =
        ["field", "fields", "oilfield", "oilfields", "refinery", "refineries", "facility", "facilities", "installation", "installations",
         "terminal", "airport", "airports", "base", "bases", "airbase", "station", "plant", "pipeline", "pipelines", "port", "crossing", "embassy",
         "sites", "targets"];

    private static readonly HashSet<string> InstallationAdjectives =
        ["major", "key", "main", "military", "strategic", "vital", "large", "big", "international", "civilian", "commercial", "busy",
         "state-owned", "state-run", "air", "defence", "defense", "air-defence", "air-defense", "missile", "nuclear", "radar", "drone", "army"];

    private static readonly HashSet<string> StrikingVerbs =
        ["struck", "strikes", "strike", "striking", "hit", "hits", "hitting", "targeted", "targets", "targeting", "attacked", "attacks",
         "bombed", "shelled", "rocketed"];

    private static readonly HashSet<string> CityPlaces =
        ["airport", "streets", "street", "outskirts", "suburbs", "suburb", "centre", "center", "districts", "district", "neighbourhoods",
         "neighborhoods", "neighbourhood", "neighborhood", "old", "green", "port", "embassy", "hotel", "market", "square", "mosque",
         "university", "hospital", "prison", "zone", "quarter", "residents", "mayor", "governor", "council"];

    /// <summary>
    /// Where a dateline ends: "BEIRUT (Reuters) -", "ANKARA:", "ERBIL, Kurdistan Region –" name where the reporter
    /// filed from, not an actor. 0 when the sentence has none ("HTS - formerly ..." opens with a subject).
    /// </summary>
    internal static int DatelineEnd(IReadOnlyList<Token> tokens)
    {
        static bool InCapitals(Token token) => token.IsWord && token.Text.All(c => char.IsUpper(c) || !char.IsLetter(c));
        if (tokens.Count < 3 || tokens[0].Text.Length < 3 || !InCapitals(tokens[0]))
            return 0;
        // ("ADDIS ABABA —", "SAN'A, Yemen —": a place of two or three words in capitals.)
        var o = 0;
        while (o < 2 && o + 2 < tokens.Count && tokens[o + 1].Text.Length >= 2 && InCapitals(tokens[o + 1]))
            o++;
        if (tokens[o + 1].Norm == ":")
            return o + 2;
        if (tokens[o + 1].Norm == "(" && tokens.Count > o + 3 && tokens[o + 3].Norm == ")")
            return tokens.Count > o + 4 && tokens[o + 4].Norm == "\u2014" ? o + 5 : o + 4;
        if (tokens[o + 1].Norm == "\u2014" && (o > 0 || tokens[0].Text.Length >= 5))
            return o + 2;
        if (tokens[o + 1].Norm != ",")
            return 0;
        // "ERBIL, Kurdistan Region –": a comma, a place of capitalised words, a dash or a colon ("MANBIJ, Syria (AP) -":
        // with the agency in brackets before the dash).
        for (var i = o + 2; i < tokens.Count && i <= o + 8; i++)
        {
            if (tokens[i].Norm is ":" or "\u2014")
                return i > o + 2 ? i + 1 : 0;
            if (tokens[i].Norm == "(" && i > o + 2 && i + 3 < tokens.Count && tokens[i + 2].Norm == ")" && tokens[i + 3].Norm is ":" or "\u2014")
                return i + 4;
            // ("BAGHDAD, Oct. 3 —": the day the story was filed may follow the place.)
            if (!tokens[i].IsCapitalized && !char.IsDigit(tokens[i].Norm[0]) && tokens[i].Norm is not ("." or ","))
                return 0;
        }
        return 0;
    }

    private readonly Dictionary<string, Actor> _forceOwners = new(StringComparer.Ordinal);

    /// <summary>
    /// "The jets hit PKK shelters" after "Turkish jets struck": a definite force noun names the actor whose forces
    /// the document last called so.
    /// </summary>
    private Mention? ForceReference(IReadOnlyList<Token> tokens, int start)
    {
        // ("depends on the support of parties tied to the militias": a force noun whose owner "of" names refers to none before.)
        if (tokens[start].Norm != "the" || start + 1 >= tokens.Count || tokens[start + 1].IsCapitalized
            || !_forceOwners.TryGetValue(tokens[start + 1].Norm, out var actor) || (start + 2 < tokens.Count && tokens[start + 2].Norm == "of"))
            return null;
        return new Mention(start, start + 2, actor.Name, actor.Type, MentionSource.Dictionary, Surface(tokens, start, start + 2));
    }

    /// <summary>
    /// "army chief Abdel Fattah al-Burhan", "military spokesman X": a bare "army" before a role and a name is the army the
    /// document's theatre calls "the army" (no article, so <see cref="ActorDictionary.LongestMatch"/> never sees the phrase).
    /// So are "coalition spokesman X" and "a government spokesman, X": the theatre's "the coalition", "the government".
    /// </summary>
    private Mention? ArmyOfRole(IReadOnlyList<Token> tokens, int start, List<Mention> before)
    {
        // (Not a name's own army: "Hamas military chief".)
        if (tokens[start].Norm is not ("army" or "military" or "coalition" or "government") || tokens[start].IsCapitalized && start > DatelineEnd(tokens)
            || start + 2 >= tokens.Count || !ArmyRoles.Contains(tokens[start + 1].Norm) || (before.Count > 0 && before[^1].TokenEnd == start))
            return null;
        // The role's holder is named right after it, or in an apposition after an indefinite article: "a government spokesman, X".
        var indefinite = start >= 1 && tokens[start - 1].Norm is "a" or "an";
        if (!(tokens[start + 2].IsCapitalized || (indefinite && start + 3 < tokens.Count && tokens[start + 2].Norm == "," && tokens[start + 3].IsCapitalized)))
            return null;
        // ("Liwa al-Tawhid's charismatic military chief": someone's army, or one an article makes a noun phrase of; not an
        // article before the verb the title follows: "The war pits army chief X against ...".)
        for (var k = indefinite ? start - 2 : start - 1; k >= 0 && k >= start - 3 && tokens[k].IsWord; k--)
            if (tokens[k].Norm is "the" or "a" or "an" or "its" or "their" or "'s" or "his" or "her" or "whose")
                return null;
            else if (!tokens[k].IsCapitalized && PatternMatcher.FiniteVerbForm(tokens[k].Norm))
                break;
        return TheatreSideAt(tokens, start, tokens[start].Norm, stateOnly: false);
    }

    /// <summary>
    /// "Jets bombed hideouts of the TTP near Miranshah, the military said": war machines that open a sentence with no owner
    /// named are the forces of the army that reports their act at its close (the theatre's "the army" or "the military").
    /// </summary>
    private Mention? MachinesOfReportingArmy(IReadOnlyList<Token> tokens, int start)
    {
        if (!OwnerlessMachines.Contains(tokens[start].Norm) || tokens.Count < 6 || start != DatelineEnd(tokens))
            return null;
        // The close: ", the army (military) said." with nothing after it but the full stop.
        var end = tokens.Count;
        if (tokens[end - 1].Norm == ".")
            end--;
        if (end < 4 || tokens[end - 1].Norm is not ("said" or "says") || tokens[end - 2].Norm is not ("army" or "military")
            || tokens[end - 3].Norm != "the" || tokens[end - 4].Norm != ",")
            return null;
        return TheatreSideAt(tokens, start, tokens[end - 2].Norm, stateOnly: true);
    }

    private static readonly HashSet<string> OwnerlessMachines = ["jets", "warplanes", "aircraft", "drones", "helicopters", "gunships", "bombers"];

    private static readonly HashSet<string> ArmyRoles = ["chief", "commander", "head", "spokesman", "spokesperson", "spokeswoman"];
    private static readonly List<Token> TheCoalition = Tokenizer.Tokenize("the coalition");
    private static readonly List<Token> TheArmy = Tokenizer.Tokenize("the army");
    private static readonly List<Token> TheMilitary = Tokenizer.Tokenize("the military");

    /// <summary>
    /// "attacks on Malian, French and UN peacekeeping forces": each demonym of a list that ends in forces names its
    /// state, though only the last is followed by the force noun.
    /// </summary>
    private Mention? ListedDemonym(IReadOnlyList<Token> tokens, int start)
    {
        if (!tokens[start].IsCapitalized || !dictionary.DemonymActors.TryGetValue(tokens[start].Norm, out var name)
            || start + 1 >= tokens.Count || tokens[start + 1].Norm is not ("," or "and"))
            return null;
        for (var i = start + 1; i < tokens.Count && i <= start + 10; i++)
        {
            var token = tokens[i];
            // "Russian and Syrian government aircraft": the list may end in a name of forces that opens with a demonym.
            // ("Saudi and Emirati air power": a force noun of two words.)
            var forcesNamed = dictionary.LongestMatchWithTail(tokens, i, Theatres) is { } named && named.Full - i > 1
                && (dictionary.ForceNouns.Contains(tokens[named.Full - 1].Norm) || named.Full - i > 2);
            if (token.Norm is "," or "and" || (!forcesNamed && token.IsCapitalized && dictionary.DemonymActors.ContainsKey(token.Norm)
                && !(i + 1 < tokens.Count && tokens[i + 1].AfterHyphen && CompoundVerbs.Contains(tokens[i + 1].Norm))))
                continue;
            // "Russian and Iranian-backed forces": the list ends in a demonym that backs.
            // "strikes on Iranian and Hezbollah targets": or in what the listed sides hold.
            var closes = forcesNamed || dictionary.ForceNouns.Contains(token.Norm) || dictionary.AssetNouns.Contains(token.Norm)
                || (token.AfterHyphen && CompoundVerbs.Contains(token.Norm))
                || (token.IsCapitalized && dictionary.DemonymActors.ContainsKey(token.Norm) && i + 1 < tokens.Count && tokens[i + 1].AfterHyphen && CompoundVerbs.Contains(tokens[i + 1].Norm))
                || (dictionary.LongestMatchWithTail(tokens, i, Theatres) is { } m && (dictionary.ForceNouns.Contains(tokens[m.Full - 1].Norm)
                    || (m.Full < tokens.Count && dictionary.AssetNouns.Contains(tokens[m.Full].Norm))
                    // ("Pakistani and Afghan Taliban border forces": a name, then its forces past one word.)
                    || (m.Full + 1 < tokens.Count && tokens[m.Full].IsWord && !tokens[m.Full].IsCapitalized && dictionary.ForceNouns.Contains(tokens[m.Full + 1].Norm))));
            if (!closes)
                return null;
            var actor = dictionary.Find(name)!;
            return new Mention(start, start + 1, actor.Name, actor.Type, MentionSource.Dictionary, tokens[start].Text);
        }
        return null;
    }

    /// <summary>
    /// "attacked Kurdish and Iraqi forces": the first word of a list that ends in a force noun names the side the
    /// dictionary knows by that word and the noun ("Kurdish forces"), as a listed demonym names its state.
    /// ("a rival of both the Afghan and Pakistani Taliban": so does one of a list that ends in a name of two words, its
    /// head being the noun the words share; not when forces follow the name: "Pakistani and Afghan Taliban forces" are a
    /// state's and a group's.)
    /// </summary>
    private Mention? ListedForceName(IReadOnlyList<Token> tokens, int start)
    {
        if (!tokens[start].IsCapitalized || start + 1 >= tokens.Count || tokens[start + 1].Norm is not ("," or "and"))
            return null;
        for (var i = start + 1; i < tokens.Count && i <= start + 8; i++)
        {
            var token = tokens[i];
            if (tokens[i - 1].Norm is "," or "and" && token.IsCapitalized && !dictionary.ForceNouns.Contains(token.Norm)
                && dictionary.LongestMatchWithTail(tokens, i, Theatres) is { End: var named, Full: var full } && named == i + 2 && full == named
                && !(full < tokens.Count && dictionary.ForceNouns.Contains(tokens[full].Norm)))
            {
                List<Token> shared = [tokens[start], tokens[i + 1]];
                if (dictionary.LongestMatchWithTail(shared, 0, Theatres) is not { Full: 2 } sharedName
                    || dictionary.Actors[sharedName.Actor] is not { } sharedActor)
                    return null;
                return new Mention(start, start + 1, sharedActor.Name, sharedActor.Type, MentionSource.Dictionary, tokens[start].Text);
            }
            if (token.Norm is "," or "and" || (token.IsCapitalized && !dictionary.ForceNouns.Contains(token.Norm)))
                continue;
            if (!dictionary.ForceNouns.Contains(token.Norm))
                return null;
            List<Token> view = [tokens[start], token];
            if (dictionary.LongestMatchWithTail(view, 0, Theatres) is not { Full: 2 } match)
                return null;
            var actor = dictionary.Actors[match.Actor];
            return new Mention(start, start + 1, actor.Name, actor.Type, MentionSource.Dictionary, tokens[start].Text);
        }
        return null;
    }

    /// <summary>
    /// "attacked Israeli towns and army posts", "shelled Saudi villages and border posts": a state's demonym before places
    /// and then its sites or forces names the state (the places alone would not: "Syrian towns" are no side).
    /// </summary>
    private Mention? DemonymOverPlacesAndSites(IReadOnlyList<Token> tokens, int start)
    {
        if (!tokens[start].IsCapitalized || start + 3 >= tokens.Count || !dictionary.DemonymActors.TryGetValue(tokens[start].Norm, out var name)
            || tokens[start + 1].Norm is not ("towns" or "villages" or "cities" or "communities" or "settlements" or "areas" or "kibbutzim")
            || tokens[start + 2].Norm != "and")
            return null;
        for (var i = start + 3; i < tokens.Count && i <= start + 4 && tokens[i].IsWord && !tokens[i].IsCapitalized; i++)
            if (dictionary.AssetNouns.Contains(tokens[i].Norm) || (dictionary.ForceNouns.Contains(tokens[i].Norm) && !dictionary.IrregularNouns.Contains(tokens[i].Norm)))
                return dictionary.Find(name) is { Type: ActorType.State } state
                    ? new Mention(start, start + 1, state.Name, state.Type, MentionSource.Dictionary, tokens[start].Text)
                    : null;
        return null;
    }

    /// <summary>
    /// "Turkish F-16 jets", "a US MQ-9 drone", "an Emirati naval vessel", "a Turkish military convoy": a demonym, a
    /// model designation or words saying what kind of force or holding, then a force noun (or, after a capitalised
    /// demonym, an asset noun); or a model's plural alone ("Iraqi F-16s").
    /// </summary>
    private Mention? DemonymWithModifier(IReadOnlyList<Token> tokens, int start)
    {
        if (!tokens[start].IsCapitalized || !dictionary.DemonymActors.TryGetValue(tokens[start].Norm, out var name))
            return null;
        var i = start + 1;
        var hasDigit = false;
        var modifiers = 0;
        while (i < tokens.Count && i - start <= 4 && tokens[i].IsWord)
        {
            var token = tokens[i];
            // ("Su-24", "MiG-29": a model's capitalised name before its hyphened number.)
            if (token.Text.Any(char.IsDigit) || (token.Text.All(char.IsUpper) && !token.AfterHyphen)
                || (token.IsCapitalized && i + 1 < tokens.Count && tokens[i + 1].AfterHyphen && char.IsDigit(tokens[i + 1].Text[0])))
                hasDigit |= token.Text.Any(char.IsDigit);
            else if (!token.IsCapitalized && (ForceModifiers.Contains(token.Norm) || (token.AfterHyphen && i == start + 1 && FlagWords.Contains(token.Norm))))
                modifiers++; // "a British-flagged tanker": whose it is
            else
                break;
            i++;
        }
        if (!hasDigit && modifiers == 0)
            return null;
        var actor = dictionary.Find(name)!;
        // ("Iraqi F-16s pounded the hideouts": a model's plural is the aircraft themselves.)
        if (hasDigit && modifiers == 0 && PluralModel(tokens[i - 1]) && (i >= tokens.Count || !dictionary.ForceNouns.Contains(tokens[i].Norm)))
            return actor.Type == ActorType.State && HostsOthers(tokens, i) ? null
                : new Mention(start, start + 1, actor.Name, actor.Type, MentionSource.Dictionary, tokens[start].Text) { TailEnd = i };
        if (i >= tokens.Count)
            return null;
        var noun = tokens[i].Norm;
        var forces = dictionary.ForceNouns.Contains(noun) && !(actor.Type == ActorType.State && dictionary.IrregularNouns.Contains(noun));
        if (!forces && !(modifiers > 0 && char.IsUpper(tokens[start].Text[0]) && dictionary.AssetNouns.Contains(noun)))
            return null;
        if (actor.Type == ActorType.State && HostsOthers(tokens, i + 1))
            return null;
        return new Mention(start, start + 1, actor.Name, actor.Type, MentionSource.Dictionary, tokens[start].Text) { TailEnd = i + 1 };
    }

    /// <summary>A model designation's plural: a number and "s" ("F-16s", "Su-24s").</summary>
    private static bool PluralModel(Token token) =>
        token.Text.Length >= 3 && token.Text[^1] == 's' && char.IsDigit(token.Text[^2]);

    /// <summary>
    /// "France recognised the NTC as Libya's legitimate government": what a side is recognised as is a title said of
    /// it, not another side.
    /// </summary>
    private static bool RecognisedAs(IReadOnlyList<Token> tokens, int start)
    {
        var k = start - 1;
        if (k >= 0 && tokens[k].Norm == "'s") // past a possessor: "as Libya's legitimate government"
        {
            k--;
            while (k >= 0 && tokens[k].IsCapitalized)
                k--;
        }
        if (k >= 0 && tokens[k].Norm is "the" or "a" or "an")
            k--;
        if (k < 1 || tokens[k].Norm != "as")
            return false;
        // (The verb with its object, no comma between: not "the internationally recognised government, sources said, as".)
        for (var j = k - 1; j >= 0 && j >= k - 8 && tokens[j].Norm != ","; j--)
            if (tokens[j].Norm.StartsWith("recogni", StringComparison.Ordinal))
                return true;
        return false;
    }

    /// <summary>
    /// "the rebels of the National Liberation Front", "the militants of Ahrar al-Sham": a word the document reads as a
    /// side, or a description, followed by "of" and a named group, is that group's (not "the rebels of Idlib" or "of
    /// Syria": a place or state says where they are).
    /// </summary>
    private bool OfNamedGroup(IReadOnlyList<Token> tokens, int end)
    {
        // ("the most powerful faction in the Islamic Front": a part's noun, "in" too.)
        if (end + 1 >= tokens.Count || !(tokens[end].Norm is "of" or "from"
            || tokens[end].Norm is "in" or "within" or "inside" && end > 0 && tokens[end - 1].Norm is "faction" or "member" or "component" or "brigade" or "wing" or "group" or "militia" or "force" or "element"))
            return false;
        var name = tokens[end + 1].Norm == "the" ? end + 2 : end + 1;
        // ("rebels of the Turkish-backed National Liberation Front", "jihadists from the al Qaeda-linked Katiba Macina": past
        // the compound naming a backer, of one word or two.)
        for (var last = name; last <= name + 1 && last + 2 < tokens.Count; last++)
            if (tokens[last + 1].AfterHyphen && CompoundVerbs.Contains(tokens[last + 1].Norm))
            {
                name = last + 2;
                break;
            }
        // (A name the dictionary lacks counts when it reads as a group's: "Chadian rebels of the Front for Change and Concord".)
        if (name >= tokens.Count)
            return false;
        var known = dictionary.LongestMatch(tokens, name, Theatres);
        return (tokens[name].IsCapitalized || known is not null) && (known is { } match
            ? dictionary.Actors[match.Actor].Type is not (ActorType.State or ActorType.Person)
            : DiscoveredMention(tokens, name, []) is { Type: ActorType.ArmedGroup or ActorType.Coalition });
    }

    private static readonly HashSet<string> PluralSideNouns = ["groups", "factions", "militias", "movements", "rebels", "brigades", "organisations", "organizations"];

    /// <summary>
    /// Whether a mention ends on a plural noun of sides written in lower case ("Syrian rebel groups") and goes on "such as X"
    /// (", including X", ", among them X"), X a name the dictionary knows.
    /// </summary>
    private bool NamesItsMembersAfter(IReadOnlyList<Token> tokens, Mention mention)
    {
        var end = Math.Max(mention.TokenEnd, mention.TailEnd);
        if (!PluralSideNouns.Contains(tokens[end - 1].Norm) || tokens[end - 1].IsCapitalized)
            return false;
        var k = end < tokens.Count && tokens[end].Norm == "," ? end + 1 : end;
        if (k + 1 < tokens.Count && ((tokens[k].Norm, tokens[k + 1].Norm) is ("such", "as") or ("among", "them")))
            k += 2;
        else if (k < tokens.Count && tokens[k].Norm == "including")
            k++;
        else
            return false;
        return k < tokens.Count && tokens[k].IsCapitalized && dictionary.LongestMatch(tokens, k, Theatres) is not null;
    }

    private static readonly HashSet<string> ArmyPartNouns = ["units", "brigades", "battalions", "elements", "factions", "divisions"];

    /// <summary>
    /// "army units loyal to former president Saleh": a side's forces loyal to someone else named right after are that
    /// one's, not the side's.
    /// </summary>
    private bool LoyalToNamed(IReadOnlyList<Token> tokens, Mention mention)
    {
        var at = mention.TokenEnd;
        // ("the army units loyal to ...": the parts' noun may follow the name found.)
        if (at < tokens.Count && ArmyPartNouns.Contains(tokens[at].Norm))
            at++;
        // ("army units allied to Saleh", "units aligned with Islah": parts of an army told by whom they side with are
        // that side's; "government forces allied with Russia" stay the government's.)
        var parts = ArmyPartNouns.Contains(tokens[at - 1].Norm);
        // ("army units still loyal to Saleh")
        while (at < tokens.Count && tokens[at].Norm is "still" or "largely" or "mostly" or "firmly" or "fiercely" or "staunchly" or "nominally" or "reportedly" or "now")
            at++;
        if (at + 2 >= tokens.Count || !(tokens[at].Norm == "loyal" && tokens[at + 1].Norm == "to"
            || parts && tokens[at].Norm is "allied" or "aligned" && tokens[at + 1].Norm is "to" or "with"))
            return false;
        at += 2;
        var formerRuler = false;
        for (var skipped = 0; skipped < 3 && at < tokens.Count && !tokens[at].IsCapitalized && char.IsLetter(tokens[at].Norm[0]); skipped++)
            formerRuler |= tokens[at++].Norm is "former" or "ousted" or "deposed" or "toppled" or "exiled";
        // ("army units loyal to the former president": not the army of the state now, whoever the man is.)
        if (formerRuler)
            return true;
        // ("Former president Saleh": a title may be capitalised.)
        while (at + 1 < tokens.Count && tokens[at].Norm is "former" or "ousted" or "deposed" or "late" or "president" or "general" or "marshal" or "field")
            at++;
        return at < tokens.Count && tokens[at].IsCapitalized && dictionary.LongestMatch(tokens, at, Theatres) is { } match
            && dictionary.Actors[match.Actor].Name != mention.Actor;
    }

    /// <summary>
    /// "routing its fighters from the Turkish border crossing": a state's demonym before "border" or "frontier" names where
    /// the state begins, not the state (unless its men or sites follow).
    /// </summary>
    private bool DemonymOfBorder(IReadOnlyList<Token> tokens, Mention mention) =>
        mention.Type == ActorType.State && mention.TokenEnd < tokens.Count && tokens[mention.TokenEnd].Norm is "border" or "borders" or "frontier"
        && dictionary.DemonymActors.ContainsKey(tokens[mention.TokenEnd - 1].Norm)
        && (mention.TokenEnd - mention.TokenStart == 1 || (mention.TokenEnd - mention.TokenStart == 2 && tokens[mention.TokenStart].Norm == "the"))
        // ("Turkish border guards", "Saudi border posts": the state's own men and sites at it.)
        && !(mention.TokenEnd + 1 < tokens.Count && (dictionary.ForceNouns.Contains(tokens[mention.TokenEnd + 1].Norm) || dictionary.AssetNouns.Contains(tokens[mention.TokenEnd + 1].Norm)));

    /// <summary>
    /// True for a theatre's lower-case word for a side's men ("police", "forces", "militia") right after a capitalised word
    /// inside the sentence that names nothing the dictionary knows: "backed by the Liyu police" are the Liyu's, not the
    /// theatre's police.
    /// </summary>
    /// <remarks>Not a site after its place's name: "the Taftanaz military airbase" is the army's, at Taftanaz.</remarks>
    private bool OwnedByUnknownName(IReadOnlyList<Token> tokens, Mention mention)
    {
        var owner = mention.TokenStart - 1;
        return mention.Contextual && char.IsLower(mention.Surface[0]) && owner >= 1 && tokens[owner].IsWord && tokens[owner].IsCapitalized
            && !NamedSiteNouns.Contains(tokens[mention.TokenEnd - 1].Norm)
            && !tokens[owner].AfterHyphen && tokens[owner - 1].Norm is "the" or "a" or "an" or "of" or "by" or "and"
            && !dictionary.Demonyms.Contains(tokens[owner].Norm)
            && !LooksLikeAdjective(tokens[owner].Norm) && dictionary.LongestMatch(tokens, owner, Theatres) is null
            && dictionary.PlaceAt(tokens, owner) is null;
    }

    /// <summary>Sites named after the place they stand in ("the Taftanaz airbase", "the Wadi al-Deif base").</summary>
    private static readonly HashSet<string> NamedSiteNouns =
        ["base", "bases", "airbase", "airfield", "airport", "camp", "barracks", "garrison", "outpost", "post", "checkpoint", "headquarters", "compound"];

    /// <summary>
    /// True for a theatre's word for its state's men ("army", "soldiers", "troops") right after a people's word the
    /// dictionary does not know: "a Togolese army position" in a story about Mali is Togo's army, not Mali's.
    /// </summary>
    private bool ForeignStateForces(IReadOnlyList<Token> tokens, Mention mention)
    {
        var owner = mention.TokenStart - 1;
        if (!mention.Contextual || mention.Type != ActorType.State || !char.IsLower(mention.Surface[0]) || owner < 0 || !tokens[owner].IsWord
            || !tokens[owner].IsCapitalized || tokens[owner].AfterHyphen)
            return false;
        var word = tokens[owner].Norm;
        return (word.EndsWith("ese", StringComparison.Ordinal) || word.EndsWith("ian", StringComparison.Ordinal) || word.EndsWith("ean", StringComparison.Ordinal)
                || word.EndsWith("ish", StringComparison.Ordinal) || word.EndsWith("an", StringComparison.Ordinal))
            && !dictionary.Demonyms.Contains(word) && dictionary.LongestMatch(tokens, owner, Theatres) is null && dictionary.PlaceAt(tokens, owner) is null;
    }

    /// <summary>
    /// True for a theatre's word for rebels ("rebels", "insurgents", "opposition fighters") right after another country's
    /// demonym: "Chadian rebels" in a story about Libya are neither Libya's rebels nor Chad.
    /// </summary>
    private bool ForeignRebels(IReadOnlyList<Token> tokens, Mention mention)
    {
        if (!mention.Contextual || mention.Actor is null || !char.IsLower(mention.Surface[0]) || mention.TokenStart == 0
            || !dictionary.DemonymActors.TryGetValue(tokens[mention.TokenStart - 1].Norm, out var state)
            || tokens[mention.TokenEnd - 1].Norm is not ("rebels" or "insurgents" or "rebel" or "insurgent" or "fighters" or "opposition"))
            return false;
        // ("Pro-Turkish rebels" are Syrian rebels Turkey backs.)
        if (mention.TokenStart >= 2 && tokens[mention.TokenStart - 1].AfterHyphen && tokens[mention.TokenStart - 2].Norm == "pro")
            return false;
        // ("The Ugandan rebel group" in Congo: a state's main theatre, its first, is where its own rebels fight; Uganda's army
        // serving in Congo too does not make the M23 Ugandan.)
        var own = dictionary.TheatresOf(state);
        var theirs = dictionary.TheatresOf(mention.Actor);
        return own.Count > 0 && theirs.Count > 0 && !theirs.Contains(own[0]);
    }

    /// <summary>"sent 1,000 soldiers", "deployed hundreds of troops", "dispatched more police": men a verb of sending governs.</summary>
    private static bool SentMen(IReadOnlyList<Token> tokens, int start)
    {
        var k = start - 1;
        // ("sent 1,000 soldiers and police": so are men listed with them.)
        if (k >= 1 && tokens[k].Norm == "and" && tokens[k - 1].IsWord && !tokens[k - 1].IsCapitalized)
            return SentMen(tokens, k - 1);
        if (k >= 1 && tokens[k].Norm == "of" && tokens[k - 1].Norm is "hundreds" or "thousands" or "dozens")
            k -= 2;
        else if (k >= 0 && (tokens[k].Text.Any(char.IsDigit) || tokens[k].Norm is "more" or "additional" or "extra" or "several" or "some"))
            k--;
        else
            return false;
        // ("deployed about 1,000 soldiers": past a word of about how many.)
        if (k >= 0 && tokens[k].Norm is "about" or "around" or "nearly" or "roughly" or "some" or "over" or "almost" or "approximately")
            k--;
        return k >= 0 && tokens[k].Norm is "sent" or "send" or "sends" or "sending" or "deployed" or "deploy" or "deploys" or "deploying"
            or "dispatched" or "dispatch" or "dispatches" or "dispatching";
    }

    /// <summary>Whether a mention found before ends at <paramref name="at"/> (a name inside the aside, "US" in "US-backed", comes after it).</summary>
    private static bool EndsAt(List<Mention> before, int at)
    {
        for (var m = before.Count - 1; m >= 0; m--)
            if (Math.Max(before[m].TokenEnd, before[m].TailEnd) == at)
                return true;
        return false;
    }

    /// <summary>
    /// "Kataib Hezbollah, a powerful Shiite militia backed by Iran,": a side's word in an indefinite apposition right
    /// after a name describes that name; it does not name the theatre's side of that word.
    /// </summary>
    private static bool DescribesNameBefore(IReadOnlyList<Token> tokens, int start, List<Mention> before)
    {
        // ("the VDP, a militia the junta arms": a side's word with its own article opens a clause of its own.)
        if (tokens[start].Norm == "the")
            return false;
        var k = start - 1;
        // Only adjectives between: "a key member of the coalition" names the coalition.
        // ("one of the most prominent US-backed rebel groups": a compound with a name in it describes too.)
        while (k >= 0 && start - k <= 6 && tokens[k].IsWord && (!tokens[k].IsCapitalized || tokens[k].BeforeHyphen) && tokens[k].Norm is not ("a" or "an" or "'s")
               && !PatternMatcher.IsPreposition(tokens[k].Norm) && (start - k <= 3 || tokens[k].Norm != "the"))
            k--;
        // ("The SRF, once one of the most prominent US-backed rebel groups,": one of a class, or once one, is the name before.)
        if (k >= 3 && tokens[k].Norm == "the" && tokens[k - 1].Norm == "of" && tokens[k - 2].Norm == "one")
            k -= 2;
        else if (k >= 2 && tokens[k].Norm == "of" && tokens[k - 1].Norm == "one")
            k--;
        if (k >= 3 && tokens[k].Norm is "a" or "an" or "one" && tokens[k - 1].Norm is "once" or "formerly" or "long" or "now" or "still" or "also")
        {
            var comma = k - 2;
            return tokens[comma].Norm == "," && EndsAt(before, comma);
        }
        if (k >= 2 && tokens[k].Norm == "one" && tokens[k - 1].Norm == ",")
            return EndsAt(before, k - 1);
        // ("the SRF and Harakat Hazm, two US-backed rebel groups,": a count of the names listed before describes them.)
        if (k >= 1 && tokens[k].Norm == "," && k + 1 < start && tokens[k + 1].Norm is "two" or "three" or "four" or "both")
            return EndsAt(before, k);
        // ("the Giants Brigades, southern fighters armed by the UAE,": so does one right after the comma.)
        if (k == start - 1 && k >= 1 && tokens[k].Norm == "," && !tokens[start].IsCapitalized && before.Count > 0)
            return Math.Max(before[^1].TokenEnd, before[^1].TailEnd) == k;
        // ("the Badr Organization, Iraq's largest Shiite militia,", "..., the country's main rebel force,": and one after
        // a possessor that opens the apposition.)
        if (k >= 3 && tokens[k].Norm == "'s" && before.Count > 0)
        {
            var possessor = before[^1].TokenEnd == k && !before[^1].IsReference ? before[^1].TokenStart
                : tokens[k - 2].Norm == "the" && tokens[k - 1].IsWord && !tokens[k - 1].IsCapitalized ? k - 2 : -1;
            var named = possessor == before[^1].TokenStart ? before.Count - 2 : before.Count - 1;
            return possessor >= 2 && tokens[possessor - 1].Norm == "," && named >= 0
                && Math.Max(before[named].TokenEnd, before[named].TailEnd) == possessor - 1;
        }
        return k >= 2 && tokens[k].Norm is "a" or "an" && tokens[k - 1].Norm == "," && before.Count > 0
            && Math.Max(before[^1].TokenEnd, before[^1].TailEnd) == k - 1;
    }

    /// <summary>
    /// "The Nigerian military said troops repelled an attack": bare troops, soldiers or forces opening what a state
    /// (or its forces) said are its own. Not after another speaker ("rebels said troops shelled the village").
    /// </summary>
    private static Mention? SpeakersForces(IReadOnlyList<Token> tokens, int start, List<Mention> mentions)
    {
        // ("Ethiopian officials said their forces had killed 800 insurgents": so are the forces its pronoun owns.)
        var owned = tokens[start].Norm is "its" or "their" && start + 1 < tokens.Count ? 1 : 0;
        // ("The army said jets had bombed hideouts of the TTP": so are its aircraft.)
        if (tokens[start + owned].Norm is not ("troops" or "soldiers" or "forces" or "jets" or "warplanes" or "aircraft" or "helicopters" or "drones")
            || start < 2 || ReportingState(tokens, start, mentions, pastOffice: owned > 0) is not { } state)
            return null;
        return new Mention(start, start + 1 + owned, state, ActorType.State, MentionSource.Dictionary, Surface(tokens, start, start + 1 + owned));
    }

    /// <summary>
    /// "Chad's President Idriss Deby said his country would strike again": "his (her) country" after a head of state
    /// or government is the state he speaks for (named by his title or his dictionary group). Nothing when the sentence
    /// does not say which state.
    /// </summary>
    private Mention? LeadersCountry(IReadOnlyList<Token> tokens, int start, List<Mention> mentions)
    {
        if (tokens[start].Norm is not ("his" or "her") || start + 1 >= tokens.Count || tokens[start + 1].Norm is not ("country" or "nation"))
            return null;
        var leader = mentions.FindLastIndex(m => m.Type == ActorType.Person && !m.IsReference);
        if (leader < 0)
            return null;
        var person = mentions[leader];
        var state = person.ActsFor
            ?? (person.Actor is { } name && dictionary.GroupOf(name) is { } group && dictionary.Find(group) is { Type: ActorType.State } ? group : null);
        return state is null ? null : new Mention(start, start + 2, state, ActorType.State, MentionSource.Dictionary, Surface(tokens, start, start + 2));
    }

    /// <summary>
    /// "Nigerien Armed Forces", "the Kenyan Defence Forces", "the Ugandan People's Defence Force": a state's demonym and
    /// the capitalised words of an official name of its forces (one of armed, defence or security among them) name
    /// the state, when the dictionary knows no such name (it knows the rebel "Syrian National Army").
    /// </summary>
    private Mention? OfficialForces(IReadOnlyList<Token> tokens, int start)
    {
        if (!tokens[start].IsCapitalized || !dictionary.DemonymActors.TryGetValue(tokens[start].Norm, out var name)
            || dictionary.Find(name) is not { Type: ActorType.State } state)
            return null;
        var official = false;
        var end = start + 1;
        while (end < tokens.Count && end - start <= 5 && (tokens[end].IsCapitalized || tokens[end].Norm == "'s") && OfficialForceWords.Contains(tokens[end].Norm))
            official |= tokens[end++].Norm is "armed" or "defence" or "defense" or "security";
        if (!official || tokens[end - 1].Norm is not ("forces" or "force"))
            return null;
        return new Mention(start, end, state.Name, state.Type, MentionSource.Dictionary, Surface(tokens, start, end));
    }

    private static readonly HashSet<string> OfficialForceWords =
        ["national", "armed", "defence", "defense", "people", "'s", "security", "royal", "special", "forces", "force"];

    /// <summary>"two Iraqi air bases hosting U.S. troops": the site named before <paramref name="at"/> holds others' forces.</summary>
    private static bool HostsOthers(IReadOnlyList<Token> tokens, int at) =>
        at < tokens.Count && tokens[at].Norm is "hosting" or "housing" or "used";

    private static readonly HashSet<string> FlagWords = ["flagged", "owned", "operated", "registered", "linked", "bound"];

    /// <summary>Words between a demonym and its force or asset noun that say what kind it is ("naval", "military").</summary>
    private static readonly HashSet<string> ForceModifiers =
        ["military", "army", "naval", "navy", "air", "police", "security", "border", "government", "oil", "gas", "intelligence",
         "defence", "defense", "armored", "armoured", "supply", "diplomatic", "coast", "guard", "patrol", "reconnaissance",
         "surveillance", "combat", "attack", "cargo", "fuel", "ammunition", "weapons", "arms", "command", "observation", "paramilitary",
         "armed", "espionage", "spy", "spying", "listening", "radar", "missile", "drone", "energy", "nuclear", "power",
         "traffic", "control", "logistics", "training", "communications",
         // ("Ethiopian federal troops" in a Somali story: the state the demonym names, not the theatre's federal forces.)
         "federal", "regular", "elite", "special", "ground"];

    /// <summary>Verbs after ", who" that say a name is a person's: leading, founding, commanding a group.</summary>
    private static readonly HashSet<string> PersonVerbs =
        ["led", "leads", "headed", "heads", "founded", "co-founded", "commanded", "commands", "succeeded", "was", "is", "became", "served", "serves"];

    private static readonly HashSet<string> Titles =
        ["president", "vice", "prime", "minister", "general", "gen", "colonel", "col", "lieutenant", "lt", "major", "maj", "captain",
         "capt", "king", "prince", "sultan", "governor", "gov", "senator", "sen", "ambassador", "marshal", "field", "chancellor", "premier"];

    private static readonly HashSet<string> GroupNameHeads =
        ["alliance", "front", "brigade", "brigades", "movement", "coalition", "party", "council", "organization", "organisation",
         "battalion", "battalions", "division", "corps", "union", "bloc", "league", "group", "army", "forces"];

    private static readonly HashSet<string> CompoundVerbs =
        ["backed", "led", "trained", "supported", "funded", "sponsored", "armed", "aligned", "allied", "brokered", "designated", "equipped",
         "linked", "affiliated", "inspired", "dominated", "controlled", "held", "allied"];

    /// <summary>
    /// "fired rockets at Israeli cities", "launched missiles into Saudi territory": a state's towns or land aimed at by
    /// projectiles are the state attacked (a state's towns are otherwise no mention of it: "regime jets struck Syrian
    /// towns" hit rebels).
    /// </summary>
    /// <remarks>So is a town the state holds, by name ("launched drones at Eilat", "fired a missile toward Jizan"), and a site
    /// only the state runs in such a town ("stormed Karachi's international airport").</remarks>
    private Mention? ProjectileTarget(IReadOnlyList<Token> tokens, int start)
    {
        if (start < 2 || !tokens[start].IsCapitalized)
            return null;
        // ("stormed Karachi's international airport": a site only the state runs, in a town it holds, is the state's.)
        if (dictionary.CityAt(tokens, start) is { } owner && StateSiteOwnedBy(tokens, owner.End))
            return new Mention(start, owner.End, owner.State.Name, owner.State.Type, MentionSource.Dictionary, Surface(tokens, start, owner.End)) { TailEnd = owner.End };
        var aim = tokens[start - 1].Norm is "at" or "into" or "toward" or "towards" or "on" ? start - 1
            : tokens[start - 1].Norm == "the" && tokens[start - 2].Norm is "at" or "into" or "toward" or "towards" or "on" ? start - 2 : -1;
        if (aim < 1)
            return null;
        if (dictionary.CityAt(tokens, start) is { } city && WordBefore(tokens, aim, 4, Projectiles))
            return new Mention(start, city.End, city.State.Name, city.State.Type, MentionSource.Dictionary, Surface(tokens, start, city.End)) { TailEnd = city.End };
        if (start + 1 >= tokens.Count || !PlacesOfAState.Contains(tokens[start + 1].Norm)
            || !dictionary.DemonymActors.TryGetValue(tokens[start].Norm, out var name) || dictionary.Find(name) is not { Type: ActorType.State } state
            || !WordBefore(tokens, aim, 4, Projectiles))
            return null;
        return new Mention(start, start + 1, state.Name, state.Type, MentionSource.Dictionary, tokens[start].Text) { TailEnd = start + 2 };
    }

    /// <summary>Whether "'s" and a site only a state runs ("international airport", "naval base") follow <paramref name="end"/>.</summary>
    private static bool StateSiteOwnedBy(IReadOnlyList<Token> tokens, int end)
    {
        if (end + 1 >= tokens.Count || tokens[end].Norm != "'s")
            return false;
        var k = end + 1;
        if (tokens[k].Norm is "international" or "main" or "military" or "naval" or "air" && k + 1 < tokens.Count)
            k++;
        return tokens[k].Norm is "airport" or "airbase" or "base" or "parliament" or "garrison" or "cantonment" || (tokens[k].Norm == "air" && k + 1 < tokens.Count && tokens[k + 1].Norm == "base");
    }

    private static readonly HashSet<string> PlacesOfAState = ["cities", "towns", "city", "town", "territory", "soil", "villages", "communities", "settlements", "capital"];

    private static readonly HashSet<string> Projectiles =
        ["rockets", "rocket", "missiles", "missile", "drones", "drone", "mortars", "mortar", "shells", "projectiles", "barrage", "salvo", "salvoes"];

    /// <summary>"the Turkish-backed Hamza Division": a demonym that backs, leads or trains names its state.</summary>
    private Mention? CompoundDemonym(IReadOnlyList<Token> tokens, int start)
    {
        // "pro-Turkish rebels": a demonym after "pro-" names the state the phrase sides with.
        var afterPro = start > 0 && tokens[start].AfterHyphen && tokens[start - 1].Norm == "pro";
        if (!tokens[start].IsCapitalized || (!afterPro && (start + 1 >= tokens.Count || !tokens[start + 1].AfterHyphen || !CompoundVerbs.Contains(tokens[start + 1].Norm)))
            || !dictionary.DemonymActors.TryGetValue(tokens[start].Norm, out var name))
            return null;
        var actor = dictionary.Find(name)!;
        // "Emirati-led troops drove the group from Mukalla": forces a state leads are its forces (not so forces it backs).
        var ledForces = !afterPro && tokens[start + 1].Norm is "led" or "commanded" && start + 2 < tokens.Count
            && dictionary.ForceNouns.Contains(tokens[start + 2].Norm) && !dictionary.IrregularNouns.Contains(tokens[start + 2].Norm);
        return new Mention(start, start + 1, actor.Name, actor.Type, MentionSource.Dictionary, tokens[start].Text)
        {
            TailEnd = ledForces ? start + 3 : -1,
        };
    }

    /// <summary>
    /// "an Iranian proxy", "a Russian ally": a demonym before a noun of a tie names the state the tie is with; so does one
    /// before a state's list of terrorists ("on Turkish terrorism lists").
    /// </summary>
    private Mention? DemonymOfTie(IReadOnlyList<Token> tokens, int start)
    {
        if (!tokens[start].IsCapitalized || start + 1 >= tokens.Count || tokens[start + 1].AfterHyphen
            || !(TieNouns.Contains(tokens[start + 1].Norm) || TerrorismList(tokens, start + 1))
            || !dictionary.DemonymActors.TryGetValue(tokens[start].Norm, out var name))
            return null;
        // "Turkey and its Syrian proxies": after an owner, the demonym says whose men the proxies are, not which state
        // ("Iran's Syrian ally" is still the state).
        if (start > 0 && tokens[start - 1].Norm is "its" or "their" or "'s" && ServantNouns.Contains(tokens[start + 1].Norm))
            return null;
        var actor = dictionary.Find(name)!;
        return new Mention(start, start + 1, actor.Name, actor.Type, MentionSource.Dictionary, tokens[start].Text);
    }

    private static readonly HashSet<string> ServantNouns = ["proxy", "proxies", "client", "clients", "surrogate", "surrogates", "puppet", "puppets"];

    /// <summary>"terrorism list", "terrorist blacklists", "sanctions list" at <paramref name="at"/>.</summary>
    private static bool TerrorismList(IReadOnlyList<Token> tokens, int at) =>
        at + 1 < tokens.Count && tokens[at].Norm is "terrorism" or "terror" or "terrorist" or "sanctions"
        && tokens[at + 1].Norm is "list" or "lists" or "blacklist" or "blacklists";

    private static readonly HashSet<string> TieNouns =
        ["proxy", "proxies", "ally", "allies", "client", "clients", "surrogate", "surrogates", "puppet", "puppets", "partner", "partners"];

    /// <summary>The second part of a "pro-" compound: the side it names is not the one described ("the MSA, a pro-government militia").</summary>
    private static bool AfterPro(IReadOnlyList<Token> tokens, int start) => start > 0 && tokens[start].AfterHyphen && tokens[start - 1].Norm == "pro";

    /// <summary>"a pro-government militia", "pro-regime fighters": the side "the government" names in the document's theatre.</summary>
    private Mention? ContextualAfterPro(IReadOnlyList<Token> tokens, int start)
    {
        if (!AfterPro(tokens, start) || tokens[start].Norm is not ("government" or "regime" or "junta"))
            return null;
        List<Token> view = [new Token(tokens[start].Start, tokens[start].Start, "the", "the", true, false), tokens[start]];
        if (dictionary.LongestMatchWithTail(view, 0, Theatres) is not { Contextual: true } match || match.End != 2)
            return null;
        var actor = dictionary.Actors[match.Actor];
        return new Mention(start, start + 1, actor.Name, actor.Type, MentionSource.Dictionary, tokens[start].Text) { Contextual = true };
    }

    /// <summary>
    /// "the Saudi-backed government", "the internationally backed government in Mogadishu", "the weak government":
    /// a theatre's name for a side ("the government") with a backer's compound or words that keep its sense between
    /// its article and its head is still that side ("the rebel government", "the rival government" are not).
    /// </summary>
    private Mention? ContextualAfterCompound(IReadOnlyList<Token> tokens, int start)
    {
        if (start < 2 || tokens[start].IsCapitalized)
            return null;
        // The mention takes in the modifiers up to a named backer's compound: "internationally backed" is the side's
        // own description (no backer a cue could take for the subject), "Saudi-backed" names Saudi Arabia.
        var article = start - 1;
        var first = start;
        var backerNamed = false;
        for (var steps = 0; article > 0 && steps < 3 && tokens[article].Norm is not ("the" or "'s"); steps++)
        {
            var word = tokens[article];
            if (!SenseKeepingModifiers.Contains(word.Norm))
                return null;
            article -= word.AfterHyphen ? 2 : 1; // "Saudi-backed", "UN-recognised"; "internationally backed", "weak"
            // ("the coalition-backed government": a theatre's side in lower case names the backer too.)
            backerNamed |= word.AfterHyphen && (tokens[article + 1].IsCapitalized
                || (article >= 0 && tokens[article].Norm == "the" && dictionary.LongestMatchWithTail(tokens, article, Theatres) is { Contextual: true } backer && backer.End == article + 2));
            if (!backerNamed)
                first = article + 1;
        }
        // "Yemen's Saudi-backed government": a country's possessive stands for the article; so does "the country's" (the
        // nation's) before the bare noun too ("the country's army", "the country's junta").
        if (article < 0)
            return null;
        var theCountrys = tokens[article].Norm == "'s" && article >= 2 && tokens[article - 1].Norm is "country" or "nation" && tokens[article - 2].Norm == "the";
        if (article == start - 1 && !theCountrys)
            return null;
        var possessor = tokens[article].Norm == "'s" && article > 0 && (tokens[article - 1].IsCapitalized || theCountrys);
        if (tokens[article].Norm != "the" && !possessor)
            return null;
        var the = possessor ? new Token(tokens[article].Start, tokens[article].End, "the", "the", true, false) : tokens[article];
        List<Token> view = [the, .. tokens.Skip(start).Take(6)];
        if (dictionary.LongestMatchWithTail(view, 0, Theatres) is not { Contextual: true } match || match.End < 2)
            return null;
        var actor = dictionary.Actors[match.Actor];
        return new Mention(first, start + match.End - 1, actor.Name, actor.Type, MentionSource.Dictionary, Surface(tokens, first, start + match.End - 1))
        {
            Contextual = true,
        };
    }

    /// <summary>The second half of a backer's compound ("Iran-backed", "UAE-trained"): the first half names who backs.</summary>
    internal static readonly HashSet<string> BackingParticiples =
        ["backed", "supported", "funded", "sponsored", "armed", "trained", "equipped", "aligned", "allied"];

    /// <summary>
    /// Words before "government" (or another side's common name) that leave it the same side: its backers' words, not
    /// a ruler's ("the Houthi-run government" is not the one the Houthis fight).
    /// </summary>
    private static readonly HashSet<string> SenseKeepingModifiers =
        [.. BackingParticiples, "internationally", "recognised", "recognized", "weak", "fragile", "embattled", "beleaguered", "federal",
         "central", "national", "elected", "legitimate", "official", "interim", "transitional", "sitting", "current", "new", "civilian", "widely"];

    private readonly Dictionary<string, Actor> _surnames = new(StringComparer.Ordinal);

    /// <summary>"Numan was killed" after "Bashir Abu Numan": a person named in full before, by the last word of the name.</summary>
    private Mention? Surname(IReadOnlyList<Token> tokens, int start)
    {
        if (!tokens[start].IsCapitalized || !_surnames.TryGetValue(tokens[start].Text, out var person) || (start + 1 < tokens.Count && tokens[start + 1].IsCapitalized))
            return null;
        // "bombed by Haqqani operatives": men named by a family's name are the group it leads and is named after, not the man.
        if (start + 1 < tokens.Count && FamilyMenNouns.Contains(tokens[start + 1].Norm) && dictionary.GroupOf(person.Name) is { } groupName
            && groupName.StartsWith(tokens[start].Text + " ", StringComparison.Ordinal) && dictionary.Find(groupName) is { } group)
            return new Mention(start, start + 1, group.Name, group.Type, MentionSource.Dictionary, tokens[start].Text);
        return new Mention(start, start + 1, person.Name, person.Type, MentionSource.Dictionary, tokens[start].Text);
    }

    private static readonly HashSet<string> FamilyMenNouns =
        ["operatives", "fighters", "militants", "commanders", "members", "loyalists", "gunmen", "men", "militiamen", "insurgents", "cells", "units", "forces"];

    private readonly HashSet<string> _notActors = new(StringComparer.Ordinal);

    /// <summary>
    /// "the National Terrorism Center (NTC)": an acronym the document spells out is what the document says it is.
    /// When its long form names no actor, the dictionary's meaning of the acronym (here another body) is off for
    /// the rest of the document.
    /// </summary>
    private void DefineAcronyms(IReadOnlyList<Token> tokens)
    {
        for (var close = 3; close < tokens.Count; close++)
        {
            if (tokens[close].Norm != ")" || tokens[close - 2].Norm != "(" || !ActorDictionary.IsAcronym(tokens[close - 1].Text))
                continue;
            var acronym = Tokenizer.ExactKey(tokens[close - 1].Text);
            var initials = new System.Text.StringBuilder();
            var start = close - 2;
            while (start > 0 && initials.Length < acronym.Length && (tokens[start - 1].IsCapitalized || tokens[start - 1].Norm is "of" or "for" or "and" or "the" or "al"))
            {
                start--;
                if (tokens[start].IsCapitalized)
                    initials.Insert(0, char.ToUpperInvariant(tokens[start].Text[0]));
            }
            if (!string.Equals(initials.ToString(), acronym, StringComparison.Ordinal))
                continue;
            if (dictionary.LongestMatch(tokens, start, Theatres) is null && dictionary.Resolve(acronym) is not null)
                _notActors.Add(acronym);
        }
    }

    private readonly List<(string[] Keys, Actor Actor)> _named = [];

    /// <summary>
    /// Remembers what later mentions may point back to: the words of every group named so far (for "the Shura
    /// Council"), the last name of every person ("Numan"), the forces named with a demonym ("the jets").
    /// </summary>
    private void Remember(IReadOnlyList<Token> tokens, Mention mention)
    {
        // "Russian jets ... the jets": forces are their owner's wherever they go; a place is not ("US troops at an Iraqi
        // base ... drones at the base" hit the troops there, not Iraq).
        if (mention.Actor is not null && mention.TailEnd > mention.TokenEnd && !mention.IsReference
            && dictionary.ForceNouns.Contains(tokens[mention.TailEnd - 1].Norm)
            && (dictionary.Find(mention.Actor) ?? _discovered.GetValueOrDefault(mention.Actor)) is { } owner)
            _forceOwners[tokens[mention.TailEnd - 1].Norm] = owner;
        if (mention.Type == ActorType.Person && mention.Actor is not null && !mention.IsReference && mention.TokenEnd - mention.TokenStart >= 2
            && tokens[mention.TokenEnd - 1] is { IsCapitalized: true, Text.Length: >= 4 } last
            && (dictionary.Find(mention.Actor) ?? _discovered.GetValueOrDefault(mention.Actor)) is { } person)
            _surnames.TryAdd(last.Text, person);
        if (mention.Actor is null || mention.IsReference || mention.Type is ActorType.Person || mention.TokenEnd - mention.TokenStart < 2)
            return;
        var actor = dictionary.Find(mention.Actor) ?? _discovered.GetValueOrDefault(mention.Actor);
        if (actor is null)
            return;
        var words = 0;
        for (var k = mention.TokenStart; k < mention.TokenEnd; k++)
            if (tokens[k].IsWord)
                words++;
        var named = new string[words];
        for (int k = mention.TokenStart, w = 0; k < mention.TokenEnd; k++)
            if (tokens[k].IsWord)
                named[w++] = tokens[k].Folded;
        // Each name once, at its latest place (the search below starts from the most recent): a name repeated a
        // hundred times made a hundred entries.
        for (var n = _named.Count - 1; n >= 0; n--)
            if (_named[n].Actor == actor && _named[n].Keys.AsSpan().SequenceEqual(named))
            {
                _named.RemoveAt(n);
                break;
            }
        _named.Add((named, actor));
    }

    /// <summary>
    /// "The Framework, which includes Badr, ..." after "the Coordination Framework": "the" and the capitalised last word of
    /// a group's name told before, standing alone, is that name. Not words that name a state's own institutions ("the Army").
    /// </summary>
    private Mention? LastWordOfNamed(IReadOnlyList<Token> tokens, int start)
    {
        if (tokens[start].Norm != "the" || start + 1 >= tokens.Count || tokens[start + 1] is not { IsWord: true, IsCapitalized: true } word
            // ("The Group for the Support of Islam and Muslims": not a name that goes on.)
            || (start + 2 < tokens.Count && (tokens[start + 2].IsCapitalized || ArabicArticles.Contains(tokens[start + 2].Norm)
                || tokens[start + 2].Norm is "for" or "of" or "in" or "to" or "and" or "on" or "against" or "from"))
            || StateInstitutionWords.Contains(word.Norm) || ActorDictionary.IsAcronym(word.Text))
            return null;
        for (var n = _named.Count - 1; n >= 0; n--)
            if (_named[n] is { Keys: [_, .., var last], Actor: var actor } && last == word.Folded)
                return new Mention(start, start + 2, actor.Name, actor.Type, actor.Discovered ? MentionSource.Discovered : MentionSource.Dictionary,
                    Surface(tokens, start, start + 2));
        return null;
    }

    private static readonly HashSet<string> StateInstitutionWords =
        ["army", "state", "government", "republic", "union", "kingdom", "emirates", "states", "forces", "force", "navy", "police", "ministry", "council"];

    /// <summary>
    /// "the Shura Council" after "the Derna Mujahideen Shura Council": the last words of a name named before; "the National
    /// Front" after "the National Front for Liberation": its first words, where the name goes on with what it is for or of.
    /// </summary>
    private Actor? ShortFormOf(IReadOnlyList<Token> tokens, int start, int end)
    {
        var keys = new List<string>();
        for (var k = start; k < end; k++)
            if (tokens[k].IsWord)
                keys.Add(tokens[k].Folded);
        if (keys.Count < 2)
            return null;
        var wanted = keys.ToArray();
        for (var n = _named.Count - 1; n >= 0; n--)
        {
            var named = _named[n].Keys;
            if (named.Length > wanted.Length && named.AsSpan(named.Length - wanted.Length).SequenceEqual(wanted))
                return _named[n].Actor;
            if (named.Length > wanted.Length + 1 && named[wanted.Length] is "for" or "of" && named.AsSpan(0, wanted.Length).SequenceEqual(wanted))
                return _named[n].Actor;
        }
        return null;
    }

    private Mention? LocalAcronym(IReadOnlyList<Token> tokens, int start) =>
        tokens[start].IsWord && _localAcronyms.TryGetValue(Tokenizer.ExactKey(tokens[start].Text), out var actor)
            ? new Mention(start, start + 1, actor.Name, actor.Type, MentionSource.Dictionary, tokens[start].Text)
            : null;

    /// <summary>"Syrian Revolutionaries’ Front (SRF)": the acronym joins the mention and is remembered for the document.</summary>
    private Mention AbsorbAcronym(IReadOnlyList<Token> tokens, Mention mention)
    {
        var open = mention.TokenEnd;
        // ("Islamic State Khorasan (ISIS-K), the Taliban's main opponent": another name of the same actor, a few words long.)
        if (mention.Actor is not null && open + 2 < tokens.Count && tokens[open].Norm == "("
            && dictionary.LongestMatch(tokens, open + 1, Theatres) is { } other && other.End > open + 2 && other.End < tokens.Count && tokens[other.End].Norm == ")"
            && dictionary.Actors[other.Actor].Name == mention.Actor)
            return mention with { TokenEnd = other.End + 1 };
        if (mention.Actor is null || open + 2 >= tokens.Count || tokens[open].Norm != "(" || tokens[open + 2].Norm != ")"
            || !ActorDictionary.IsAcronym(tokens[open + 1].Text))
            return mention;
        var acronym = Tokenizer.ExactKey(tokens[open + 1].Text);
        var actor = dictionary.Find(mention.Actor) ?? _discovered.GetValueOrDefault(mention.Actor);
        if (actor is not null && dictionary.Resolve(acronym) is null)
            _localAcronyms.TryAdd(acronym, actor);
        return mention with { TokenEnd = open + 3 };
    }

    /// <summary>
    /// "the Pakistani Taliban, or TTP, to use Afghan soil", "Jaish al Fateh, or the Army of Conquest, seized": a second name of
    /// the same actor after ", or" belongs to the mention, so the words after it read on from the name.
    /// </summary>
    private Mention AbsorbOtherName(IReadOnlyList<Token> tokens, Mention mention)
    {
        var comma = mention.TokenEnd;
        // (", or the Army of Conquest,": past the other name's article.)
        var otherStart = comma + 2 < tokens.Count && tokens[comma + 2].Norm == "the" ? comma + 3 : comma + 2;
        if (mention.Actor is null || mention.IsReference || otherStart + 1 >= tokens.Count || tokens[comma].Norm != "," || tokens[comma + 1].Norm != "or"
            || dictionary.LongestMatch(tokens, otherStart, Theatres) is not { } other || dictionary.Actors[other.Actor].Name != mention.Actor
            || other.End >= tokens.Count || tokens[other.End].Norm != ",")
            return mention;
        // ("..., or the Army of Conquest, seized Idlib": the closing comma too, before the name's own verb, which is no second
        // verb after a comma.)
        var verbAfter = other.End + 1 < tokens.Count && tokens[other.End + 1] is { IsWord: true, IsCapitalized: false } next
            && (next.Norm.EndsWith("ed", StringComparison.Ordinal) || next.Norm is "has" or "have" or "had" or "is" or "are" or "was" or "were"
                or "took" or "overran" or "fought" or "struck" or "won" or "held" or "said" or "says");
        return mention with { TokenEnd = verbAfter ? other.End + 1 : other.End };
    }

    private static readonly HashSet<string> BranchNouns =
        ["wing", "branch", "affiliate", "franchise", "faction", "chapter", "province", "cell", "network", "offshoot", "arm"];

    /// <summary>
    /// "the “al Qaeda in Yemen” cell": a known group's name followed by "in" and a place names a branch of it,
    /// when quoted or followed by a word such as "wing". The branch becomes a discovered actor.
    /// </summary>
    private Mention BranchName(IReadOnlyList<Token> tokens, Mention mention)
    {
        if (mention.Source != MentionSource.Dictionary || mention.TokenEnd + 1 >= tokens.Count || tokens[mention.TokenEnd].Norm != "in")
            return mention;
        var end = mention.TokenEnd + 1;
        if (tokens[end].Norm == "the")
            end++;
        var placeStart = end;
        while (end < tokens.Count && end - placeStart < 4 && tokens[end].IsCapitalized)
            end++;
        if (end == placeStart)
            return mention;
        var quoted = mention.TokenStart > 0 && tokens[mention.TokenStart - 1].Norm == "\"" && end < tokens.Count && tokens[end].Norm == "\"";
        var next = end < tokens.Count && tokens[end].Norm == "\"" ? end + 1 : end;
        // "Iraqi forces in Anbar province": a state has no branches, and "province" in lower case names a place.
        var branchWord = next < tokens.Count && BranchNouns.Contains(tokens[next].Norm) && mention.Type != ActorType.State
            && !(tokens[next].Norm is "province" or "provinces" && !tokens[next].IsCapitalized);
        if (!quoted && !branchWord)
            return mention;
        var surface = Surface(tokens, mention.TokenStart, end);
        if (!_discovered.TryGetValue(surface, out var actor))
            _discovered[surface] = actor = new Actor(surface, ActorType.ArmedGroup, [], Discovered: true);
        return new Mention(mention.TokenStart, end, actor.Name, actor.Type, MentionSource.Discovered, surface);
    }

    private Mention? DiscoveredMention(IReadOnlyList<Token> tokens, int start, List<Mention> before)
    {
        var rules = dictionary.Discovery;
        // ("the army's 16th Infantry Division", "Syria's 4th Division": a state's numbered unit is the state's forces, named before it.)
        // ("the 3rd Brigade of the Afghan National Army": nor one a known side's name after "of" owns; that side is meant.)
        if (NumberedUnitEnd(tokens, start) is { } unitEnd)
            return (start >= 2 && tokens[start - 1].Norm == "'s" && before.Count > 0 && before[^1] is { Type: ActorType.State } owner
                    && Math.Max(owner.TokenEnd, owner.TailEnd) == start - 1) || OwnedByKnownSide(tokens, unitEnd)
                ? null : Discover(tokens, start, unitEnd, ActorType.ArmedGroup);
        if (!tokens[start].IsCapitalized || tokens[start].Norm == "the")
            return null;
        // "Fighters of the Patriotic Union of Kurdistan clashed ...": a common noun capitalised only because it opens
        // the sentence is no part of the name after it.
        if (start == DatelineEnd(tokens) && SentenceOpeningNouns.Contains(tokens[start].Norm))
            return null;
        // "President Hassan Sheikh Mohamud": a title before a name is not part of it (the name is found from the next word).
        // "veteran Islamist Sheikh Hassan Dahir Aweys": a capitalised adjective before a name is not part of it either.
        // ("the General People's Congress", "the General National Congress": not a title when the name after it is a body's.)
        if (start + 1 < tokens.Count && tokens[start + 1].IsCapitalized && (Titles.Contains(tokens[start].Norm.TrimEnd('.')) && !NamesBodyAfter(tokens, start + 1)
            || ((CapitalizedAdjectives.Contains(tokens[start].Text) || dictionary.Demonyms.Contains(tokens[start].Norm)) // "the Egyptian Abu Ayyub al-Masri"
                && (rules.IsPersonPrefix(tokens[start + 1].Norm) || Titles.Contains(tokens[start + 1].Norm)))))
            return null;
        var end = start;
        var lastCapital = start;
        while (end < tokens.Count)
        {
            var token = tokens[end];
            // (Not a known name joined by hyphens inside this one: "Hizb-ul-Ahrar" is no "Ahrar".)
            var joined = end > start && tokens[end].AfterHyphen && tokens[end - 1].BeforeHyphen && rules.IsConnector(tokens[end - 1].Norm);
            if (end > start && !joined && dictionary.LongestMatch(tokens, end, Theatres) is { } known
                && !(dictionary.Actors[known.Actor] is { Type: ActorType.Person } namesake && OtherGivenName(tokens, end, known.End, namesake)))
                break;
            if (token.IsCapitalized && token.Norm != "'s")
                lastCapital = end;
            // "the Tigray People's Liberation Front": a plural possessive that group names carry inside them.
            // "the Justice and Construction Party": "and" inside a name, between two capitalised words the first of
            // which ends no name ("the Free Idlib Army and Liwa al-Quds" are two).
            // ("Fatah al-Islam at Nahr al-Bared": an article that is also an English word joins a name only by a hyphen.)
            else if (!(token.IsWord && rules.IsConnector(token.Norm) && !(token.Norm is "at" or "as" or "an" && !token.BeforeHyphen))
                     && !(token.Norm == "'" && end > start)
                && !(token.Norm == "'s" && end > start && tokens[end - 1].Norm is "people" or "women")
                && !(token.Norm == "and" && end > start && tokens[end - 1].IsCapitalized && !rules.IsHead(tokens[end - 1].Norm)
                     && end + 1 < tokens.Count && tokens[end + 1].IsCapitalized && dictionary.LongestMatch(tokens, end + 1, Theatres) is null))
                break;
            // "Army of the Men of the Naqshbandi Order" has "the" after a connector; "Later the Front" is no name.
            else if (token.Norm == "the" && end > start && !rules.IsConnector(tokens[end - 1].Norm))
                break;
            end++;
        }
        end = lastCapital + 1;
        // "the Northern Storm brigade", "the Yarmouk battalion": a unit's name is often written with its noun in lower case.
        // Not a place's or a people's ("the Aleppo militia", "the Shiite militia"): the capitals must name nothing known.
        if (end < tokens.Count && LowerCaseUnitHeads.Contains(tokens[end].Text) && start > 0 && tokens[start - 1].Norm == "the"
            && !dictionary.IsPlaceName(tokens, start, end) && !dictionary.Demonyms.Contains(tokens[start].Norm)
            && !dictionary.DemonymActors.ContainsKey(tokens[start].Norm) && (end - start > 1 || !LooksLikeAdjective(tokens[start].Norm)))
            end++;
        // "the Euphrates Volcano operations room": a joint command's name ends on its lower-case noun.
        if (end + 1 < tokens.Count && tokens[end].Norm == "operations" && tokens[end + 1].Norm == "room" && !rules.IsHead(tokens[end - 1].Norm))
            end += 2;
        // "the Movement for the Salvation of Azawad", "the National Front for the Liberation of Macina": a head noun
        // followed by "for" or "of" carries the rest of the name after it.
        // Not "Forces of Yemen's Southern Transitional Council": the words after "of" own what follows.
        var headed = false;
        for (var k = start; k + 2 < end && !headed && !(end < tokens.Count && tokens[end].Norm == "'s"); k++)
            headed = tokens[k].IsCapitalized && rules.IsHead(tokens[k].Norm) && tokens[k + 1].Norm is "for" or "of";
        // An "and" stays inside only a group's name ("the Justice and Construction Party"); "Nasr al-Akar and Faraj
        // al-Houti" are two men.
        if (!rules.IsHead(tokens[end - 1].Norm) && !headed)
            for (var k = start + 1; k < end; k++)
                if (tokens[k].Norm == "and")
                {
                    end = k;
                    break;
                }
        // "the Intercontinental Hotel", "the Grand Mosque": a name ending in a noun of places is a place.
        // Not an Arabic name's last word ("Saraya Awliya al-Dam", the guardians of the blood).
        if ((NamedPlaces.Contains(tokens[end - 1].Norm) || PlaceNameHeads.Contains(tokens[end - 1].Norm)) && !tokens[end - 1].AfterHyphen
            && !rules.IsPrefix(tokens[start].Norm))
            return null;
        // "the Sheikh Suleiman base", "the Abu Bakr mosque", "the Sheikh Suleiman army base", "the Abu Shouk displacement camp":
        // a place named after a man is no one.
        // Nor is one a town's name owns ("Aleppo's Sheikh Maqsoud"): a quarter of it.
        if (IsPersonName(tokens, start, end, before))
            return end < tokens.Count && (NamedPlaces.Contains(tokens[end].Norm) || end + 1 < tokens.Count && NamedPlaces.Contains(tokens[end + 1].Norm)
                && tokens[end].Norm is "army" or "military" or "air" or "police" or "naval" or "rebel" or "government" or "regime" or "border" or "industrial" or "refugee"
                    or "displacement" or "idp" or "training" or "detention" or "transit")
                || OwnedByPlace(tokens, start) || ListedWithPlace(tokens, start, end)
                ? null : Discover(tokens, start, end, ActorType.Person);
        // "the Kaniyat, a local militia that ...": a name the dictionary lacks is an armed group's when an indefinite
        // apposition right after it says it is one (a sentence's capitalised first word only with others after it: "Quwat
        // al-Nukhba, a militia close to the UAE, seized ..."; never from a word a connector joins to one before it).
        // ("The Framework, an alliance ...": a head noun alone refers back to a longer name; it names nothing new.)
        var bareHead = end - start == 1 && rules.IsHead(tokens[start].Norm);
        if ((start > 0 || end - start >= 2) && !(tokens[start].AfterHyphen && start > 0 && rules.IsConnector(tokens[start - 1].Norm))
            && !rules.IsPrefix(tokens[start].Norm) && !headed && !bareHead && (ClassedByApposition(tokens, end) || NamedAfterClass(tokens, start)))
            return Discover(tokens, start, end, ActorType.ArmedGroup);
        // ... and found again by that name later in the document ("The Kaniyat fled south").
        if (end - start == 1 && !bareHead && _discovered.GetValueOrDefault(Surface(tokens, start, end)) is { Type: ActorType.ArmedGroup } seen)
            return new Mention(start, end, seen.Name, seen.Type, MentionSource.Discovered, Surface(tokens, start, end));
        if (!rules.IsPrefix(tokens[start].Norm) && !headed)
        {
            // "the Free Idlib Army and Liwa al-Quds": a name ends at its last head noun.
            while (end > start && !rules.IsHead(tokens[end - 1].Norm))
                end--;
        }
        if (end - start < 2)
            return null;
        // "the Somalia National Army", "Mali Armed Forces": a state's words for its forces after its name are no new group.
        if (!OpensGroupName(tokens, start) && start > 0 && dictionary.IsPlaceName(tokens, start - 1, start))
            return null;
        if (ShortFormOf(tokens, start, end) is { } named)
            return new Mention(start, end, named.Name, named.Type, named.Discovered ? MentionSource.Discovered : MentionSource.Dictionary, Surface(tokens, start, end));
        return Discover(tokens, start, end, ActorType.ArmedGroup);
    }

    /// <summary>
    /// True when the name from <paramref name="start"/> to <paramref name="end"/> is joined by "and" ("or") right after or
    /// before a place the theatres list: "seized Ras Lanuf and Es Sider" names two places, no man (a comma may open an
    /// apposition: "the Tehreek-e-Taliban Pakistan, Muhammad Khorasani").
    /// </summary>
    private bool ListedWithPlace(IReadOnlyList<Token> tokens, int start, int end)
    {
        if (start >= 2 && tokens[start - 1].Norm is "and" or "or" && PlaceEndingAt(tokens, start - 1))
            return true;
        return end + 1 < tokens.Count && tokens[end].Norm is "and" or "or" && dictionary.PlaceAt(tokens, end + 1) is not null
            && dictionary.LongestMatch(tokens, end + 1, Theatres) is null;
    }

    /// <summary>True when a place the theatres list, and no actor, owns the name at <paramref name="start"/> ("Aleppo's", "Baghdad's").</summary>
    private bool OwnedByPlace(IReadOnlyList<Token> tokens, int start) =>
        start >= 2 && tokens[start - 1].Norm == "'s" && PlaceEndingAt(tokens, start - 1);

    /// <summary>Whether the nearest place of up to three words the theatres list ends right before <paramref name="end"/>, and no actor's name starts there.</summary>
    private bool PlaceEndingAt(IReadOnlyList<Token> tokens, int end)
    {
        for (var k = end - 1; k >= 0 && k >= end - 3; k--)
            if (dictionary.IsPlaceName(tokens, k, end))
                return dictionary.LongestMatch(tokens, k, Theatres) is null;
        return false;
    }

    /// <summary>True when ", a [up to three modifiers] militia (group, faction ...)" follows <paramref name="end"/> and ends there.</summary>
    private static bool ClassedByApposition(IReadOnlyList<Token> tokens, int end)
    {
        if (end + 2 >= tokens.Count || tokens[end].Norm != "," || tokens[end + 1].Norm is not ("a" or "an"))
            return false;
        for (var k = end + 2; k < tokens.Count && k <= end + 5; k++)
        {
            if (!tokens[k].IsWord)
                return false;
            if (ApposedClassNouns.Contains(tokens[k].Norm))
                return k + 1 >= tokens.Count || !tokens[k + 1].IsWord || ApposedClassEnds.Contains(tokens[k + 1].Norm);
        }
        return false;
    }

    /// <summary>"clan militias known as Macawisley", "a faction called Liwa X": a group's noun, then the name it goes by.</summary>
    private static bool NamedAfterClass(IReadOnlyList<Token> tokens, int start)
    {
        var by = start - 1;
        if (by >= 1 && tokens[by].Norm == "as" && tokens[by - 1].Norm is "known" or "referred")
            by -= 1;
        else if (by < 0 || tokens[by].Norm is not ("called" or "named" or "dubbed" or "calling" or "styled"))
            return false;
        // ("calling itself X", "calling themselves X")
        if (by >= 1 && tokens[by].Norm == "calling" && tokens[by - 1].Norm is "itself" or "themselves")
            return false;
        return by >= 1 && (ApposedClassNouns.Contains(tokens[by - 1].Norm) || NamedClassPlurals.Contains(tokens[by - 1].Norm));
    }

    private static readonly HashSet<string> LowerCaseUnitHeads = ["brigade", "brigades", "battalion", "battalions", "tribe", "clan"];

    private static readonly HashSet<string> NamedClassPlurals =
        ["militias", "groups", "factions", "movements", "brigades", "organisations", "organizations", "networks", "fighters", "militiamen", "outfits", "force", "forces"];

    /// <summary>True when the capitalised words from <paramref name="start"/> (with "'s") end in a discovery head noun ("People's Congress").</summary>
    private bool NamesBodyAfter(IReadOnlyList<Token> tokens, int start)
    {
        var last = -1;
        for (var k = start; k < tokens.Count && k <= start + 4 && (tokens[k].IsCapitalized || tokens[k].Norm == "'s"); k++)
            if (tokens[k].IsCapitalized)
                last = k;
        return last > start && dictionary.Discovery.IsHead(tokens[last].Norm);
    }

    private static readonly HashSet<string> SentenceOpeningNouns =
        ["fighters", "troops", "soldiers", "militants", "members", "supporters", "gunmen", "leaders", "commanders", "officials", "units",
         "elements", "remnants", "loyalists", "followers", "militiamen", "jihadists", "rebels", "clashes", "fighting", "talks"];

    private static readonly HashSet<string> ApposedClassNouns =
        ["militia", "group", "faction", "movement", "brigade", "battalion", "unit", "organisation", "organization", "network", "alliance", "coalition", "outfit", "insurgency"];

    private static readonly HashSet<string> ApposedClassEnds =
        ["that", "which", "who", "whose", "based", "led", "loyal", "backed", "linked", "allied", "aligned", "known", "formed", "founded", "active",
         "operating", "from", "in", "of", "with", "made", "and", "fighting", "accused", "blamed", "close", "tied", "affiliated", "funded", "armed",
         "trained", "supported"];

    /// <summary>Whether "of" and a side the dictionary knows follow at <paramref name="at"/> ("... of the Afghan National Army").</summary>
    private bool OwnedByKnownSide(IReadOnlyList<Token> tokens, int at)
    {
        if (at >= tokens.Count || tokens[at].Norm != "of")
            return false;
        var owner = at + 1 < tokens.Count && tokens[at + 1].Norm == "the" ? at + 2 : at + 1;
        return owner < tokens.Count && dictionary.LongestMatch(tokens, owner, Theatres) is not null;
    }

    /// <summary>
    /// "the 444 Brigade", "the 27th Mechanized Brigade": a number, then one to three capitalised words ending in a
    /// group's head noun. The end of the name, or null.
    /// </summary>
    private int? NumberedUnitEnd(IReadOnlyList<Token> tokens, int start)
    {
        var number = tokens[start].Text;
        if (number.Length == 0 || !char.IsDigit(number[0]) || !number.All(char.IsLetterOrDigit) || number.Count(char.IsDigit) > 4)
            return null;
        var end = start + 1;
        while (end < tokens.Count && end - start <= 3 && tokens[end].IsCapitalized && dictionary.LongestMatch(tokens, end, Theatres) is null)
            end++;
        return end > start + 1 && dictionary.Discovery.IsHead(tokens[end - 1].Norm) ? end : null;
    }

    /// <summary>Last words of the names of buildings and sites (with <see cref="NamedPlaces"/>).</summary>
    private static readonly HashSet<string> PlaceNameHeads =
        ["hotel", "palace", "embassy", "consulate", "mall", "church", "cathedral", "museum", "compound", "complex", "tower", "towers",
         "centre", "center", "station", "airfield", "harbour", "harbor", "shrine", "gate"];

    private static readonly HashSet<string> NamedPlaces =
        ["base", "airbase", "air", "airport", "camp", "mosque", "hospital", "school", "university", "street", "road", "highway", "bridge",
         "square", "district", "neighbourhood", "neighborhood", "quarter", "village", "town", "city", "dam", "prison", "stadium", "barracks",
         "checkpoint", "crossing", "market", "port", "refinery", "field", "mountain", "mountains", "valley", "province", "governorate",
         "area", "region", "suburb", "island", "forest", "hill", "hills", "farms", "junction", "roundabout", "zone"];

    private Mention? Discover(IReadOnlyList<Token> tokens, int start, int end, ActorType type)
    {
        // ("the tribe's al-Sanadid Forces": the Arabic article joined by a hyphen opens the name.)
        if (start >= 1 && tokens[start].AfterHyphen && tokens[start - 1].BeforeHyphen && ArabicArticles.Contains(tokens[start - 1].Norm))
            start--;
        var surface = Surface(tokens, start, end).TrimStart('-');
        // "in Lower Shabelle, the group's spokesman said": a place the dictionary knows is never an actor found by its capitals.
        if (dictionary.Discovery.IsIgnored(surface) || dictionary.IsPlaceName(tokens, start, end))
            return null;
        // ("Sheikh Abdul Sattar Abu Risha ... Abu Risha heads the council": the last words of a man named before are that man.)
        if (type == ActorType.Person && !_discovered.ContainsKey(surface) && end - start >= 2
            && _discovered.Values.FirstOrDefault(a => a.Type == ActorType.Person && a.Name.EndsWith(" " + surface, StringComparison.Ordinal)) is { } named)
            return new Mention(start, end, named.Name, named.Type, MentionSource.Discovered, surface);
        if (!_discovered.TryGetValue(surface, out var actor))
        {
            _discovered[surface] = actor = new Actor(surface, type, [], Discovered: true);
            // "the Patriotic Union of Kurdistan ... PUK commanders": a new group's initials name it for the rest of the document.
            if (type == ActorType.ArmedGroup && Initials(tokens, start, end) is { Length: >= 3 } initials && dictionary.Resolve(initials) is null)
                _localAcronyms.TryAdd(initials, actor);
        }
        return new Mention(start, end, actor.Name, actor.Type, MentionSource.Discovered, surface);
    }

    /// <summary>The first letters of a name's capitalised words ("PUK" for "Patriotic Union of Kurdistan"), or null when a word is no plain word.</summary>
    private string? Initials(IReadOnlyList<Token> tokens, int start, int end)
    {
        var letters = new System.Text.StringBuilder();
        for (var k = start; k < end; k++)
            if (tokens[k].IsCapitalized && tokens[k].IsWord && !tokens[k].AfterHyphen)
                letters.Append(tokens[k].Text[0]);
            else if (!dictionary.Discovery.IsConnector(tokens[k].Norm))
                return null;
        return letters.ToString();
    }

    /// <summary>
    /// "Abu Mohammed al Adnani", "Nusra leader Hashem al-Sheikh", "Hashem al-Sheikh, the group's new leader",
    /// "emirs Abu Omar and Abu Bakr", "Zahran Alloush, from the Islam Brigade", "the leader of Jaish
    /// al-Sham, Ali al-Umar": two to five capitalised words that a prefix, a role or a list of people marks as a person.
    /// </summary>
    private bool IsPersonName(IReadOnlyList<Token> tokens, int start, int end, List<Mention> before)
    {
        var rules = dictionary.Discovery;
        // ("Abd al-Hadi Mahmud al-Haji Ali": the articles joined to a name's words are no words of their own.)
        var words = end - start;
        for (var k = start; k < end; k++)
            if (tokens[k].Norm is "al" or "el" or "bin" or "ibn" && k + 1 < end && tokens[k + 1].AfterHyphen)
                words--;
        if (end - start < 2 || words > 5 || rules.IsHead(tokens[end - 1].Norm) || rules.IsPrefix(tokens[start].Norm))
            return false;
        // "In June, the Taliban's deputy leader wrote": a sentence's capitalised preposition opens no name.
        if (PatternMatcher.IsPreposition(tokens[start].Norm) || tokens[start].Norm is "since" or "during" or "until" or "after" or "before")
            return false;
        // "headed by Prime Minister Fayez al-Serraj": a title before a known name is no person of its own.
        if (Enumerable.Range(start, end - start).All(k => rules.IsRole(tokens[k].Norm) || TitleWords.Contains(tokens[k].Norm)))
            return false;
        for (var k = start; k < end - 1; k++)
            if (rules.IsPersonPrefix(tokens[k].Norm))
                return true; // "Abu Numan", "Bashir Abu Numan"
        if (start > 1 && tokens[start - 1].Norm == "by" && tokens[start - 2].Norm is "led" or "headed" or "commanded" or "founded" or "run")
            return true;
        // "forces loyal to Fathi Bashagha": two or three capitalised words without a group's head noun, after "loyal to".
        if (start > 1 && tokens[start - 1].Norm == "to" && tokens[start - 2].Norm == "loyal" && end - start <= 3)
            return true;
        if (start > 0 && rules.IsRole(tokens[start - 1].Norm))
            return true;
        // "a commander named Mawlawi Habibul Rahman", "a cleric called Abu X": a role, then the name it goes by.
        if (start > 1 && tokens[start - 1].Norm is "named" or "called" && rules.IsRole(tokens[start - 2].Norm))
            return true;
        // "Col. David Obonyo", "spokesman Lt. Col. Paul Njuguna": a military rank written short is a man's.
        if ((start > 0 && tokens[start - 1].Norm.EndsWith('.') && ShortRanks.Contains(tokens[start - 1].Norm.TrimEnd('.')))
            || (start > 1 && tokens[start - 1].Norm == "." && ShortRanks.Contains(tokens[start - 2].Norm)))
            return true;
        // "Masoud Barzani's Kurdistan Democratic Party", "Moqtada al-Sadr's Mahdi Army": two or three capitalised words
        // owning a group's name are a man (a place would be in the theatres' lists).
        // Not "Forces of Yemen's Southern Transitional Council": a group's noun or "of" makes no man's name.
        if (end - start <= 3 && end + 1 < tokens.Count && tokens[end].Norm == "'s" && tokens[end + 1].IsCapitalized && OwnsGroupName(tokens, end + 1)
            && Enumerable.Range(start, end - start).All(k => !rules.IsHead(tokens[k].Norm) && tokens[k].Norm is not ("of" or "the" or "and" or "for")))
            return true;
        // The second of two people: "emirs Abu Omar and Abu Bakr".
        if (start > 1 && tokens[start - 1].Norm == "and" && before.Count > 0 && before[^1].TokenEnd == start - 1 && before[^1].Type == ActorType.Person)
            return true;
        if (end + 1 < tokens.Count && tokens[end].Norm == ",")
        {
            // ", from the Abu Salim Martyrs Brigade": a member named by the group he is from.
            if (tokens[end + 1].Norm == "from" && end + 2 < tokens.Count && (tokens[end + 2].IsCapitalized || tokens[end + 2].Norm == "the"))
                return true;
            // An apposition naming a role: ", the group's military commander", ", a senior al Qaeda official".
            // Not a closing report (", US officials said").
            // (", one of the group's most senior field commanders": "one of" and a possessor stand before the role.)
            var reach = tokens[end + 1].Norm == "one" ? 10 : 6;
            for (var i = end + 1; i < tokens.Count && i <= end + reach && tokens[i].Norm != ","; i++)
                if (rules.IsRole(tokens[i].Norm) || (KinNouns.Contains(tokens[i].Norm) && i + 1 < tokens.Count && tokens[i + 1].Norm == "of"))
                    return !(i + 1 < tokens.Count && tokens[i + 1].Norm is "said" or "say" or "says" or "told" or "added" or "confirmed" or "reported" or "stated");
            // ", who headed Hamas's political bureau": a clause of what only a person does (groups are "which").
            // (", who now leads JAS": past an adverb.)
            var verb = end + 2 < tokens.Count && tokens[end + 2].Norm is "now" or "currently" or "later" or "once" or "still" or "also" or "then" ? end + 3 : end + 2;
            if (tokens[end + 1].Norm == "who" && verb < tokens.Count && PersonVerbs.Contains(tokens[verb].Norm))
                return true;
        }
        // "Nujaba's leader, Akram al-Kaabi", "its spokesman, Abu Obeida", "a Houthi spokesman, Mohammed
        // Abdulsalam": a group's role, then the name.
        if (start > 2 && tokens[start - 1].Norm == "," && rules.IsRole(tokens[start - 2].Norm))
        {
            if (before.Count > 0 && before[^1].TokenEnd == start - 2 && before[^1].Type != ActorType.Person)
                return true;
            for (var i = start - 3; i >= 0 && i >= start - 5; i--)
                if (tokens[i].Norm is "'s" or "'" or "its" or "their")
                    return true;
        }
        // "the founder of Jaish al-Islam, Zahran Alloush", "a spokesman for Ansar Dine, X": a role of a group, then the name.
        if (start > 1 && tokens[start - 1].Norm == ",")
            for (var i = start - 2; i >= 0 && i >= start - 10; i--)
                if (rules.IsRole(tokens[i].Norm) && i + 1 < tokens.Count && tokens[i + 1].Norm is "of" or "for")
                    return true;
        return false;
    }

    /// <summary>
    /// "the Islamic State's local affiliate" in an Afghan story: a group's local (regional) branch is the branch of it the
    /// dictionary knows in the document's theatre ("Islamic State's Afghan branch"), over the whole phrase; its Somali
    /// faction, or its branch in Yemen, the branch in that country's theatre; else null.
    /// </summary>
    private Mention? LocalBranchMention(IReadOnlyList<Token> tokens, int start, List<Mention> before)
    {
        // ("al Qaeda's branch in Yemen"; not "Hurras al-Din, al-Qaeda's affiliate in Syria", which describes Hurras al-Din.)
        if (!(tokens[start].IsCapitalized || tokens[start].Norm == "al") || Theatre < 0)
            return null;
        var owns = PossessiveAfter(tokens, start);
        if (owns < 0 || owns + 2 >= tokens.Count || SaidOfGroup(tokens, start, before))
            return null;
        IReadOnlyList<int> theatres;
        var end = owns + 3;
        if (IsBranchNoun(tokens[owns + 2].Norm))
            // "the Islamic State's Somali faction": a state's demonym names the branch in that state's theatres.
            theatres = tokens[owns + 1].Norm is "local" or "regional" ? [Theatre]
                : tokens[owns + 1].IsCapitalized && dictionary.DemonymActors.TryGetValue(tokens[owns + 1].Norm, out var state)
                    && dictionary.Find(state) is { Type: ActorType.State } ? HomeTheatres(state) : [];
        // "al Qaeda's branch in Yemen", "the Islamic State's affiliate in Somalia": a place after it names the theatre.
        else if (IsBranchNoun(tokens[owns + 1].Norm) && tokens[owns + 2].Norm == "in" && owns + 3 < tokens.Count
            && dictionary.PlaceAt(tokens, owns + 3) is { } place && tokens[owns + 3].IsCapitalized)
            (theatres, end) = ([place.Theatre], place.End);
        else
            return null;
        if (DictionaryMention(tokens, start) is not { TokenEnd: var nameEnd, Actor: { } parent } || nameEnd != owns)
            return null;
        foreach (var theatre in theatres)
            if (dictionary.LocalBranch(parent, theatre) is { } branch && dictionary.Find(branch) is { } actor)
                return new Mention(start, end, actor.Name, actor.Type, MentionSource.Dictionary, Surface(tokens, start, end));
        return null;
    }

    /// <summary>
    /// "the IS faction" in a Somali story, "the Islamic State affiliate" in an Afghan one: a definite group's name with
    /// a branch noun right after it (and no possessive, which <see cref="LocalBranchMention"/> reads) is the group's
    /// branch in the document's theatre, when the dictionary knows one; else the name as found.
    /// </summary>
    private Mention? LocalBranchByNoun(IReadOnlyList<Token> tokens, Mention? named, List<Mention> before)
    {
        // ("the al Qaeda affiliate": a name may open on its lower-case article.)
        if (named is not { TokenStart: var start and >= 1, TokenEnd: var end, Actor: { } parent } || Theatre < 0 || !(tokens[start].IsCapitalized || tokens[start].Norm == "al")
            || !ArticleBefore(tokens, start) || end >= tokens.Count || !IsBranchNoun(tokens[end].Norm) || PossessiveAfter(tokens, start) >= 0
            // ("an Islamic State affiliate in northern Sinai" in a story on Gaza: a place after it names the theatre.)
            || dictionary.LocalBranch(parent, PlaceAfterBranch(tokens, end + 1) ?? Theatre) is not { } branch || dictionary.Find(branch) is not { } actor)
            return named;
        // (Not one describing a name: "al Shabaab, the al Qaeda affiliate that ...", "the al Qaeda affiliate JNIM"; nor
        // one a name is taken as: "HTS, which it regards as an al-Qaeda affiliate".)
        if (ApposedPastAdverbs(tokens, start, before) || (end + 1 < tokens.Count && tokens[end + 1].IsCapitalized)
            || (start >= 2 && tokens[start - 1].Norm is "a" or "an" && tokens[start - 2].Norm == "as"))
            return named;
        return new Mention(start, end + 1, actor.Name, actor.Type, MentionSource.Dictionary, Surface(tokens, start, end + 1));
    }

    /// <summary>The theatre of a place named after "in" (past a word of direction: "in northern Sinai") at <paramref name="at"/>, or null.</summary>
    private int? PlaceAfterBranch(IReadOnlyList<Token> tokens, int at)
    {
        if (at + 1 >= tokens.Count || tokens[at].Norm != "in")
            return null;
        var k = at + 1;
        if (k + 1 < tokens.Count && tokens[k].Norm is "northern" or "southern" or "eastern" or "western" or "central" or "north" or "south" or "east" or "west")
            k++;
        return tokens[k].IsCapitalized && dictionary.PlaceAt(tokens, k) is { } place ? place.Theatre : null;
    }

    /// <summary>
    /// "Jabhat Fateh al-Sham, the former al-Qaeda affiliate,", "HTS - formerly an al-Qaeda affiliate -": a name whose
    /// apposition opens, past its article and adverbs, on a comma or a dash right after a group's name (what
    /// <see cref="GroupApposedTo"/> finds, and more).
    /// </summary>
    private static bool ApposedPastAdverbs(IReadOnlyList<Token> tokens, int start, List<Mention> before)
    {
        var opening = start - 1;
        while (opening >= 1 && opening >= start - 4
               && tokens[opening].Norm is "the" or "a" or "an" or "former" or "formerly" or "once" or "now" or "still" or "then" or "long" or "also" or "itself")
            opening--;
        return opening >= 1 && tokens[opening].Norm is "," or "-" or "\u2013" or "\u2014" && before.Count > 0
            && before[^1] is { IsReference: false, Type: ActorType.ArmedGroup or ActorType.Coalition } group && Math.Max(group.TokenEnd, group.TailEnd) == opening;
    }

    /// <summary>
    /// "a feud between the former al-Qaeda affiliate and ...": a group's name in a description of a former branch of it
    /// names neither the group nor the branch it has now, but a side the story calls so; where the description ends
    /// (past the branch noun), else 0. (Not an apposition, which tells the tie: "JFS, the former al-Qaeda affiliate,".)
    /// </summary>
    private static int FormerBranchEnd(IReadOnlyList<Token> tokens, Mention mention, List<Mention> before)
    {
        if (mention.IsReference || mention.Type is not (ActorType.ArmedGroup or ActorType.Coalition) || mention.TokenStart < 2)
            return 0;
        var noun = IsBranchNoun(tokens[mention.TokenEnd - 1].Norm) ? mention.TokenEnd - 1 : mention.TokenEnd;
        if (noun >= tokens.Count || !IsBranchNoun(tokens[noun].Norm))
            return 0;
        var former = mention.TokenStart - 1;
        if (tokens[former].Norm is not ("former" or "erstwhile") || tokens[former - 1].Norm is not ("the" or "a" or "an")
            || ApposedPastAdverbs(tokens, mention.TokenStart, before) || (former >= 2 && tokens[former - 2].Norm == "as"))
            return 0;
        return noun + 1;
    }

    /// <summary>"the Islamic State branch", "a small Islamic State faction": an article, past at most two lower-case words.</summary>
    private static bool ArticleBefore(IReadOnlyList<Token> tokens, int start)
    {
        for (var k = start - 1; k >= 0 && k >= start - 3; k--)
        {
            if (tokens[k].Norm is "the" or "a" or "an")
                return true;
            if (!tokens[k].IsWord || tokens[k].IsCapitalized)
                return false;
        }
        return false;
    }

    /// <summary>
    /// The first "'s" within five tokens after <paramref name="start"/>, before any branch word, or -1 ("an Islamic State
    /// affiliate in Puntland's Bari region": the place's, not the group's).
    /// </summary>
    private static int PossessiveAfter(IReadOnlyList<Token> tokens, int start)
    {
        for (var k = start + 1; k < tokens.Count && k <= start + 5 && !IsBranchNoun(tokens[k].Norm); k++)
            if (tokens[k].Norm == "'s")
                return k;
        return -1;
    }

    /// <summary>
    /// A state's own theatre when one bears its name ("Islamic State's Egyptian affiliate" is the one in Egypt, not in
    /// Libya, where Egypt also fights); else all its theatres.
    /// </summary>
    private IReadOnlyList<int> HomeTheatres(string state)
    {
        var all = dictionary.TheatresOf(state);
        foreach (var t in all)
            if (string.Equals(dictionary.Theatres[t].Replace('_', ' '), state, StringComparison.OrdinalIgnoreCase))
                return [t];
        return all;
    }

    private static bool IsBranchNoun(string norm) => ActorDictionary.BranchWords.Contains(norm) || norm == "faction";

    /// <summary>
    /// "Mullah Akhtar Mohammad Mansour", "Sheikh Hassan Nasrallah": a religious or honorary title before a man the
    /// dictionary knows is part of his name.
    /// </summary>
    private Mention? TitledPerson(IReadOnlyList<Token> tokens, int start)
    {
        if (!tokens[start].IsCapitalized || !PersonTitles.Contains(tokens[start].Norm) || start + 1 >= tokens.Count
            || DictionaryMention(tokens, start + 1) is not { Type: ActorType.Person, Source: MentionSource.Dictionary } person)
            return null;
        return person with { TokenStart = start, Surface = Surface(tokens, start, person.TokenEnd) };
    }

    /// <summary>Where "11 strikes", "three airstrikes" ends when it opens the sentence or follows a comma; else null.</summary>
    private static int? CountedStrikesEnd(IReadOnlyList<Token> tokens, int start)
    {
        if (!(start == 0 || tokens[start - 1].Norm == ",") || start + 1 >= tokens.Count
            || !IsCount(tokens[start]))
            return null;
        var noun = tokens[start + 1].Norm is "air" or "coalition" && start + 2 < tokens.Count ? start + 2 : start + 1;
        return tokens[noun].Norm is "strikes" or "airstrikes" or "raids" && noun + 1 < tokens.Count && tokens[noun + 1].IsWord
            && tokens[noun + 1].Norm is not ("were" or "was" or "have" or "had" or "are" or "by" or "on" or "in") ? noun + 1 : null;
    }

    private static readonly HashSet<string> PersonTitles =
        ["mullah", "mulla", "sheikh", "shaykh", "sheik", "haji", "hajji", "maulvi", "mawlawi", "maulana", "mufti", "imam", "ayatollah", "sayyed", "sayyid"];

    /// <summary>
    /// "a coalition of Arab states led by Saudi Arabia": a coalition a state's "-led" demonym names, when that state leads
    /// it within a few words. The mention of the word "coalition", or null.
    /// </summary>
    private Mention? CoalitionLedByState(IReadOnlyList<Token> tokens, int start)
    {
        if (tokens[start].Norm != "coalition" || start == 0 || tokens[start - 1].Norm is not ("a" or "an" or "the" or "military" or "international" or "arab"))
            return null;
        for (var k = start + 1; k + 2 < tokens.Count && k <= start + 6 && tokens[k].Norm is not ("," or ";" or "." or "which" or "that"); k++)
            if (tokens[k].Norm == "led" && tokens[k + 1].Norm == "by")
                return dictionary.LongestMatch(tokens, k + 2, Theatres) is { } leader && dictionary.CoalitionLedBy(dictionary.Actors[leader.Actor].Name) is { } coalition
                    ? new Mention(start, start + 1, coalition, ActorType.Coalition, MentionSource.Dictionary, tokens[start].Text)
                    : null;
        return null;
    }

    /// <summary>True when a group's name opens at <paramref name="start"/>: one the dictionary holds, or capitalised words ending in a group's head noun.</summary>
    private bool OwnsGroupName(IReadOnlyList<Token> tokens, int start)
    {
        if (dictionary.LongestMatch(tokens, start, Theatres) is { } known)
            return dictionary.Actors[known.Actor].Type is ActorType.ArmedGroup or ActorType.Coalition;
        for (var k = start; k < tokens.Count && k < start + 5 && (tokens[k].IsCapitalized || dictionary.Discovery.IsConnector(tokens[k].Norm)); k++)
            if (tokens[k].IsCapitalized && dictionary.Discovery.IsHead(tokens[k].Norm))
                return true;
        return false;
    }

    /// <summary>Whether "the" and <paramref name="noun"/> make a description (a loop: a lambda here cost every call of
    /// <see cref="Reference"/>, one per unnamed word, a closure).</summary>
    private bool IsTwoWordDescription(string noun)
    {
        foreach (var phrase in dictionary.Descriptions.StartingWith("the"))
            if (phrase.Length == 2 && phrase[1] == noun)
                return true;
        return false;
    }

    /// <summary>For "Sunday's strikes" (a day or month, "'s", the noun of one of the described acts) at <paramref name="start"/>, its end.</summary>
    private int? DayOwnedActEnd(IReadOnlyList<Token> tokens, int start) =>
        start + 2 < tokens.Count && tokens[start].IsCapitalized && tokens[start + 1].Norm == "'s" && DateResolver.IsMonthOrDay(tokens[start].Norm)
            ? PhraseAt(tokens, start + 1, dictionary.EventDescriptions, standsFor: "the") : null;

    private Mention? Reference(IReadOnlyList<Token> tokens, int start)
    {
        var token = tokens[start];
        if (!token.IsWord)
            return null;
        if (dictionary.Pronouns.Contains(token.Norm) && StandsForActor(tokens, start))
            return new Mention(start, start + 1, null, ActorType.Other, MentionSource.Pronoun, token.Text) { Plural = dictionary.PluralPronouns.Contains(token.Norm) };
        if (LatterOrFormer(tokens, start))
            return new Mention(start, start + 2, null, ActorType.Other, MentionSource.Pronoun, Surface(tokens, start, start + 2));
        if (PluralDescriptionEnd(tokens, start) is { } pluralEnd)
            return new Mention(start, pluralEnd, null, ActorType.ArmedGroup, MentionSource.Description, Surface(tokens, start, pluralEnd)) { Plural = true };
        if (token.Norm == "both" && (BothAsSubject(tokens, start) || BothAsObject(tokens, start)))
            return new Mention(start, start + 1, null, ActorType.ArmedGroup, MentionSource.Description, token.Text) { Plural = true };
        if (dictionary.PersonPronouns.Contains(token.Norm) && StandsForActor(tokens, start))
            return new Mention(start, start + 1, null, ActorType.Person, MentionSource.Pronoun, token.Text);
        if (PhraseAt(tokens, start, dictionary.EventDescriptions) is { } eventEnd)
            return new Mention(start, eventEnd, null, ActorType.Other, MentionSource.Event, Surface(tokens, start, eventEnd));
        // "Sunday's strikes hit facilities used by ...": a day's possessive before an act's noun is "the" act.
        if (DayOwnedActEnd(tokens, start) is { } dayActEnd)
            return new Mention(start, dayActEnd, null, ActorType.Other, MentionSource.Event, Surface(tokens, start, dayActEnd));
        // "conducting 21 strikes. Near Manbij, 11 strikes engaged ...": a count of strikes opening a clause is some of those
        // told before.
        if (CountedStrikesEnd(tokens, start) is { } countedEnd)
            return new Mention(start, countedEnd, null, ActorType.Other, MentionSource.Event, Surface(tokens, start, countedEnd));
        // "crushed \"the militia of betrayal\"": a quoted description is a party's epithet, not the writer's reference back.
        if (start > 0 && tokens[start - 1].Norm is "\"" or "“" or "'")
            return null;
        // "the Group to Support Islam and Muslims": a name that starts inside the description and reaches further is meant.
        // "The Movement for the Salvation of Azawad": a capitalised head that goes on with "for" or "of" and a
        // capitalised word opens a name, not a description.
        // ("The alliance between the Houthis and Saleh": a tie the phrase goes on to name is no side.)
        if (PhraseAt(tokens, start, dictionary.Descriptions) is { } end
            && !(end < tokens.Count && tokens[end].Norm is "between" or "with" && tokens[end - 1].Norm is "alliance")
            // ("hold much of the front line against the Houthis": a head noun opening a compound names no side.)
            && !(end < tokens.Count && tokens[end - 1].Norm == "front" && tokens[end].Norm is "line" or "lines")
            && !(dictionary.LongestMatch(tokens, start + 1, Theatres) is { } inner && inner.End > end)
            && !(tokens[end - 1].IsCapitalized && NameGoesOn(tokens, end)) && !NamedRightAfter(tokens, end) && !OfNamedGroup(tokens, end)
            // ("The militia of Abdul Rashid Dostum fought ...": a description said of a name after it is that one's, not a reference back.)
            && !NameGoesOn(tokens, end))
            return new Mention(start, end, null, ActorType.ArmedGroup, MentionSource.Description, Surface(tokens, start, end));
        // "killing the last attackers", "the remaining militants": a two-word description with a word of which or how many
        // between its article and its noun.
        if (token.Norm == "the" && start + 2 < tokens.Count && RemnantWords.Contains(tokens[start + 1].Norm)
            && IsTwoWordDescription(tokens[start + 2].Norm)
            && !NamedRightAfter(tokens, start + 3) && !OfNamedGroup(tokens, start + 3))
            return new Mention(start, start + 3, null, ActorType.ArmedGroup, MentionSource.Description, Surface(tokens, start, start + 3));
        // "The Kurdish militia": a phrase the dictionary knows after the article is that name, not a description.
        if (ModifiedDescriptionEnd(tokens, start) is { } modifiedEnd && !NamedRightAfter(tokens, modifiedEnd) && !OfNamedGroup(tokens, modifiedEnd)
            && !(dictionary.LongestMatch(tokens, start + 1, Theatres) is { } known && known.End >= modifiedEnd))
            return new Mention(start, modifiedEnd, null, ActorType.ArmedGroup, MentionSource.Description, Surface(tokens, start, modifiedEnd));
        // "the army said it killed 40 militants": a count of militants refers to the militant side the text is about.
        // ("killed scores of terrorists": so does a count with "of".)
        if (CountedMilitants.Contains(token.Norm) && start > 0 && (IsCount(tokens[start - 1]) || (start > 1 && tokens[start - 1].Norm == "of" && IsCount(tokens[start - 2])))
            && !NamedRightAfter(tokens, start + 1) && !OfNamedGroup(tokens, start + 1))
            return new Mention(start, start + 1, null, ActorType.ArmedGroup, MentionSource.Description, token.Text);
        // "US aircraft bombed militant positions": the militant side's places and men, as "the militants' positions" are.
        // ("Islamist fighters of Ansar Dine": not men a name after "of" owns.)
        if (MilitantAdjectives.Contains(token.Norm) && start + 1 < tokens.Count && MilitantHoldings.Contains(tokens[start + 1].Norm)
            && !(start > 0 && tokens[start - 1].Norm is "a" or "an") && !NamedRightAfter(tokens, start + 2) && !OfNamedGroup(tokens, start + 2))
            return new Mention(start, start + 1, null, ActorType.ArmedGroup, MentionSource.Description, token.Text);
        // "the al-Qaeda-linked group": a description whose modifier names another actor; the head alone refers back
        // (not when a name follows it: "the Iran-backed militia Kataib Hezbollah" is that name).
        // ("the al-Qaeda-linked extremist group": past one word describing the head.)
        var compound = start > 2 && tokens[start - 1].IsWord && !tokens[start - 1].AfterHyphen && !NotModifiers.Contains(tokens[start - 1].Norm)
            && tokens[start - 2].AfterHyphen && CompoundVerbs.Contains(tokens[start - 2].Norm) ? start - 2 : start - 1;
        // ("the al-Qaeda breakaway group", "the Taliban splinter faction": so does a group that broke from the name.)
        var brokeFrom = start > 2 && tokens[start - 1].Norm is "breakaway" or "splinter" or "renegade" && tokens[start - 2].IsCapitalized;
        if (DescriptionHeads.Contains(token.Norm) && start > 1 && (brokeFrom || (tokens[compound].AfterHyphen && CompoundVerbs.Contains(tokens[compound].Norm)))
            && !NamedRightAfter(tokens, start + 1))
            for (var k = compound - 1; k >= 0 && k >= compound - 5; k--)
            {
                if (tokens[k].Norm == "the")
                    return new Mention(start, start + 1, null, ActorType.ArmedGroup, MentionSource.Description, token.Text);
                // "attacked a Saudi-backed militia": an indefinite phrase brings in someone new; it refers to no one.
                // ("The army killed al-Qaeda-linked militants": nor is "the" past the verb before the phrase its article.)
                if (tokens[k].Norm is "a" or "an" || (!tokens[k].IsCapitalized && PatternMatcher.FiniteVerbForm(tokens[k].Norm)))
                    break;
            }
        return null;
    }

    /// <summary>
    /// "split from HTS after the latter cut ties with al Qaeda": "the latter" and "the former" standing alone for one of
    /// two actors named before. Not "the former leader", "the latter half": "the former" refers only before a verb
    /// or a comma, "the latter" unless a noun of time or part follows.
    /// </summary>
    internal static bool LatterOrFormer(IReadOnlyList<Token> tokens, int start)
    {
        if (tokens[start].Norm != "the" || start + 1 >= tokens.Count || tokens[start + 1].Norm is not ("latter" or "former"))
            return false;
        var next = start + 2 < tokens.Count ? tokens[start + 2].Norm : ".";
        return tokens[start + 1].Norm == "latter"
            ? !LatterNouns.Contains(next)
            : next is "," or "." or ";" or "'s" or "and" or "has" or "had" or "have" or "is" or "was" or "were" or "are" or "did" or "then"
                or "also" or "later" or "still" or "would" or "could" or "cut" or "broke" or "split" or "joined" or "pledged";
    }

    private static readonly HashSet<string> LatterNouns = ["half", "part", "stage", "stages", "years", "year", "case", "phase", "days", "weeks", "months"];

    private static readonly HashSet<string> MilitantAdjectives = ["militant", "jihadist", "jihadi", "islamist", "insurgent", "extremist", "terrorist"];

    private static readonly HashSet<string> MilitantHoldings =
        ["positions", "hideouts", "hideout", "strongholds", "stronghold", "bases", "camps", "redoubts", "fighters", "commanders", "cells", "targets"];

    private static readonly HashSet<string> CountedMilitants = ["militants", "jihadists", "insurgents", "extremists", "terrorists", "attackers", "assailants"];

    private static readonly HashSet<string> CountWords =
        ["dozens", "scores", "hundreds", "thousands", "several", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
         "eleven", "twelve", "fifteen", "twenty", "thirty", "forty", "fifty", "dozen", "many"];

    internal static bool IsCount(Token token) => char.IsDigit(token.Norm[0]) || CountWords.Contains(token.Norm);

    /// <summary>
    /// "the Kurdish militia YPG", "the jihadist group JNIM": a name the dictionary knows right after a description
    /// is what the description classes; the description refers to no one else.
    /// </summary>
    private bool NamedRightAfter(IReadOnlyList<Token> tokens, int at) =>
        at < tokens.Count && tokens[at].IsCapitalized && dictionary.LongestMatch(tokens, at, Theatres) is not null;

    /// <summary>True when "for" or "of" and a capitalised word (after an optional "the") follow <paramref name="at"/>.</summary>
    private static bool NameGoesOn(IReadOnlyList<Token> tokens, int at)
    {
        if (at >= tokens.Count || tokens[at].Norm is not ("for" or "of"))
            return false;
        var next = at + 1 < tokens.Count && tokens[at + 1].Norm == "the" ? at + 2 : at + 1;
        return next < tokens.Count && tokens[next].IsCapitalized;
    }

    /// <summary>The end of the first (longest) phrase that starts at <paramref name="start"/>, or null.</summary>
    /// <remarks>With <paramref name="standsFor"/>, the word at <paramref name="start"/> stands for the phrases' first word ("'s" for
    /// "the" in "Sunday's strikes").</remarks>
    private static int? PhraseAt(IReadOnlyList<Token> tokens, int start, PhraseList phrases, string? standsFor = null)
    {
        if (start >= tokens.Count)
            return null;
        foreach (var phrase in phrases.StartingWith(standsFor ?? tokens[start].Norm))
        {
            if (start + phrase.Length > tokens.Count)
                continue;
            var matches = true;
            for (var k = standsFor is null ? 0 : 1; k < phrase.Length && matches; k++)
                matches = tokens[start + k].Norm == phrase[k];
            if (matches)
                return start + phrase.Length;
        }
        return null;
    }

    /// <summary>
    /// Where a plural description starting at <paramref name="start"/> ends: a phrase of the dictionary, also with
    /// up to two lower-case words (adjectives) before the last word of a three-word phrase ("the two jihadist groups").
    /// </summary>
    private int? PluralDescriptionEnd(IReadOnlyList<Token> tokens, int start)
    {
        // ("the two jihadist groups" is more than the phrase "the two" it opens with.)
        var end = PhraseAt(tokens, start, dictionary.PluralDescriptions);
        end = ModifiedPluralDescriptionEnd(tokens, start) is { } longer && longer > (end ?? 0) ? longer : end;
        // ("The factions have fought each other since": sides done to each other are two, though the noun alone counts none.)
        if (end is null && start + 1 < tokens.Count && tokens[start].Norm == "the" && PluralSideNouns.Contains(tokens[start + 1].Norm) && EachOtherAfter(tokens, start + 2))
            end = start + 2;
        // ("has fought both government forces and the Islamic State": "both" that "and" answers joins two sides; it names none.)
        // (Not "carried out strikes on both groups and has designated them": an "and" that joins verbs.)
        return tokens[start].Norm == "both" && end is { } last && last + 1 < tokens.Count && tokens[last].Norm == "and"
            && (tokens[last + 1].IsCapitalized || tokens[last + 1].Norm is "the" or "a" or "an" or "its" or "their") ? null : end;
    }

    /// <summary>Whether "each other" or "one another" ends the clause opening at <paramref name="from"/>, within eight words.</summary>
    private static bool EachOtherAfter(IReadOnlyList<Token> tokens, int from)
    {
        for (var k = from; k + 1 < tokens.Count && k < from + 8 && tokens[k].Norm is not ("," or ";" or "." or "which" or "who" or "that"); k++)
            if ((tokens[k].Norm, tokens[k + 1].Norm) is ("each", "other") or ("one", "another"))
                return true;
        return false;
    }

    private int? ModifiedPluralDescriptionEnd(IReadOnlyList<Token> tokens, int start)
    {
        // (Only a phrase opening with the word at the start can fit: each read below has two words or more, the first matched there.)
        foreach (var phrase in start < tokens.Count ? dictionary.PluralDescriptions.StartingWith(tokens[start].Norm) : [])
        {
            // "the two rival groups", "both jihadist factions": up to two modifiers before the head (not "the groups").
            if (phrase.Length < 3 && !(phrase.Length == 2 && phrase[0] is "both" or "these" or "those"))
                continue;
            var k = 0;
            while (k < phrase.Length - 1 && start + k < tokens.Count && tokens[start + k].Norm == phrase[k])
                k++;
            if (k < phrase.Length - 1)
                continue;
            for (var extra = 1; extra <= 2; extra++)
            {
                var head = start + k + extra;
                if (head >= tokens.Count || !tokens[head - 1].IsWord || tokens[head - 1].IsCapitalized
                    || tokens[head - 1].Norm is "of" or "and" or "or" or "to" or "in" or "for" or "with" or "from" or "by"
                    // ("the two are bitter enemies": a verb after "the two" ends the description there.)
                    or "are" or "were" or "is" or "was" or "have" or "had" or "has" or "remain" or "remained" or "became" or "become")
                    break;
                if (tokens[head].Norm == phrase[^1])
                    return head + 1;
            }
        }
        return null;
    }

    /// <summary>", the son of Osama bin Laden": words of kinship that make the name before the comma a person's.</summary>
    private static readonly HashSet<string> KinNouns =
        ["son", "daughter", "brother", "sister", "father", "mother", "nephew", "niece", "cousin", "wife", "widow", "husband", "grandson"];

    private static readonly HashSet<string> TitleWords =
        ["prime", "minister", "president", "vice", "secretary", "foreign", "defence", "defense", "interior", "crown", "prince",
         "king", "queen", "supreme", "grand", "field", "marshal", "lieutenant", "major", "brigadier", "admiral", "state", "sheikh", "mr", "dr"];

    private static readonly HashSet<string> PossessivePronouns = ["its", "their", "his", "her"];
    private static readonly HashSet<string> PeopleNouns = ["militants", "insurgents", "jihadists", "gunmen", "members", "commanders", "leaders", "rebels", "cadres"];

    /// <summary>Words that pick out some of the men a description names: "the last attackers", "the remaining militants".</summary>
    private static readonly HashSet<string> RemnantWords = ["last", "remaining", "surviving", "fleeing", "retreating"];

    private static readonly HashSet<string> SingularHeads = ["group", "militia", "movement", "organization", "organisation", "faction", "network", "council"];

    /// <summary>Kinds of council that are a place's or an institution's, not a movement's ("the local council").</summary>
    private static readonly HashSet<string> LocalCouncils =
        ["local", "city", "municipal", "provincial", "village", "town", "district", "regional", "tribal", "military", "security", "county",
         "elders", "religious", "advisory", "legislative", "neighbourhood", "neighborhood", "governing", "executive", "state"];

    private static readonly HashSet<string> CapitalizedAdjectives =
        ["Islamist", "Salafist", "Salafi", "Jihadist", "Sunni", "Shiite", "Shia", "Kurdish", "Arab", "Islamic", "Muslim", "Wahhabi", "Deobandi"];

    private static readonly HashSet<string> NotModifiers =
        ["of", "and", "or", "in", "to", "for", "with", "from", "by", "on", "at", "as", "that", "which", "who", "new", "same", "other", "two", "first", "second"];

    /// <summary>
    /// "the Somali jihadist group", "the hardline Islamist movement", "the Uzbek group": "the", one to three adjectives
    /// (lower case, a demonym of a state or a people, or a word such as "Islamist"), then a group's head noun: a
    /// description like "the group" with its adjectives. The end of the phrase, or null.
    /// </summary>
    private int? ModifiedDescriptionEnd(IReadOnlyList<Token> tokens, int start)
    {
        if (tokens[start].Norm != "the")
            return null;
        var sideNamed = false;
        for (var k = start + 1; k < tokens.Count && k <= start + 4; k++)
        {
            var token = tokens[k];
            // ("the war against the insurgents": a preposition or an article ends the modifiers; the phrase is no description.)
            if (token.Norm is "the" or "a" or "an" || PatternMatcher.IsPreposition(token.Norm))
                return null;
            // ("the separatist council" is a council named before; "the local council" is a town's.)
            if (SingularHeads.Contains(token.Norm) && !token.IsCapitalized)
                return k > start + 1 && !(k + 1 < tokens.Count && tokens[k + 1].Norm is "of")
                    && !(token.Norm == "council" && AnyLocalCouncilWord(tokens, start + 1, k)) ? k + 1 : null;
            // ("the Islamist insurgents", "the Uzbek militants": so are militants described, though not by a side's own word:
            // "the Houthi militants" are named by it.)
            if (CountedMilitants.Contains(token.Norm) && !token.IsCapitalized)
                return k > start + 1 && !sideNamed && !(k + 1 < tokens.Count && tokens[k + 1].Norm is "of" or "'s") ? k + 1 : null;
            sideNamed |= dictionary.DemonymActors.ContainsKey(token.Norm);
            // "the US-backed group": the modifier names an actor of its own; it is read apart, the head refers back.
            if (token.AfterHyphen && CompoundVerbs.Contains(token.Norm))
                return null;
            // ("the monitoring group said": a group that watches, helps or studies the war is no side of it.)
            if (CivilModifiers.Contains(token.Norm))
                return null;
            var adjective = token.IsWord && !NotModifiers.Contains(token.Norm) && !token.Text.Any(char.IsDigit)
                && (!token.IsCapitalized || dictionary.Demonyms.Contains(token.Norm) || dictionary.DemonymActors.ContainsKey(token.Norm)
                    || CapitalizedAdjectives.Contains(token.Text))
                && (token.IsCapitalized || dictionary.LongestMatch(tokens, k, Theatres) is null);
            if (!adjective)
                return null;
        }
        return null;
    }

    private static readonly HashSet<string> CivilModifiers =
        ["monitoring", "monitor", "rights", "watchdog", "research", "advocacy", "aid", "humanitarian", "relief", "charity", "medical",
         "lobby", "lobbying", "media", "news", "campaign", "pressure", "peace", "civil", "civic", "activist", "activists"];

    /// <summary>Whether a word of tokens [<paramref name="from"/>, <paramref name="to"/>) makes a council a town's ("local").</summary>
    /// <remarks>A loop, not a lambda over the tokens: the closure was made at every call of the caller.</remarks>
    private static bool AnyLocalCouncilWord(IReadOnlyList<Token> tokens, int from, int to)
    {
        for (var m = from; m < to; m++)
            if (LocalCouncils.Contains(tokens[m].Norm))
                return true;
        return false;
    }

    private static readonly HashSet<string> DescriptionHeads = ["group", "militia", "movement", "organization", "organisation", "faction", "network", "militants", "jihadists", "rebels", "insurgents", "alliance"];

    /// <summary>True when a verb of harm and a count stand before the "of" at <paramref name="of"/> ("killing at least 15 of").</summary>
    private static bool HarmCountBefore(IReadOnlyList<Token> tokens, int of)
    {
        for (var k = of - 2; k >= 0 && k >= of - 5 && tokens[k].IsWord; k--)
            if (tokens[k].Norm is "killing" or "killed" or "kills" or "wounding" or "wounded" or "capturing" or "captured" or "executing" or "executed")
                return true;
        return false;
    }

    /// <summary>
    /// The tie a noun after a possessive names: "(old) enemies", "rivals", "foes": rival; "former allies", "erstwhile partners" (a word
    /// of the past needed, since "its allies" may be its own coalition): allied. Null when no such noun follows, or a name or "in",
    /// "of" follows it (that name is meant: "its rivals in the NLF").
    /// </summary>
    internal static RelationKind? TiedSidesNounAfter(IReadOnlyList<Token> tokens, int at)
    {
        var k = at;
        var past = k < tokens.Count && tokens[k].Norm is "old" or "former" or "erstwhile" or "one-time" or "onetime" or "longtime" or "long-time";
        if (past || (k < tokens.Count && tokens[k].Norm is "sworn" or "bitter" or "arch" or "main" or "traditional"))
            k++;
        if (k >= tokens.Count || (k + 1 < tokens.Count && (tokens[k + 1].Norm is "in" or "of" or "from" or "within" or "among" || tokens[k + 1].IsCapitalized)))
            return null;
        return TieOfSideNoun(tokens[k].Norm) is { } tie && (tie == RelationKind.Rival || past) ? tie : null;
    }

    /// <summary>The tie a noun for another side names: "enemies", "rivals", "foes": rival; "allies", "partners": allied; else null.</summary>
    internal static RelationKind? TieOfSideNoun(string norm) => norm switch
    {
        "enemies" or "enemy" or "foes" or "foe" or "rivals" or "rival" or "adversaries" or "adversary" => RelationKind.Rival,
        "allies" or "ally" or "partners" or "partner" => RelationKind.Allied,
        _ => null,
    };

    /// <summary>"it" and "they" always may; "its"/"their" only before a noun for the actor's own parts ("its fighters").</summary>
    private bool StandsForActor(IReadOnlyList<Token> tokens, int pronoun)
    {
        // "killed 63 people, many of them party members": "them" after "of" counts people, not a side.
        // ("clashed with IS militants, killing at least 15 of them": a count a verb of harm takes of them is of the side's men.)
        // ("..., but many of them fight alongside Nusra": not part of them opening a clause of its own.)
        if (tokens[pronoun].Norm == "them" && pronoun > 0 && tokens[pronoun - 1].Norm == "of" && !HarmCountBefore(tokens, pronoun - 1)
            && !(pronoun >= 2 && tokens[pronoun - 2].Norm is "many" or "some" or "most" or "several" or "all" or "both"
                && (pronoun == 2 || tokens[pronoun - 3].Norm is "but" or "and" or "while" or "though" or "although" or "yet")))
            return false;
        // "said it had been carried out with help from Pakistan": "it" whose verb is done to an act is the act.
        if (tokens[pronoun].Norm == "it" && (ActDoneAfter(tokens, pronoun + 1) || ExpletiveIt(tokens, pronoun)))
            return false;
        if (!PossessivePronouns.Contains(tokens[pronoun].Norm))
            return true;
        // ("turned on its former allies": the possessive then stands for the sides tied to it so.)
        if (TiedSidesNounAfter(tokens, pronoun + 1) is not null)
            return true;
        // ("the attack on its consulate", "one of its most senior field commanders": so do the sites, assets and men a side is attacked through.)
        for (var i = pronoun + 1; i < tokens.Count && i <= pronoun + 4 && tokens[i].IsWord; i++)
            if (dictionary.PossessedNouns.Contains(tokens[i].Norm) || dictionary.AssetNouns.Contains(tokens[i].Norm))
                return true;
        return false;
    }

    /// <summary>
    /// "while both have waged war on the state": a bare "both" stands for two sides only as a clause's subject, right
    /// before its verb (not "both backed by Iran", "both the army and ...").
    /// </summary>
    private static bool BothAsSubject(IReadOnlyList<Token> tokens, int start) =>
        start + 1 < tokens.Count && tokens[start + 1].Norm is "have" or "had" or "are" or "were" or "remain" or "remained" or "continue"
            or "continued" or "claim" or "claimed" or "deny" or "denied" or "oppose" or "opposed" or "fought" or "fight" or "reject" or "rejected";

    /// <summary>
    /// An "it" that stands for nothing: "It took Afghan commandos three days to retake the city", "It is unclear whether ...".
    /// </summary>
    private static bool ExpletiveIt(IReadOnlyList<Token> tokens, int it)
    {
        var verb = it + 1;
        if (verb < tokens.Count && tokens[verb].Norm is "will" or "would" or "could" or "may" or "might")
            verb++;
        if (verb + 1 >= tokens.Count)
            return false;
        // ("It took X, with U.S. air support, three days to retake": a span of time, then "to".)
        if (tokens[verb].Norm is "took" or "takes" or "take")
        {
            for (var k = verb + 1; k + 1 < tokens.Count && k <= verb + 14 && tokens[k].Norm is not ("." or ";"); k++)
                if (tokens[k].Norm is "days" or "weeks" or "months" or "years" or "hours" or "decades" && tokens[k + 1].Norm == "to")
                    return true;
            return false;
        }
        return tokens[verb].Norm is "is" or "was" or "remains" or "remained" or "seems" or "seemed" && verb + 2 < tokens.Count
            && tokens[verb + 1].Norm is "unclear" or "clear" or "likely" or "unlikely" or "possible" or "impossible" or "uncertain" or "doubtful"
            && tokens[verb + 2].Norm is "whether" or "that" or "if" or "who" or "how" or "when" or "what" or "why" or "to";
    }

    /// <summary>"leads the fight against both, alongside ...": a bare "both" a verb or preposition of enmity takes, ending its phrase.</summary>
    private static bool BothAsObject(IReadOnlyList<Token> tokens, int start) =>
        start >= 1 && tokens[start - 1].Norm is "against" or "fought" or "fights" or "fighting" or "attacked" or "targeted"
        && (start + 1 >= tokens.Count || !tokens[start + 1].IsWord);

    /// <summary>"was carried out", "had been planned": a passive verb said of an act, at <paramref name="at"/>.</summary>
    private static bool ActDoneAfter(IReadOnlyList<Token> tokens, int at)
    {
        var i = at;
        var passive = false; // "it had carried out an airstrike" is the actor's own act: a form of "be" makes it done to it
        while (i < tokens.Count && i < at + 3 && tokens[i].Norm is "was" or "had" or "has" or "been" or "is" or "allegedly" or "reportedly")
            passive |= tokens[i++].Norm is "was" or "been" or "is";
        if (!passive || i >= tokens.Count)
            return false;
        return tokens[i].Norm is "planned" or "executed" or "perpetrated" or "staged" or "ordered" or "masterminded" or "orchestrated"
            || (tokens[i].Norm == "carried" && i + 1 < tokens.Count && tokens[i + 1].Norm == "out");
    }

    internal static string Surface(IReadOnlyList<Token> tokens, int start, int end)
    {
        var sb = new System.Text.StringBuilder();
        for (var i = start; i < end; i++)
        {
            var t = tokens[i];
            if (i > start && !t.AfterHyphen && t.Norm is not ("'s" or "'") && tokens[i - 1].End != t.Start)
                sb.Append(' ');
            else if (t.AfterHyphen)
                sb.Append('-');
            sb.Append(t.Norm is "'s" ? "'s" : t.Norm is "'" ? "'" : t.Text);
        }
        return sb.ToString();
    }
}
