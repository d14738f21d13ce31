namespace ActorGraph.Core.Extraction;

/// <summary>
/// Fits compiled cue patterns to a sentence's units. Gaps are lazy, so the nearest actors are bound. A failed
/// (element, position) is remembered, so the cost of one pattern on one sentence is bounded by elements x words x
/// widest gap however the gaps and optional words combine.
/// </summary>
internal static class PatternMatcher
{
    private static readonly HashSet<string> SkippedBeforeSlot =
        ["the", "a", "an", "pro", "so", "called", "\"", "'", "other", "several", "some", "both", "either", "all", "most", "every", "its", "their", "his", "her",
         "self", "styled", "mr", "mrs", "ms", "dr", "rival", "fellow", "former", "hardline", "local", "new", "key", "main", "powerful", "notorious",
         "jihadist", "jihadi", "islamist", "militant", "extremist", "radical", "armed", "allied", "moderate", "remaining",
         "suspected", "alleged", "elite", "senior", "top", "prominent", "rebel", "insurgent", "several", "dozens", "hundreds",
         "scores", "many", "few", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "fifteen",
         "twenty", "thirty", "forty", "fifty", "hundred", "dozen", "of", "at", "least",
         "about", "nearly", "around", "almost", "more", "than", "up", "to", "thousands", "last", "prime", "crown", "vice", "ousted", "deposed", "exiled", "late",
         "onetime", "erstwhile", "longtime", "sometime", "retired", "renegade", "rogue", "firebrand", "associate", "ally", "partner", "patron", "proxy", "veteran", "charismatic", "reclusive", "shadowy",
         "kurdish", "shiite", "shia", "sunni", "alawite", "salafist", "salafi", "tribal", "foreign", "government",
         "northern", "southern", "eastern", "western", "central", "northeastern", "northwestern", "southeastern", "southwestern",
         "neighbouring", "neighboring", "mainstream", "secular", "nationalist", "separatist", "loyalist", "breakaway", "splinter",
         "ultraconservative", "sectarian", "feuding", "embattled", "beleaguered", "besieged", "outgunned", "outnumbered", "disparate",
         // the size or rank of what a side holds: "the last big rebel stronghold", "the largest Houthi base"
         "big", "biggest", "large", "largest", "major", "final", "remote", "strategic", "important",
         // participles that tell a side's men's plight: "beheaded captured Taliban commanders"
         "captured", "detained", "kidnapped", "abducted", "wounded", "fleeing", "retreating", "surrendered",
         // peoples whose names are no state's demonym: "the Tuareg militia GATIA", "Fulani herders"
         "tuareg", "fulani", "peul", "arab", "pashtun", "yazidi", "druze", "hazara", "baluch", "baloch", "toubou", "tebu", "zaghawa",
         "amhara", "oromo", "tigrayan", "turkmen", "assyrian", "christian", "bedouin", "berber", "dogon", "bambara", "hausa", "kanuri",
         // the first word of a rank of two, before the one a man's name takes in: "ousted Lieutenant Colonel Damiba"
         "lieutenant", "lt", "brigadier", "sergeant"];

    /// <summary>Nouns that class a name given right after them: "the rebel group M23", "the paramilitary force RSF".</summary>
    private static readonly HashSet<string> ClassNouns =
        ["group", "militia", "movement", "organization", "organisation", "faction", "outfit", "network", "coalition", "alliance",
         "umbrella", "party", "force", "insurgency", "insurgent", "groups", "militias", "factions", "movements"];

    /// <summary>Nouns for a group's people and forces: "fighters of", "members loyal to" before an actor name it.</summary>
    private static readonly HashSet<string> ForceHeads =
        ["fighters", "forces", "troops", "militants", "members", "insurgents", "soldiers", "units", "positions", "commanders",
         "leaders", "leadership", "officials", "militiamen", "gunmen", "jihadists", "rebels", "separatists", "men", "elements", "cells",
         "bases", "strongholds", "convoy", "convoys", "camps", "targets", "supporters", "loyalists", "remnants", "fighter", "member",
         "commander", "leader", "soldier", "militant", "official", "officials", "figures", "operatives", "operative", "emir",
         "mercenaries", "contractors", "volunteers", "recruits", "advisers", "advisors", "militias", "militia", "factions",
         "paramilitaries", "guerrillas", "tribesmen", "bomber", "bombers", "gunman", "attacker", "attackers", "assailant", "assailants",
         "sniper", "snipers", "islamists", "extremists", "groups", "brigades", "battalions", "brigade", "battalion", "division", "regiment", "corps", "faction", "wing", "cell", "rulers", "followers", "guards", "bodyguards", "armies", "auxiliaries",
         "officers", "officer", "veterans", "governments", "juntas", "regimes", "generals", "warplanes", "jets", "aircraft", "planes", "drones", "helicopters", "gunships", "warships", "gunboats"];

    /// <summary>Plurals of sides a present participle may describe: "Arab states backing the government".</summary>
    private static readonly HashSet<string> SidesNouns =
        ["states", "countries", "nations", "powers", "governments", "monarchies", "neighbours", "neighbors", "donors"];

    /// <summary>Participles of backing before "by": "forces backed by US air strikes", "troops supported by Russian jets".</summary>
    private static readonly HashSet<string> BackedBy = ["backed", "supported", "aided", "assisted", "helped", "accompanied", "escorted", "covered"];

    /// <summary>Participles of a view held by the agent after "by": "regarded by Washington as ...".</summary>
    private static readonly HashSet<string> SeenBy = ["regarded", "considered", "seen", "viewed", "described", "deemed"];

    /// <summary>Participles that describe a noun they follow: "militias aligned with", "fighters loyal to".</summary>
    private static readonly HashSet<string> ForceParticiples =
        ["allied", "aligned", "loyal", "affiliated", "linked", "tied", "associated", "backed", "belonging", "attached", "partnered", "siding"];

    private static readonly string[][] ForceLinks =
        [["of"], ["from"], ["loyal", "to"], ["belonging", "to"], ["linked", "to"], ["linked", "with"], ["affiliated", "with"],
         ["affiliated", "to"], ["allied", "to"], ["allied", "with"], ["aligned", "with"], ["tied", "to"], ["associated", "with"],
         ["backed", "by"], ["led", "by"], ["within"], ["in"], ["pledging", "allegiance", "to"], ["pledged", "to"], ["sworn", "to"]];

    /// <summary>
    /// Where the men stand whose tie phrase the name at <paramref name="at"/> ends, when another name owns them: "Hezbollah
    /// fighters loyal to Iran" (the unit of "fighters"); else -1.
    /// </summary>
    private static int MenTiedTo(IReadOnlyList<Unit> units, int at)
    {
        if (at > 0 && units[at - 1].Norm == "the")
            at--;
        return MenBeforeLink(units, at - 1, withOf: false) is var men and >= 0 && NameOwnsMen(units, men) ? men : -1;
    }

    /// <summary>
    /// Where men ("fighters", "militants" ...) stand before a tie phrase ("loyal to", "backed by"; "of" too when
    /// <paramref name="withOf"/>) ending at <paramref name="last"/>; else -1. At most one link ends with a given word.
    /// </summary>
    private static int MenBeforeLink(IReadOnlyList<Unit> units, int last, bool withOf)
    {
        foreach (var link in ForceLinks)
        {
            var men = last - link.Length;
            if ((link.Length >= 2 || (withOf && link is ["of"])) && men >= 1 && ForceHeads.Contains(units[men].Norm) && LinkEndsAt(units, link, last))
                return men;
        }
        return -1;
    }

    /// <summary>
    /// The "led" of "FORCES led by [title] NAME" when the mention at <paramref name="at"/> is that leader and a name stands
    /// right before "led"; else -1.
    /// </summary>
    private static int LedBy(IReadOnlyList<Unit> units, int at)
    {
        var k = at - 1;
        while (k > 2 && at - k <= 3 && LeaderTitleWords.Contains(units[k].Norm))
            k--;
        // ("Burkina Faso's junta led by Captain Ibrahim Traore": past the words that end the name.)
        var owner = k - 2;
        while (owner > 0 && units[owner].Tail)
            owner--;
        return k >= 2 && units[k].Norm == "by" && units[k - 1].Norm is "led" or "commanded" or "headed" && units[owner].IsMention ? k - 1 : -1;
    }

    private static readonly HashSet<string> LeaderTitleWords =
        ["president", "regional", "former", "commander", "general", "warlord", "strongman", "leader", "chief", "military", "colonel", "prime", "minister", "militia",
         "captain", "major", "lieutenant", "brigadier", "marshal", "field", "sheikh", "mullah", "emir"];

    /// <summary>
    /// Where the men stand whose tie phrase ("militants loyal to", "fighters of") ends at <paramref name="last"/>, when no
    /// name owns them; else -1.
    /// </summary>
    private static int UnnamedMenTiedBy(IReadOnlyList<Unit> units, int last) =>
        MenBeforeLink(units, last, withOf: true) is var men and >= 1 && !units[men - 1].IsMention && !units[men - 1].Demonym ? men : -1;

    /// <summary>The words of <paramref name="link"/> ("loyal to") end at <paramref name="last"/>.</summary>
    private static bool LinkEndsAt(IReadOnlyList<Unit> units, string[] link, int last)
    {
        var first = last - link.Length + 1;
        if (first < 0)
            return false;
        for (var k = 0; k < link.Length; k++)
            if (units[first + k].Norm != link[k])
                return false;
        return true;
    }

    /// <summary>A name (not a people's or state's word, as "Russian") right before the men at <paramref name="men"/> owns them.</summary>
    private static bool NameOwnsMen(IReadOnlyList<Unit> units, int men) => men > 0 && units[men - 1] is { IsMention: true, ByDemonym: false };

    /// <summary>"its" or "their" right before <paramref name="noun"/>, or before one word of time or kind ("their former", "its jihadist").</summary>
    private static bool OwnerBefore(IReadOnlyList<Unit> units, int pos, int noun)
    {
        var owner = noun - 1;
        if (owner > pos && !units[owner].IsMention && units[owner].Norm is "former" or "erstwhile" or "onetime" or "one-time" or "old" or "longtime"
                or "long-time" or "main" or "chief" or "bitter" or "sworn" or "fellow" or "jihadist" or "islamist" or "rebel" or "new")
            owner--;
        return units[owner].Norm is "its" or "their" && !units[owner].IsMention;
    }

    /// <summary>True when the verb after the men named at <paramref name="name"/> tells them leaving their side ("have since joined", "defected").</summary>
    private static bool MenLeave(IReadOnlyList<Unit> units, int name)
    {
        var k = name + 1;
        while (k < units.Count && (units[k].Tail || units[k].Norm is "'s" or "fighters" or "men" or "members" or "have" or "has" or "had" or "since" or "reportedly" or "also"))
            k++;
        return k < units.Count && units[k].Norm is "joined" or "defected" or "surrendered" or "deserted" or "fled" or "left" or "switched" or "quit" or "abandoned" or "returned";
    }

    /// <summary>A word for the other side ("rivals", "enemies", "allies") at <paramref name="at"/>, or after one modifier ("main rivals").</summary>
    private static bool OtherSideAfterPossessive(IReadOnlyList<Unit> units, int at)
    {
        static bool OtherSide(string norm) => OtherSideNouns.Contains(norm) || norm is "opponents" or "critics" or "adversaries";
        return at < units.Count && !units[at].IsMention && (OtherSide(units[at].Norm)
            || (at + 1 < units.Count && !units[at + 1].IsMention && char.IsLower(units[at].Norm[0]) && OtherSide(units[at + 1].Norm)));
    }

    private static readonly HashSet<string> OtherSideNouns = ["rivals", "rival", "enemies", "enemy", "foes", "foe", "allies", "ally", "partners"];

    private static readonly HashSet<string> ReactionParticiples =
        ["drawing", "prompting", "sparking", "triggering", "provoking", "raising", "fuelling", "fueling", "angering"];

    private static readonly HashSet<string> WeaponMarkers = ["air", "drone", "missile", "rocket", "artillery", "mortar", "suicide"];

    private static readonly HashSet<string> NounMarkers =
        ["the", "a", "an", "its", "their", "his", "her", "air", "drone", "missile", "rocket", "artillery", "mortar", "suicide", "these", "those", "this", "under"];

    /// <summary>
    /// An article, "air", or a verb right before (no two finite verbs stand side by side: "received attack
    /// helicopters") makes a verb's form a noun.
    /// </summary>
    private static bool AfterNounMarker(IReadOnlyList<Unit> units, int pos)
    {
        var before = units[pos - 1];
        // "Turkish artillery shelled": a marker that ends a name's own phrase is its head noun, and a verb follows.
        // "A Houthi drone struck": a past form is no noun ("drone strike" is one, "drone struck" a verb after its subject);
        // nor is "hits" ("drone hits airport"; "drone strikes" stay a noun).
        if (NounMarkers.Contains(before.Norm) && !before.Tail)
            return !(WeaponMarkers.Contains(before.Norm) && (units[pos].Norm is "struck" or "hit" or "hits" or "shot" or "overran" or "destroyed"
                || (units[pos].Norm.Length > 4 && units[pos].Norm.EndsWith("ed", StringComparison.Ordinal))));
        // ("the Islamic State's 2014 assault on the region", "the 2011 attack": a year between a determiner and the form.)
        if (before.Norm.Length == 4 && before.Norm.All(char.IsDigit) && pos >= 2 && (NounMarkers.Contains(units[pos - 2].Norm) || units[pos - 2].Norm == "'s"))
            return true;
        // "blamed that attack on ...": "that" after a verb or a preposition is a determiner ("militias that attack" is no noun).
        if (before.Norm == "that" && pos >= 2 && !units[pos - 2].IsMention && !units[pos].Norm.EndsWith("ed", StringComparison.Ordinal)
            && (Prepositions.Contains(units[pos - 2].Norm) || (units[pos - 2].Norm.Length > 4 && units[pos - 2].Norm.EndsWith("ed", StringComparison.Ordinal))))
            return true;
        // "a string of attacks blamed on ...": after a preposition a form in -s is a plural noun (a gerund stays a verb).
        // ("the latest of several attacks the government blames on al-Shabaab": so after a word that counts it.)
        if ((Prepositions.Contains(before.Norm) || CountingWords.Contains(before.Norm) || char.IsDigit(before.Norm[0])) && units[pos].Norm.EndsWith('s'))
            return true;
        return !before.IsMention && before.Norm.Length > 4 && before.Norm.EndsWith("ed", StringComparison.Ordinal) && char.IsLower(before.Norm[0])
            && !Auxiliaries.Contains(before.Norm) && !before.Norm.EndsWith("eed", StringComparison.Ordinal)
            && before.Norm is not ("used" or "allegedly" or "helped") // "helped recapture": a bare infinitive
            // "Turkey confirmed striking PKK targets": a gerund after a verb of saying or admitting is that verb's act.
            && !(GerundTakers.Contains(before.Norm) && units[pos].Norm.EndsWith("ing", StringComparison.Ordinal));
    }

    /// <summary>Verbs of a view that take their object "as" something: "regards Hamas as", "described the YPG as".</summary>
    internal static readonly HashSet<string> SeeingVerbs =
        ["sees", "see", "saw", "regards", "regard", "regarded", "views", "view", "viewed", "considers", "consider", "considered", "describes",
         "described", "brands", "branded"];

    /// <summary>A noun that names an act of war ("the killing", "the assassination", "the attack").</summary>
    private static bool IsActNoun(string word) =>
        word.EndsWith("ing", StringComparison.Ordinal) || EventNouns.Contains(word)
        || word is "assassination" or "murder" or "death" or "capture" or "seizure" or "destruction" or "execution" or "abduction" or "siege";

    /// <summary>The note of a subject that owns the act the cue names ("Hamas's war with Israel", "their fight").</summary>
    internal const string PossessorOfAct = "subject: the possessor of the act";

    private static readonly HashSet<string> CircumstancePrepositions = ["after", "following", "before", "since", "amid", "despite", "over"];

    private static readonly HashSet<string> GerundTakers =
        ["confirmed", "admitted", "acknowledged", "denied", "reported", "claimed", "described", "recalled", "recounted", "boasted"];

    /// <summary>
    /// "for a drone attack that": an act's noun (after at most two modifiers and an article) right after a preposition.
    /// The preposition's unit, or -1.
    /// </summary>
    private static int PrepositionBeforeEvent(IReadOnlyList<Unit> units, int relative)
    {
        var noun = units[relative - 1];
        if (noun.IsMention || !EventNouns.Contains(noun.Norm))
            return -1;
        for (var k = relative - 2; k >= 0 && relative - k <= 4; k--)
        {
            if (units[k].IsMention)
                return -1;
            if (Prepositions.Contains(units[k].Norm))
                return k;
        }
        return -1;
    }

    /// <summary>For "joined X in an offensive that" (the preposition "in" at <paramref name="preposition"/>), the verb "joined"; else -1.</summary>
    private static int JoinedIn(IReadOnlyList<Unit> units, int preposition)
    {
        if (preposition < 2 || units[preposition].Norm != "in")
            return -1;
        var partner = NameBeforeTail(units, preposition - 1);
        return partner >= 1 && units[partner].IsMention && units[partner - 1].Norm is "joined" or "joins" or "join" or "joining" ? partner - 1 : -1;
    }

    /// <summary>The side named right before its strikes ("US air strikes", "Russian drone strikes" at <paramref name="noun"/>); else -1.</summary>
    private static int StrikerBefore(IReadOnlyList<Unit> units, int noun)
    {
        var k = noun - 1;
        while (k > 0 && !units[k].IsMention && noun - k <= 2 && units[k].Norm is "air" or "drone" or "missile" or "rocket" or "artillery")
            k--;
        k = NameBeforeTail(units, k);
        return k >= 0 && k < noun && units[k].IsMention && !units[k].Reference ? k : -1;
    }

    /// <summary>
    /// True when an act ("strikes", "the raid", "one" of them) stands among the four words before the relative pronoun
    /// at <paramref name="relative"/>.
    /// </summary>
    private static bool ActBeforeRelative(IReadOnlyList<Unit> units, int relative)
    {
        for (var k = relative - 1; k >= 0 && k >= relative - 4; k--)
            if (EventNouns.Contains(units[k].Norm) || units[k].Norm == "one")
                return true;
        return false;
    }

    /// <summary>A noun naming an act of war ("attacks", "raid", "shelling").</summary>
    internal static bool IsWarActNoun(string norm) => EventNouns.Contains(norm) || norm is "ambushes" or "assaults" or "offensives" or "operations" or "blasts" or "explosions";

    private static readonly HashSet<string> EventNouns =
        ["attack", "attacks", "strike", "strikes", "airstrike", "airstrikes", "bombing", "bombings", "blast", "explosion", "raid", "raids",
         "ambush", "assault", "offensive", "operation", "shelling", "barrage"];

    private static readonly HashSet<string> Subordinators =
        ["since", "when", "while", "whereas", "because", "although", "though", "until", "unless", "if", "after", "before"];
    private static readonly HashSet<string> ClauseEnds = [";", "?", "!", ":"]; // "." inside a sentence is an abbreviation ("Sept. 22")
    private const string Dash = "\u2014";
    internal static bool IsPreposition(string norm) => Prepositions.Contains(norm);

    /// <summary>"a coalition of", "an alliance of": what a list after it names is one side acting together.</summary>
    internal static bool IsCollective(string norm) => CollectiveNouns.Contains(norm);

    private static readonly HashSet<string> Prepositions =
        ["of", "by", "against", "on", "from", "with", "for", "to", "in", "at", "into", "toward", "towards", "over",
         "between", "among", "alongside", "within", "inside", "near", "under", "upon", "via", "than", "about", "across", "behind"];
    private static readonly HashSet<string> Determiners =
        ["the", "a", "an", "its", "their", "this", "that", "these", "those", "\"", "'", "senior", "top", "so", "called", "rival", "fellow", "former",
         // "in north-western Nigeria": a part of a place is governed as the place is.
         "north", "south", "east", "west", "northern", "southern", "eastern", "western", "central", "northeastern", "northwestern",
         "southeastern", "southwestern", "northeast", "northwest", "southeast", "southwest", "neighbouring", "neighboring"];
    private static readonly HashSet<string> Auxiliaries =
        ["is", "was", "are", "were", "has", "have", "had", "will", "would", "also", "then", "later", "now", "once", "still",
         "continues", "continued", "may", "might", "could", "can"];
    internal static readonly HashSet<string> RelativePronouns = ["which", "who", "whose", "whom"];
    private static readonly HashSet<string> DemandingVerbs =
        ["demanded", "demands", "insisted", "insists", "urged", "urges", "called", "calls", "warned", "warns", "vowed", "vows", "threatened", "threatens"];
    private static readonly HashSet<string> ReportingWords = ["said", "says", "say", "told", "tells", "reported", "announced", "claimed", "stated", "added", "that"];
    /// <summary>
    /// "the Free Syrian Army factions it backs": a pronoun after a group's noun, right before the pattern's own verb, is
    /// the subject of a relative clause with no "that", not an object.
    /// </summary>
    private static bool SubjectOfReducedRelative(IReadOnlyList<CuePattern.Element> elements, int k, IReadOnlyList<Unit> units, int p) =>
        p > 0 && p + 1 < units.Count && k + 1 < elements.Count && elements[k + 1] is CuePattern.Words words && words.ByFirstWord.ContainsKey(units[p + 1].Norm)
        && (units[p - 1].IsMention && !units[p - 1].Reference || units[p - 1].Tail || ReducedRelativeHeads.Contains(units[p - 1].Norm));

    private static readonly HashSet<string> TieParticiples = ["allied", "aligned", "affiliated", "linked", "tied", "connected", "loyal"];

    /// <summary>
    /// Whether the name at <paramref name="name"/> is what unnamed men opening at <paramref name="from"/> are tied to or
    /// backed by ("commanders allied with the government", "militias backed by Iran"), not who they are.
    /// </summary>
    private static bool TiedToUnnamed(IReadOnlyList<Unit> units, int from, int name)
    {
        var tie = name - (units[name - 1].Norm == "the" ? 2 : 1) - 1;
        if (tie <= from || units[tie + 1].Norm is not ("with" or "to" or "by")
            || !((TieParticiples.Contains(units[tie].Norm) && units[tie].Norm != "loyal") || units[tie].Norm is "backed" or "supported" or "close"))
            return false;
        for (var k = from; k < tie; k++)
            if (units[k].IsMention || !char.IsLetter(units[k].Norm[0]))
                return false;
        return true;
    }

    /// <summary>
    /// "a sheikh", "two commanders", "a powerful local militia" right before <paramref name="at"/>: a plain lower-case noun
    /// that an indefinite article or a count opens, up to two words before it, neither in apposition nor after a copula.
    /// </summary>
    private static bool AfterIndefiniteNoun(IReadOnlyList<Unit> units, int at)
    {
        if (at < 2 || units[at - 1].IsMention || units[at - 1].Tail || !char.IsLower(units[at - 1].Norm[0]) || Auxiliaries.Contains(units[at - 1].Norm)
            || IsAdverb(units[at - 1]) || IsPreposition(units[at - 1].Norm))
            return false;
        for (var k = at - 2; k >= 0 && k >= at - 4; k--)
        {
            // (Not an apposition or a predicate, which says the noun of the name before: "Fatemiyoun, a militia allied with ...".)
            if (units[k].Norm is "a" or "an" or "another" or "two" or "three" or "several" or "some" or "many" or "dozens" or "hundreds")
                return k > 0 && units[k - 1].Norm is not ("," or "as" or Dash or "(") && !Copulas.Contains(units[k - 1].Norm);
            if (units[k].IsMention || !char.IsLower(units[k].Norm[0]) || IsPreposition(units[k].Norm) || Auxiliaries.Contains(units[k].Norm))
                return false;
        }
        return false;
    }

    /// <summary>Whether "it" or "they" opens a clause with no "that" right after the name at <paramref name="name"/> (past its noun).</summary>
    private static bool ReducedRelativeAfter(IReadOnlyList<Unit> units, int name)
    {
        var next = name + 1;
        while (next < units.Count && units[next].Tail)
            next++;
        if (next < units.Count && ReducedRelativeHeads.Contains(units[next].Norm))
            next++;
        return next + 1 < units.Count && units[next].IsMention && units[next].Norm is "it" or "they" && !units[next + 1].IsMention
            && FiniteVerbForm(units[next + 1].Norm);
    }

    /// <summary>Nouns of a side's men after which "it" or "they" may open a clause with no "that" ("the factions it backs").</summary>
    internal static readonly HashSet<string> ReducedRelativeHeads =
        ["factions", "faction", "militias", "militia", "groups", "group", "rebels", "fighters", "forces", "proxies", "units", "brigades", "allies", "partners"];

    /// <summary>
    /// "clan militia called Macawisley", "militias known as X": from <paramref name="at"/>, up to two lower-case
    /// modifiers, a class noun, and the name it goes by; the name's unit, else -1.
    /// </summary>
    private static int NameAfterClassNoun(IReadOnlyList<Unit> units, int at)
    {
        // ("armed thousands of civilian auxiliaries, known as ...": past a count of them.)
        // ("tens of thousands of civilian auxiliaries": past each count.)
        while (at + 1 < units.Count && units[at].Norm is "thousands" or "hundreds" or "dozens" or "scores" or "tens" && units[at + 1].Norm == "of")
            at += 2;
        for (var k = at; k < units.Count && k <= at + 2 && !units[k].IsMention && char.IsLower(units[k].Norm[0]) && units[k].Norm is not ("and" or "or" or "of" or "the" or "a" or "an"); k++)
            if ((ClassNouns.Contains(units[k].Norm) || ForceHeads.Contains(units[k].Norm)) && GoesByAfter(units, k + 1) is var name and > 0)
                return name;
        return -1;
    }

    /// <summary>An adverb of who knows a name ("locally") right before "known" or "called" at <paramref name="at"/>.</summary>
    private static bool NamingAdverbAt(IReadOnlyList<Unit> units, int at) =>
        at + 1 < units.Count && MentionFinder.KnownAsAdverbs.Contains(units[at].Norm) && units[at + 1].Norm is "known" or "called" or "dubbed";

    /// <summary>The unit of the name after "called", "named", "dubbed", "known as" or ", the" at <paramref name="at"/>; else -1.</summary>
    private static int GoesByAfter(IReadOnlyList<Unit> units, int at)
    {
        // ("clan militias, known as Macawisley,": past a comma.)
        // ("clan militias, locally known as Macawisley", "militias known locally as X": past an adverb of who knows them so.)
        if (at + 1 < units.Count && units[at].Norm == "," && (units[at + 1].Norm is "known" or "called" or "dubbed" || NamingAdverbAt(units, at + 1)))
            at++;
        if (NamingAdverbAt(units, at))
            at++;
        // ("armed thousands of civilian auxiliaries, the Volunteers for the Defence of the Homeland, in its war": a definite
        // name in apposition, closed by a comma or the sentence's end, is the one they go by.)
        if (at + 2 < units.Count && units[at].Norm == "," && units[at + 1].Norm == "the" && units[at + 2] is { IsMention: true, Reference: false, Person: false }
            && (at + 3 == units.Count || units[at + 3].Norm is "," or "." or ";" or "("))
            return at + 2;
        var name = -1;
        if (at < units.Count && units[at].Norm is "called" or "named" or "dubbed")
            name = at + 1;
        else if (at + 1 < units.Count && units[at].Norm == "known")
        {
            var asAt = at + 2 < units.Count && MentionFinder.KnownAsAdverbs.Contains(units[at + 1].Norm) ? at + 2 : at + 1;
            name = units[asAt].Norm == "as" ? asAt + 1 : -1;
        }
        // ("known as the Derna Protection Force": past the name's article.)
        if (name > 0 && name + 1 < units.Count && units[name].Norm == "the")
            name++;
        return name > 0 && name < units.Count && units[name] is { IsMention: true, Reference: false } ? name : -1;
    }

    /// <summary>
    /// For the verb of accusing at <paramref name="verb"/> after a relative pronoun and its accusers, the relative clause's
    /// head: one named accuser right after "which", "whom" or "that" ("which Riyadh accuses"), or up to three words of
    /// them after ", which" (", which Gulf states accuse"). <see cref="NoRelativeHead"/> when a named accuser's clause has
    /// no head we know; else -1.
    /// </summary>
    private static int AccusersOfRelative(IReadOnlyList<Unit> units, int verb)
    {
        // ("herders whom they suspect of ...": a pronoun accuser after "whom" is read by the check for it, later.)
        var named = verb >= 2 && units[verb - 1].IsMention && units[verb - 2].Norm is "which" or "whom" or "that"
            && !(units[verb - 2].Norm == "whom" && units[verb - 1].Norm is "it" or "they");
        if (named)
            return HeadOfRelative(units, verb - 2) is var head and >= 0 ? head : NoRelativeHead;
        for (var k = verb - 2; k >= 1 && verb - k <= 4; k--)
        {
            if (!units[k + 1].IsMention && !char.IsLetter(units[k + 1].Norm[0]))
                return -1;
            if (units[k].Norm is "which" or "whom" && units[k - 1].Norm == ",")
                return HeadOfRelative(units, k);
        }
        return -1;
    }

    private const int NoRelativeHead = -2;

    private static readonly HashSet<string> RulerTitles =
        ["president", "leader", "prime", "premier", "king", "ruler", "emir", "government", "regime", "dictator", "strongman", "head", "former"];

    /// <summary>Words before "ousted President X" that make "ousted" an adjective: articles, prepositions, verbs of restoring.</summary>
    private static readonly HashSet<string> BeforeOustedRuler =
        ["the", "a", "an", "of", "to", "for", "with", "by", "against", "his", "her", "their", "its", "reinstate", "reinstating", "reinstated",
         "restore", "restoring", "restored", "return", "returning", "free", "freeing", "freed", "release", "releasing", "released",
         "support", "supporting", "supported", "back", "backing", "backed", "detained", "jailed"];

    /// <summary>Whether "and" stands in units [<paramref name="from"/>, <paramref name="to"/>).</summary>
    private static bool AndBetween(IReadOnlyList<Unit> units, int from, int to)
    {
        for (var k = from; k < to && k < units.Count; k++)
            if (units[k].Norm == "and")
                return true;
        return false;
    }

    /// <summary>Verbs whose "back" is a particle ("beat back", "fell back", "hit back"), never the verb "to back".</summary>
    private static readonly HashSet<string> BackParticleVerbs =
        ["beat", "beats", "beating", "beaten", "push", "pushed", "pushes", "pushing", "drive", "drives", "driving", "drove", "driven",
         "fall", "fell", "falls", "falling", "fallen", "hit", "hits", "hitting", "fight", "fights", "fighting", "fought", "pull", "pulled",
         "pulls", "pulling", "come", "came", "comes", "coming", "go", "went", "goes", "going", "gone", "turn", "turned", "turns", "turning",
         "hold", "held", "holds", "holding", "win", "won", "wins", "winning", "take", "took", "taken", "takes", "taking", "bring", "brought",
         "brings", "bringing", "scale", "scaled", "scales", "scaling", "roll", "rolled", "rolls", "rolling", "send", "sent", "sends", "sending",
         "strike", "struck", "strikes", "striking", "cut", "cuts", "cutting", "step", "stepped", "steps", "stepping", "move", "moved",
         "moves", "moving", "force", "forced", "forces", "forcing", "draw", "drew", "drawn", "draws", "drawing", "way", "gave", "give", "gives", "giving"];

    /// <summary>"-ing" words that stand as adjectives after "is" ("is the leading faction" has its article; "is leading" rarely).</summary>
    private static readonly HashSet<string> AdjectivalParticiples = ["leading", "ruling", "founding", "governing", "remaining", "existing", "surviving", "dominating"];

    internal static readonly HashSet<string> Copulas = ["is", "was", "are", "were", "being", "been", "be", "becomes", "became", "remains", "remained"];
    private static readonly HashSet<string> CollectiveNouns = ["coalition", "alliance", "force", "forces", "mix", "array", "combination", "grouping", "union"];

    [ThreadStatic]
    private static HashSet<long>? t_failed;

    [ThreadStatic]
    private static Dictionary<string, int>? t_scratch;

    /// <summary>
    /// Every match of <paramref name="pattern"/> in the sentence. Most patterns lack a word they need
    /// (<paramref name="words"/> are the sentence's): those are turned away before any matching state is made.
    /// </summary>
    public static IEnumerable<CueMatch> Match(CuePattern pattern, IReadOnlyList<Unit> units, HashSet<string> words)
    {
        foreach (var required in pattern.RequiredWords)
            if (!words.Contains(required))
                return [];
        foreach (var any in pattern.RequiredAny)
            if (!Overlap(any, words))
                return [];
        return MatchWithWords(pattern, units);
    }

    /// <summary>Whether two sets share a word, looking up the words of the smaller in the larger (a word family holds hundreds).</summary>
    private static bool Overlap(HashSet<string> a, HashSet<string> b)
    {
        var (small, large) = a.Count <= b.Count ? (a, b) : (b, a);
        foreach (var word in small)
            if (large.Contains(word))
                return true;
        return false;
    }

    private static bool NounAfterDeterminer(IReadOnlyList<Unit> units, int at) =>
        at >= 1 && !units[at].IsMention && units[at].Norm is "strikes" or "attacks" or "raids" or "bombs" or "shells" or "strike" or "attack" or "raid"
        && (units[at - 1].Norm is "the" or "a" or "an"
            || (at >= 2 && units[at - 1] is { IsMention: true, ByDemonym: true } && units[at - 2].Norm is "the" or "a" or "an")
            // ("claimed a number of ADF attacks": after "of" and a name, a side's acts.)
            || (at >= 2 && units[at - 1].IsMention && units[at - 2].Norm == "of"))
        // (A noun of attack the cue reads goes on with what it hits: "launched a strike against", "an attack on".)
        && !(at + 1 < units.Count && (IsPreposition(units[at + 1].Norm) || units[at + 1].Norm is "targeting" or "that" or "which" or "claimed"));

    /// <summary>"his (its, their) former deputy ...": a possessive pronoun at <paramref name="i"/> with a lower-case noun after it.</summary>
    private static bool PossessiveBeforeNoun(IReadOnlyList<Unit> units, int i) =>
        units[i] is { IsMention: true, Reference: true } && units[i].Norm is "his" or "her" or "its" or "their" && i + 1 < units.Count
        && !units[i + 1].IsMention && units[i + 1].Norm.Length > 0 && char.IsLower(units[i + 1].Norm[0]) && char.IsLetter(units[i + 1].Norm[0]);

    /// <summary>
    /// People no side names ("men", "civilians", "villagers", "bandit gangs"): those an act after "of" is done to ("the killing
    /// of civilians"), and whom a "them" after them stands for.
    /// </summary>
    internal static readonly HashSet<string> UnnamedPeople =
        ["men", "civilians", "villagers", "people", "residents", "detainees", "prisoners", "women", "children", "farmers", "herders", "worshippers",
         "worshipers", "passengers", "students", "hostages", "captives", "migrants", "refugees", "pilgrims", "protesters", "demonstrators",
         "gangs", "bandits", "smugglers", "traffickers", "criminals", "tribes", "clans", "communities", "tribesmen"];

    /// <summary>Whether a slot may open on this unit: a name, or a word a slot reads past to the name ("the", "fighters").</summary>
    internal static bool MaySlotStart(Unit unit) => unit.IsMention || SkippedBeforeSlot.Contains(unit.Norm) || ForceHeads.Contains(unit.Norm);

    /// <summary>The side named right before "of" (and a title) and the name at <paramref name="at"/> ("the junta" in "the junta of Captain X"), else -1.</summary>
    private static int SideOwnedBy(IReadOnlyList<Unit> units, int at)
    {
        var k = at - 1;
        if (k >= 0 && !units[k].IsMention && ActorDictionary.IsTitleBeforeName(units[k].Norm))
            k--;
        if (k < 1 || units[k].Norm != "of")
            return -1;
        // ("the military government of ...": past the name's own head noun.)
        var owner = NameBeforeTail(units, k - 1);
        return owner >= 0 && units[owner] is { IsMention: true, Norm: Unit.MentionNorm } ? owner : -1;
    }

    /// <summary>Whether a match of the pattern may start at unit <paramref name="start"/>: most starts fail on their first unit.</summary>
    private static bool CanOpenAt(CuePattern pattern, IReadOnlyList<Unit> units, int start)
    {
        var opening = pattern.Opening;
        if (opening is CuePattern.Slot && !MaySlotStart(units[start]))
            return false;
        // "Hezbollah fighters overran a base of US-backed rebels": the verb of a compound modifier has the
        // compound's own first part as its subject, never the clause's.
        if (pattern.IsSubjectLed && units[start].AfterHyphen && !units[start].IsMention)
            return false;
        // "protested against US air strikes that killed": a word that names a side's forces or acts ("strikes"), with a
        // relative clause said of it, is a noun of that side's name, not the verb of a subject before it ("US bombs
        // al-Qaida meeting" is one).
        if (pattern.IsSubjectLed && units[start].Tail && start + 1 < units.Count && units[start + 1].Norm is "that" or "which")
            return false;
        // A start whose word opens none of the first words' alternatives fails at once: no need to try (or
        // remember) it.
        return opening is not CuePattern.Words { Optional: false, Prefixed.Length: 0 } words || words.ByFirstWord.ContainsKey(units[start].Norm);
    }

    /// <summary>
    /// Every match of a pattern whose needed words the sentence is known to hold (see <see cref="CueIndex"/>), tried at
    /// <paramref name="starts"/> (see <see cref="PatternStarts"/>) or, without them, at every unit.
    /// </summary>
    internal static IReadOnlyList<CueMatch> MatchWithWords(CuePattern pattern, IReadOnlyList<Unit> units, IReadOnlyList<int>? starts = null)
    {
        var matches = new List<CueMatch>();
        AddMatches(pattern, units, starts, matches);
        return matches;
    }

    /// <summary>Adds the matches of <paramref name="pattern"/> to <paramref name="into"/>: a list the caller keeps across
    /// patterns, where an iterator cost an object with every local in it at each pattern a sentence tried.</summary>
    internal static void AddMatches(CuePattern pattern, IReadOnlyList<Unit> units, IReadOnlyList<int>? starts, List<CueMatch> into)
    {
        var elements = pattern.Elements;
        var subjectLed = pattern.IsSubjectLed;
        var first = subjectLed ? 2 : 0;
        // One set a thread, emptied per pattern (a new one each time was most of the matcher's allocation); taken
        // while in use, so a match run inside another's iteration gets a set of its own.
        var failed = t_failed ?? [];
        t_failed = null;
        failed.Clear();
        var scratch = t_scratch ?? []; // the slots bound while trying a start; copied when it matches
        t_scratch = null;
        for (var tried = 0; tried < (starts?.Count ?? units.Count); tried++)
        {
            var start = starts is null ? tried : starts[tried];
            if (!CanOpenAt(pattern, units, start))
                continue;
            // "condemns the Israeli strikes and says Tehran ...": after an article (or an article and a side's word) a
            // word of attack is a noun, not the verb a subject-led cue reads.
            if (subjectLed && NounAfterDeterminer(units, start))
                continue;
            scratch.Clear();
            var end = MatchFrom(elements, first, start, units, scratch, failed);
            if (end < 0)
                continue;
            var slots = new Dictionary<string, int>(scratch);
            string? note = null;
            if (subjectLed)
            {
                var gap = ((CuePattern.Gap)elements[1]).Max;
                var (subject, how) = ResolveSubject(units, start, gap);
                // "abandoned their positions in what the group called a tactical withdrawal, after months of fighting with
                // AU troops": who names a thing is not its agent; the subject of the clause the naming sits in is.
                if (subject >= 0 && NamerOfWhat(units, subject) is var what and >= 0)
                    (subject, how) = ResolveSubject(units, what, gap);
                if (subject < 0)
                    continue;
                // "the campaign, which it described as a war on Islam waged on behalf of the UAE": who calls something so is not
                // the agent of what the words after the naming tell.
                if (NamedAsBetween(units, subject, start))
                    continue;
                // "Kerry said it was their fight": the sides' own fight, with no one named against them, is no fight
                // between them.
                if (pattern.SlotNames.Length == 1 && how == PossessorOfAct && units[start].Norm is "fight" or "fighting")
                    continue;
                slots[((CuePattern.Slot)elements[0]).Name] = subject;
                note = how;
            }
            // "JNIM, formed in 2017 through a merger of A, B and C, is led by D": a name that closes an apposition is
            // inside it; the verb after the comma is said of the name the apposition describes.
            else if (elements[0] is CuePattern.Slot leading && slots[leading.Name] + 2 < units.Count && units[slots[leading.Name] + 1].Norm == ","
                && (Auxiliaries.Contains(units[slots[leading.Name] + 2].Norm) || Copulas.Contains(units[slots[leading.Name] + 2].Norm))
                && OpeningOfApposition(units, slots[leading.Name] + 1) is var appositionStart and > 0)
            {
                // ("The Lebanese Forces, a Christian party led by Samir Geagea, has ...": past the words that end a name
                // we know part of; a head that names no actor leaves the match without a subject.)
                var described = NameBeforeTail(units, appositionStart - 1);
                if (!units[described].IsMention)
                    continue;
                slots[leading.Name] = described;
            }
            // "Ankara considers the YPG, the militia that leads the SDF, a terrorist group linked to the PKK": a name closing the
            // relative clause of an apposition, before a comma the pattern reads as its own apposition's, is inside it; the
            // description is said of the name the first apposition describes (not so "X, led by Y, a former Z cleric").
            else if (elements is [CuePattern.Slot apposed, CuePattern.Words { Optional: false, Alternatives: [[","]] }, ..]
                && slots[apposed.Name] + 1 < units.Count && units[slots[apposed.Name] + 1].Norm == ","
                && OpeningOfApposition(units, slots[apposed.Name] + 1) is var firstApposition and > 0
                && Enumerable.Range(firstApposition + 1, slots[apposed.Name] - firstApposition - 1).Any(k => units[k].Norm is "that" or "which" or "who")
                && units[NameBeforeTail(units, firstApposition - 1)] is { IsMention: true, Reference: false })
                slots[apposed.Name] = NameBeforeTail(units, firstApposition - 1);
            // (Also before the pattern's closing "!..." tests: "have joined Haftar's Libyan National Army".)
            var closing = elements.Count - 1;
            while (closing > 0 && elements[closing] is CuePattern.Not)
                closing--;
            if (elements[closing] is CuePattern.Slot possessor && PossessedActor(units, slots[possessor.Name]) is { } possessed)
                slots[possessor.Name] = possessed;
            // "Nusra and the FSA's Tawhid Brigade fought side by side": a slot before a gap owns the name its gap opens on.
            for (var e = first; e + 1 < elements.Count; e++)
                if (elements[e] is CuePattern.Slot owner && elements[e + 1] is CuePattern.Gap && PossessedActor(units, slots[owner.Name]) is { } owned)
                    slots[owner.Name] = owned;
            // "Turkey and its Free Syrian Army allies": a possessive pronoun right before a name stands for the name it owns.
            foreach (var name in pattern.SlotNames)
                if (slots.TryGetValue(name, out var owner) && units[owner] is { IsMention: true, Reference: true, Norm: "its" or "their" }
                    && owner + 1 < units.Count && units[owner + 1] is { IsMention: true, Reference: false } && !OtherSlotAt(pattern, slots, name, owner + 1))
                    slots[name] = owner + 1;
            // "the RSF of his former deputy Mohamed Hamdan Dagalo": a possessive pronoun before a man's title stands for the
            // man the title names, not for whose man he is.
            foreach (var name in pattern.SlotNames)
                if (slots.TryGetValue(name, out var owner) && TitledManAfterPossessive(units, owner) is var man and >= 0 && !OtherSlotAt(pattern, slots, name, man))
                    slots[name] = man;
            // "the Haqqani Network, an al Qaeda-linked Taliban group that ...": a name that only says what kind of
            // group the apposition describes stands for the group described.
            foreach (var name in pattern.SlotNames)
                if (slots.TryGetValue(name, out var at) && KindInApposition(units, at) is var described and >= 0)
                    slots[name] = described;
            // "Afghan special forces backed by US air strikes killed ...": the backer after "by" is not who acts; the side
            // it backs is, when named (else the act has no named author).
            var actor = elements[0] is CuePattern.Slot actorSlot ? actorSlot.Name : null;
            // ("Hadi is backed by the coalition, which ...": after a verb, the participle is the verb's, not a noun's.)
            // ("clan militias backed by the Somali government launched ...": past the backer's article too.)
            // ("troops backed by local clan militias known as Macawisley recaptured ...": past the name given to the backers.)
            // ("AQAP, regarded by Washington as the network's deadliest branch": nor the speaker of a view told in the
            // passive; the name before the comma is what is so regarded.)
            if (actor is not null && ParticipleHead(units, slots[actor]) is var participleHead and >= 0)
            {
                var backed = NameBeforeTail(units, participleHead);
                if (!units[backed].IsMention || units[backed].Reference || OtherSlotAt(pattern, slots, actor, backed))
                    continue;
                slots[actor] = backed;
            }
            // "the Government of National Stability of Fathi Bashagha, is backed by ...": a leader named after "of" closes
            // the name of his body; what the pattern goes on to say after him is said of the body.
            // ("the KDP of regional president Massoud Barzani accused ...": past his title.)
            if (elements[0] is CuePattern.Slot opening && slots[opening.Name] is var led and >= 2 && units[led].Person
                && OfBeforeTitle(units, led) is var of and >= 1 && units[of - 1].IsMention && !units[of - 1].Person && !units[of - 1].Reference)
                slots[opening.Name] = of - 1;
            var coordinated = new Dictionary<string, IReadOnlyList<int>>();
            foreach (var name in pattern.SlotNames)
                if (slots.Remove(name + ListedOn))
                    coordinated[name] = Following(units, slots[name]);
            // The last slot lists on ("fought the government and the AU troops"), also before a pattern's closing "!..." tests.
            // Not after a compound modifier the match reads: "fighting between US-backed rebels and the Islamic State" backs the
            // rebels only (one the match does not read is the name's own: "fought the UN-backed government and Kenyan troops").
            // Nor after the cue's own singular noun: "the al Qaeda affiliate JNIM and Ansaroul Islam" names one affiliate.
            if (elements[closing] is CuePattern.Slot last && !(AfterCompoundModifier(units, slots[last.Name]) && slots.ContainsValue(slots[last.Name] - 2))
                && !(closing > 0 && elements[closing - 1] is CuePattern.Words && slots[last.Name] > 0 && units[slots[last.Name] - 1].Norm is var cueNoun
                    && BranchNouns.Contains(cueNoun) && !cueNoun.EndsWith('s'))
                // ("fighting between Peshmerga forces of the KDP and the YBS": nor when the pattern's first name is the first
                // side of "between"; the name after "and" is the other side.)
                && !(elements[0] is CuePattern.Slot firstSide && firstSide.Name != last.Name && BetweenBefore(units, slots[firstSide.Name]))
                && Following(units, slots[last.Name]) is { Count: > 0 } following)
            {
                // "against the Islamic State's Sahel branch and al Qaeda's JNIM": a listed possessor stands for what it owns.
                for (var f = 0; f < following.Count; f++)
                    if (PossessedActor(units, following[f]) is { } owned)
                        following[f] = owned;
                // "the Revolutionary Guards' Quds Force and the militias it supports": after a possessive, a listed noun with
                // an article of its own is not the possessor's.
                if (closing > 0 && elements[closing - 1] is CuePattern.Words { Alternatives: [["'s"]] })
                    following = WithoutOwnArticle(units, following);
                if (following.Count > 0)
                    coordinated[last.Name] = following;
            }
            // Not a possessor: "the Qassam Brigades and Islamic Jihad's al-Quds Brigades" owns the last name only.
            // Nor a name a singular apposition describes: "Soleimani and al-Muhandis, the deputy head of the PMF" is one man.
            // Nor what a relative clause calls something: "both the jihadists and the YPG, which it regards as an extension
            // of the PKK" says so of the YPG alone.
            // Nor a possessive after a comma: "shield the Hadi government, its leader X told reporters" lists nothing.
            // ("France and Burkina Faso's army sent ...": a state's possessive before its own forces is no possessor.)
            // ("Islamic Jihad and Hamas's armed wing fired rockets": a possessor of men or a wing no name gives is a list's last.)
            if (elements[0] is CuePattern.Slot head && !(slots[head.Name] + 1 < units.Count && units[slots[head.Name] + 1] is { Norm: "'s", Tail: false }
                    && !OwnedMen(units, slots[head.Name] + 2))
                && note != SeenAsSubject
                && !(units[slots[head.Name]].Norm is "its" or "their" && slots[head.Name] > 0 && units[slots[head.Name] - 1].Norm == ",")
                // ("The MNLA and Ansar Dine, an Islamist group led by Iyad Ag Ghaly, had captured northern Mali": a verb past the
                // apposition is the list's.)
                && !(SingularApposition(units, slots[head.Name] + 1) && !VerbPastAside(units, slots[head.Name] + 1, end))
                // ("the Turkish army and the rebels it sponsors": nor what a clause with no "that" says of the last.)
                && !ReducedRelativeAfter(units, slots[head.Name])
                // ("Quds Force commander Soleimani and PMF deputy chief al-Muhandis": nor a group's name after a man, whose titled
                // name ends the first item; the list is of men.)
                && !(slots[head.Name] >= 2 && !units[slots[head.Name]].Person && units[slots[head.Name] - 1].Norm == "and" && units[slots[head.Name] - 2].Person)
                // ("Iraqi troops and Shiite militiamen backed by Iran": nor the tie a participle right after it, with no comma,
                // tells with its agent.)
                && !(AgentParticipleAfter(units, slots[head.Name]) is var agent and >= 0 && slots.ContainsValue(agent))
                // ("the Army of Mujahideen and the SRF, whose commander Jamal Maarouf ...": "whose" is the last one's; so is
                // the leader of "the MNLA and Ansar Dine, led by Iyad Ag Ghaly,".)
                // ("Kenyan troops and the Ras Kamboni brigade, led by Ahmed Madobe,": past the name's own head noun.)
                && !(EndOfTail(units, slots[head.Name]) is var named && named + 2 < units.Count && units[named + 1].Norm == ","
                    // ("Kenya and Ethiopia, whose troops serve in AMISOM": not men both may own.)
                    // ("Burkina Faso and Niger, whose juntas are Mali's allies": nor what a plural noun with a plural verb says of each.)
                    && ((units[named + 2].Norm == "whose" && !(named + 3 < units.Count && units[named + 3].Norm is "troops" or "forces" or "soldiers" or "fighters")
                            && !(named + 4 < units.Count && units[named + 3].Norm.EndsWith('s') && !units[named + 3].Norm.EndsWith("ss", StringComparison.Ordinal)
                                && units[named + 4].Norm is "are" or "were" or "have" or "remain"))
                        || units[named + 2].Norm is "led" or "headed" or "commanded" or "founded"
                        && named + 3 < units.Count && units[named + 3].Norm == "by" && pattern.Text.Contains("(led|", StringComparison.Ordinal)))
                // ("Egypt and the UAE, seen as closer to Hemedti,": nor how a view after a comma sees the last.)
                && !(EndOfTail(units, slots[head.Name]) is var viewed && viewed + 3 < units.Count && units[viewed + 1].Norm == ","
                    && SeenBy.Contains(units[viewed + 2].Norm) && units[viewed + 3].Norm == "as")
                && Preceding(units, slots[head.Name]) is { Count: > 0 } before
                // "clashes between Islah's forces and the Shabwa Defence Forces, which are aligned with the STC": the two
                // sides of "between" are no subject list; the clause is the second's.
                && !(note == HeadOfRelativeNote && BetweenBefore(units, before[^1]))
                // ("the Nusra Front, and Ahrar al Sham, which has close ties to al Qaeda": a singular verb is said of the last.)
                // ("the Nigerian army and troops of the MNJTF, which includes soldiers from Chad": so in a pattern that is the
                // relative clause.)
                && !((note == HeadOfRelativeNote || OpensRelativeClause(elements)) && SingularAfterRelative(units, slots[head.Name]))
                // ("both ISIS and the YPG, which it considers a branch of the PKK": nor what a clause with a subject of its own
                // calls the last, when it calls it one thing; "Hamas and Islamic Jihad, which Israel regards as its enemies" is
                // said of both.)
                && !(OpensRelativeClause(elements) && EndOfTail(units, slots[head.Name]) + 3 is var relativeSubject && relativeSubject < end
                    && units[relativeSubject].IsMention && IndefiniteArticleIn(units, relativeSubject + 1, end)))
                coordinated[head.Name] = before;
            // "AMISOM and Somali troops repulsed an attack, killing 12 militants": the subject the joined verbs share is
            // the clause's first name, and the names listed after it.
            else if (elements[0] is CuePattern.Slot sharer && note is JoinedVerbsSubject or ActNamedByAppositionSubject && Following(units, slots[sharer.Name]) is { Count: > 0 } sharing)
                coordinated[sharer.Name] = sharing;
            // "the Army of the Mujahideen, together with the Islamic Front and units of the SRF, launched attacks": the
            // sides an aside joins to the subject act with it.
            // (Not the parts a pattern reads as such: "{B} , including {A} ,".)
            if (elements[0] is CuePattern.Slot joint && JoinedInAside(units, slots[joint.Name], end) is { Count: > 0 } joined && !joined.Any(slots.ContainsValue))
                coordinated[joint.Name] = [.. coordinated.GetValueOrDefault(joint.Name) ?? [], .. joined];
            into.Add(new CueMatch(pattern, slots, Math.Min(start, slots.Values.Min()), end, note) { Coordinated = coordinated });
        }
        t_failed = failed;
        t_scratch = scratch;
    }

    /// <summary>The listed names with no article of their own (a method, where a lambda cost every match attempt a closure).</summary>
    private static List<int> WithoutOwnArticle(IReadOnlyList<Unit> units, List<int> listed)
    {
        var kept = new List<int>(listed.Count);
        foreach (var f in listed)
            if (!(ArticleBeforeClassNoun(units, f) is var k && k > 0 && units[k - 1].Norm is "the" or "a" or "an" or "its" or "their")
                && !(units[f].Reference && units[f].Lead is "the" or "a" or "an"))
                kept.Add(f);
        return kept;
    }

    /// <summary>Whether a verb of naming and "as" ("described as", "branded as") stand between <paramref name="subject"/> and <paramref name="start"/>.</summary>
    private static bool NamedAsBetween(IReadOnlyList<Unit> units, int subject, int start)
    {
        for (var k = subject + 1; k + 1 < start; k++)
            if (units[k + 1].Norm == "as" && NamingVerbs.Contains(units[k].Norm))
                return true;
        return false;
    }

    /// <summary>
    /// The man named after a possessive pronoun at <paramref name="at"/> and a title of a word or two ("his former deputy
    /// Mohamed Hamdan Dagalo"), or -1.
    /// </summary>
    private static int TitledManAfterPossessive(IReadOnlyList<Unit> units, int at)
    {
        if (units[at] is not { IsMention: true, Reference: true, Norm: "his" or "her" or "its" or "their" })
            return -1;
        // ("his former deputy, Gen. X,": past a comma after the title, and a rank before the name.)
        // ("his one-time deputy, Gen. X": a title of up to three words.)
        var comma = false;
        for (var k = at + 1; k < units.Count && k <= at + (comma ? 8 : 4); k++)
            if (units[k] is { IsMention: true, Person: true, Reference: false })
                return k > at + 1 ? k : -1;
            else if (units[k].Norm == "," && !comma && k > at + 1)
                comma = true;
            else if (comma && units[k].Norm is "gen" or "general" or "col" or "colonel" or "maj" or "major" or "lt" or "brig" or "." && k > at + 2)
                continue;
            else if (units[k].IsMention || units[k].Norm.Length == 0 || !char.IsLower(units[k].Norm[0]) || comma)
                return -1;
        return -1;
    }

    /// <summary>
    /// Where "what" stands when the name at <paramref name="at"/> only says what something is called: "what X called",
    /// "what President X described as" (a title or two between); -1 otherwise.
    /// </summary>
    private static int NamerOfWhat(IReadOnlyList<Unit> units, int at)
    {
        if (at + 1 >= units.Count || !NamingVerbs.Contains(units[at + 1].Norm))
            return -1;
        for (var k = at - 1; k >= 0 && k >= at - 3; k--)
        {
            if (units[k].Norm == "what")
                return k;
            if (units[k].IsMention || !char.IsLetter(units[k].Norm[0]))
                return -1;
        }
        return -1;
    }

    /// <summary>Verbs of meeting a threat ("to eliminate a threat to coalition forces"): the threat is not the subject's.</summary>
    private static readonly HashSet<string> CounteredThreatVerbs =
        ["eliminate", "eliminated", "eliminating", "counter", "countered", "countering", "neutralise", "neutralised", "neutralize", "neutralized",
         "remove", "removed", "removing", "address", "addressed", "addressing", "avert", "averted", "averting", "face", "faced", "faces", "facing",
         "meet", "met", "confront", "confronted", "confronting", "deter", "deterred", "deterring", "thwart", "thwarted", "thwarting"];

    private static readonly HashSet<string> NamingVerbs =
        ["called", "calls", "described", "describes", "termed", "terms", "dubbed", "dubs", "hailed", "hails", "branded", "brands", "labelled", "labeled"];

    /// <summary>Whether a slot other than <paramref name="slot"/> is bound to unit <paramref name="at"/>.</summary>
    /// <remarks>A loop, not a lambda: a closure over the loop's slots was made for every start tried (a third of extraction's allocation).</remarks>
    private static bool OtherSlotAt(CuePattern pattern, Dictionary<string, int> slots, string slot, int at)
    {
        foreach (var name in pattern.SlotNames)
            if (name != slot && slots.TryGetValue(name, out var other) && other == at)
                return true;
        return false;
    }

    private static int MatchFrom(IReadOnlyList<CuePattern.Element> elements, int k, int pos, IReadOnlyList<Unit> units, Dictionary<string, int> slots, HashSet<long> failed)
    {
        if (k == elements.Count)
            return pos;
        var key = ((long)k << 32) | (uint)pos;
        if (failed.Contains(key))
            return -1;
        var end = MatchElement(elements, k, pos, units, slots, failed);
        if (end < 0)
            failed.Add(key);
        return end;
    }

    /// <summary>Whether "and" or "or" and a word of the same verb form ("-ing", "-ed", "-s") follow the cue word at <paramref name="pos"/>.</summary>
    private static bool JoinedVerbAfter(IReadOnlyList<Unit> units, int pos, string word)
    {
        if (pos + 3 >= units.Count || units[pos + 1].Norm is not ("and" or "or") || units[pos + 2].IsMention)
            return false;
        var joined = units[pos + 2].Norm;
        foreach (var ending in (string[])["ing", "ed", "s"])
            if (word.Length > ending.Length + 2 && word.EndsWith(ending, StringComparison.Ordinal)
                && joined.Length > ending.Length + 2 && joined.EndsWith(ending, StringComparison.Ordinal))
                return !(ending == "s" && (word.EndsWith("ss", StringComparison.Ordinal) || joined.EndsWith("ss", StringComparison.Ordinal)));
        return false;
    }

    /// <summary>What a side holds: "former U.N. bases", "Mosul, the group's last stronghold".</summary>
    private static readonly HashSet<string> HeldPlaces =
        ["base", "bases", "camp", "camps", "positions", "position", "posts", "post", "headquarters", "compound", "compounds", "territory", "facilities",
         "outposts", "stronghold", "strongholds", "bastion", "capital", "heartland", "hub", "seat", "enclave", "redoubt", "fiefdom", "city", "town"];

    private static readonly HashSet<string> OustingVerbs =
        ["drove", "drive", "drives", "driving", "driven", "pushed", "push", "pushes", "pushing", "forced", "force", "forcing", "kicked", "chased",
         "ousted", "expelled", "expel", "expels", "routed", "flushed", "evicted", "evict", "dislodged", "dislodge"];

    private static readonly HashSet<string> OverthrowVerbs =
        ["topple", "toppled", "topples", "toppling", "overthrow", "overthrew", "overthrown", "overthrows", "overthrowing", "unseat", "unseated",
         "unseats", "unseating", "oust", "ousts", "ousted", "ousting", "deposed", "depose", "deposes", "deposing"];

    internal static readonly HashSet<string> FoughtVerbs =
        ["fought", "fight", "fights", "fighting", "battled", "battle", "battles", "battling", "confronted", "confront", "confronts", "confronting",
         "opposed", "oppose", "opposes", "opposing"];

    /// <summary>What a side is charged with doing for another ("accused Islamabad of supporting it").</summary>
    internal static readonly HashSet<string> BackingGerunds =
        ["supporting", "backing", "arming", "funding", "financing", "sheltering", "harbouring", "harboring", "sponsoring", "protecting"];

    /// <summary>Verbs of supplying a side with something ("supplied it with drones").</summary>
    private static readonly HashSet<string> SupplyingVerbs =
        ["supplied", "supply", "supplies", "supplying", "provided", "provide", "provides", "providing", "armed", "arm", "arms", "arming",
         "equipped", "equip", "equips", "equipping"];

    /// <summary>Verbs that say what a side is taken for ("analysts describe it as a front for ..."): their "it" is a side.</summary>
    internal static readonly HashSet<string> DescribingVerbs =
        ["describe", "describes", "described", "describing", "consider", "considers", "considered", "considering", "regard", "regards", "regarded",
         "regarding", "view", "views", "viewed", "viewing", "see", "sees", "saw", "call", "calls", "called", "calling", "brand", "brands", "branded",
         "branding", "label", "labels", "labelled", "labeled", "labelling", "labeling"];

    // A loop rather than a lambda: one over the units would cost MatchElement a closure at every call.
    private static bool HelpVerbJustBefore(IReadOnlyList<Unit> units, int pos)
    {
        for (var j = Math.Max(0, pos - 4); j < pos; j++)
            if (units[j].Norm is "joined" or "helped" or "assisted" or "aided" or "supported" or "backed" or "reinforced")
                return true;
        return false;
    }

    private static int MatchElement(IReadOnlyList<CuePattern.Element> elements, int k, int pos, IReadOnlyList<Unit> units, Dictionary<string, int> slots, HashSet<long> failed)
    {
        switch (elements[k])
        {
            case CuePattern.Slot slot:
            {
                // The pattern reads the words after the actor itself ("{B} linked {A}", "{B} ...1 chief {A}").
                var next = k + 1;
                while (next < elements.Count && elements[next] is CuePattern.Not)
                    next++;
                var patternGoesOn = next < elements.Count && (elements[next] is CuePattern.Words
                    || (elements[next] is CuePattern.Gap { Max: <= 1 } && next + 1 < elements.Count && elements[next + 1] is CuePattern.Words));
                // "an al Qaeda-aligned splinter of Boko Haram": what a compound's participle describes is the branch, not the
                // whole named after "of".
                if (k > 0 && ((pos > 0 && pos + 1 < units.Count && units[pos - 1].AfterHyphen && BranchNouns.Contains(units[pos].Norm) && units[pos + 1].Norm == "of")
                    || (pos >= 2 && pos < units.Count && units[pos].Norm == "of" && BranchNouns.Contains(units[pos - 1].Norm) && units[pos - 2].AfterHyphen)))
                    return -1;
                var p = SlotStart(units, pos, throughRole: !patternGoesOn);
                // "forced Congolese soldiers and their militia allies to flee": after "and", a possessive opening a noun phrase
                // owns the noun; the phrase ("their allies") names no side of its own.
                if (p >= 0 && k > 0 && elements[k - 1] is CuePattern.Words { Alternatives: [["and"]] } && PossessiveBeforeNoun(units, p))
                    return -1;
                // "claimed bombings against Hazara Shiites and Taliban patrols": a side listed after what names no actor is
                // what the pattern's last slot reads too.
                // (Not after a possessive: "Hamas's local wing and Islamic Jihad" lists no thing of Islamic Jihad's.)
                if (p < 0 && k > 0 && next >= elements.Count && elements[k - 1] is not CuePattern.Words { Alternatives: [["'s"]] })
                    p = SideListedAfterThings(units, pos);
                // "Hezbollah fighters loyal to Iran clashed with ...": a name that the men of another name are tied to
                // does not open the clause; the men's own name does (a subject-led pattern finds it).
                if (k == 0 && p >= 0 && MenTiedTo(units, p) >= 0)
                    return -1;
                // "it" and "they" stand for a subject; as an object "it" is mostly a thing ("missiles leveled it"), but
                // not what one fights against or with ("an offensive against it", "clashed with it"), or fights ("fought it":
                // a town is attacked or taken, not fought), or what is described as something ("describe it as a front"), or
                // joins in something.
                // (Nor after a preposition's "which": "the PKK, with which it has fought" has "it" as the clause's subject.)
                if (p < 0 || (k > 0 && units[p].Norm is "it" or "they" && !(p > 1 && units[p - 1].Norm is "which" or "whom" && units[p - 2].Norm is "with" or "against")
                    && !(units[p].Norm == "it" && p > 0
                    && (units[p - 1].Norm is "against" or "with" or "alongside" || FoughtVerbs.Contains(units[p - 1].Norm) || DescribingVerbs.Contains(units[p - 1].Norm)
                        // ("surrendered after being defeated by it": the agent of what a side underwent is a side.)
                        || (units[p - 1].Norm == "by" && p >= 3 && (units[p - 3].Norm == "being" || (p >= 4 && units[p - 4].Norm == "being")))
                        // ("the group fighting to topple it": what is toppled is a government, not a thing.)
                        || OverthrowVerbs.Contains(units[p - 1].Norm)
                        // ("since AU troops pushed it out of the city": what is driven out of a place is a side.)
                        || (OustingVerbs.Contains(units[p - 1].Norm) && p + 1 < units.Count && units[p + 1].Norm is "out" or "from")
                        // ("but joined it in a power-sharing cabinet": who is joined in a government or a fight is a side.)
                        || (units[p - 1].Norm is "joined" or "join" or "joins" or "joining" && p + 1 < units.Count && units[p + 1].Norm == "in")
                        // ("Turkey has supplied it with drones": who is supplied (armed, equipped) with something is a side.)
                        || (SupplyingVerbs.Contains(units[p - 1].Norm) && p + 1 < units.Count && units[p + 1].Norm == "with")
                        // ("accused Islamabad of supporting it": what is backed (sheltered, funded) is a side.)
                        || (p >= 2 && units[p - 2].Norm is "of" or "for" && BackingGerunds.Contains(units[p - 1].Norm))))
                    && !SubjectOfReducedRelative(elements, k, units, p)))
                    return -1;
                // ("Troops fired on the protesters, and Hamas condemned it": a gap does not reach past ", and" to the subject of the
                // clause it opens.)
                if (k > 0 && next >= elements.Count && elements[k - 1] is CuePattern.Gap && SubjectAfterCommaAnd(units, p))
                    return -1;
                // "seizing former U.N. bases": what a side held once is no longer its; taking it attacks nobody named.
                if (p > 0 && units[p - 1].Norm is "former" or "ex" && p + 1 < units.Count && units[p + 1].Tail && HeldPlaces.Contains(units[p + 1].Norm))
                    return -1;
                // "the late anti-Taliban commander Massoud": a name after "anti-" is what the phrase is against, no side in it
                // (a pattern that reads "anti {B}" takes it).
                if (AfterAnti(units, p)
                    && !(k > 0 && elements[k - 1] is CuePattern.Words { Alternatives: var antiBefore } && antiBefore.Any(a => a is ["anti"])))
                    return -1;
                // "the al-Qaeda-affiliated ISIS": a name before a hyphenated modifier is not the noun phrase's head.
                // The slot takes the head; the modifier itself only when the pattern goes on with words.
                // A pattern that reads "pro {A}" takes the state itself.
                var compound = CompoundHead(units, p, readsPro: k > 0 && elements[k - 1] is CuePattern.Words { Alternatives: var before } && before.Any(a => a is ["pro"]));
                if (compound > 0 && SlotAt(elements, k, compound, units, slots, failed) is var headEnd and >= 0)
                    return headEnd;
                // "struck a Houthi-held port": as an object, a place that a name holds stands for its holder.
                // ("has clashed with Islah-affiliated units": so do men aligned with a name, which are its side's.)
                if (compound < 0 && k > 0 && k == elements.Count - 1 && (IsHeldPlace(units, p) || IsAlignedMen(units, p)))
                    return SlotAt(elements, k, p, units, slots, failed);
                if (compound != 0 && !patternGoesOn)
                    return -1;
                // "the Islamic State's local affiliate": the branch, not the Islamic State, unless the pattern reads it;
                // the branch itself when an apposition names it ("al Qaeda's West African branch, JNIM,").
                if (PossessorOfBranch(units, p) && !patternGoesOn)
                    return NamedBranchAfter(units, p) is var named and >= 0 ? SlotAt(elements, k, named, units, slots, failed) : -1;
                // "has ties with the RSF's rivals", "fought alongside the Taliban's main rival, ISKP": a side's enemies are
                // not the side; an apposition may name them.
                // ("armed by Ethiopia's arch-foe Eritrea": or the name right after the noun.)
                if (!patternGoesOn && OtherSideOwnedBy(units, p) is var others and >= 0)
                    return others + 1 < units.Count && units[others + 1] is { IsMention: true, Reference: false } ? SlotAt(elements, k, others + 1, units, slots, failed)
                        : others + 2 < units.Count && units[others + 1].Norm == "," && units[others + 2] is { IsMention: true, Reference: false }
                        ? SlotAt(elements, k, others + 2, units, slots, failed) : -1;
                // ("fighting between the al Qaeda affiliate JNIM and IS": a pattern that goes on past the name reads the
                // branch it names when it does not read the owner.)
                if (SlotAt(elements, k, p, units, slots, failed) is var ownerEnd and >= 0)
                    return ownerEnd;
                return PossessorOfBranch(units, p) && NamedBranchAfter(units, p) is var branch and >= 0 ? SlotAt(elements, k, branch, units, slots, failed) : -1;
            }
            case CuePattern.Gap gap:
            {
                // "supported by the PMU, retook Tikrit from IS": the agent after "by" is the first name; a gap goes no further.
                // (What a gap follows is the element before it past any "!word" checks, which match no word of their own.)
                var before = k - 1;
                while (before >= 0 && elements[before] is CuePattern.Not)
                    before--;
                var afterBy = before >= 0 && elements[before] is CuePattern.Words { Alternatives: var by } && by.All(a => a is ["by"]);
                var afterWords = before >= 0 && elements[before] is CuePattern.Words; // a gap past the cue's own words (its verb)
                var afterOf = before >= 0 && elements[before] is CuePattern.Words { Alternatives: var ofs } && ofs.All(a => a is [.., "of"]);
                // ("was the deadliest attack on the Iran-backed paramilitaries": a gap between an article and the name that ends its
                // noun phrase stops where a preposition opens another; so does one after a possessive, or a choice of both:
                // "launched (the|an|his) ...2 X" founds nothing in "launched an offensive against X".)
                var afterArticle = before >= 0 && elements[before] is CuePattern.Words { Alternatives: var articles } && articles.All(a => a is ["a"] or ["an"] or ["the"] or ["his"] or ["her"] or ["its"] or ["their"])
                    && k + 1 < elements.Count && elements[k + 1] is CuePattern.Slot;
                // "have been hunting down members of X": after "is" or "been", an "-ing" verb makes the clause's own verb
                // phrase; a gap does not run through it to a noun the copula never governs ("been ... members of").
                var progressive = afterWords && pos > 0 && pos < units.Count && units[pos - 1].Norm is "is" or "are" or "was" or "were" or "been" or "being" or "be"
                    && !units[pos].IsMention && units[pos].Norm is { Length: > 5 } verb && verb.EndsWith("ing", StringComparison.Ordinal) && !AdjectivalParticiples.Contains(verb);
                var limit = progressive ? 0 : gap.Max;
                // "the government, backed by Saudi Arabia, and the separatists, armed by the UAE": a gap opening on ", and" and a
                // name (or its article) runs into the next of a list, whose own words it would take for the first's.
                if (pos >= 1 && pos + 1 < units.Count && units[pos - 1].Norm == "," && units[pos].Norm == "and"
                    && (units[pos + 1].IsMention || units[pos + 1].Norm is "the" or "a" or "an"))
                    limit = 0;
                for (var g = 0; g <= limit && pos + g <= units.Count; g++)
                {
                    // "launched Operation Olive Branch on January 20 against the YPG": a date told inside a gap past the
                    // cue's words does not use it up. (Not after a name: the gap would run past a list the name opens.)
                    if (g > 0 && afterWords && gap.Max >= 3 && IsDateUnit(units, pos + g - 1))
                        limit++;
                    // ("has fought on every front, from Aleppo to Deir ez-Zor, alongside the army": nor a span of places set off by commas.)
                    if (g > 0 && afterWords && gap.Max >= 3 && RangeAsideClose(units, pos + g - 1) is var asideClose and > 0)
                        limit += asideClose - (pos + g - 1) + 1;
                    // ("has sent drones and, according to the UN, 5,000 Syrian fighters to support the GNA": nor a source's aside.)
                    if (g > 0 && afterWords && gap.Max >= 3 && ReportAsideClose(units, pos + g - 1) is var reportClose and > 0)
                        limit += reportClose - (pos + g - 1) + 1;
                    // ("launched a campaign it calls \"Arrows of the East\" against AQAP": nor the name an act is given.)
                    if (g > 0 && afterWords && gap.Max >= 3 && GivenNameEnd(units, pos + g - 1) is var givenEnd and > 0)
                        limit += givenEnd - (pos + g - 1);
                    // ("founded by prisoners released by the Assad government": nor past a second agent's "by".)
                    // ("led by his former deputy Mohamed Hamdan Dagalo": a possessive opening the agent's noun phrase is not the agent.)
                    // ("formed in 2018 by veterans who opposed HTS": nor into a relative clause that tells of the agent.)
                    if (g > 0 && (ClauseEnds.Contains(units[pos + g - 1].Norm) || (afterBy && ((units[pos + g - 1].IsMention && !PossessiveBeforeNoun(units, pos + g - 1))
                        || units[pos + g - 1].Norm is "by" or "who" or "whom" or "which"))))
                        return -1;
                    if (afterBy && pos + g < units.Count && PossessiveBeforeNoun(units, pos + g))
                        continue;
                    if (g > 0 && afterArticle && !units[pos + g - 1].IsMention && IsPreposition(units[pos + g - 1].Norm))
                        return -1;
                    // ("Shekau, whose killing of Muslim civilians the group's leaders had criticised": after "of", people no name
                    // gives are what the act was done to; a gap runs past them only into a list they open.)
                    if (g > 0 && afterOf && !units[pos + g - 1].IsMention && UnnamedPeople.Contains(units[pos + g - 1].Norm)
                        && pos + g < units.Count && units[pos + g].Norm is not ("and" or "or"))
                        return -1;
                    // "voted to expel US troops after the killing of Soleimani": past a verb, a gap does not reach into a
                    // phrase of time or cause ("after the ..."), which tells of another act.
                    if (g > 0 && afterWords && CircumstancePrepositions.Contains(units[pos + g - 1].Norm)
                        && pos + g < units.Count && units[pos + g].Norm is "the" or "a" or "an")
                        return -1;
                    // ("Two years after al-Shabaab seized the port, fighters of the army ...": nor past the comma closing a fronted clause.)
                    if (g > 0 && afterWords && units[pos + g - 1].Norm == "," && FrontedClauseEndsAt(units, pos + g - 1))
                        return -1;
                    // "Al Shabaab, which wants to overthrow the government, was driven out of Mogadishu": past a verb, a gap
                    // does not run on past a comma into the main clause's verb.
                    if (g > 1 && afterWords && units[pos + g - 2].Norm == ","
                        && units[pos + g - 1].Norm is "was" or "were" or "is" or "are" or "has" or "have" or "had")
                        return -1;
                    // ("when insurgents routed a larger garrison, embarrassed the government of President Ghani": nor into a
                    // past verb with its object; "with support from drones, attacked al-Shabaab" names it.)
                    if (g > 1 && afterWords && units[pos + g - 2].Norm == "," && pos + g < units.Count && (units[pos + g].Lead is "the" or "a" or "an" || units[pos + g].IsMention)
                        && !units[pos + g - 1].IsMention && units[pos + g - 1].Norm is { Length: > 5 } pastVerb && pastVerb.EndsWith("ed", StringComparison.Ordinal)
                        && !BackedBy.Contains(pastVerb) && !ParticipleModifiers.Contains(pastVerb))
                        return -1;
                    // "tried to seize its depots and arrested commanders of X": past a verb, a gap does not run into a second
                    // verb joined by "and", which has its own object (and its own cue).
                    // ("expelled French forces and brought in Wagner mercenaries": an irregular past too.)
                    if (g > 1 && afterWords && units[pos + g - 2].Norm == "and" && !units[pos + g - 1].IsMention
                        && units[pos + g - 1].Norm is { Length: > 3 } joined
                        && ((joined.Length > 5 && joined.EndsWith("ed", StringComparison.Ordinal)) || IrregularPasts.Contains(joined))
                        && !ParticipleModifiers.Contains(joined))
                        return -1;
                    // "allies in the coalition, but the separatists accuse Hadi's allies": past a comma, a gap does not run
                    // into the clause a conjunction opens.
                    if (g > 0 && pos + g >= 2 && units[pos + g - 2].Norm == "," && units[pos + g - 1].Norm is "but" or "while" or "whereas" or "although" or "though")
                        return -1;
                    // ("targeted army posts while the faction loyal to X blamed ...": past a verb, without a comma too, when a
                    // subject follows: an article or a name.)
                    if (g > 0 && afterWords && units[pos + g - 1].Norm is "while" or "whereas" && pos + g < units.Count
                        && (units[pos + g].IsMention || units[pos + g].Norm is "the" or "a" or "an"))
                        return -1;
                    // ("insurgents raid Macomia as Rwandan troops take over from SADC": nor into a clause "as" or "when" opens
                    // on a name, its subject.)
                    if (g > 0 && afterWords && units[pos + g - 1].Norm is "as" or "when" && pos + g < units.Count && units[pos + g] is { IsMention: true, Reference: false })
                        return -1;
                    // ("raided Mocimboa da Praia, which Rwandan troops took over from SADC": nor into a relative clause whose
                    // subject a name is; what follows is that name's act.)
                    if (g > 0 && afterWords && units[pos + g - 1].Norm is "which" or "that" or "whom" && pos + g < units.Count
                        && units[pos + g] is { IsMention: true, Reference: false })
                        return -1;
                    // "whose killing of Muslim civilians the Islamic State rejected": after "of", a plural noun right before an
                    // article ends the object; the name after it is the subject of a clause whose "that" is left out.
                    if (afterOf && g > 0 && pos + g < units.Count && units[pos + g].Norm is "the" or "a" or "an" && !units[pos + g - 1].IsMention
                        && units[pos + g - 1].Norm is { Length: > 4 } plural && plural.EndsWith('s') && !plural.EndsWith("ss", StringComparison.Ordinal)
                        && !Prepositions.Contains(plural))
                        return -1;
                    // "fired Scud missiles at rebel-held Brega on Sunday, a NATO official said": a gap does not run into the
                    // report that closes the sentence; its speaker is no side of the act.
                    if (g > 0 && units[pos + g - 1].Norm == "," && ClosingReport(units, pos + g - 1))
                        return -1;
                    // "fired missiles at Jizan on the anniversary of the coalition's campaign": a phrase of time names no one
                    // the act touched.
                    if (g > 0 && afterWords && units[pos + g - 1].Norm is "on" or "at" or "during" && pos + g + 1 < units.Count
                        && units[pos + g].Norm == "the" && OccasionNouns.Contains(units[pos + g + 1].Norm))
                        return -1;
                    // "repelled an attack by the Libyan National Army of Khalifa Haftar": past a verb, a gap does not run past an
                    // act's agent ("by" and a name); what follows tells of the agent, not of what the verb struck.
                    if (g > 1 && afterWords && units[pos + g - 1] is { IsMention: true, Reference: false }
                        && (units[pos + g - 2].Norm == "by" || (g > 2 && units[pos + g - 2].Norm == "the" && units[pos + g - 3].Norm == "by")))
                        return -1;
                    // "accuses the Taliban of sheltering the TTP, whose attacks on soldiers have surged": past a verb, a gap does not
                    // run into a relative clause a name opens; what it tells is that name's.
                    if (g > 2 && afterWords && units[pos + g - 1].Norm is "whose" or "which" or "who" && units[pos + g - 2].Norm == ","
                        && units[pos + g - 3].IsMention)
                        return -1;
                    // "suspended its attacks days after the Jordan attack, under pressure from Baghdad": past a verb, a gap does
                    // not run into a phrase of pressure; who presses is no side of the act.
                    if (g > 0 && afterWords && units[pos + g - 1].Norm == "under" && pos + g < units.Count && units[pos + g].Norm is "pressure" or "threat")
                        return -1;
                    // "targeting TTP camps, drawing condemnation from the Taliban": a reaction told after a comma is another act.
                    if (g > 1 && units[pos + g - 2].Norm == "," && ReactionParticiples.Contains(units[pos + g - 1].Norm))
                        return -1;
                    // "the group since President X": a gap of a word or two is for a modifier, never a subordinating word.
                    if (g > 0 && gap.Max <= 2 && !units[pos + g - 1].IsMention && Subordinators.Contains(units[pos + g - 1].Norm))
                        return -1;
                    // "cooperated in the area with Mali and Niger before turning on each other": after a name, a short gap
                    // does not run into a participle's clause, whose subject is the main clause's, not the name's.
                    if (g > 0 && gap.Max <= 4 && k > 0 && elements[k - 1] is CuePattern.Slot && pos + g < units.Count
                        && units[pos + g - 1].Norm is "before" or "after" or "while" or "when" && IsParticiple(units[pos + g]))
                        return -1;
                    // "Turkey and Russia agree a ceasefire as troops clash": after a name, the men right before the cue's
                    // verb are its own subject.
                    if (g > 0 && k > 0 && elements[k - 1] is CuePattern.Slot && elements[k + 1] is CuePattern.Words
                        && units[pos + g - 1] is { IsMention: false, Tail: false } men && MenBeforeVerb.Contains(men.Norm))
                        continue;
                    var end = MatchFrom(elements, k + 1, pos + g, units, slots, failed);
                    if (end >= 0)
                        return end;
                }
                return -1;
            }
            case CuePattern.Not not:
            {
                // "clashed repeatedly with ISIS-K", "fought again against": an adverb between does not hide the word ruled out.
                var next = pos;
                while (next < units.Count && next < pos + 2 && IsAdverb(units[next]))
                    next++;
                return next < units.Count && AnyWordsAt(not.Alternatives, next, units) ? -1 : MatchFrom(elements, k + 1, pos, units, slots, failed);
            }
            case CuePattern.Words words:
            {
                // The alternatives that could start here, longest first: those of this word, then those of a prefix.
                var exact = pos < units.Count && words.ByFirstWord.TryGetValue(units[pos].Norm, out var byWord) ? byWord : [];
                // Words right after the subject and its gap ("{A} ...12 (attacked|...)"): the cue's verb or noun.
                var afterSubjectGap = k > 1 && elements[k - 1] is CuePattern.Gap && elements[k - 2] is CuePattern.Slot;
                // "has been advancing since December against the rebels": a span of time between the cue's verb and the
                // preposition of its target is stepped over, as "on Tuesday" is below.
                if (exact.Length == 0 && k > 0 && elements[k - 1] is CuePattern.Words && pos + 1 < units.Count && units[pos].Norm is "since" or "in"
                    && IsDateUnit(units, pos + 1) && words.Alternatives.Any(a => a is ["against"] or ["targeting"]))
                {
                    var pastSpan = PastDateUnits(units, pos + 1);
                    if (pastSpan < units.Count && MatchFrom(elements, k, pastSpan, units, slots, failed) is var afterSpan and >= 0)
                        return afterSpan;
                }
                for (var c = 0; c < exact.Length + words.Prefixed.Length; c++)
                {
                    var alternative = c < exact.Length ? exact[c] : words.Prefixed[c - exact.Length];
                    if (!WordsAt(alternative, pos, units))
                        continue;
                    // "beat back an assault", "pushed back the rebels": "back" after such a verb is its particle, not "to back".
                    if (alternative is ["back"] && pos > 0 && BackParticleVerbs.Contains(units[pos - 1].Norm))
                        continue;
                    // "The offensive, launched on Monday, involves ...": the "on" of a day or month names no target; the
                    // words may come after the date ("claimed an attack on Tuesday on a checkpoint").
                    // (Only where "on" is one of the target's prepositions: "clashed (on|late on ...) ...1 with" reads the day.)
                    if (alternative is ["on"] && IsDateUnit(units, pos) && words.Alternatives.Any(a => a is ["against"] or ["targeting"]))
                    {
                        var pastDate = PastDateUnits(units, pos + 1);
                        if (pastDate < units.Count && MatchFrom(elements, k, pastDate, units, slots, failed) is var afterDate and >= 0)
                            return afterDate;
                        continue;
                    }
                    // "Government troops, backed by tribal fighters and air strikes by the coalition": a verb's "-s" form right
                    // before "by" is a noun ("strikes by", "attacks by"), never the passive the subject's gap leads to.
                    if (afterSubjectGap && alternative is [{ Length: > 3 } form] && form.EndsWith('s') && !form.EndsWith("ss", StringComparison.Ordinal)
                        && pos + 1 < units.Count && units[pos + 1].Norm == "by")
                        continue;
                    // "the group killed a sheikh allied with Abu Risha": a participle of ties right after a noun an indefinite
                    // article (a count) opens describes that noun; it is not the subject's verb.
                    if (afterSubjectGap && alternative is [var tie] && TieParticiples.Contains(tie) && AfterIndefiniteNoun(units, pos))
                        continue;
                    // "supplied the group with weapons, according to UN experts": the "to" of a source is no recipient's.
                    if (alternative is ["to", ..] && pos > 0 && units[pos - 1].Norm == "according")
                        continue;
                    // "seeking to reinstate ousted President Bazoum", "the deposed leader": a participle of ousting before a
                    // ruler's title, after a word that cannot be its subject, describes the ruler.
                    if (alternative is ["ousted" or "deposed" or "toppled" or "overthrown"] && pos > 0 && pos + 1 < units.Count
                        && RulerTitles.Contains(units[pos + 1].Norm) && BeforeOustedRuler.Contains(units[pos - 1].Norm))
                        continue;
                    // "backed by air strikes from the coalition", "the attack": a verb's form after an article is a noun,
                    // which only a passive reading ("suffered repeated attacks by both groups") takes as well.
                    if (alternative.Length == 1 && pos > 0 && words.VerbForms.Contains(alternative[0]) && AfterNounMarker(units, pos)
                        && !ByFollows(elements, k + 1))
                        continue;
                    // ("puts the group within striking distance of Homs", "in firing range of the base", "the SDF's main fighting force,
                    // the YPG": a form in "-ing" before a singular noun no verb takes bare describes that noun; nothing was struck
                    // or fought.)
                    if (alternative.Length == 1 && pos + 1 < units.Count && alternative[0].EndsWith("ing", StringComparison.Ordinal)
                        && units[pos + 1].Norm is "distance" or "range" or "force" or "unit" or "season" or "strength" or "capacity" or "capability" or "spirit")
                        continue;
                    // ("drove Juwaili's forces out of their positions": a possessed noun is no verb's first word, "forces out".)
                    if (alternative.Length > 1 && pos > 0 && units[pos - 1].Norm == "'s" && words.VerbForms.Count > 0)
                        continue;
                    // "ISIL was joined in the assault by fighters from the Naqshbandi Army": an act its agent joined (helped)
                    // the subject in is no act on the subject.
                    if (alternative.Length == 1 && pos > 1 && words.VerbForms.Contains(alternative[0]) && AfterNounMarker(units, pos)
                        && HelpVerbJustBefore(units, pos))
                        continue;
                    // "While al-Shabaab targets Somali troops, the Islamic State's branch extorts businesses": the comma
                    // that closes an opening subordinate clause is no apposition's.
                    if (alternative is [","] && k > 0 && elements[k - 1] is CuePattern.Slot && ClosesOpeningClause(units, pos))
                        continue;
                    // "Al Shabaab was driven out of Mogadishu in 2011": a passive verb makes its subject the one acted on;
                    // a pattern whose agent {A} comes first reads it only with "by" after it.
                    if (afterSubjectGap && elements[k - 2] is CuePattern.Slot { Name: "A" } && pos >= 1
                        && units[pos - 1].Norm is "was" or "were" or "been" or "being"
                        && (words.VerbForms.Contains(alternative[0]) || (words.VerbForms.Count > 0 && alternative.Length > 1)) // a verb of a family ("driven out")
                        && !alternative[0].EndsWith("ing", StringComparison.Ordinal) && !ByFollows(elements, k + 1))
                        continue;
                    // "killed dozens of Wagner mercenaries and Malian soldiers in fighting near the border": after "in" (during,
                    // amid) the word is the fighting's noun; the names before are not who fought each other (a pattern with
                    // a second side, "in fighting with X", still reads who took part).
                    if (afterSubjectGap && alternative is [{ Length: > 5 } gerund] && gerund.EndsWith("ing", StringComparison.Ordinal) && pos > 0
                        && units[pos - 1].Norm is "in" or "during" or "amid" && elements.Count(e => e is CuePattern.Slot) == 1)
                        continue;
                    // "voted to expel US troops after the killing of Soleimani": an act named after a preposition of time or
                    // cause is a circumstance of the sentence, not its subject's act.
                    if (afterSubjectGap && alternative.Length == 1 && pos >= 2 && units[pos - 1].Norm == "the" && CircumstancePrepositions.Contains(units[pos - 2].Norm) && IsActNoun(alternative[0]))
                        continue;
                    // "struck near Kunduz to eliminate a threat to coalition forces": a threat the subject removes (counters,
                    // faces) is another's.
                    if (alternative is ["threat" or "threats"] && pos >= 2 && units[pos - 1].Norm is "a" or "the" or "any" or "this" or "that"
                        && CounteredThreatVerbs.Contains(units[pos - 2].Norm))
                        continue;
                    // "a ceasefire brokered by X and Y took effect": "take" in an idiom takes nothing.
                    if (alternative is ["took" or "take" or "takes" or "taking" or "taken"] && pos + 1 < units.Count
                        && units[pos + 1].Norm is "effect" or "place" or "office" or "shape" or "note" or "time" or "steps" or "care")
                        continue;
                    // "fighting Tuareg armed groups of the MSA": "armed" right before a noun of sides or of war is an adjective.
                    if (alternative is ["armed"] && pos + 1 < units.Count && ArmedNouns.Contains(units[pos + 1].Norm))
                        continue;
                    // "the main target of Turkish raids": a verb's form right before "of" is a noun.
                    if (alternative.Length == 1 && words.VerbForms.Contains(alternative[0]) && pos + 1 < units.Count && units[pos + 1].Norm == "of")
                        continue;
                    // "pushed on Tripoli against militias aligned with the GNA": past a gap, a participle right after a
                    // noun of forces describes those forces, not the subject before the gap; unless a name owns the
                    // forces ("Hezbollah fighters aligned with the regime").
                    // So does a present participle after a plural of sides: "a coalition of Arab states backing the government".
                    if (afterSubjectGap && pos > 1 && !units[pos - 1].IsMention
                        && ((ForceHeads.Contains(units[pos - 1].Norm) && ForceParticiples.Contains(alternative[0]))
                            || (SidesNouns.Contains(units[pos - 1].Norm) && alternative[0].EndsWith("ing", StringComparison.Ordinal)))
                        && !units[pos - 2].IsMention && units[pos - 2].Norm is not ("'s" or "'") && !DescribesNameBefore(units, pos - 1))
                        continue;
                    // "to protect the government from advancing fighters of the Courts": a participle of movement between a
                    // preposition and men describes the men; it is no verb of the clause ("of sheltering fighters" is one).
                    if (alternative.Length == 1 && MovingParticiples.Contains(alternative[0]) && pos > 0 && pos + 1 < units.Count
                        && IsPreposition(units[pos - 1].Norm) && !units[pos + 1].IsMention && ForceHeads.Contains(units[pos + 1].Norm))
                        continue;
                    // "X, which was driven from Sirte by Misratan forces backed by US airstrikes": past a gap, a participle of
                    // backing right after another verb's agent ("by" and a name) describes that agent, not the name before the gap.
                    if (k > 0 && elements[k - 1] is CuePattern.Gap && MentionFinder.BackingParticiples.Contains(alternative[0])
                        && AgentJustBefore(units, pos))
                        continue;
                    var end = MatchFrom(elements, k + 1, pos + alternative.Length, units, slots, failed);
                    if (end >= 0)
                        return end;
                    // "accused Iran of arming and directing the militias", "trained and equipped by the US": a second verb
                    // of the same form joined to the cue's word shares what follows.
                    if (alternative.Length == 1 && JoinedVerbAfter(units, pos, alternative[0])
                        && MatchFrom(elements, k + 1, pos + 3, units, slots, failed) is var joinedEnd and >= 0)
                        return joinedEnd;
                }
                // "said the group would keep attacking": words the pattern asks for ("the group") that a description
                // referring back took as its mention are read there, by the description's article and head noun, when
                // it refers to the side named last before it (not "the army said the group would ...").
                if (pos < units.Count && units[pos] is { IsMention: true, Reference: true, Head: { } head, Actor: { } described }
                    && HasArticleAndNoun(words, units[pos].Lead, head) && NamedJustBefore(units, pos, described))
                {
                    var end = MatchFrom(elements, k + 1, pos + 1, units, slots, failed);
                    if (end >= 0)
                        return end;
                }
                if (words.Optional)
                    return MatchFrom(elements, k + 1, pos, units, slots, failed);
                // "X, the army spokesman": an article the pattern asks for before its slot may open the name itself, as it
                // does a theatre's side ("the army", "the coalition").
                if (pos < units.Count && units[pos].IsMention && units[pos].Lead is "the" or "a" or "an"
                    && HasOneWordAlternative(words, units[pos].Lead) && SlotAfterOptionalWords(elements, k + 1) is var slot and >= 0)
                    return MatchFrom(elements, slot, pos, units, slots, failed);
                // "launched a counteroffensive over the weekend against the LNA": a time told between the act's noun and
                // its target's preposition is stepped over.
                if (k > 0 && elements[k - 1] is CuePattern.Words && words.Alternatives.Any(a => a is ["against"] or ["targeting"])
                    && RelativeTimeEnd(units, pos) is var pastTime and > 0)
                    return MatchElement(elements, k, pastTime, units, slots, failed);
                return -1;
            }
            default:
                return -1;
        }
    }

    /// <summary>
    /// True when the comma at <paramref name="comma"/> is the first after a subordinator opening the sentence ("While
    /// ..., ", "Although ..., ") and no other comma follows it: it ends that clause, and the main clause follows. An
    /// apposition inside the clause ("While al-Shabaab, an al Qaeda affiliate, targets ...") is closed by a second comma.
    /// </summary>
    private static bool ClosesOpeningClause(IReadOnlyList<Unit> units, int comma)
    {
        // "Instead of confronting the Houthis, the STC ...", "Unlike al-Shabaab, ISS ...": an opening phrase ends there too.
        if (units.Count < 2 || !(Subordinators.Contains(units[0].Norm) || units[0].Norm is "unlike" or "despite" or "besides"
            || (units[0].Norm, units[1].Norm) is ("instead", "of") or ("rather", "than") or ("apart", "from")))
            return false;
        for (var i = 1; i < units.Count; i++)
            if (i != comma && units[i].Norm == ",")
                return false;
        return true;
    }

    /// <summary>Nouns of time that open a clause after "the" ("the day Nusra crushed the SRF").</summary>
    private static readonly HashSet<string> TimeNounsOpeningClause = ["day", "moment", "week", "month", "year", "night", "morning", "time"];

    /// <summary>Whether <paramref name="word"/> alone is one of the alternatives (a loop: a lambda here would capture MatchFrom's parameters).</summary>
    private static bool HasOneWordAlternative(CuePattern.Words words, string word)
    {
        foreach (var alternative in words.Alternatives)
            if (alternative.Length == 1 && alternative[0] == word)
                return true;
        return false;
    }

    /// <summary>Whether an alternative is an article and a noun: <paramref name="article"/>, then <paramref name="noun"/> (a loop, as above).</summary>
    private static bool HasArticleAndNoun(CuePattern.Words words, string article, string noun)
    {
        foreach (var alternative in words.Alternatives)
            if (alternative.Length == 2 && alternative[0] == article && alternative[1] == noun)
                return true;
        return false;
    }

    /// <summary>Whether "a" or "an" stands from <paramref name="from"/> up to <paramref name="to"/>.</summary>
    private static bool IndefiniteArticleIn(IReadOnlyList<Unit> units, int from, int to)
    {
        for (var k = from; k < to && k < units.Count; k++)
            if (units[k].Norm is "a" or "an")
                return true;
        return false;
    }

    /// <summary>Whether the last mention before <paramref name="at"/> names <paramref name="actor"/>.</summary>
    private static bool NamedJustBefore(IReadOnlyList<Unit> units, int at, string actor)
    {
        for (var k = at - 1; k >= 0; k--)
            if (units[k].IsMention)
                return units[k].Actor == actor;
        return false;
    }

    /// <summary>The index of the slot element at <paramref name="k"/> or after optional words only, or -1.</summary>
    private static int SlotAfterOptionalWords(IReadOnlyList<CuePattern.Element> elements, int k)
    {
        while (k < elements.Count && elements[k] is CuePattern.Words { Optional: true })
            k++;
        return k < elements.Count && elements[k] is CuePattern.Slot ? k : -1;
    }

    /// <summary>A name right before <paramref name="at"/> that is the agent of a passive verb ("by [the] X").</summary>
    private static bool AgentJustBefore(IReadOnlyList<Unit> units, int at) =>
        at > 1 && units[at - 1].IsMention
        && (units[at - 2].Norm == "by" || (at > 2 && units[at - 2].Norm == "the" && units[at - 3].Norm == "by"));

    /// <summary>
    /// "Hezbollah, a powerful militia allied with Iran": the noun at <paramref name="head"/> heads an apposition
    /// (a comma after a name, an article, at most two words) and so is the name.
    /// </summary>
    private static bool DescribesNameBefore(IReadOnlyList<Unit> units, int head)
    {
        for (var j = head - 1; j >= 2 && head - j <= 3; j--)
            if (units[j].Norm is "a" or "an" or "the")
                return units[j - 1].Norm == "," && units[j - 2].IsMention;
            else if (units[j].IsMention || !char.IsLetter(units[j].Norm[0]))
                return false;
        return false;
    }

    /// <summary>True for a name right after a hyphenated participle ("US-backed rebels", "the Iran-aligned Houthis").</summary>
    private static bool AfterCompoundModifier(IReadOnlyList<Unit> units, int slot) =>
        slot >= 2 && units[slot - 1].AfterHyphen && !units[slot - 1].IsMention && units[slot - 1].Norm.EndsWith("ed", StringComparison.Ordinal)
        && units[slot - 2].IsMention;

    /// <summary>
    /// For "in Tripoli ," (at most three capitalised words that name no actor, after "in" at <paramref name="at"/>, closed by a
    /// comma): the comma; else -1.
    /// </summary>
    private static int PlaceAfterName(IReadOnlyList<Unit> units, int at)
    {
        if (at + 2 >= units.Count || units[at].Norm != "in")
            return -1;
        var k = at + 1;
        while (k < units.Count && k <= at + 3 && !units[k].IsMention && units[k].Capitalized)
            k++;
        return k > at + 1 && k < units.Count && units[k].Norm == "," ? k : -1;
    }

    /// <summary>
    /// The name (past its tail) that ends at <paramref name="at"/>, or that stands before "in Tripoli" ending there (see
    /// <see cref="PlaceAfterName"/>).
    /// </summary>
    private static int NameBeforePlace(IReadOnlyList<Unit> units, int at)
    {
        for (var k = at - 1; k >= 1 && k >= at - 3; k--)
            if (units[k].Norm == "in" && PlaceAfterName(units, k) == at + 1)
                return NameBeforeTail(units, k - 1);
        return NameBeforeTail(units, at);
    }

    /// <summary>True when the pattern goes on with "by", past optional words ("targeted [repeatedly] by").</summary>
    private static bool ByFollows(IReadOnlyList<CuePattern.Element> elements, int k)
    {
        while (k < elements.Count && elements[k] is CuePattern.Words { Optional: true })
            k++;
        return k < elements.Count && elements[k] is CuePattern.Words { Alternatives: var next } && next.All(a => a[0] == "by");
    }

    // A loop, not a lambda: a lambda capturing the parameters of the recursive MatchFrom made a closure at every call.
    private static bool AnyWordsAt(string[][] alternatives, int pos, IReadOnlyList<Unit> units)
    {
        foreach (var alternative in alternatives)
            if (WordsAt(alternative, pos, units))
                return true;
        return false;
    }

    /// <summary>Binds the slot at element <paramref name="k"/> to the actor at <paramref name="p"/> and matches the rest.</summary>
    private static int SlotAt(IReadOnlyList<CuePattern.Element> elements, int k, int p, IReadOnlyList<Unit> units, Dictionary<string, int> slots, HashSet<long> failed)
    {
        var name = ((CuePattern.Slot)elements[k]).Name;
        slots[name] = p;
        // "Syrian government forces backed by ...": the words that named the actor may be read as part of it.
        var afterTail = p + 1;
        while (afterTail < units.Count && units[afterTail].Tail)
            afterTail++;
        // "repelled a Turkish offensive": what a pattern rules out after a name is ruled out on the words that named it
        // with it ("offensive" names Turkey's forces) as well.
        if (afterTail > p + 1 && k + 1 < elements.Count && elements[k + 1] is CuePattern.Not ruledOut && AnyWordsAt(ruledOut.Alternatives, p + 1, units))
            return -1;
        // "has branded Libya Dawn and Ansar al-Sharia terrorist groups": a gap after a middle slot does not swallow the
        // list the slot opens; the pattern goes on after the list, which is the slot's.
        // ("has designated X and Y as terrorist groups": past an optional word before the gap too.)
        if (k > 0 && k + 1 < elements.Count && (elements[k + 1] is CuePattern.Gap
                || (elements[k + 1] is CuePattern.Words { Optional: true } && k + 2 < elements.Count && elements[k + 2] is CuePattern.Gap))
            && afterTail < units.Count && units[afterTail].Norm is "," or "and"
            && Following(units, p) is [.., var listed])
        {
            var afterList = listed + 1;
            while (afterList < units.Count && units[afterList].Tail)
                afterList++;
            if (MatchFrom(elements, k + 1, afterList, units, slots, failed) is var pastList and >= 0)
            {
                slots[name + ListedOn] = listed;
                return pastList;
            }
        }
        var end = afterTail > p + 1 ? MatchFrom(elements, k + 1, afterTail, units, slots, failed) : -1;
        // "joined Afghan government forces in defending Herat": what a pattern rules out after a name is ruled out after
        // the words that name it too, not tested on those words instead.
        if (end < 0 && !(afterTail > p + 1 && k + 1 < elements.Count && elements[k + 1] is CuePattern.Not))
            end = MatchFrom(elements, k + 1, p + 1, units, slots, failed);
        // ("the Ansaru faction, an al-Qaeda-aligned offshoot of Boko Haram": after "the", a group's noun right after its name is
        // the name's own, as its tail is.)
        if (end < 0 && afterTail == p + 1 && p + 2 < units.Count && !units[p + 1].IsMention
            && units[p + 1].Norm is "faction" or "group" or "movement" or "militia" && DefiniteBefore(units, p))
            end = MatchFrom(elements, k + 1, p + 2, units, slots, failed);
        // "accused al-Barnawi's followers of ...": a side's men after its possessive act for it.
        if (end < 0 && k > 0 && afterTail == p + 1 && p + 2 < units.Count && units[p + 1].Norm == "'s" && ForceHeads.Contains(units[p + 2].Norm)
            && k + 1 < elements.Count && elements[k + 1] is CuePattern.Words)
            end = MatchFrom(elements, k + 1, p + 3, units, slots, failed);
        // "the LNA, which Russia's Wagner Group has backed": the name after a possessive name is the one the cue is said of.
        if (end < 0 && k > 0 && afterTail == p + 1 && p + 2 < units.Count && units[p + 1].Norm == "'s"
            && units[p + 2] is { IsMention: true, Reference: false, Person: false } && k + 1 < elements.Count && elements[k + 1] is CuePattern.Words)
        {
            var afterPossessed = p + 3;
            while (afterPossessed < units.Count && units[afterPossessed].Tail)
                afterPossessed++;
            slots[name] = p + 2;
            end = MatchFrom(elements, k + 1, afterPossessed, units, slots, failed);
            if (end < 0)
                slots[name] = p;
        }
        // "Jaish al-Islam, the largest rebel group in the enclave, is backed by Saudi Arabia": a pattern's opening name
        // goes on past the apposition that describes it.
        // ("drove fighters of the Nusra Front, now part of the Tahrir al-Sham alliance, from Arsal": so does one the cue's words go
        // on after.)
        if (end < 0 && k + 1 < elements.Count && elements[k + 1] is CuePattern.Words && afterTail < units.Count && units[afterTail].Norm == ",")
            for (var closing = afterTail + 2; closing < units.Count && closing - afterTail <= 20; closing++)
                if (units[closing].Norm == ",")
                {
                    if (OpeningOfApposition(units, closing) == afterTail)
                        end = MatchFrom(elements, k + 1, closing + 1, units, slots, failed);
                    break;
                }
        // "fought alongside Nusra and Jaish al-Fustat against Jaish al-Islam": a slot inside the pattern lists on
        // when the cue's next words come only after the list (marked for the match to read as the slot's list).
        if (end < 0 && k > 0 && k + 1 < elements.Count && elements[k + 1] is CuePattern.Words or CuePattern.Gap
            && afterTail < units.Count && units[afterTail].Norm is "," or "and" or "or" && Following(units, p) is [.., var listEnd])
        {
            var afterList = listEnd + 1;
            while (afterList < units.Count && units[afterList].Tail)
                afterList++;
            end = MatchFrom(elements, k + 1, afterList, units, slots, failed);
            // "received US and Turkish support": the last item's tail may be the cue's own word.
            if (end < 0 && afterList > listEnd + 1)
                end = MatchFrom(elements, k + 1, listEnd + 1, units, slots, failed);
            if (end >= 0)
                slots[name + ListedOn] = listEnd;
        }
        if (end < 0)
            slots.Remove(name);
        return end;
    }

    /// <summary>The mark, after a slot's name, of a middle slot that lists on (see <see cref="SlotAt"/>).</summary>
    private const string ListedOn = "+list";

    /// <summary>
    /// For "its two largest factions, X and Y" at <paramref name="pos"/> (a determiner, at most three lower-case words,
    /// a plural noun of sides, a comma, a name), the name; else -1.
    /// </summary>
    private static int NamedByApposition(IReadOnlyList<Unit> units, int pos)
    {
        // "killed his predecessor, Mullah Akhtar Mansour": a man's role, then the man ("its leader, X" names the group in "its").
        // ("led by Saddam Hussein's former deputy, Izzat al-Douri": so is another man's role, past "former".)
        var role = pos + 3 >= units.Count ? -1 : units[pos].Lead is "his" or "her" ? pos + 1
            : units[pos] is { IsMention: true, Person: true } && pos + 2 < units.Count && units[pos + 1].Norm == "'s" ? pos + 2 : -1;
        if (role > 0 && role + 1 < units.Count && units[role].Norm is "former" or "onetime" or "longtime")
            role++;
        if (role > 0 && role + 2 < units.Count && ApposedRoles.Contains(units[role].Norm)
            && units[role + 1].Norm == "," && units[role + 2] is { IsMention: true, Person: true })
            return role + 2;
        if (pos + 3 >= units.Count || units[pos].Norm is not ("its" or "their" or "the"))
            return -1;
        for (var k = pos + 1; k < units.Count && k <= pos + 4; k++)
        {
            // "the two main rebel groups, X and Y": a kind of side is a word here, not a name.
            if ((units[k].IsMention && units[k].Lead is not ("rebel" or "opposition" or "jihadist" or "islamist")) || !char.IsLetterOrDigit(units[k].Lead[0]))
                return -1;
            // ("the Tuareg-led rebel alliance, the CMA": one side named by its class, then by its name.)
            // ("at odds with its larger rival, HTS", "its main backer, Iran": a side's other side, then its name.)
            if (SideNouns.Contains(units[k].Norm) || units[k].Norm is "alliance" or "coalition" or "group" or "movement" or "militia" or "front"
                || (units[pos].Norm is "its" or "their" && units[k].Norm is "rival" or "ally" or "enemy" or "foe" or "partner" or "patron" or "backer" or "sponsor"))
            {
                var named = k + 2 < units.Count && units[k + 2].Norm == "the" ? k + 3 : k + 2;
                return named < units.Count && units[k + 1].Norm == "," && units[named].IsMention ? named : -1;
            }
        }
        return -1;
    }

    /// <summary>Roles a man is named by before his name in apposition ("his predecessor, X", "his deputy, X").</summary>
    internal static readonly HashSet<string> ApposedRoles =
        ["predecessor", "successor", "deputy", "leader", "commander", "chief", "founder", "spokesman", "son", "brother", "father", "emir", "mentor"];

    /// <summary>
    /// The first name after "including" (such as, among them) that follows a plural noun of sides within the first words
    /// at <paramref name="pos"/> ("Islamist militias including X", "rebel groups such as X"); -1 when there is none.
    /// </summary>
    private static int IncludedAfterSideNoun(IReadOnlyList<Unit> units, int pos)
    {
        for (var k = pos; k < units.Count && k <= pos + 2; k++)
        {
            // ("fought alongside rebel factions, including X": not past a preposition, which puts the sides in another role.)
            if (units[k].IsMention || !char.IsLetter(units[k].Norm[0]) || IsPreposition(units[k].Norm))
                return -1;
            if (!SideNouns.Contains(units[k].Norm) && units[k].Norm is not ("rebels" or "jihadists" or "insurgents" or "militants"))
                continue;
            var listed = k + 1 < units.Count && units[k + 1].Norm is "," ? k + 2 : k + 1;
            listed += listed + 1 < units.Count && (units[listed].Norm, units[listed + 1].Norm) is ("such", "as") or ("among", "them") ? 2
                : listed < units.Count && units[listed].Norm is "including" or "notably" ? 1 : units.Count;
            return listed < units.Count && units[listed].IsMention && !units[listed].Reference ? listed : -1;
        }
        return -1;
    }

    private static readonly HashSet<string> SideNouns =
        ["factions", "groups", "rivals", "sides", "militias", "movements", "organizations", "organisations", "allies", "members", "brigades", "powers"];

    /// <summary>
    /// Where the actor of a slot starting at <paramref name="pos"/> is: past determiners and modifiers ("the
    /// self-styled", "two senior"), and past a noun of its people or forces ("fighters loyal to", "members of").
    /// -1 when no actor follows. Through a role (<paramref name="throughRole"/>), "IS chief Baghdadi" is Baghdadi.
    /// </summary>
    private static int SlotStart(IReadOnlyList<Unit> units, int pos, bool throughRole)
    {
        // "fighting between its two largest factions, Jaysh al-Islam and Faylaq al-Rahman": the names the
        // apposition gives are the sides.
        if (NamedByApposition(units, pos) is var named and >= 0)
            return named;
        var p = pos;
        // "struck what they called IS targets", "hit what it said were Houthi positions": the words giving someone's
        // name for the target stand before it.
        if (p + 2 < units.Count && units[p].Norm == "what" && units[p + 1].Norm is "it" or "they" or "he" or "officials" or "the")
        {
            var said = units[p + 1].Norm == "the" ? p + 3 : p + 2;
            if (said < units.Count && units[said].Norm is "called" or "calls" or "described" or "describes" or "termed" or "terms"
                or "said" or "says" or "claimed" or "claims" or "identified")
            {
                p = said + 1;
                if (p < units.Count && units[p].Norm is "were" or "was" or "as" or "are" or "is")
                    p++;
            }
        }
        // "targets Islamist militias including Ansar al-Sharia and ...": the sides a plural noun's examples name.
        if (p < units.Count && !units[p].IsMention && IncludedAfterSideNoun(units, p) is var included and >= 0)
            return included;
        for (var skipped = 0; p < units.Count && skipped < 4 && !units[p].IsMention; skipped++)
        {
            // "the Kurdish-led SDF", "Yemen's Houthi rebels": a demonym naming no actor here is stepped over with the
            // rest of its compound or its possessive.
            // ("drove their Islamist rivals Hizbul Islam out": so is "rivals" right before a name; not "its rivals in X".)
            if (SkippedBeforeSlot.Contains(units[p].Norm) || units[p].Demonym || IsModifier(units, p) || IsNumber(units[p].Norm)
                || (units[p].Norm == "rivals" && p + 1 < units.Count && units[p + 1].IsMention)
                || (p > pos && (units[p].AfterHyphen || units[p].Norm == "'s") && units[p - 1].Demonym))
            {
                // ("a small faction loyal to the Islamic State": an article takes none of the four steps.)
                if (units[p].Norm is "the" or "a" or "an")
                    skipped--;
                p++;
                continue;
            }
            // "overran the Wadi al-Deif military base": a place's name no dictionary knows, after an article, before the
            // army's site.
            if (p > pos && units[p - 1].Norm is "the" or "a" or "an" && SiteAfterPlaceName(units, p) is var site and > 0)
            {
                p = site;
                continue;
            }
            // "the jihadist group JNIM", "the Kurdish militia YPG", "the Tuareg militia GATIA": a noun that classes the
            // name right after it.
            if (p > pos && p + 1 < units.Count && units[p + 1].IsMention && ClassNouns.Contains(units[p].Norm))
            {
                p++;
                continue;
            }
            // "fighters of the Islamist group Ansar Dine": a class noun after its adjective.
            if (p > pos && units[p - 1].Norm is "a" or "an" or "the" && p + 2 < units.Count && !units[p].IsMention && char.IsLetter(units[p].Norm[0])
                && ClassNouns.Contains(units[p + 1].Norm) && units[p + 2].IsMention)
            {
                p += 2;
                continue;
            }
            // "alongside a clan militia called Macawisley", "militias known as Macawisley": a class noun and the name it goes by.
            if (NameAfterClassNoun(units, p) is var goesBy and > 0)
            {
                p = goesBy;
                continue;
            }
            // "a smaller Islamic State faction", "the Iranian-trained": an adjective between an article and a name.
            // ("the southern separatist STC": past a word of place the determiners took.)
            if (p > pos && (units[p - 1].Norm is "a" or "an" or "the" || (p - 2 >= pos && !units[p - 1].IsMention && Determiners.Contains(units[p - 1].Norm)
                    && units[p - 2].Norm is "a" or "an" or "the")) && IsAdjectiveBeforeName(units, p))
            {
                // "the state-sanctioned PMF": a hyphenated adjective is stepped over whole.
                p += p + 2 < units.Count && units[p + 1].AfterHyphen && !units[p + 1].IsMention ? 2 : 1;
                continue;
            }
            // "a small faction loyal to the Islamic State", "a breakaway faction of": an adjective between an article and
            // the forces' head noun of a name.
            if (p > pos && units[p - 1].Norm is "a" or "an" or "the" && p + 2 < units.Count && ForceHeads.Contains(units[p + 1].Norm)
                && ForceLink(units, p + 2) > 0 && IsAdjectiveBeforeHead(units, p))
            {
                p++;
                continue;
            }
            // "army units loyal to Saleh", "security forces loyal to ...": a noun before the forces' head is stepped over.
            if (p + 2 < units.Count && char.IsLower(units[p].Norm[0]) && units[p].Norm is "army" or "military" or "security" or "police" or "government" or "regime"
                && ForceHeads.Contains(units[p + 1].Norm) && ForceLink(units, p + 2) > 0)
            {
                p++;
                continue;
            }
            // "fought Palestinian factions loyal to Hamas": a people's or a faith's word before the forces' head and a tie
            // (not "of", "from" or "in": "Afghan soldiers of the ...").
            if (p + 2 < units.Count && units[p] is { Capitalized: true, IsMention: false } && ForceHeads.Contains(units[p + 1].Norm)
                && ForceLink(units, p + 2) > 1)
            {
                p++;
                continue;
            }
            if (ForceHeads.Contains(units[p].Norm) && ForceLink(units, p + 1) is var link and > 0)
            {
                // "killing members of a Tuareg militia allied with the army": an unnamed ally is not the army.
                if (units[p + 1].Norm is "allied" or "aligned" or "backed" && IndefiniteBefore(units, pos, p))
                    return -1;
                p += 1 + link;
                continue;
            }
            // "fighting between Jaish al-Islam and a rival alliance of Faylaq al-Rahman and Nusra": the sides of an alliance
            // named after "of" are what the slot names.
            if (p > pos && CollectiveNouns.Contains(units[p].Norm) && units[p].Norm is not ("force" or "forces") && p + 1 < units.Count && units[p + 1].Norm == "of")
            {
                p += 2;
                continue;
            }
            // "routed its rivals in the National Liberation Front": the rivals are the group named after "in" ("drove their
            // former allies in Hizbul Islam out": past a word of time or kind).
            if (OtherSideNouns.Contains(units[p].Norm) && p > pos && OwnerBefore(units, pos, p)
                && p + 2 < units.Count && units[p + 1].Norm is "in" or "from" or "within" or "among")
            {
                p += 2;
                continue;
            }
            // "two senior emirs Abu Omar and Abu Bakr": a role, then the people named.
            if ((ForceHeads.Contains(units[p].Norm) || RoleNouns.Contains(units[p].Norm)) && p + 1 < units.Count && units[p + 1].IsMention && units[p + 1].Person)
            {
                p++;
                continue;
            }
            // "fighters loyal to former Nineveh governor Atheel al-Nujaifi": a place's (or a body's) role, then the man.
            if (p > pos && !units[p].IsMention && char.IsLetter(units[p].Norm[0]) && p + 2 < units.Count && RoleNouns.Contains(units[p + 1].Norm)
                && units[p + 2].IsMention && units[p + 2].Person)
            {
                p += 2;
                continue;
            }
            // "forces loyal to President Abd-Rabbu Mansour Hadi": a capitalised title before the name a state's head is known by.
            if (units[p].Norm is "president" or "king" or "emir" or "premier" or "prime" && p + 1 < units.Count
                && (units[p + 1].IsMention || (units[p].Norm == "prime" && units[p + 1].Norm == "minister" && p + 2 < units.Count && units[p + 2].IsMention)))
            {
                p += units[p].Norm == "prime" ? 2 : 1;
                continue;
            }
            break;
        }
        if (p >= units.Count || !units[p].IsMention)
            return -1;
        // "the pro-Iran Coordination Framework": the name after the compound is meant, not the side it takes.
        if (p > pos && units[p - 1].Norm == "pro" && units[p].AfterHyphen && p + 1 < units.Count && units[p + 1].IsMention && units[p + 1].Norm == Unit.MentionNorm)
            return p + 1;
        // "the PMF deputy chief Abu Mahdi al-Muhandis": the person the group's role names is meant.
        if (throughRole && p + 2 < units.Count && RoleNouns.Contains(units[p + 1].Norm) && units[p + 2].IsMention && units[p + 2].Norm == Unit.MentionNorm && units[p + 2].Person)
            return p + 2;
        // ("killed Iranian general Qassem Soleimani", the title inside the man's name: the demonym only says whose man he is.)
        if (throughRole && units[p].ByDemonym && p + 1 < units.Count && units[p + 1].IsMention && units[p + 1].Norm == Unit.MentionNorm && units[p + 1].Person)
            return p + 1;
        // "Ugandan troops of the African Union mission", "Russian mercenaries of the Wagner Group": the force the men
        // serve in is meant; the demonym only says where they come from.
        if (units[p].ByDemonym && p + 3 < units.Count && ForceHeads.Contains(units[p + 1].Norm) && units[p + 2].Norm == "of")
        {
            var owner = units[p + 3].Norm == "the" ? p + 4 : p + 3;
            if (owner < units.Count && units[owner].IsMention && units[owner].Norm == Unit.MentionNorm)
                return owner;
        }
        return p;
    }

    private static bool IndefiniteBefore(IReadOnlyList<Unit> units, int from, int head)
    {
        for (var k = head - 1; k >= from; k--)
            if (units[k].Norm is "a" or "an")
                return true;
        return false;
    }

    /// <summary>A lower-case word (no preposition, conjunction or verb-like form) with a name at most one word after it.</summary>
    private static bool IsAdjectiveBeforeName(IReadOnlyList<Unit> units, int p)
    {
        var word = units[p].Norm;
        if (!IsAdjectiveBeforeHead(units, p))
            return false;
        return (p + 1 < units.Count && units[p + 1].IsMention)
            || (p + 2 < units.Count && units[p + 2].IsMention && char.IsLower(units[p + 1].Norm[0]) && !Prepositions.Contains(units[p + 1].Norm));
    }

    /// <summary>A lower-case word that may describe the noun after it: no preposition, conjunction, auxiliary or copula.</summary>
    private static bool IsAdjectiveBeforeHead(IReadOnlyList<Unit> units, int p)
    {
        var word = units[p].Norm;
        return !units[p].IsMention && char.IsLower(word[0]) && !Prepositions.Contains(word) && word is not ("and" or "or" or "but" or "that" or "which" or "who")
            && !Auxiliaries.Contains(word) && !Copulas.Contains(word);
    }

    internal static readonly HashSet<string> RoleNouns =
        ["leader", "commander", "chief", "head", "founder", "emir", "spokesman", "spokesperson", "deputy", "official", "ideologue", "general",
         "president", "minister", "premier", "king", "prince", "sheikh", "colonel", "marshal", "warlord", "cleric", "strongman", "governor", "mayor",
         "preacher"];

    /// <summary>The second part of a "pro-" compound ("pro-Turkish"): a modifier of the noun after it.</summary>
    private static bool AfterPro(IReadOnlyList<Unit> units, int i) => units[i].AfterHyphen && i > 0 && units[i - 1].Norm == "pro";

    /// <summary>"anti-Taliban": the name at <paramref name="i"/> is what the phrase is against, no side in it.</summary>
    internal static bool AfterAnti(IReadOnlyList<Unit> units, int i) => units[i].AfterHyphen && i > 0 && units[i - 1].Norm == "anti";

    /// <summary>
    /// For a name used as a hyphenated modifier ("al-Qaeda-affiliated", "UAE-trained", "Iran-aligned", "pro-Turkish"):
    /// the head of the noun phrase when it names an actor, -1 when it names none ("an al-Qaeda-aligned coalition"), 0
    /// when the name is no such modifier.
    /// </summary>
    private static int CompoundHead(IReadOnlyList<Unit> units, int p, bool readsPro = false)
    {
        var j = p + 1;
        while (j < units.Count && units[j].Tail)
            j++;
        // "pro-Turkish rebels", "pro-Iranian Kataib Hezbollah": the state a "pro-" compound names is a modifier too.
        var afterPro = AfterPro(units, p) && !readsPro;
        if (!afterPro && (j >= units.Count || units[j].IsMention || !units[j].AfterHyphen || !char.IsLetter(units[j].Norm[0])))
            return 0;
        if (afterPro)
            j--;
        for (var k = j + 1; k < units.Count && k <= j + 4; k++)
        {
            if (units[k].IsMention)
                return units[k].Norm == Unit.MentionNorm ? k : -1;
            // "Turkish-backed factions of the Syrian National Army": a noun of a side's parts or people, then its name.
            if (ForceHeads.Contains(units[k].Norm) && ForceLink(units, k + 1) is var link and > 0
                && (k + 1 + link < units.Count && units[k + 1 + link].Norm == "the" ? k + 2 + link : k + 1 + link) is var owner
                && owner < units.Count && units[owner].IsMention && units[owner].Norm == Unit.MentionNorm)
                return owner;
            // "supported by Iranian-backed militias and Hezbollah fighters": unnamed men listed with a name; the name is the one meant.
            if (units[k].Norm == "and" && MenOfBandNouns.Contains(units[k - 1].Norm) && k + 1 < units.Count
                && (units[k + 1].Norm == "the" ? k + 2 : k + 1) is var listed && listed < units.Count && units[listed] is { IsMention: true, Reference: false }
                && units[listed].Norm == Unit.MentionNorm)
                return listed;
            // "the U.S.-backed, Kurdish-led Syrian Democratic Forces": a comma between two compounds before the name.
            if (units[k].Norm == "," && k == j + 1 && k + 1 < units.Count && units[k + 1] is { IsMention: true, Reference: false, Person: false }
                && units[k + 1].Norm == Unit.MentionNorm && !(k + 2 < units.Count && units[k + 2].Norm is "said" or "says" or "told"))
                return k + 1;
            // "pounded rebel-held Idlib as Turkey sent reinforcements": a conjunction ends the noun phrase.
            if (!char.IsLetter(units[k].Norm[0]) || Prepositions.Contains(units[k].Norm) || Subordinators.Contains(units[k].Norm)
                || units[k].Norm is "and" or "or" or "as" or "but" or "that" or "which" or "who")
                return -1;
        }
        return -1;
    }

    private static readonly HashSet<string> HoldingVerbs =
        ["held", "controlled", "occupied", "run", "besieged", "dominated", "flagged", "owned", "operated", "registered", "manned"];

    /// <summary>
    /// "a Houthi-held port", "IS-controlled villages", "a UAE-flagged cargo ship": a name compounded with a holding or
    /// owning participle before a place or asset noun.
    /// </summary>
    private static bool IsHeldPlace(IReadOnlyList<Unit> units, int p)
    {
        var j = p + 1;
        while (j < units.Count && units[j].Tail)
            j++;
        return j + 1 < units.Count && units[j].AfterHyphen && HoldingVerbs.Contains(units[j].Norm) && !units[j + 1].IsMention
            && char.IsLetter(units[j + 1].Norm[0]) && !Prepositions.Contains(units[j + 1].Norm);
    }

    /// <summary>"Islah-affiliated units", "Houthi-aligned tribesmen": men a compound of alignment ties to the name at <paramref name="p"/>.</summary>
    private static bool IsAlignedMen(IReadOnlyList<Unit> units, int p)
    {
        var j = p + 1;
        while (j < units.Count && units[j].Tail)
            j++;
        return j + 1 < units.Count && units[j].AfterHyphen && units[j].Norm is "affiliated" or "aligned" && !units[j + 1].IsMention
            && (AlignedMenNouns.Contains(units[j + 1].Norm) || (j + 2 < units.Count && !units[j + 2].IsMention && AlignedMenNouns.Contains(units[j + 2].Norm)));
    }

    private static readonly HashSet<string> AlignedMenNouns =
        ["units", "forces", "fighters", "militias", "militiamen", "troops", "brigades", "tribesmen", "gunmen", "factions", "militants",
         "force", "unit", "brigade"];

    /// <summary>"newly formed", "recently created": a participle at <paramref name="i"/> after an adverb, describing the noun after it.</summary>
    private static bool AdverbAndParticiple(IReadOnlyList<Unit> units, int i) =>
        i > 0 && !units[i].IsMention && units[i].Norm.Length > 4 && units[i].Norm.EndsWith("ed", StringComparison.Ordinal)
        && !units[i - 1].IsMention && units[i - 1].Norm.Length > 3 && units[i - 1].Norm.EndsWith("ly", StringComparison.Ordinal);

    /// <summary>"the internationally recognized GNA", "the newly formed coalition": an adverb or participle before a name.</summary>
    private static bool IsModifier(IReadOnlyList<Unit> units, int p)
    {
        var norm = units[p].Norm;
        if (units[p].IsMention || p + 1 >= units.Count || norm.Length <= 4 || !char.IsLower(norm[0]))
            return false;
        if (norm.EndsWith("ly", StringComparison.Ordinal))
            return true;
        // A participle after an article or an adverb ("the newly formed"), not a verb ("attacked X").
        return norm.EndsWith("ed", StringComparison.Ordinal) && p > 0
            && (units[p - 1].Norm is "the" or "a" or "an" || units[p - 1].Norm.EndsWith("ly", StringComparison.Ordinal));
    }

    private static int ForceLink(IReadOnlyList<Unit> units, int pos)
    {
        foreach (var link in ForceLinks)
            if (WordsAt(link, pos, units))
                return link.Length;
        return 0;
    }

    private static bool WordsAt(string[] words, int pos, IReadOnlyList<Unit> units)
    {
        if (pos + words.Length > units.Count)
            return false;
        for (var j = 0; j < words.Length; j++)
        {
            var norm = units[pos + j].Norm;
            var word = words[j];
            var ok = CuePattern.IsPrefix(word) ? norm.StartsWith(word[..^1], StringComparison.Ordinal) && !units[pos + j].IsMention : norm == word;
            if (!ok)
                return false;
        }
        return true;
    }

    /// <summary>
    /// Whether the comma at <paramref name="comma"/> closes a clause a subordinator opens at the sentence's start ("After X
    /// signed a deal with Y in 2020,"): the first comma of the sentence, with a verb and a name between.
    /// </summary>
    private static bool FrontedClauseEndsAt(IReadOnlyList<Unit> units, int comma)
    {
        // ("Two years after al-Shabaab seized the port, ...": past a span of time the clause is counted from.)
        var opener = 0;
        while (opener < 2 && opener + 2 < comma && SpanOfTime(units[opener])
               && (units[opener + 1].Norm is "after" or "before" or "since" || units[opener + 2].Norm is "after" or "before" or "since"))
            opener++;
        if (comma < opener + 4 || units[opener].Norm is not ("after" or "when" or "while" or "although" or "though" or "once" or "because" or "since" or "as" or "if"))
            return false;
        // ("Since 2013 the militia has fought in every province, ...": a time opens no clause; the main clause follows it.)
        if (char.IsDigit(units[opener + 1].Norm[0]) || IsDateUnit(units, opener + 1))
            return false;
        var named = false;
        for (var k = opener + 1; k < comma; k++)
        {
            if (units[k].Norm is "," or ";" or ":" or Dash)
                return false;
            named |= units[k].IsMention;
        }
        // (A verb of its own: "After Washington signed ...", not "After months of fighting,".)
        return named && Enumerable.Range(opener + 1, comma - opener - 1).Any(k => PastVerb(units[k]) || FiniteVerbForm(units[k].Norm)
            || (!units[k].IsMention && IrregularPasts.Contains(units[k].Norm)));
    }

    /// <summary>"after expelling", "while preserving": a subordinating word at <paramref name="at"/>, then a participle sharing the main clause's subject.</summary>
    internal static bool ParticipleAfterSubordinator(IReadOnlyList<Unit> units, int at) =>
        at + 1 < units.Count && units[at].Norm is "after" or "before" or "while" or "without" or "upon"
        && !units[at + 1].IsMention && units[at + 1].Norm.EndsWith("ing", StringComparison.Ordinal);

    /// <summary>Nouns of a war or a fight whose possessor is its side even past a modifier ("their six-year war").</summary>
    private static readonly HashSet<string> ConflictNouns =
        ["war", "wars", "fight", "battle", "battles", "campaign", "insurgency", "struggle", "feud", "rivalry", "offensive", "conflict", "jihad", "rebellion"];

    /// <summary>
    /// Whether a report closes the sentence after the comma at <paramref name="comma"/>: a speaker of a few words with a
    /// name among them, then its verb of saying, then the end ("..., a NATO official said.").
    /// </summary>
    private static bool ClosingReport(IReadOnlyList<Unit> units, int comma)
    {
        var named = false;
        // (',"' closing a quote: the report is its speaker's.)
        var first = comma + 1 < units.Count && units[comma + 1].Norm is "\"" or "”" or "'" or "’" ? comma + 2 : comma + 1;
        for (var i = first; i < units.Count && i <= first + 5; i++)
        {
            // (", officials of the rival KDP said, accusing the PUK of treason.": or a participle of the speaker's after it.)
            // (", a spokesman told reporters on Monday.": "told" with its audience.)
            var end = units[i].Norm == "told" ? AudienceEnd(units, i + 1) : i + 1;
            if (ClosingReportVerbs.Contains(units[i].Norm))
                return named && (end == units.Count || units[end].Norm is "." or "on" or "in"
                    || (units[end].Norm == "," && end + 1 < units.Count && units[end + 1] is { IsMention: false, Norm: { Length: > 5 } participle } && participle.EndsWith("ing", StringComparison.Ordinal)));
            if (units[i].IsMention)
                named = true;
            else if (!char.IsLetter(units[i].Norm[0]))
                return false;
        }
        return false;
    }

    /// <summary>Past whom a report is told to ("reporters", "the BBC", "state television"): up to three words, no verb's.</summary>
    private static int AudienceEnd(IReadOnlyList<Unit> units, int at)
    {
        var k = at;
        while (k < units.Count && k < at + 3 && (units[k].IsMention || units[k].Norm is "the" or "a" or "state" or "local" or "reporters" or "journalists"
                   or "media" or "television" or "tv" or "radio" or "news" or "agency" or "press"))
            k++;
        return k;
    }

    /// <summary>The verbs of saying a closing report ends on (see <see cref="ClosingReport"/>).</summary>
    private static readonly HashSet<string> ClosingReportVerbs = ["said", "says", "say", "told", "reported", "added"];

    /// <summary>
    /// For a verb of saying inside ", officials said on Monday," (a comma, at most four words, the verb, at most
    /// three words, a comma, all before <paramref name="anchor"/>), the opening comma; else -1.
    /// </summary>
    private static int ParentheticalReport(IReadOnlyList<Unit> units, int verb, int anchor)
    {
        var close = verb + 1;
        while (close < anchor && close - verb <= 4 && units[close].Norm != ",")
            close++;
        if (close >= anchor || units[close].Norm != ",")
            return -1;
        for (var open = verb - 1; open >= 0 && verb - open <= 5; open--)
            if (units[open].Norm == ",")
                return open;
            else if (!char.IsLetter(units[open].Norm[0]) && !units[open].IsMention)
                return -1;
        return -1;
    }

    /// <summary>The note of a subject that a clause's speaker sees as something ("the YPG, which Ankara regards as ...").</summary>
    private const string SeenAsSubject = "subject: what the clause's speaker sees as such";

    /// <summary>The note of a subject shared by two verbs joined by "and", the cue's verb the second.</summary>
    internal const string JoinedVerbsSubject = "subject: subject of the first of two joined verbs";
    internal const string HeadOfRelativeNote = "subject: head of the relative clause";
    internal const string DescribingParticipleNote = "subject: the name the participle after it describes";
    internal const string MeansGerundNote = "subject: the main clause's, whose means the gerund after 'by' tells";

    /// <summary>The note of a subject whose act an apposition after its clause names ("..., the largest offensive against X").</summary>
    private const string ActNamedByAppositionSubject = "subject: the main clause's, whose act the apposition names";

    /// <summary>The note of a subject that is the object of a verb before the cue, taken because no actor stands before that verb.</summary>
    internal const string ObjectAsSubject = "subject: nearest actor before the cue, the object of the verb before it";

    /// <summary>Participles that, after "and", more often describe a noun than tell a second act ("weapons and armed vehicles").</summary>
    private static readonly HashSet<string> ParticipleModifiers =
        ["armed", "allied", "united", "wounded", "injured", "detained", "displaced", "affiliated", "associated", "related", "based",
         "backed", "trained", "advanced", "unidentified", "suspected", "alleged", "armoured", "armored", "fortified", "besieged",
         "guided", "unguided", "improvised", "unmanned", "loaded", "laden"];

    /// <summary>Participles that go on with what a speaker says ("the army said, accusing Kabul of ...").</summary>
    private static readonly HashSet<string> SpeechParticiples =
        ["accusing", "adding", "saying", "warning", "vowing", "blaming", "calling", "claiming", "denying", "urging", "describing",
         "threatening", "insisting", "citing", "noting", "promising", "pledging", "demanding", "dismissing", "rejecting", "condemning",
         "charging", "alleging", "labelling", "labeling", "branding", "referring", "stressing", "asserting", "arguing", "announcing"];

    /// <summary>"12", "1,500", "2.5", and an ordinal: "the 3rd Brigade".</summary>
    private static bool IsNumber(string norm) => char.IsDigit(norm[0]) && (norm.All(c => char.IsDigit(c) || c is ',' or '.')
        || (norm.Length >= 3 && norm[^2..] is "st" or "nd" or "rd" or "th" && norm[..^2].All(char.IsDigit)));

    /// <summary>An adverb that may stand between a verb and its preposition ("repeatedly", "again").</summary>
    internal static bool IsAdverb(Unit unit) =>
        !unit.IsMention && ((unit.Norm.Length > 4 && unit.Norm.EndsWith("ly", StringComparison.Ordinal) && unit.Norm is not ("italy" or "early" or "family" or "assembly" or "ally" or "rally"))
            || unit.Norm is "again" or "also" or "often" or "once" or "twice" or "still");

    /// <summary>
    /// The actor that performs the cue starting at <paramref name="anchor"/>: the head of a ", which" clause, the
    /// subject of the first verb in "X is ... and was ...", or else the nearest actor that is not governed by a
    /// preposition or used as a modifier ("US-invented"). Appositions between commas, dashes or brackets are
    /// stepped over ("Jaish al-Fath – an alliance led by Nusra – overran").
    /// </summary>
    internal static (int Unit, string How) ResolveSubject(IReadOnlyList<Unit> units, int anchor, int maxGap)
    {
        // "shot down a Malian army drone near Kidal, as clashes with the army intensified": a noun of fighting right after
        // "as" ("amid", "when", "while") opens a clause of its own; no name before it is its subject.
        if (anchor >= 1 && units[anchor - 1].Norm is "as" or "amid" or "when" or "while"
            && units[anchor].Norm is "clashes" or "fighting" or "tensions" or "battles" or "skirmishes" or "confrontation" or "confrontations" or "hostilities")
            return (-1, "");
        // ", capturing several towns": a participle after a comma shares the clause's subject.
        var coordinated = anchor > 0 && units[anchor - 1].Norm == "," && units[anchor].Norm.EndsWith("ing", StringComparison.Ordinal);
        // "..., the Taliban government said, accusing Islamabad of ...": after a closing verb of saying, its speaker's.
        if (coordinated && anchor >= 3 && units[anchor - 2].Norm is "said" or "says" or "added" or "announced" or "stated"
            && ResolveSubject(units, anchor - 2, 3) is { Unit: >= 0 } speaker)
        {
            // "Militants hit back with car bombs, the SDF said, killing eight of its fighters": when the speaker's words close a
            // clause of their own, an act after them is that clause's subject's; only a further act of speech is the speaker's.
            var opens = speaker.Unit - 1;
            // (", Defence Minister Hulusi Akar said, targeting ...": past a title before the speaker's name.)
            while (opens >= 1 && opens >= speaker.Unit - 3 && !units[opens].IsMention && units[opens].Capitalized)
                opens--;
            if (opens >= 1 && units[opens].Norm is "the" or "a" or "an")
                opens--;
            if (opens >= 1 && units[opens].Norm == "," && !SpeechParticiples.Contains(units[anchor].Norm)
                && MainSubjectBefore(units, opens) is var clauseSubject and >= 0)
                return (clauseSubject, "subject: the main clause's, which the speaker's words close");
            return (speaker.Unit, "subject: the speaker of the verb of saying before the participle");
        }
        // "ISIS has alienated other rebels by kidnapping activists and seizing their headquarters": a gerund of means after
        // "by" (or joined to one by "and") is done by the main clause's subject, not by the verb's object.
        // ("The Houthis accuse Riyadh of helping AQAP by attacking them": inside a charge, the accused's.)
        if (!coordinated && MeansGerundBy(units, anchor) is var by and > 0 && (AccusedOfActBefore(units, by) is var chargedDoer and >= 0 ? chargedDoer : MainSubjectOverObjects(units, by)) is var doer and >= 0)
            return (doer, MeansGerundNote);
        // "Shabaab fighters kill Kenyan soldiers in an attack on an AU base": an act told after "in" past a verb's object
        // is the verb's subject's, not the object's.
        var opensAct = anchor >= 1 && units[anchor - 1].Norm is "a" or "an" or "the" ? anchor - 2 : anchor - 1;
        var objectBeforeAct = opensAct >= 2 ? NameBeforeTail(units, opensAct - 1) : -1;
        if (!coordinated && opensAct >= 2 && units[opensAct].Norm is "in" or "during" && objectBeforeAct >= 1
            && units[objectBeforeAct] is { IsMention: true, Reference: false } && IsObjectOfVerb(units, objectBeforeAct) && HarmedBefore(units, objectBeforeAct))
        {
            // ("Islamic State affiliate kills 29 soldiers in attack on ...": a name before a branch noun is the branch's owner,
            // not the subject.)
            for (var k = objectBeforeAct - 1; k >= 0 && k >= opensAct - 8 && !ClauseEnds.Contains(units[k].Norm) && units[k].Norm != ","; k--)
                if (units[k].IsMention)
                    return PossessorOfBranch(units, k) ? (-1, "") : (k, "subject: the subject of the verb whose object stands before the act");
            return (-1, ""); // ("Insurgents kill Burundian soldiers in raid on AU base": a subject no name gives)
        }
        // "part of the Saudi-led coalition fighting the Houthis": a present participle right after a name describes that
        // name, even where a preposition governs it; the clause's subject is not the one fighting.
        // (Not where a reading left out an apposition between them: "the VDP, a militia armed by the junta, killing 31 soldiers".)
        if (!coordinated && anchor >= 1 && units[anchor - 1] is { IsMention: true, Reference: false, Person: false } && IsParticiple(units[anchor])
            && units[anchor].CharStart - units[anchor - 1].CharEnd <= 1)
            return (anchor - 1, DescribingParticipleNote);
        // "killing dozens of soldiers serving with the African Union force": one right after men no name gives describes
        // them; nobody named is its subject.
        // ("fighting between groups loyal to X and forces backing his rival Y": so do forces; not groups, which class a name:
        // "X, one of the groups fighting to topple Assad".)
        if (!coordinated && anchor >= 1 && units[anchor - 1] is { IsMention: false, Tail: false }
            && (CountedMenNouns.Contains(units[anchor - 1].Norm) || units[anchor - 1].Norm is "forces" or "gunmen" or "militiamen")
            && IsParticiple(units[anchor]))
            return (-1, "");
        // ("calling some of its members part of a cell plotting attacks on the West": so does one right after a noun an
        // article opens; the cell plots, not the clause's subject.)
        // ("rival authorities in the east allied with Haftar": or "the", when the participle is one of siding.)
        if (anchor >= 2 && units[anchor - 1] is { IsMention: false, Tail: false } noun
            && noun.Norm.Length > 2 && char.IsLetter(noun.Norm[0]) && char.IsLower(noun.Norm[0])
            && ((units[anchor - 2].Norm is "a" or "an" && IsParticiple(units[anchor]))
                || (units[anchor - 2].Norm == "the" && units[anchor].Norm is "allied" or "aligned" or "affiliated" or "linked" or "loyal")))
            return (-1, "");
        // "cleared the way for Turkey to attack the Kurds": "for" and a name before an infinitive give the infinitive's subject.
        if (!coordinated && anchor >= 3 && units[anchor - 1].Norm == "to" && units[anchor - 2] is { IsMention: true, Person: false } && units[anchor - 3].Norm == "for")
            return (anchor - 2, "subject: the name \"for\" gives the infinitive");
        // "Washington pressed the rebel groups to cut ties with Nusra": an act one is urged (asked, pressed) to do is not
        // done, by the urger nor by the one urged.
        // ("Turkey persuaded the rebels to join the SNA": one persuaded (forced) to do it does it.)
        if (!coordinated && anchor >= 3 && units[anchor - 1].Norm == "to" && UrgedBefore(units, anchor - 1) is { Verb: >= 0 } urged)
            return PersuadingVerbs.Contains(units[urged.Verb].Norm) && units[urged.Object] is { Reference: false }
                ? (urged.Object, "subject: the one persuaded to act") : (-1, "");
        // "the coalition's intervention in Yemen to restore Hadi", "Iran's efforts to arm the Houthis": an infinitive after
        // a side's act has that side for its subject.
        if (!coordinated && anchor >= 4 && units[anchor - 1].Norm == "to" && PossessorOfActBeforeInfinitive(units, anchor - 1) is var actor and >= 0)
            return (actor, "subject: the side whose act the infinitive tells the aim of");
        // "has claimed attacks on Taliban targets since the group seized Kabul, including the assassination of a cleric": an
        // act given as an example after ", including" is one of the main clause's, by its subject.
        // "captured several hills on Sunday, the third day of an offensive against Fateh al-Sham": an act a closing apposition of
        // time names ("the third day (week) of") is the main clause's subject's.
        if (!coordinated && DayOfActAfterComma(units, anchor) is var dayComma and > 0 && MainSubjectBefore(units, dayComma) is var campaigner and >= 0)
            return (campaigner, "subject: the main clause's, whose act a closing phrase of time names");
        var including = anchor >= 1 && units[anchor - 1].Norm is "the" or "a" or "an" ? anchor - 2 : anchor - 1;
        if (!coordinated && including >= 2 && units[including].Norm == "including" && units[including - 1].Norm == ","
            && MainSubjectBefore(units, including - 1) is var exampleOwner and >= 0)
            return (exampleOwner, "subject: the main clause's, whose acts the example after 'including' is one of");
        // "has turned to Russia for support after expelling French troops": so does one after "after", "before", "while" ...,
        // when no actor stands near enough before it.
        var afterSubordinator = anchor > 0 && ParticipleAfterSubordinator(units, anchor - 1);
        // "launched an offensive and captured the camp, only to lose it to a rebel counterattack": so does "only to".
        coordinated |= anchor >= 2 && units[anchor - 1].Norm == "to" && units[anchor - 2].Norm == "only";
        // "Burkina Faso's junta has expelled French troops and turned to Russia": a verb joined by "and" shares the
        // clause's subject; the object of the verb before is not it.
        // So does a present "-s" verb after "and" when what follows reads as a verb's ("and coordinates closely with").
        // ("has accused Paris of interfering and has strengthened ties with Mali": an auxiliary after "and" too.)
        // ("refused to provide air support to the militias, but has struck IS": so does one after ", but".)
        // ("controls large parts of southern Somalia and regularly attacks AU bases": past an adverb too.)
        var and = anchor > 2 && (units[anchor - 1].Norm is "has" or "have" or "had" || IsAdverb(units[anchor - 1])) && (units[anchor - 2].Norm == "and"
            || (units[anchor - 2].Norm == "but" && anchor > 3 && units[anchor - 3].Norm == ",")) ? anchor - 1 : anchor;
        // ("had fought US troops and maintain close ties to Iran": so does a verb of keeping ties, which is no noun.)
        coordinated |= and > 1 && (units[and - 1].Norm == "and" || (and < anchor && units[and - 1].Norm == "but")) && !units[anchor].IsMention
            && (PerfectParticiple(units[anchor])
                || units[anchor].Norm is "maintain" or "maintains" or "retain" or "retains" or "enjoy" or "enjoys" or "keep" or "keeps"
                // ("tolerates the group and coordinates with it": a verb's object before "and" too.)
                // ("is led by Iyad Ag Ghaly and pledges loyalty to ...": or a passive's agent.)
                || (FiniteVerbForm(units[anchor].Norm) && (!units[and - 2].IsMention || IsObjectOfVerb(units, and - 2) || ObjectOfPresentVerb(units, and - 2)
                        || (and >= 3 && units[and - 3].Norm == "by"))
                    && anchor + 1 < units.Count
                    && (IsAdverb(units[anchor + 1]) || units[anchor + 1].Norm is "with" or "against" or "alongside" or "to"
                        // ("has declared A and B terrorist groups and backs C": an "-s" verb with a name for its object.)
                        // ("has carried out strikes against al-Shabaab and trains the Danab unit": past the name's article.)
                        || (units[anchor].Norm.EndsWith('s') && (units[anchor + 1] is { IsMention: true, Reference: false }
                            || (units[anchor + 1].Norm is "the" or "a" or "an" && anchor + 2 < units.Count && units[anchor + 2] is { IsMention: true, Reference: false })
                            // ("... and pledges loyalty to al-Qaeda's leader": a noun of its own, then the preposition that takes the side.)
                            || (anchor + 2 < units.Count && !units[anchor + 1].IsMention && units[anchor + 2].Norm is "to" or "with"))))));
        // "accuse the Islah party, an ally of Hadi,": a cue inside an apposition describes the noun before the
        // comma; when that is no actor, the cue has no subject here.
        // ("The Zintan fighters, allied with ...": a name with its forces' noun after it is such an actor.)
        // "accused the PUK, a rival of the KDP, of ...": when it is one, it is the subject, not the clause's.
        if (!coordinated && AppositionOpening(units, anchor) is var appositive and > 0)
        {
            var described = NameBeforePlace(units, appositive - 1);
            // "the Patriotic Union of Kurdistan (PUK), a rival of ...": past a bracketed short name.
            if (units[described].Norm == ")" && described >= 3 && units[described - 2].Norm == "(" && units[described - 1].IsMention)
                described = described - 1;
            if (units[described].IsMention && !units[described].Reference)
                return (described, "subject: the name the apposition describes");
            // "Iraqi forces began clearing operations south of Tikrit, the largest offensive against ISIS this year": an
            // apposition naming an act describes the act the clause before it tells; that clause's subject acts.
            if ((EventNouns.Contains(units[anchor].Norm) || units[anchor].Norm is "push" or "drive" or "campaign") && ClauseTellsAct(units, appositive)
                && MainSubjectBefore(units, appositive) is var actingSubject and >= 0)
                return (actingSubject, ActNamedByAppositionSubject);
            if (!units[described].IsMention && units[appositive - 1].Norm is not (")" or "\"" or "'"))
                return (-1, "");
        }
        // "The FSA accused Jaysh Khalid of executing its men": the accused is the one who executed, not the accuser.
        // So is "accused Ankara of violating Iraqi sovereignty with strikes on the PKK": the act told after the -ing.
        var accusedOf = anchor;
        // ("accuse the army of killing civilians suspected of helping the militants": the nearest "of ...ing" is the cue's
        // own, when it is one; not a second charge, "accused X of harbouring IS cells and of assassinating ...".)
        var ownOf = anchor >= 2 && units[anchor - 1].Norm is "of" or "for" && units[anchor - 2].Norm != "and"
            && !units[anchor].IsMention && units[anchor].Norm.EndsWith("ing", StringComparison.Ordinal);
        // ("accused the PKK of an attack on its base", "blames X for the 2012 attack on ...": an act charged by its noun.)
        var chargedAct = ownOf ? -1 : ChargedActNoun(units, anchor);
        if (chargedAct >= 0)
            (accusedOf, ownOf) = (chargedAct, true);
        // ("accused Faylaq of sheltering HTS fighters and launched raids on ...": not past "and" and the accuser's next verb.)
        // ("accuses its rival of using the fight against HTS as a pretext to seize ...": a charge goes on to its aim.)
        // ("accuse ISIL of imposing its rule on areas it seized": nor past a subject pronoun of a clause of its own.)
        for (var j = anchor - 1; !ownOf && j >= 1 && j >= anchor - 12 && !ClauseEnds.Contains(units[j].Norm) && units[j].Norm != ","
             && !(units[j].Norm == "and" && j + 1 < anchor && PastVerb(units[j + 1])) && !(units[j].IsMention && units[j].Norm is "it" or "they")
             // ("accused the UAE of backing a coup and said the Emiratis had bombed ...": nor past a verb of saying, whose words have a subject of their own.)
             && !MentionFinder.SayingVerbs.Contains(units[j].Norm); j--)
            if (units[j - 1].Norm is "of" or "for" && ((units[j].Norm.EndsWith("ing", StringComparison.Ordinal) && !units[j].IsMention)
                || (units[j].Norm is "their" or "its" && units[j].IsMention)))
            {
                accusedOf = j;
                break;
            }
        // (Not for a second verb joined by "and": "accused Paris of interfering and has strengthened ties with Mali".)
        if (!(coordinated && and < anchor) && accusedOf >= 2 && units[accusedOf - 1].Norm is "of" or "for"
            && (units[accusedOf].Norm.EndsWith("ing", StringComparison.Ordinal) || units[accusedOf].Norm is "their" or "its" || accusedOf == chargedAct))
            // ("accused the YPG, the Syrian branch of the PKK, of attacking": further back past the accused's apposition.)
            for (var i = accusedOf - 2; i >= Math.Max(0, accusedOf - (units[accusedOf - 2].Norm == "," ? 18 : 10)); i--)
                if (units[i].Norm is "accused" or "accuses" or "accusing" or "accuse" or "blamed" or "blames" or "blaming" or "blame" or "charged" or "charges" or "charge" or "suspected" or "suspects" or "suspect"
                    or "condemned" or "condemns" or "criticized" or "criticised" or "criticizes" or "denounced" or "denounces" or "faulted"
                    or "praised" or "praises" or "thanked" or "thanks" or "commended" or "hailed" or "lauded" or "congratulated" or "credited")
                {
                    // "Iran, which Riyadh (Gulf states, many Western governments) accuses of arming the Houthis": the
                    // accusers of a relative clause accuse its head; with none found, nobody here did it.
                    if (i + 2 == accusedOf && AccusersOfRelative(units, i) is var accusedHead and (>= 0 or NoRelativeHead))
                        return accusedHead >= 0 ? (accusedHead, "subject: the one accused of it") : (-1, "");
                    // "executed villagers accused of collaborating with the army": the accused are the noun the
                    // participle describes, not the clause's subject.
                    // ("Pakistan, long accused of sheltering ...": an adverb is no such noun.)
                    if (i >= 1 && i + 2 == accusedOf && !units[i - 1].IsMention && char.IsLetter(units[i - 1].Norm[0])
                        && !Auxiliaries.Contains(units[i - 1].Norm) && !Copulas.Contains(units[i - 1].Norm) && units[i - 1].Norm is not ("and" or "or" or "who" or "which" or "that")
                        && !(i >= 2 && units[i - 2].Norm == "," && (units[i - 1].Norm is "long" or "once" or "also" or "often" or "still" or "again"
                             || units[i - 1].Norm.EndsWith("ly", StringComparison.Ordinal))))
                        return (-1, "");
                    // "massacred villagers it accuses of collaborating with JNIM": nor is the accuser of a clause that
                    // describes a noun before it.
                    if (i >= 2 && i + 2 == accusedOf && units[i - 1].IsMention && units[i - 1].Norm is "it" or "they"
                        && !units[i - 2].IsMention && char.IsLetter(units[i - 2].Norm[0]) && !Auxiliaries.Contains(units[i - 2].Norm)
                        && !Copulas.Contains(units[i - 2].Norm) && units[i - 2].Norm is not ("and" or "or" or "that" or "which" or "who" or "because" or "as"))
                        return (-1, "");
                    // "The PYD has been accused by rebels of cooperating with the regime": the accusers come after "by";
                    // the accused is the one the passive verb is said of.
                    if (i + 1 < accusedOf && units[i + 1].Norm == "by")
                    {
                        // "The Haqqani network, a faction within the Taliban, has been accused by ...": past an apposition.
                        if (ResolveSubject(units, i, maxGap) is { Unit: >= 0 } accused)
                            return (accused.Unit, "subject: the one accused of it");
                        // ("Sunni tribal leaders, long alienated by Maliki's government, have been accused by Baghdad": not past
                        // the comma closing an aside; a name inside it is not the one accused.)
                        for (var k = i - 1; k >= 0 && !ClauseEnds.Contains(units[k].Norm) && units[k].Norm != ","; k--)
                            if (units[k].IsMention)
                                return (k, "subject: the one accused of it");
                        return (-1, "");
                    }
                    // "Pakistan has been accused of sheltering ...": passive, nobody named between; the usual subject.
                    // ("accused the YPG, the Syrian branch of the PKK, of ...": the name the apposition describes.)
                    // ("accused Kenya, whose troops have long backed Madobe, of ...": or the relative clause.)
                    var opening = units[accusedOf - 2].Norm != "," ? -1
                        : OpeningOfApposition(units, accusedOf - 2) is var apposed and >= 0 ? apposed : OpeningOfRelative(units, accusedOf - 2);
                    var accusedEnd = opening > i ? opening : accusedOf - 2;
                    // ("accuses Abu Dhabi of financing Haftar's war and of hiring mercenaries to fight for him": a second charge
                    // after "and" has the first's accused, before its "of".)
                    if (units[accusedOf - 2].Norm == "and" && Enumerable.Range(i + 1, accusedOf - i - 3).FirstOrDefault(f => units[f].Norm is "of" or "for", -1) is var firstCharge and > 0)
                        accusedEnd = firstCharge - 1;
                    for (var k = accusedEnd; k > i; k--)
                        if (units[k].IsMention)
                            // ("accused militia commanders allied with the government of helping ...": a side the accused are tied to
                            // is not the accused; men loyal to a side are its men.)
                            return TiedToUnnamed(units, i + 1, k) ? (-1, "") : (k, "subject: the one accused of it");
                    // "accused its rivals of trying to seize its depots": the accused, whom no name gives, did it; not the accuser.
                    if (!coordinated && i + 2 < accusedOf && units[i].Norm is not ("suspected" or "suspects" or "suspect") && Enumerable.Range(i + 1, accusedOf - i - 2).Any(k => char.IsLetter(units[k].Norm[0])))
                        return (-1, "");
                    break;
                }
        // "a move the group's leaders described as an attempt to shield X": who describes an act as an attempt is not
        // who attempts it ("described its offensive as an attempt to ..." is the describer's own).
        if (anchor >= 5 && units[anchor - 1].Norm == "to" && units[anchor - 2].Norm is "attempt" or "bid" or "effort" or "ploy" or "scheme" or "plot")
            for (var j = anchor - 3; j >= Math.Max(0, anchor - 6); j--)
            {
                if (units[j].Norm is "its" or "their" or "our" or "his")
                    break;
                if (units[j].Norm == "as" && j >= 1 && units[j - 1].Norm is "described" or "describes" or "describing" or "portrayed" or "portrays"
                    or "characterised" or "characterized" or "denounced" or "denounces" or "dismissed" or "dismisses" or "branded" or "brands" or "saw" or "sees" or "viewed" or "views")
                    return (-1, "");
            }
        // "the Islah party, which it sees as an affiliate of the Brotherhood": what is seen as something is the
        // clause's head, not the one who sees it; when the head names no actor we know, the cue has no subject.
        if (anchor >= 4 && units[anchor].Norm == "as" && SeeingVerbs.Contains(units[anchor - 1].Norm)
            && units[anchor - 2].IsMention && units[anchor - 3].Norm is "which" or "whom" or "that")
            return HeadOfRelative(units, anchor - 3) is var seen and >= 0 ? (seen, SeenAsSubject) : (-1, "");
        // ("views the SDF's backbone, the YPG, as an extension of the PKK": so is it of a name closing an apposition in the
        // object of a verb of seeing.)
        if (anchor >= 3 && units[anchor].Norm == "as" && units[anchor - 1].Norm == "," && units[anchor - 2] is { IsMention: true, Reference: false }
            && Enumerable.Range(Math.Max(0, anchor - 10), anchor - 2 - Math.Max(0, anchor - 10)).Any(j => SeeingVerbs.Contains(units[j].Norm)))
            return (anchor - 2, "subject: the name 'as' describes");
        // "has armed the YPG as the backbone of the SDF", "regards Hamas as a branch of ...": what "as" tells is said of
        // the name right before it.
        // (Not the object of a verb of war: "lost 11,000 fighters battling Islamic State as America's main partner" says it
        // of the one battling.)
        if (anchor >= 1 && units[anchor].Norm == "as" && units[anchor - 1] is { IsMention: true, Reference: false } && !FoughtObject(units, anchor - 1))
            return (anchor - 1, "subject: the name 'as' describes");
        // "Turkey described the YPG as an ally of the PKK": what a view calls the name it is taken of is said of that name,
        // past the article and a modifier of the noun the cue reads.
        for (var j = anchor - 1; j >= 2 && anchor - j <= 3; j--)
        {
            if (units[j].Norm == "as")
            {
                var verb = units[j - 2].Norm is "the" or "a" or "an" ? j - 3 : j - 2;
                if (units[j - 1] is { IsMention: true, Reference: false } && verb >= 0 && SeeingVerbs.Contains(units[verb].Norm))
                    return (j - 1, "subject: the name 'as' describes");
                break;
            }
            if (units[j].IsMention || !char.IsLower(units[j].Norm[0]) || IsPreposition(units[j].Norm))
                break;
        }
        // ("between ISWAP and its (old) rival Boko Haram": a possessive the name before "and" owns, read as no mention of its own.)
        for (var j = anchor - 1; j >= 2 && anchor - j <= 2 && !units[j].IsMention && char.IsLetter(units[j].Norm[0]); j--)
            if (units[j].Norm is "its" or "their" && units[j - 1].Norm == "and" && units[j - 2] is { IsMention: true, Reference: false })
                return (j - 2, PossessorOfAct);
        // "Hamas in its war with Israel", "Hamas's war with Israel", "their six-year war with the coalition": the
        // possessor of the act is its agent.
        for (var j = anchor - 1; j >= 0 && (j == anchor - 1 || (anchor - j <= 3 && ConflictNouns.Contains(units[anchor].Norm))); j--)
        {
            if (units[j].IsMention)
            {
                if (units[j].Norm is "its" or "their")
                    return (j, PossessorOfAct);
                break;
            }
            if (!char.IsLetterOrDigit(units[j].Norm[0]) || units[j].Norm is "and" or "or" or "of" or "the" or "a" or "an")
                break;
        }
        if (anchor >= 2 && units[anchor - 1].Norm == "'s" && units[anchor - 2].IsMention && !units[anchor - 2].Person)
            return (anchor - 2, PossessorOfAct);
        // ("saying they are a response to U.S. support for Israel": so is a name right before a noun of help.)
        if (anchor >= 1 && units[anchor - 1] is { IsMention: true, Reference: false, Person: false } && HelpNouns.Contains(units[anchor].Norm))
            return (anchor - 1, PossessorOfAct);
        // "said it carried out the bombing to avenge the killing of its leader", "in retaliation for the killing of two
        // soldiers": the act avenged is not the avenger's, and no name here says whose it was.
        if (AvengedAct(units, anchor))
            return (-1, "");
        // "accuses the Taliban of allowing the TTP to use Afghan soil to attack ...": the one let (helped) to act is the
        // infinitive's subject.
        for (var i = anchor - 1; i >= 0 && anchor - i <= 16 && !ClauseEnds.Contains(units[i].Norm); i--)
            if (units[i] is { IsMention: true, Reference: false } && LetToAct(units, i, anchor))
                return (i, "subject: the one let, helped or ordered to act");
        var objectFallback = -1;
        var secondVerb = false;
        for (int i = anchor - 1, distance = 0; i >= 0; i--)
        {
            var u = units[i];
            // (Nor a day named past the verb: "pushed into northeast Syria on Thursday on the second day of an offensive".)
            if ((char.IsLetterOrDigit(u.Norm[0]) || u.IsMention) && !(maxGap >= 12 && anchor - i > 2 && IsDateUnit(units, i)))
                distance++; // the distance to a subject counts words, not punctuation
            // "Petroleum Facilities Guard units loyal to the GNA have clashed with ...": the tie phrase describes the men
            // before it; it counts as one word.
            if (u.IsMention && MenTiedTo(units, i) is var tiedMen and >= 0)
            {
                i = tiedMen;
                continue;
            }
            // "Jubaland forces led by regional president Ahmed Madobe have been battling ...": the leader named after "led by"
            // describes the forces before it, which act.
            if (u.IsMention && LedBy(units, i) is var led and >= 0 && !units[led - 1].Person)
            {
                i = led;
                continue;
            }
            if (u.Norm is Dash or ")" && OpeningOf(units, i) is var open and >= 0)
            {
                // "one militia of the alliance – the Iran-trained Badr Organization – has been fighting": a
                // named group between dashes is the subject; "X – an alliance of groups led by Y – overran": X is.
                if (u.Norm == Dash && NamedInside(units, open, i) is var named and >= 0 && !coordinated)
                    return (named, "subject: the group named between dashes");
                i = open;
                continue;
            }
            // "After Washington signed a deal with the Taliban, the insurgents stepped up assaults on ...": a clause opened by a
            // subordinator at the sentence's start ends at its comma; no name inside it is the main clause's subject.
            if (u.Norm == "," && !coordinated && FrontedClauseEndsAt(units, i))
                return (-1, "");
            if (u.Norm == "," && i + 1 < anchor && IsParticiple(units[i + 1]))
                coordinated = true; // ", culminating in a raid": the participle's subject is the clause's
            // "The TTP, which has pledged allegiance to its leader, Hibatullah Akhundzada, has stepped up attacks": the man
            // named after a role closes the clause the role stands in; he is not the subject.
            if (u.Norm == "," && !coordinated && NamedRoleBefore(units, i) is var role and > 0)
            {
                i = role;
                continue;
            }
            // "Niger junta expels French troops, turns to Russia": a finite verb right after a comma, with no subject of
            // its own, is the clause's second verb; the object of the first is not its subject.
            // "The Palestinian Authority, led by Hamas's rival Fatah, condemned": an aside told by a participle is stepped
            // over; nobody named inside it is the subject.
            // ("Coalition-backed forces, led by Emirati special forces, drove AQAP out": when the aside leads men no name gives,
            // its leader acts, as in "forces led by the UAE".)
            if (u.Norm == "," && !coordinated && PreviousComma(units, i) is var ledAside and > 0 && LeaderOfUnnamedMen(units, ledAside) is var leader and >= 0)
                return (leader, "subject: who leads the men the clause opens with");
            if (u.Norm == "," && !coordinated && ParticipialAsideOpening(units, i) is var aside and > 0)
            {
                i = aside;
                continue;
            }
            // (Not a participle with its agent right after a name: "Yemeni troops, backed by Emirati forces," describes the
            // troops; "pushed back IS militants in several districts, helped by air strikes" is said of the clause.)
            if (u.Norm == "," && i + 1 == anchor && i > 0 && FiniteVerbForm(units[anchor].Norm)
                && !(anchor + 1 < units.Count && units[anchor + 1].Norm == "by" && (units[i - 1].IsMention || units[i - 1].Tail)))
                coordinated = secondVerb = true;
            if (u.Norm == "whom" && i >= 2 && units[i - 1].Norm == "of" && units[i - 2].Norm is "both" or "all" or "each"
                && i >= 4 && units[i - 3].Norm == "," && units[i - 4].IsMention)
                return (i - 4, "subject: the actors 'both of whom' refers to");
            if (ClauseEnds.Contains(u.Norm) || u.Norm == Dash)
                break;
            // "Cairo wants Hamas to police Sinai, where an Islamic State affiliate has killed soldiers": a clause of place has
            // its subject after "where"; when it names none we know, nobody before it is the subject.
            if (!coordinated && u.Norm == "where" && i + 2 < anchor)
                return (-1, "");
            // ("to fight al-Shabaab, which it blamed for kidnappings, and the force was later absorbed into AMISOM": so has a
            // clause after ", and" that opens on a noun phrase no name gives.)
            if (!coordinated && u.Norm == "and" && i >= 1 && units[i - 1].Norm == "," && i + 2 < anchor && units[i + 1].Norm is "the" or "a" or "an"
                && Enumerable.Range(i + 1, anchor - i - 1).All(k => !units[k].IsMention))
                return (-1, "");
            // ("..., officials of the rival KDP said.": a cue inside the report that closes the sentence is the speaker's phrase;
            // nobody before the report is its subject.)
            if (u.Norm == "," && anchor - i <= 5 && ClosingReport(units, i) && Enumerable.Range(i + 1, anchor - i - 1).All(k => !ClosingReportVerbs.Contains(units[k].Norm)))
                return (-1, "");
            // "The attack came days after clan militias, backed by the army, drove the militants out": a clause opened by
            // "after" or "because" in mid-sentence has its own subject; when it names none we know, the main clause's
            // subject is not it ("X, after weeks of clashes, drove Y out" opens a parenthesis instead).
            // Only a finite verb makes the clause ("after four days of fighting with X" is the subject's own fight; "has since
            // received" is an adverb).
            if (!coordinated && i > 0 && i + 1 < anchor && Subordinators.Contains(u.Norm) && units[i - 1].Norm != "," && !units[i - 1].IsMention
                && !Auxiliaries.Contains(units[i - 1].Norm) && !char.IsDigit(units[i + 1].Norm[0]) && PastVerb(units[anchor]))
                return (-1, "");
            // ("a tactic the group has refined since the offensive began in October with the backing of the coalition": so
            // is a phrase after such a clause's verb, whatever the cue's first word.)
            if (!coordinated && i > 0 && i + 1 < anchor && TimeClauseOpens(units, i))
                return (-1, "");
            // "Misrata's militias form the GNA's backbone, while Madkhali brigades fight for Haftar": a clause of contrast
            // has its own subject; when it names none we know, the main clause's subject is not it.
            if (!coordinated && i > 0 && i + 1 < anchor && u.Norm is "while" or "whereas" && units[i - 1].Norm == ","
                && !units[i + 1].Norm.EndsWith("ing", StringComparison.Ordinal))
                return (-1, "");
            // "Taliban fighters have overrun Sangin, officials said on Monday, after days of fighting with ...": a report
            // set off by commas is stepped over, words and all.
            if (u.Norm is "said" or "say" or "says" or "reported" or "added" && ParentheticalReport(units, i, anchor) is var reportStart and >= 0)
            {
                distance -= i - reportStart - 1;
                i = reportStart;
                continue;
            }
            // "a Yazidi militia that Ankara says is an extension of the PKK": the speaker inside a relative clause is not
            // the subject of what it says it is; the clause's head is. (What it says the head does may be the speaker's own
            // act: "strikes on Hodeidah, which it said targeted Houthi sites".)
            // ("which the U.S. military says is led by ...": past the speaker's article.)
            // ("villages that they say shelter militants": so is what it says the head does, when the head is no act.)
            if ((i + 1 == anchor || (i + 2 == anchor && units[i + 1].Norm is "had" or "has" or "have")) && u.Norm is "says" or "say" or "said" or "claims" or "claimed" or "believes" or "believe" or "alleges" or "insists"
                && i >= 2 && units[i - 1].IsMention && (units[i - 2].Norm == "the" && i >= 3 ? i - 3 : i - 2) is var speakerRelative
                && units[speakerRelative].Norm is "that" or "which" or "who" or "whom"
                && (Copulas.Contains(units[anchor].Norm) || (units[speakerRelative].Norm == "that" && !ActBeforeRelative(units, speakerRelative))
                    // ("blamed Iran, which he said (had) supplied the group": so is what it says a side named just before does.)
                    || (speakerRelative >= 2 && units[speakerRelative - 1].Norm == "," && units[speakerRelative - 2].IsMention)))
                return HeadOfRelative(units, speakerRelative) is var spokenOf and >= 0 ? (spokenOf, HeadOfRelativeNote) : (-1, "");
            // "Hezbollah said the strike killed two of its men": what is said has its own subject, after the
            // verb of saying; the speaker is not it ("claimed to have killed" is the speaker's own act).
            if (!coordinated && i + 1 < anchor && (u.Norm is "said" or "says" or "say" or "told" or "stated" or "added" or "saying" or "adding"
                || (u.Norm is "claimed" or "announced" or "reported" && units[i + 1].Norm == "that")) && units[i + 1].Norm != "to")
                break;
            // "The coalition, which has been fighting the Houthis since 2015, carried out strikes": the clause's head.
            // "Moqtada al-Sadr, whose militia fought US troops, has allied with ...": when the clause's head names no
            // actor we know, nothing inside the clause is the subject either.
            // ("ambushes by IS sleeper cells, which have targeted ...": past the name's own head noun.)
            // ("The junta of Captain X, which seized power, has recruited": the side the man's name owns.)
            if (u.Norm == "," && !coordinated && OpeningOfRelative(units, i) is var relative and >= 0 && NameBeforeTail(units, relative - 1) is var relativeHead)
                return !units[relativeHead].IsMention ? (-1, "")
                    : units[relativeHead].Person && units[relative + 1].Norm == "which" && SideOfMan(units, relativeHead) is var ownedSide and >= 0
                        ? (ownedSide, "subject: the actor before the relative clause")
                        : (relativeHead, "subject: the actor before the relative clause");
            // "AQAP regards the Houthis, who are Zaydis, as apostates and has claimed bombings against them": a verb joined
            // by "and" after a closed clause said of the first verb's object is the first verb's subject's; past the
            // clause and its head.
            if (u.Norm == "," && coordinated && OpeningOfRelative(units, i) is var closedRelative and > 0 && NameBeforeTail(units, closedRelative - 1) is var closedHead
                && units[closedHead].IsMention && (IsObjectOfVerb(units, closedHead) || ObjectOfPresentVerb(units, closedHead)))
            {
                distance -= i - closedRelative; // (the clause counts as no words)
                i = closedHead;
                continue;
            }
            if (u.Norm == "," && OpeningOfApposition(units, i) is var opening and >= 0)
            {
                i = opening; // "Jabhat al-Nusra, al Qaeda's Syrian wing, has fought": skip to the head
                continue;
            }
            // "Turkish troops pushed into Syria on Wednesday, a day after U.S. forces pulled back, in an offensive against the SDF":
            // a clause of time set off by commas is stepped over; nobody named inside it is the subject.
            if (u.Norm == "," && SubordinateAsideOpening(units, i) is var asideOpening and > 0)
            {
                i = asideOpening;
                continue;
            }
            // ("Abandoned by Trump, who ordered troops out, the SDF struck a deal, inviting ...": not a clause the main
            // clause's own subject has closed; that subject is the participle's.)
            // ("Ethiopia, whose troops serve in ATMIS, deployed forces after al-Shabaab fighters crossed the border and clashed with
            // police": verbs joined inside a clause opened by "after" share that clause's subject, found below.)
            if (coordinated && ParticiplesClauseOpener(units, i, anchor))
                break;
            if (RelativePronouns.Contains(u.Norm) && coordinated && SubjectAfterClosedClause(units, i, anchor) is var main and >= 0)
                return (main, "subject: the main clause's, after the relative clause before it");
            if (RelativePronouns.Contains(u.Norm) && HeadOfRelative(units, i) is var head and >= 0)
                return (head, HeadOfRelativeNote);
            if (!coordinated && AllyOfBeforeThat(units, i) is var ally and >= 0)
                return (ally, HeadOfRelativeNote);
            // "The assault on Ghweiran prison, which holds 3,500 IS members": a clause said of a thing no actor names has
            // no actor for its subject.
            if (!coordinated && u.Norm is "which" or "that" && i >= 2 && units[i - 1].Norm == "," && !units[i - 2].IsMention && !units[i - 2].Tail
                && char.IsLetter(units[i - 2].Norm[0]))
                return (-1, "");
            // ("to evacuate diplomats and Afghans who had worked with the coalition": so is a "who" clause right after people
            // no name gives.)
            if (!coordinated && u.Norm == "who" && i >= 1 && !units[i - 1].IsMention && !units[i - 1].Tail && char.IsLetter(units[i - 1].Norm[0])
                && units[i - 1].Norm is not ("and" or "or" or "but"))
                return (-1, "");
            // "vowed to retaliate for US air strikes that killed 25 of its fighters": a clause said of a side's strikes or
            // forces has that side for its subject, though a preposition governs the name.
            if (u.Norm == "that" && !coordinated && i > 1 && EventNouns.Contains(units[i - 1].Norm) && StrikerBefore(units, i - 1) is var striker and >= 0)
                return (striker, HeadOfRelativeNote);
            // "took the palace hours after Ghani fled, capping a lightning offensive that routed government forces": an act
            // no name owns, the object of a participle after a comma, is the participle's subject's, the main clause's.
            if (u.Norm == "that" && !coordinated && i > 1 && EventNouns.Contains(units[i - 1].Norm) && ParticipleOwningAct(units, i - 1) is var owning and >= 0)
                return MainSubjectBefore(units, owning) is var actOwner and >= 0 ? (actOwner, "subject: the main clause's, whose act the participle names") : (-1, "");
            // ("HTS attacked Zenki, a faction that had received U.S. support", read without the apposition's words: "Zenki, that had
            // received ...": so is one after a comma.)
            if (u.Norm == "that" && !coordinated && i > 0 && units[i - 1].Norm is Dash or "," && HeadOfRelative(units, i) is var dashed and >= 0)
                return (dashed, HeadOfRelativeNote);
            // "Ansarul Islam, a Burkinabe group that joined JNIM": "that" after the apposition's class noun opens a
            // clause said of what the apposition describes (a people's or state's name inside it is no subject).
            // So does one after a branch's or a group's people ("X, the al Qaeda affiliate that split from Y").
            if (u.Norm == "that" && !coordinated && i > 0 && (ClassNouns.Contains(units[i - 1].Norm) || BranchNouns.Contains(units[i - 1].Norm)
                || units[i - 1].Tail && ForceHeads.Contains(units[i - 1].Norm)) && AppositionHeadBefore(units, i) is var described and >= 0)
                return (described, HeadOfRelativeNote);
            if (u.Norm == "that" && !coordinated && OneOfSet(units, i) is var member and >= 0)
                return (member, "subject: the one of the set the clause describes");
            // ("hinted that a foreign power had helped them": a clause with a subject of its own that names no actor has none.)
            if (u.Norm == "that" && !coordinated && i + 2 < anchor && units[i + 1].Norm is "a" or "an"
                && Enumerable.Range(i + 1, anchor - i - 1).All(k => !units[k].IsMention))
                return (-1, "");
            if (u.Norm == "that" && !coordinated && MentionJustBefore(units, i) is var owner and >= 0)
                return (owner, "subject: the actor whose statement or release the 'that' clause follows");
            // "in retaliation for a drone attack that killed three soldiers": the clause is said of an act named inside
            // a prepositional phrase, whose author the sentence does not give; nobody before it is its subject.
            // ("Clan fighters have joined government forces in an offensive that pushed al-Shabaab out": the act is the
            // joiners'.)
            if (u.Norm is "that" or "which" && !coordinated && i >= 3 && PrepositionBeforeEvent(units, i) is var preposition and >= 0)
                return JoinedIn(units, preposition) is var joined and >= 0 && ResolveSubject(units, joined, maxGap) is { Unit: >= 0 } joiner
                    ? (joiner.Unit, "subject: who joined the act the clause tells of") : (-1, "");
            // ("is separate from the Afghan Taliban but is allied with them": so is "but".)
            if (u.Norm is "and" or "but" && i + 1 < units.Count && Auxiliaries.Contains(units[i + 1].Norm))
                coordinated = true;
            // "Kinshasa accused Rwanda of aggression and cut ties with Kigali": a past verb right after "and" is the clause's
            // second verb; the first verb's object is not its subject (not a passive with its agent: "and armed by Iran").
            // ("The Hadi government criticised the UAE and said ...", "calls the rebels terrorists and accuses them": so is a verb
            // of saying or accusing, past the first verb's named object.)
            if (u.Norm == "and" && i + 1 == anchor && i > 0 && units[i - 1].Norm != ","
                && (!units[i - 1].IsMention || (SaysOrAccuses(units[anchor]) && IsObjectOfVerb(units, i - 1)))
                && (PastVerb(units[anchor]) || SaysOrAccuses(units[anchor]) || units[anchor].Norm is "cut" or "broke" or "split")
                && !(anchor + 1 < units.Count && units[anchor + 1].Norm == "by") && VerbsObjectInClauseBefore(units, i))
                coordinated = secondVerb = true;
            // "troops remain to train and advise Afghan forces and conduct operations against ...": a bare verb joined by
            // "and" to an infinitive shares its subject; the object of the verbs before is not it.
            // ("sent soldiers to reinforce its posts and back the rebels": so does the cue's own verb right after "and".)
            if (u.Norm == "and" && i + 1 <= anchor && BareWord(units[i + 1]) && InfinitiveBefore(units, i))
                coordinated = true;
            // "have attacked the army and its Russian allies, and in September claimed an assault on ...": a past verb
            // after ", and" (and a time) opens a second verb phrase of the clause's subject; its object is not the subject.
            if (u.Norm == "and" && i > 0 && units[i - 1].Norm == "," && VerbAfterTime(units, i + 1, anchor))
                coordinated = true;
            // "sent fighters to help Zenki but later agreed to a truce with HTS": a past verb right after "but" has no
            // subject of its own; it is the clause's, not the first verb's object.
            // ("had withdrawn its troops but continues to back local forces": so does a verb of going on.)
            if (u.Norm == "but" && (VerbAfterTime(units, i + 1, anchor)
                || (i + 1 < anchor && units[i + 1].Norm is "continues" or "continue" or "remains" or "remain" or "maintains" or "maintain" or "keeps" or "still")))
                coordinated = true;
            if (coordinated)
                continue;
            // An object is the subject only when no actor stands before its verb: one further back in the clause
            // ("it carried out a strike near X on Sunday that killed 13 al-Shabab fighters, in support of ...") is,
            // though too far to be taken.
            if (distance > maxGap + 1)
            {
                if (afterSubordinator && objectFallback < 0)
                    break;
                // (Not the object of a first verb for a second one joined by "and": "whose own military rulers expelled French
                // forces earlier and formed a defence pact with Niger".)
                return objectFallback >= 0 && !SubjectFurtherBack(units, i) && !AndVerbBetween(units, objectFallback, anchor)
                    ? (objectFallback, ObjectAsSubject) : (-1, "");
            }
            // "US aircraft struck Taliban positions ... in support of Afghan forces": an object of a verb is the
            // subject only when no actor stands before that verb.
            // A possessor names the cue's own noun phrase ("targeted Hurras al-Din's allies"); a reference before
            // the verb ("The raid killed ISIS emirs behind the bombings ...") yields to the name after it; a pronoun
            // ("it carried out a strike that killed 13 al-Shabaab fighters, in support of ...", "its warplanes struck")
            // stands for the subject.
            // ("The coalition welcomed Saleh's offer and carried out strikes": a possessor in the object of a verb before
            // "and" is that object's, not the subject of the verb after it.)
            // ("AQAP regards the Houthis as apostates and has claimed bombings against them": so is a present verb's, for a
            // verb joined by "and".)
            // ("Coalition aircraft struck the group's hideouts in support of Iraqi forces": a possessor is the object's too when
            // words stand between what it owns and the cue.)
            // ("Iran, which supplied the missiles they fired at ...": "they", "he", "she" are never an object.)
            // ("The FSA was finished the day Nusra crushed the SRF": a name right after "the day" ("the moment", "the year") opens a
            // clause of its own, whose subject it is.)
            if (u.IsMention && !coordinated && (i >= 1 && units[i - 1].Norm == "the" ? i - 1 : i) is var opensAt && opensAt >= 2
                && TimeNounsOpeningClause.Contains(units[opensAt - 1].Norm) && units[opensAt - 2].Norm is "the" or "that" && IsSubjectCandidate(units, i))
                return (i, "subject: the name opening the clause a noun of time opens");
            if (u.IsMention && IsSubjectCandidate(units, i) && u.Norm is not ("they" or "he" or "she")
                && (IsObjectOfVerb(units, i) || (coordinated && ObjectOfPresentVerb(units, i)))
                && (!(i + 1 < units.Count && units[i + 1].Norm == "'s") || AndBetween(units, i + 2, anchor) || anchor > i + 2))
            {
                if (objectFallback < 0)
                    objectFallback = i;
                continue;
            }
            if (u.IsMention && BandOfMenDescribed(units, i) is var band and >= 0)
                return (band, "subject: the actor the apposition describes");
            // "Russian warplanes strike suspected Islamic State hideouts in support of the army": a name whose places are
            // named after it ("hideouts", "positions") is what is hit, never who acts.
            // ("launched strikes on camps of the ADF ..., in a joint operation with the army": so is one whose places are named
            // before it with "of".)
            if (u.IsMention && i + 2 < anchor && (NounOfNameAfter(units, i, HeldThings)
                || HeldPlacesBefore(units, i)))
                continue;
            // ("The junta of Captain Ibrahim Traore has recruited volunteers to fight": the side the man's name owns.)
            if (u.IsMention && u.Person && IsSubjectCandidate(units, i) && SideOwnedBy(units, i) is var ownedByMan and >= 0)
                return (ownedByMan, "subject: the side the man named after it owns");
            if (u.IsMention && IsSubjectCandidate(units, i))
                // ("11 strikes engaged five ISIL units and destroyed 20 positions in support of the SDF": not an object far
                // from the cue, past another verb of the reference's.)
                return (objectFallback >= 0 && u.Reference && u.Norm is not ("it" or "they" or "he" or "she" or "its" or "their" or "his" or "her")
                        && !(u.Norm is "strikes" or "airstrikes" or "raids" && (AndVerbBetween(units, objectFallback, anchor) || NounOfNameAfter(units, objectFallback, HitThings)))
                        ? objectFallback : i,
                    "subject: nearest actor before the cue");
            if (u.IsMention && IsAppositionHead(units, i, anchor))
                return (i, "subject: the actor the apposition describes");
        }
        if (objectFallback >= 0)
            return (objectFallback, ObjectAsSubject);
        if (!coordinated && !afterSubordinator)
            return (-1, "");
        // The clause the joined verbs share starts after a clause end, or after "X said (that)".
        // ("Instructors arrived, months after the junta ordered French forces out and ended ...": the clause opens after "after".)
        // ("The CSP, a coalition of armed groups that signed the deal, attacked ...": an apposition is stepped over whole; its
        // "that" opens no clause of the sentence's; so is an aside of time: "The SDF, after weeks of clashes with Turkey, attacked".)
        var clauseStart = PastApposition(units, anchor - 1);
        // ("stormed the city before dawn on Friday, battling ...": "before" or "after" a time is no clause.)
        // ("Hezbollah fired missiles, and Israel responded with strikes, killing three fighters": nor past ", and" with a name
        // and its verb, a clause of its own.)
        while (clauseStart > 0 && !ClauseEnds.Contains(units[clauseStart - 1].Norm) && !ParticiplesClauseOpener(units, clauseStart - 1, anchor)
               && !ClauseAfterCommaAnd(units, clauseStart, anchor) && !FrontedClauseEndsAt(units, clauseStart - 1)
               && (!ReportingWords.Contains(units[clauseStart - 1].Norm) || ParentheticalReport(units, clauseStart - 1, anchor) >= 0
                   // ("... and on Monday claimed an attack on ...": a verb of claiming with its object is the joined verb itself.)
                   // ("and has claimed several bombings against them": or a count of acts.)
                   || (units[clauseStart - 1].Norm is "claimed" or "announced" or "reported" && (units[clauseStart].Norm is "a" or "an" or "the" or "responsibility" or "its" or "their"
                       or "several" or "multiple" or "numerous" or "many" or "dozens" or "scores" or "hundreds" || Quantities.Contains(units[clauseStart].Norm)
                       // ("has claimed rocket fire on Israel, coordinating with ...": or acts named without an article.)
                       || IsWarActNoun(units[clauseStart].Norm) || units[clauseStart].Norm is "rocket" or "drone" or "missile" or "mortar" or "suicide"
                       || char.IsDigit(units[clauseStart].Norm[0])))))
            clauseStart = PastApposition(units, clauseStart - 1);
        // "The government said the SDF was illegitimate and demanded that US troops leave": a verb of demanding joined to
        // what a speaker says is the speaker's own, not the subject of the said clause.
        if (clauseStart >= 2 && units[clauseStart - 1].Norm is "said" or "says" or "stated" or "declared" && DemandingVerbs.Contains(units[anchor].Norm)
            && units[anchor - 1].Norm == "and" && ResolveSubject(units, clauseStart - 1, maxGap) is { Unit: >= 0 } sayer)
            return (sayer.Unit, JoinedVerbsSubject);
        // ("The three juntas have expelled French troops and turned to Russia": the first verb's object is not the subject.)
        // ("has declared Libya Dawn and Ansar al-Sharia terrorist groups and backs ...": nor is a name listed after it.)
        // ("Haftar's self-styled Libyan National Army began its offensive, advancing ...": nor a possessor of the name after it.)
        for (var i = clauseStart; i < anchor; i++)
            if (units[i].IsMention && IsSubjectCandidate(units, i) && !IsObjectOfVerb(units, i) && !ListedAfterObject(units, i) && !PossessorOfName(units, i)
                && !(secondVerb && i > 0 && !units[i - 1].IsMention && char.IsLower(units[i - 1].Norm[0]) && FiniteVerbForm(units[i - 1].Norm)
                    && !ParticipleAfterArticle(units, i - 1)))
                return (i, JoinedVerbsSubject);
        return (-1, "");
    }

    /// <summary>
    /// For the comma closing ", a day after U.S. forces pulled back," (", when ...", ", weeks before ..."): the opening
    /// comma, the aside opened by a subordinator after at most a count of time; else -1.
    /// </summary>
    private static int SubordinateAsideOpening(IReadOnlyList<Unit> units, int closing)
    {
        for (var j = closing - 1; j > 0 && closing - j <= 16; j--)
        {
            if (ClauseEnds.Contains(units[j].Norm) || units[j].Norm == Dash)
                return -1;
            if (units[j].Norm != ",")
                continue;
            var k = j + 1;
            while (k < closing && k <= j + 3 && SpanOfTime(units[k]))
                k++;
            return k + 1 < closing && Subordinators.Contains(units[k].Norm) && units[k].Norm is not ("if" or "unless") ? j : -1;
        }
        return -1;
    }

    /// <summary>A word of a span of time a clause is counted from: "a day", "two years", "shortly", "months", "48 hours".</summary>
    internal static bool SpanOfTime(Unit unit) =>
        unit.Norm is "a" or "an" or "one" or "two" or "three" or "four" or "five" or "six" or "seven" or "eight" or "nine" or "ten" or "several"
            or "few" or "just" or "only" or "shortly" or "soon" or "long" or "day" or "days" or "week" or "weeks" or "month" or "months" or "hour"
            or "hours" or "year" or "years" or "minutes" or "moments"
        || char.IsDigit(unit.Norm[0]);

    /// <summary>
    /// The opening comma of the apposition (or the aside of time, see <see cref="SubordinateAsideOpening"/>) the comma at
    /// <paramref name="at"/> closes; else <paramref name="at"/> itself.
    /// </summary>
    private static int PastApposition(IReadOnlyList<Unit> units, int at) =>
        at > 0 && units[at].Norm == "," && (OpeningOfApposition(units, at) is var opening and > 0 || (opening = SubordinateAsideOpening(units, at)) > 0)
            ? opening : at;

    /// <summary>", and" then a name and its finite verb at <paramref name="at"/>, before <paramref name="anchor"/>: a clause of its own.</summary>
    private static bool ClauseAfterCommaAnd(IReadOnlyList<Unit> units, int at, int anchor) =>
        at >= 2 && at + 1 < anchor && units[at - 1].Norm == "and" && units[at - 2].Norm == "," && units[at] is { IsMention: true, Reference: false }
        && (PastVerb(units[at + 1]) || units[at + 1].Norm is "has" or "have" or "had" or "is" or "are" or "was" or "were");

    /// <summary>
    /// True for a word opening a clause of its own inside a sentence ("after the militants crossed", "because", "while"),
    /// not "after" or "before" a time or a noun phrase ("after dawn", "before the vote,").
    /// </summary>
    private static bool ClauseOpener(IReadOnlyList<Unit> units, int at, int anchor) =>
        at + 1 < anchor && (units[at].Norm is "after" or "before" or "when" or "while" or "whereas" or "because" or "although" or "though" or "unless" or "if"
            // ("which began as rebels led by HTS swept into Damascus and toppled Assad": "as" before bare men opens a clause.)
            || (units[at].Norm == "as" && MenBeforeVerb.Contains(units[at + 1].Lead)))
        && !(units[at].Norm is "after" or "before" && (TimeAfter(units[at + 1]) || NounPhraseToComma(units, at + 1, anchor)));

    /// <summary>
    /// A clause opener at <paramref name="at"/> whose clause the verb at <paramref name="anchor"/> is in; not when that verb is a
    /// participle after a comma and the clause has a thing for its subject ("seized Ramadi after a sandstorm grounded coalition
    /// aircraft, routing government forces": the main clause's).
    /// </summary>
    private static bool ParticiplesClauseOpener(IReadOnlyList<Unit> units, int at, int anchor) =>
        ClauseOpener(units, at, anchor) && !(units[anchor - 1].Norm == "," && ThingOpensClause(units, at + 1));

    /// <summary>Whether the clause opening at <paramref name="at"/> has a thing no name gives for its subject ("a sandstorm", "the rains").</summary>
    private static bool ThingOpensClause(IReadOnlyList<Unit> units, int at) =>
        at + 1 < units.Count && units[at].Norm is "a" or "an" or "the" && units[at + 1] is { IsMention: false, Tail: false } noun
        && char.IsLetter(noun.Norm[0]) && !MenBeforeVerb.Contains(noun.Lead) && !(at + 2 < units.Count && units[at + 2].IsMention);

    /// <summary>
    /// The role noun of "to its leader, NAME" before the comma at <paramref name="comma"/>, when a person is named there
    /// as the object of a preposition; else -1.
    /// </summary>
    private static int NamedRoleBefore(IReadOnlyList<Unit> units, int comma)
    {
        if (comma < 4 || !units[comma - 1].IsMention && !units[comma - 1].Tail)
            return -1;
        var name = NameBeforeTail(units, comma - 1);
        return units[name] is { IsMention: true, Person: true } && name >= 4 && units[name - 1].Norm == "," && RoleNouns.Contains(units[name - 2].Norm)
            && units[name - 3].Norm is "its" or "their" or "his" && Prepositions.Contains(units[name - 4].Norm) ? name - 2 : -1;
    }

    /// <summary>
    /// The participle right after a comma whose object is the act at <paramref name="act"/> (", capping a lightning
    /// offensive"): at most three words of its own before the act's noun; -1 when there is none.
    /// </summary>
    private static int ParticipleOwningAct(IReadOnlyList<Unit> units, int act)
    {
        for (var j = act - 1; j >= 1 && j >= act - 4; j--)
        {
            if (units[j].IsMention || !char.IsLetter(units[j].Norm[0]))
                return -1;
            if (units[j - 1].Norm == "," && IsParticiple(units[j]))
                return j;
        }
        return -1;
    }

    /// <summary>True when the clause ending at the comma <paramref name="comma"/> tells an act of war by a verb or noun ("began operations", "launched a push").</summary>
    private static bool ClauseTellsAct(IReadOnlyList<Unit> units, int comma)
    {
        for (var k = comma - 1; k >= 0 && !ClauseEnds.Contains(units[k].Norm) && units[k].Norm != ","; k--)
            // ("entered Tikrit on Wednesday, the largest offensive yet against ...": a verb of an advance or an attack tells one too.)
            if (EventNouns.Contains(units[k].Norm) || units[k].Norm is "operations" or "offensives" or "push" or "campaign" or "launched" or "began" or "started" or "mounted"
                or "entered" or "stormed" or "pushed" or "advanced" or "attacked" or "struck" or "bombed" or "seized" or "captured" or "overran" or "swept")
                return true;
        return false;
    }

    /// <summary>The "by" a gerund at <paramref name="anchor"/> tells the means of ("by seizing", "by kidnapping X and seizing"), or -1.</summary>
    private static int MeansGerundBy(IReadOnlyList<Unit> units, int anchor)
    {
        if (anchor < 2 || units[anchor].IsMention || !units[anchor].Norm.EndsWith("ing", StringComparison.Ordinal))
            return -1;
        if (units[anchor - 1].Norm == "by")
            return anchor - 1;
        if (units[anchor - 1].Norm != "and")
            return -1;
        for (var k = anchor - 2; k >= 1 && anchor - k <= 8; k--)
        {
            if (units[k].Norm == "," || ClauseEnds.Contains(units[k].Norm))
                return -1;
            if (units[k].Norm == "by" && !units[k + 1].IsMention && units[k + 1].Norm.EndsWith("ing", StringComparison.Ordinal))
                return k;
        }
        return -1;
    }

    /// <summary>
    /// The subject of the clause a "by" at <paramref name="by"/> ends: its first name that could be a subject and is no
    /// verb's object nor inside a phrase a preposition opens (a fronted "For months," is stepped over), or the subject of
    /// words a verb of saying reports ("X said the group had started it by attacking ..."); -1 when none.
    /// </summary>
    private static int MainSubjectOverObjects(IReadOnlyList<Unit> units, int by)
    {
        var from = by - 1;
        while (from > 0 && !ClauseEnds.Contains(units[from - 1].Norm))
            from--;
        var doer = -1;
        // ("said the raid killed civilians, and its forces responded by firing on ...": or one opening a clause joined by ", and".)
        for (var k = from; k < by; k++)
            if (units[k].IsMention && IsSubjectCandidate(units, k) && (doer < 0 || ReportedBySaying(units, k) || (k >= 2 && units[k - 1].Norm == "and" && units[k - 2].Norm == ","))
                && !IsObjectOfVerb(units, k)
                && !(k > 0 && (IsPreposition(units[k - 1].Norm) || (k > 1 && units[k - 1].Norm is "the" or "a" or "an" && IsPreposition(units[k - 2].Norm)))))
                doer = k;
        return doer;
    }

    /// <summary>True when the name at <paramref name="k"/> opens words a verb of saying reports ("said the group", "claimed that it").</summary>
    private static bool ReportedBySaying(IReadOnlyList<Unit> units, int k)
    {
        var verb = k >= 2 && units[k - 1].Norm == "that" ? k - 2 : k - 1;
        return verb >= 0 && (MentionFinder.SayingVerbs.Contains(units[verb].Norm) || units[verb].Norm is "claimed" or "claims" or "alleged" or "insisted" or "argued");
    }

    /// <summary>
    /// ", the third day of an offensive", ", the second week of its campaign": the comma opening a phrase of time that names the
    /// act of war at <paramref name="anchor"/>, or -1.
    /// </summary>
    private static int DayOfActAfterComma(IReadOnlyList<Unit> units, int anchor)
    {
        var k = anchor - 1;
        if (k >= 0 && units[k].Norm is "a" or "an" or "the" or "its" or "their")
            k--;
        if (k < 4 || units[k].Norm != "of" || units[k - 1].Norm is not ("day" or "days" or "week" or "weeks" or "month" or "months" or "phase" or "stage"))
            return -1;
        k -= 2;
        // ("the third day", "the 10th day", "the first full week": an ordinal or a count, up to two words.)
        for (var words = 0; words < 2 && k >= 1 && units[k].Norm is not "the" && !units[k].IsMention; words++)
            k--;
        return k >= 1 && units[k].Norm == "the" && units[k - 1].Norm == "," ? k - 1 : -1;
    }

    /// <summary>
    /// The subject of the main clause before <paramref name="end"/>: its first name that could be a subject, before any
    /// subordinate clause ("hours after Ghani fled") opens; -1 when there is none.
    /// </summary>
    private static int MainSubjectBefore(IReadOnlyList<Unit> units, int end)
    {
        var from = end - 1;
        while (from > 0 && !ClauseEnds.Contains(units[from - 1].Norm))
            from--;
        for (var k = from; k < end; k++)
        {
            if (Subordinators.Contains(units[k].Norm) || units[k].Norm == ",")
                return -1;
            if (units[k].IsMention && IsSubjectCandidate(units, k))
                return k;
        }
        return -1;
    }

    /// <summary>
    /// "after a three-week siege, dealing a blow to ...": words from <paramref name="from"/> to the comma before
    /// <paramref name="anchor"/> that name a thing with no verb of their own ("after the army withdrew" has one).
    /// </summary>
    private static bool NounPhraseToComma(IReadOnlyList<Unit> units, int from, int anchor)
    {
        if (units[from].Norm is not ("a" or "an" or "the" or "its" or "their" or "his" or "her"))
            return false;
        for (var k = from + 1; k < anchor; k++)
        {
            var u = units[k];
            // (", after a series of kidnappings, and joined the AU force": or ", and" before the anchor.)
            if (u.Norm == ",")
                return k > from + 1 && (k + 1 == anchor || (k + 2 == anchor && units[k + 1].Norm == "and"));
            // (A possessive pronoun is part of the phrase: "after kidnappings on its territory".)
            if ((u.IsMention && !(u.Reference && u.Norm is "its" or "their")) || !char.IsLetterOrDigit(u.Norm[0]) || Auxiliaries.Contains(u.Norm) || Copulas.Contains(u.Norm)
                || IrregularPasts.Contains(u.Norm) || (!u.AfterHyphen && u.Norm.Length > 4 && u.Norm.EndsWith("ed", StringComparison.Ordinal)) || Subordinators.Contains(u.Norm))
                return false;
        }
        return false;
    }

    /// <summary>Whether the unit after "before" or "after" is a time ("dawn", "midnight", "Friday", "2014"), not a clause's opening.</summary>
    private static bool TimeAfter(Unit unit) =>
        !unit.IsMention && (TimeNouns.Contains(unit.Norm) || char.IsDigit(unit.Norm[0]) || DateResolver.IsMonthOrDay(unit.Norm));

    private static readonly HashSet<string> TimeNouns = ["dawn", "dusk", "midnight", "noon", "nightfall", "daybreak", "sunrise", "sunset", "daylight"];

    /// <summary>
    /// "the Khorasan Group, a cadre of veteran al Qaeda operatives embedded in Nusra": for a group's men counted as a band
    /// in an apposition, the name the apposition describes; else -1.
    /// </summary>
    private static int BandOfMenDescribed(IReadOnlyList<Unit> units, int name)
    {
        var after = name + 1;
        if (after >= units.Count || !MenNouns.Contains(units[after].Norm))
            return -1;
        var k = name - 1;
        while (k > 0 && !units[k].IsMention && char.IsLower(units[k].Norm[0]) && units[k].Norm != "of" && name - k <= 3)
            k--;
        if (k < 4 || units[k].Norm != "of" || !BandNouns.Contains(units[k - 1].Norm))
            return -1;
        // "a small network of ...": an adjective or two before the band's noun.
        var article = k - 2;
        while (article > 1 && k - article <= 3 && !units[article].IsMention && units[article].Norm is not ("a" or "an" or ","))
            article--;
        if (units[article].Norm is not ("a" or "an") || article < 2 || units[article - 1].Norm != ",")
            return -1;
        var described = NameBeforeTail(units, article - 2);
        return units[described].IsMention && !units[described].Reference ? described : -1;
    }

    private static readonly HashSet<string> MenNouns = ["operatives", "veterans", "members", "fighters", "militants", "commanders", "jihadists", "officers", "loyalists"];

    private static readonly HashSet<string> BandNouns = ["cadre", "group", "band", "network", "cell", "unit", "team", "circle", "core", "nucleus", "handful", "clique", "contingent"];

    /// <summary>
    /// For a closing dash or bracket after an inserted phrase, the index just before the phrase opens, when an
    /// actor stands right before it ("Jaish al-Fath – an alliance ... –", "the IRGC (Revolutionary Guards)"); else -1.
    /// </summary>
    private static int OpeningOf(IReadOnlyList<Unit> units, int closing)
    {
        var opener = units[closing].Norm == ")" ? "(" : Dash;
        for (var j = closing - 1; j > 0 && closing - j <= 25; j--)
        {
            if (ClauseEnds.Contains(units[j].Norm))
                return -1;
            if (units[j].Norm != opener)
                continue;
            // "IS militants – who ... –": the name before its own head noun.
            return units[NameBeforeTail(units, j - 1)].IsMention ? j : -1;
        }
        return -1;
    }

    /// <summary>"a US Central Command press release that claimed ...": an actor at most three words before "that".</summary>
    private static int MentionJustBefore(IReadOnlyList<Unit> units, int that)
    {
        for (var j = that - 1; j >= 0 && that - j <= 3; j--)
        {
            // ("the drone strike in Baghdad that killed ...": a name placed after "in" is where, not who.)
            if (units[j].IsMention)
                return units[j].Norm == Unit.MentionNorm && !(j == that - 1 && j > 0 && units[j - 1].Norm is "in" or "near" or "at") ? j : -1;
            if (!char.IsLower(units[j].Norm[0]))
                return -1;
        }
        return -1;
    }

    /// <summary>"Kataib Hezbollah is one of several militias that answer to ...": the one the set is said to include, or -1.</summary>
    private static int OneOfSet(IReadOnlyList<Unit> units, int pronoun)
    {
        for (var k = pronoun - 1; k >= 3 && pronoun - k <= 6; k--)
        {
            if ((units[k].IsMention && !units[k].Reference) || units[k].Norm is "," or ";" or ":" or Dash)
                break; // a description ("the militias") is the set, not a name
            if (units[k].Norm == "of" && units[k - 1].Norm == "one" && units[k - 2].Norm is "is" or "was" or "remains" or "remained" or "became" && units[k - 3].IsMention)
                return k - 3;
        }
        return -1;
    }

    /// <summary>
    /// The men a side is named after "from" with: "peacekeepers from Uganda and Burundi" for the name at
    /// <paramref name="name"/> (either of the list), when those men are a mention of their own; else -1.
    /// </summary>
    private static int MenFromListed(IReadOnlyList<Unit> units, int name)
    {
        var k = name - 1;
        while (k >= 1 && (units[k].Norm is "and" or "," || (units[k].IsMention && !units[k].Reference)))
            k--;
        return k >= 1 && units[k].Norm == "from" && units[k - 1] is { IsMention: true, Reference: false, Person: false }
            && units[k + 1].IsMention ? k - 1 : -1;
    }

    /// <summary>
    /// The actor a relative pronoun refers to: the name right before ", which" (past a bracket or a dash-enclosed
    /// insertion: "the alliance – led by Turkey – that is fighting"), or the name an apposition describes
    /// ("Abu Omar, an ISIS emir who changed sides"); -1 when neither.
    /// </summary>
    private static int HeadOfRelative(IReadOnlyList<Unit> units, int pronoun)
    {
        var j = pronoun - 1;
        // "the umbrella organization that includes Kataib Hezbollah and which is part of the security forces": a
        // relative clause joined to one before it by "and" has that clause's head.
        // ("which the US has not designated ... but which has close ties to al Qaeda": so is one joined by "but".)
        if (j >= 2 && units[j].Norm is "and" or "but" && units[pronoun].Norm is "which" or "who")
            for (var k = j - 1; k >= 0 && k >= j - 15 && !ClauseEnds.Contains(units[k].Norm); k--)
                if (!units[k].IsMention && units[k].Norm is "which" or "who" or "that")
                    // ("the umbrella organization that includes ...": "that" after an apposition's class noun is said of
                    // what the apposition describes.)
                    return HeadOfRelative(units, k) is var head and >= 0 ? head
                        : units[k].Norm == "that" && k > 0 && ClassNouns.Contains(units[k - 1].Norm) ? AppositionHeadBefore(units, k) : -1;
        // "the alliance – led by Turkey – that is fighting": the name before the insertion.
        if (j >= 0 && units[j].Norm is Dash or ")" && OpeningOf(units, j) is var open and >= 0)
            return open - 1;
        if (j >= 0 && units[j].Norm is "," or Dash)
        {
            j--;
            while (j >= 0 && units[j].Norm is ")")
                j--;
            // "Boko Haram's JAS faction, which has been fighting": a name with the kind of body it is after it.
            if (j >= 1 && !units[j].IsMention && units[j].Norm is "faction" or "wing" or "group" or "movement" or "militia" or "organisation"
                or "organization" && units[j - 1].IsMention && !units[j - 1].Reference)
                j--;
            // "Pakistan's army, which was accused of ...", "the Islamic State's local branch, which has bombed": the owner.
            if (j >= 2 && !units[j].IsMention && OwnForces.Contains(units[j].Norm))
                for (var k = j - 1; k >= 1 && k >= j - 3 && !units[k].IsMention; k--)
                    if (units[k].Norm == "'s")
                        return units[k - 1].IsMention ? k - 1 : -1; // "the Islamic State's local branch, which
            // "the federal government in Mogadishu, which has accused Kenya": past the place a name is in.
            if (j >= 2 && !units[j].IsMention && units[j - 1].Norm is "in" or "at" && units[j - 2] is { IsMention: true, Person: false })
                j -= 2;
            // "al-Mourabitoun, led by Mokhtar Belmokhtar, which claimed": "which" is never the person; it is the
            // group his clause describes ("The junta of Captain Ibrahim Traore, which seized power": nor the man whose side it is).
            if (j >= 0 && units[j].Person && units[pronoun].Norm == "which" && SideOfMan(units, j) is var side and >= 0)
                return side;
            // "Jaish al-Islam, the dominant group in the enclave, which is backed by ...": the name the apposition describes.
            // "ambushes by IS sleeper cells, which have targeted": a name with its own head noun after it.
            var head = j >= 0 ? NameBeforeTail(units, j) : -1;
            // ("its missile attacks on Saudi Arabia, which have also hit the UAE": a plural verb after a name that acts in the
            // plural were done against tells of the acts, not of the name.)
            if (head >= 2 && units[pronoun].Norm == "which" && pronoun + 1 < units.Count && units[pronoun + 1].Norm is "have" or "are" or "were"
                && units[head - 1].Norm is "on" or "against" && units[head - 2].Norm is { } acts && acts.EndsWith('s') && IsWarActNoun(acts))
                return -1;
            // ("African Union peacekeepers from Uganda and Burundi, who have been fighting": the men, not the lands they come from.)
            if (head >= 0 && MenFromListed(units, head) is var men and >= 0)
                return men;
            return head >= 0 && units[head].IsMention ? head : units[pronoun - 1].Norm == "," ? AppositionHeadBefore(units, pronoun - 1) : -1;
        }
        // "US jets killed al-Shabaab fighters who were attacking Somali troops": with no comma, the clause is said of
        // the name (and the words naming it) right before it.
        var named = NameBeforeTail(units, j);
        // "al-Sahrawi, a former commander of al-Mourabitoun who pledged allegiance to Baghdadi": "who" after a role's
        // group is said of the role's holder, whom the apposition describes.
        if (named >= 2 && units[pronoun].Norm == "who" && units[named].IsMention && !units[named].Person && RoleOfBefore(units, named))
            return AppositionHeadBefore(units, pronoun);
        // "Hurras al-Din, the al Qaeda loyalists who broke away": a name with its own head noun inside an apposition
        // only says whose the people are; the clause is said of whom the apposition describes.
        if (named >= 2 && named < pronoun - 1 && units[named].IsMention && units[named - 1].Norm is "the" or "a" or "an" && units[named - 2].Norm == ","
            && AppositionHeadBefore(units, pronoun) is var described and >= 0)
            return described;
        if (named >= 0 && units[named].IsMention && !units[named].Reference && RelativePronouns.Contains(units[pronoun].Norm))
            return named;
        if (AllyOfBeforeThat(units, pronoun) is var tied and >= 0)
            return tied;
        if (OneOfSet(units, pronoun) is var member and >= 0)
            return member;
        // "X, one more jihadist brigade in the north which ...": the apposition's subject.
        return AppositionHeadBefore(units, pronoun);
    }

    /// <summary>
    /// "China, a close ally of Pakistan that also has ties to Iran": for a "that" right after "an ally (a rival, a backer,
    /// an offshoot ...) of X" in an apposition, the name the apposition describes (the ally), of whom the clause is said; else -1.
    /// </summary>
    private static int AllyOfBeforeThat(IReadOnlyList<Unit> units, int that)
    {
        if (that < 3 || units[that].Norm != "that" || !units[that - 1].IsMention)
            return -1;
        var of = units[that - 2].Norm == "the" ? that - 3 : that - 2;
        return of >= 1 && units[of].Norm == "of" && (units[of - 1].Norm is "ally" or "partner" or "backer" or "patron" or "rival" or "enemy" or "foe" or "sponsor"
                || BranchNouns.Contains(units[of - 1].Norm) || units[of - 1].Norm is "spinoff" or "spin-off" or "remnant" or "successor" or "outgrowth")
            ? AppositionHeadBefore(units, that) : -1;
    }

    /// <summary>Nouns after which "armed" describes ("armed groups", "armed struggle") rather than tells who armed whom.</summary>
    private static readonly HashSet<string> ArmedNouns =
        ["group", "groups", "men", "man", "forces", "force", "wing", "wings", "faction", "factions", "militia", "militias", "opposition", "struggle",
         "conflict", "resistance", "clashes", "gang", "gangs", "movement", "movements", "rebellion", "insurgency", "units", "bands", "personnel",
         "gunmen", "fighters", "civilians", "robbers", "drones", "escort", "escorts", "attack", "attacks", "violence"];

    /// <summary>True when a role noun and "of" stand right before the name at <paramref name="name"/> ("a former commander of X").</summary>
    private static bool RoleOfBefore(IReadOnlyList<Unit> units, int name)
    {
        var of = name - 1;
        if (of >= 1 && units[of].Norm == "the")
            of--;
        return of >= 1 && units[of].Norm == "of" && RoleNouns.Contains(units[of - 1].Norm);
    }

    /// <summary>
    /// The actor an indefinite or definite apposition ending at <paramref name="at"/> describes ("X, a Burkinabe group"
    /// gives X), within ten units and no clause break; else -1.
    /// </summary>
    private static int AppositionHeadBefore(IReadOnlyList<Unit> units, int at)
    {
        for (var k = at - 1; k > 0 && at - k <= 10; k--)
        {
            if (units[k].Norm is ";" or ":" or Dash)
                return -1;
            if (units[k].Norm != ",")
                continue;
            // (", his former enemies, who ...": a possessive opens one too.)
            // ("The Popular Mobilization Forces (PMF), the umbrella organization that ...": past an acronym in brackets.)
            var head = units[k - 1].Norm == ")" && OpeningOf(units, k - 1) is var open and > 0 ? open - 1 : k - 1;
            // ("..., the umbrella organization that ...": so does a description the dictionary reads as a reference.)
            return k + 1 < at && (units[k + 1].Norm is "a" or "an" or "the" or "another" or "his" or "her" or "its" or "their"
                || units[k + 1] is { IsMention: true, Reference: true, Lead: "a" or "an" or "the" }) && units[head].IsMention ? head : -1;
        }
        return -1;
    }

    /// <summary>
    /// A name followed by one of <paramref name="nouns"/>, past one lower-case modifier: "Islamic State hideouts" (a place
    /// it holds), "ISIL tactical units" (what strikes hit of it).
    /// </summary>
    private static bool NounOfNameAfter(IReadOnlyList<Unit> units, int name, HashSet<string> nouns)
    {
        var k = name + 1;
        if (k + 1 < units.Count && !units[k].IsMention && char.IsLower(units[k].Norm[0]) && !nouns.Contains(units[k].Norm))
            k++;
        return k < units.Count && nouns.Contains(units[k].Norm);
    }

    /// <summary>Whether places a side holds stand before the name at <paramref name="name"/> with "of", after a preposition of an act ("on camps of the ADF").</summary>
    private static bool HeldPlacesBefore(IReadOnlyList<Unit> units, int name)
    {
        var of = name >= 1 && units[name - 1].Norm == "the" ? name - 2 : name - 1;
        return of >= 2 && units[of].Norm == "of" && HeldThings.Contains(units[of - 1].Norm) && units[of - 2].Norm is "on" or "against" or "at";
    }

    /// <summary>Nouns of help a side gives ("support", "funding"), which a name right before names the helper of.</summary>
    internal static readonly HashSet<string> HelpNouns = ["support", "backing", "aid", "assistance", "funding", "help", "training", "weapons", "arms"];

    private static readonly HashSet<string> HeldThings =
        ["positions", "position", "targets", "hideouts", "hideout", "bases", "depots", "camps", "headquarters", "strongholds", "tunnels", "launchers", "compounds"];

    private static readonly HashSet<string> HitThings =
        ["positions", "position", "targets", "bases", "base", "vehicles", "vehicle", "depots", "camps", "headquarters", "units", "unit",
         "convoy", "convoys", "strongholds", "weapons", "fighters", "hideouts", "compound", "tunnels", "launchers"];

    /// <summary>
    /// True when "and" and a past verb stand between <paramref name="from"/> and <paramref name="to"/>, or "and" right
    /// before a verb of saying or accusing at <paramref name="to"/>.
    /// </summary>
    private static bool AndVerbBetween(IReadOnlyList<Unit> units, int from, int to)
    {
        for (var k = from + 1; k + 1 < to; k++)
            if (units[k].Norm == "and" && PastVerb(units[k + 1]))
                return true;
        // ("The minister criticised the UAE and said ...", "calls the rebels terrorists and accuses them": the clause's second verb.)
        return to - 1 > from && to < units.Count && units[to - 1].Norm == "and" && SaysOrAccuses(units[to]);
    }

    /// <summary>A verb of saying or accusing ("said", "accuses"): right after "and", the clause's second verb.</summary>
    private static bool SaysOrAccuses(Unit unit) => MentionFinder.SayingVerbs.Contains(unit.Norm) || AccusingVerbs.Contains(unit.Norm);

    /// <summary>Verbs of charging or condemning a side ("accuses Kenya of ...", "blamed the attack on ...").</summary>
    internal static readonly HashSet<string> AccusingVerbs =
        ["accused", "accuses", "accusing", "blamed", "blames", "blaming", "condemned", "condemns", "denounced", "denounces", "charged", "charges"];

    /// <summary>
    /// The accused of "accuse X of ...ing" before <paramref name="at"/> in its clause ("accuse Riyadh of helping AQAP by ..."),
    /// or -1.
    /// </summary>
    private static int AccusedOfActBefore(IReadOnlyList<Unit> units, int at)
    {
        for (var k = at - 1; k >= 2 && k >= at - 10 && units[k].Norm is not ("," or ";" or ":"); k--)
            if (units[k].Norm == "of" && k + 1 < at && units[k + 1].Norm.EndsWith("ing", StringComparison.Ordinal)
                && units[k - 1].IsMention && (AccusingVerbs.Contains(units[k - 2].Norm) || units[k - 2].Norm is "accuse" or "blame"))
                return k - 1;
        return -1;
    }

    /// <summary>Whether a name some verb takes as its object stands before <paramref name="at"/> in its clause (within twelve units).</summary>
    private static bool VerbsObjectInClauseBefore(IReadOnlyList<Unit> units, int at)
    {
        for (var k = at - 1; k >= 0 && at - k <= 12 && !ClauseEnds.Contains(units[k].Norm) && units[k].Norm != ","; k--)
            if (units[k].IsMention && (IsObjectOfVerb(units, k) || ObjectOfPresentVerb(units, k)))
                return true;
        return false;
    }

    private static bool SubjectFurtherBack(IReadOnlyList<Unit> units, int from)
    {
        for (var k = from; k >= 0 && from - k <= 12 && !ClauseEnds.Contains(units[k].Norm) && units[k].Norm != Dash; k--)
            if (units[k].IsMention && IsSubjectCandidate(units, k) && !IsObjectOfVerb(units, k))
                return true;
        return false;
    }

    private static readonly HashSet<string> KindNouns = ["group", "militia", "movement", "organization", "organisation", "network", "outfit"];

    /// <summary>
    /// For a name inside ", a/an ... NAME group" right after another name: that other name (what the apposition
    /// describes); else -1.
    /// </summary>
    private static int KindInApposition(IReadOnlyList<Unit> units, int at)
    {
        // ("Hezbollah, a pro-Iranian militia": the side it is "pro" names another.)
        if (!units[at].IsMention || units[at].Reference || at + 1 >= units.Count || !units[at + 1].Tail || !KindNouns.Contains(units[at + 1].Norm)
            || AfterPro(units, at))
            return -1;
        var k = at - 1;
        // Modifiers between the article and the name: "an al Qaeda-linked", "a small Pakistani".
        while (k >= 0 && k > at - 6 && units[k].Norm is not ("a" or "an" or "," or "the") && !ClauseEnds.Contains(units[k].Norm))
            k--;
        return k >= 2 && units[k].Norm is "a" or "an" && units[k - 1].Norm == "," && units[k - 2].IsMention && !units[k - 2].Reference ? k - 2 : -1;
    }

    /// <summary>Participles of movement that describe men when they stand before them ("advancing fighters").</summary>
    private static readonly HashSet<string> MovingParticiples =
        ["advancing", "retreating", "fleeing", "invading", "approaching", "marauding", "rampaging", "withdrawing", "encroaching", "oncoming"];

    /// <summary>Whether the words from <paramref name="at"/> (past two modifiers at most) name a side's own men or wing.</summary>
    private static bool OwnedMen(IReadOnlyList<Unit> units, int at)
    {
        for (var k = at; k < units.Count && k <= at + 2 && !units[k].IsMention && char.IsLower(units[k].Norm[0]); k++)
            if (OwnForces.Contains(units[k].Norm) || ForceHeads.Contains(units[k].Norm))
                return true;
        return false;
    }

    private static readonly HashSet<string> OwnForces =
        ["army", "military", "government", "forces", "troops", "police", "navy", "air", "intelligence", "regime", "junta", "branch", "affiliate", "wing", "offshoot"];

    /// <summary>
    /// The side a man before "which" stands in: the group "led by" ("loyal to") him, else the one his name is "of" ("the junta of
    /// Captain X"); else -1. "Which" is never the man.
    /// </summary>
    private static int SideOfMan(IReadOnlyList<Unit> units, int person) =>
        LedGroupBefore(units, person) is var led and >= 0 ? led : SideOwnedBy(units, person);

    /// <summary>For a person after "(, )led by ..." or "loyal to" the group before those words; else -1.</summary>
    private static int LedGroupBefore(IReadOnlyList<Unit> units, int person)
    {
        // ("The junta led by Captain X, which ...": the group may open the sentence.)
        for (var k = person - 1; k >= 2 && person - k <= 8; k--)
            if (units[k].Norm == "by" && units[k - 1].Norm is "led" or "headed" or "founded" or "commanded" or "run")
                return k >= 3 && units[k - 2].Norm == "," && units[k - 3].IsMention && !units[k - 3].Person ? k - 3 : OwnerBefore(k - 2);
            // ("an Islamic State faction loyal to Baghdadi, which broke away": so is a group loyal to him.)
            else if (units[k].Norm == "to" && units[k - 1].Norm == "loyal")
                return OwnerBefore(k - 2);
        return -1;
        // "a faction led by X", "an IS faction loyal to X": the group named right before, past its own head noun.
        int OwnerBefore(int at) => NameBeforeTail(units, at) is var named and >= 0 && units[named].IsMention && !units[named].Person ? named : -1;
    }

    /// <summary>True when a verb in "-ing" follows the name at <paramref name="name"/>, past the words that end the name.</summary>
    private static bool GerundAfter(IReadOnlyList<Unit> units, int name)
    {
        var k = name + 1;
        while (k < units.Count && units[k].Tail)
            k++;
        return k < units.Count && !units[k].IsMention && units[k].Norm.Length > 4 && units[k].Norm.EndsWith("ing", StringComparison.Ordinal)
            && !NotParticiples.Contains(units[k].Norm);
    }

    private static readonly HashSet<string> NotParticiples =
        ["king", "thing", "something", "nothing", "anything", "everything", "morning", "evening", "spring", "during", "bring", "string",
         "ring", "wing", "building", "including", "according", "following", "regarding", "concerning"];

    /// <summary>
    /// For an act's noun at <paramref name="anchor"/> right after "of" or "for" (past an article, a year, "last"): "of an
    /// attack", "for the 2012 attack"; the unit after "of" (or "for"), else -1.
    /// </summary>
    private static int ChargedActNoun(IReadOnlyList<Unit> units, int anchor)
    {
        if (units[anchor].IsMention || !EventNouns.Contains(units[anchor].Norm))
            return -1;
        var k = anchor - 1;
        while (k > anchor - 4 && k >= 1 && !units[k].IsMention && (units[k].Norm is "the" or "a" or "an" or "last" || char.IsDigit(units[k].Norm[0])))
            k--;
        return k >= 2 && units[k].Norm is "of" or "for" && units[k - 1].Norm != "and" ? k + 1 : -1;
    }

    /// <summary>The "by" right before the name at <paramref name="name"/>, past its article ("backed by the UAE"); else -1.</summary>
    internal static int ByBefore(IReadOnlyList<Unit> units, int name)
    {
        var by = name - 1;
        if (by >= 0 && units[by].Norm == "the")
            by--;
        return by >= 0 && units[by].Norm == "by" ? by : -1;
    }

    /// <summary>
    /// For an agent named after "by" at <paramref name="agent"/>, the last unit of what its participle describes: "forces
    /// backed by the UAE" (no comma), "AQAP, regarded by Washington as" (past the comma); else -1.
    /// </summary>
    private static int ParticipleHead(IReadOnlyList<Unit> units, int agent)
    {
        if (ByBeforeNamed(units, agent) is var by and >= 2 && BackedBy.Contains(units[by - 1].Norm)
            && !units[by - 1].IsMention && (units[by - 2].IsMention || units[by - 2].Tail || ForceHeads.Contains(units[by - 2].Norm)))
            return by - 2;
        if (ByBefore(units, agent) is var seenBy and >= 3 && SeenBy.Contains(units[seenBy - 1].Norm))
        {
            if (units[seenBy - 2].Norm == "," && units[seenBy - 3].IsMention)
                return seenBy - 3;
            // ("AQAP has long been regarded by Washington as al-Qaeda's most dangerous branch": the subject of the passive,
            // past its auxiliaries and an adverb.)
            var k = seenBy - 2;
            var auxiliaries = 0;
            while (k >= 1 && !units[k].IsMention && (units[k].Norm is "is" or "are" or "was" or "were" or "been" or "has" or "have" or "had" or "being"
                || IsAsideAdverb(units[k]) || units[k].Norm is "also" or "still" or "widely" or "often"))
            {
                auxiliaries += units[k].Norm is "is" or "are" or "was" or "were" or "been" ? 1 : 0;
                k--;
            }
            // ("The Sinjar Resistance Units, formed in 2014 to protect Yazidis, are regarded by Ankara as": past an apposition.)
            if (auxiliaries > 0 && k >= 2 && units[k].Norm == "," && OpeningOfApposition(units, k) is var opening and > 0)
                for (k = opening - 1; k > 0 && units[k].Tail; k--) { }
            return auxiliaries > 0 && k >= 0 && units[k] is { IsMention: true } ? k : -1;
        }
        return -1;
    }

    /// <summary>
    /// The "by" before a name given to men a few words before it ("by local clan militias known as Macawisley"), else
    /// the "by" right before the name (<see cref="ByBefore"/>), else -1.
    /// </summary>
    private static int ByBeforeNamed(IReadOnlyList<Unit> units, int name)
    {
        var k = name - 1;
        if (k >= 1 && units[k].Norm == "as" && units[k - 1].Norm == "known")
            k -= 2;
        else if (k >= 0 && units[k].Norm is "called" or "named" or "dubbed")
            k--;
        else
            return ByBefore(units, name);
        for (var steps = 0; k >= 0 && steps < 4 && !units[k].IsMention && char.IsLower(units[k].Norm[0]) && units[k].Norm != "by"; steps++)
            k--;
        return k >= 0 && units[k].Norm == "by" ? k : -1;
    }

    /// <summary>
    /// The agent of a participle ("backed by Iran", "armed by the UAE") right after the name at <paramref name="name"/> and
    /// its own words, or the side a word of loyalty there ties it to ("loyal to former President Saleh"); else -1.
    /// </summary>
    private static int AgentParticipleAfter(IReadOnlyList<Unit> units, int name)
    {
        var k = name + 1;
        while (k < units.Count && units[k].Tail)
            k++;
        if (k + 2 < units.Count && !units[k].IsMention && units[k].Norm is "loyal" or "subordinate" or "answerable" or "beholden" && units[k + 1].Norm == "to")
        {
            var side = k + 2;
            while (side < units.Count && side < k + 5 && !units[side].IsMention && char.IsLower(units[side].Norm[0]))
                side++;
            return side < units.Count && units[side].IsMention ? side : -1;
        }
        if (k + 2 >= units.Count || units[k].IsMention || units[k].Norm is not { Length: > 4 } participle
            || !participle.EndsWith("ed", StringComparison.Ordinal) || units[k + 1].Norm != "by")
            return -1;
        var agent = units[k + 2].Norm == "the" ? k + 3 : k + 2;
        return agent < units.Count && units[agent].IsMention ? agent : -1;
    }

    /// <summary>True when the name at <paramref name="i"/> owns a name after it, past up to two modifiers ("Haftar's self-styled LNA").</summary>
    private static bool PossessorOfName(IReadOnlyList<Unit> units, int i)
    {
        if (i + 2 >= units.Count || units[i + 1].Norm != "'s")
            return false;
        // (Modifiers only, tails and hyphened words: "Niger's junta ordered French forces out" owns no name.)
        for (var k = i + 2; k < units.Count && k <= i + 4; k++)
            if (units[k] is { IsMention: true, Reference: false })
                return true;
            else if (units[k].IsMention || !(units[k].Tail || units[k].AfterHyphen || (k + 1 < units.Count && units[k + 1].AfterHyphen)))
                return false;
        return false;
    }

    /// <summary>Where "over the weekend", "last week", "overnight", "late on Sunday" starting at <paramref name="at"/> ends; else -1.</summary>
    private static int RelativeTimeEnd(IReadOnlyList<Unit> units, int at)
    {
        if (at + 2 < units.Count && units[at].Norm is "over" or "at" && units[at + 1].Norm == "the" && units[at + 2].Norm is "weekend" or "week" or "weekends")
            return at + 3;
        if (at + 1 < units.Count && units[at].Norm is "last" or "this" && units[at + 1].Norm is "week" or "weekend" or "month" or "night" or "year" or "morning")
            return at + 2;
        if (at < units.Count && units[at].Norm is "overnight" or "yesterday" or "today")
            return at + 1;
        var day = at < units.Count && units[at].Norm is "late" or "early" ? at + 1 : at;
        if (day + 1 < units.Count && units[day].Norm == "on" && IsDateUnit(units, day))
        {
            var end = day + 1;
            while (end < units.Count && IsDateUnit(units, end))
                end++;
            return end;
        }
        return -1;
    }

    /// <summary>The first unit at or after <paramref name="from"/> that is no part of a date ("on Tuesday", "since December").</summary>
    internal static int PastDateUnits(IReadOnlyList<Unit> units, int from)
    {
        while (from < units.Count && IsDateUnit(units, from))
            from++;
        return from;
    }

    /// <summary>A word of a date phrase: "on" before a month or weekday, the name itself, a day or year beside a month's name.</summary>
    private static bool IsDateUnit(IReadOnlyList<Unit> units, int i)
    {
        static bool Named(IReadOnlyList<Unit> units, int j) =>
            j >= 0 && j < units.Count && !units[j].IsMention && units[j].Norm != "may" && DateResolver.IsMonthOrDay(units[j].Norm);
        var norm = units[i].Norm;
        return !units[i].IsMention && (norm == "on" ? Named(units, i + 1)
            : Named(units, i) || (norm.Length <= 4 && norm.All(char.IsDigit) && (Named(units, i - 1) || Named(units, i + 1))));
    }

    /// <summary>"culminating", "killing": a present participle opening a phrase after a comma.</summary>
    private static bool IsParticiple(Unit unit) =>
        !unit.IsMention && unit.Norm.Length > 5 && unit.Norm.EndsWith("ing", StringComparison.Ordinal) && !NotParticiples.Contains(unit.Norm);

    /// <summary>"X, which has ...", "X, which is ...": the verb of the relative clause after the name at <paramref name="name"/> is singular.</summary>
    private static bool SingularAfterRelative(IReadOnlyList<Unit> units, int name)
    {
        var k = EndOfTail(units, NameBeforeTail(units, name)) + 1;
        if (k + 2 >= units.Count || units[k].Norm != "," || units[k + 1].Norm is not ("which" or "who" or "that"))
            return false;
        var verb = units[k + 2].Norm is "also" or "still" or "long" or "now" && k + 3 < units.Count ? units[k + 3].Norm : units[k + 2].Norm;
        return verb is "has" or "is" or "was" or "remains" or "maintains" or "keeps" or "holds" or "operates" or "includes" or "comprises"
            or "groups" or "counts" or "brings" or "consists" or "contains";
    }

    /// <summary>The last unit of the name at <paramref name="name"/> with its tail ("the Ras Kamboni brigade"): past its tail's words.</summary>
    private static int EndOfTail(IReadOnlyList<Unit> units, int name)
    {
        var k = name;
        while (k + 1 < units.Count && units[k + 1].Tail)
            k++;
        return k;
    }

    /// <summary>True for a pattern that opens on a name and ", which" (", that"): the relative clause is the pattern.</summary>
    private static bool OpensRelativeClause(IReadOnlyList<CuePattern.Element> elements) =>
        elements.Count > 2 && elements[1] is CuePattern.Words { Optional: false, Alternatives: [[","]] }
        && elements[2] is CuePattern.Words { Alternatives: var relatives } && relatives.Any(a => a is ["which"] or ["that"]);

    /// <summary>The comma before the one at <paramref name="comma"/> within fifteen units and no clause end, or -1.</summary>
    private static int PreviousComma(IReadOnlyList<Unit> units, int comma)
    {
        for (var k = comma - 1; k > 0 && comma - k <= 15 && !ClauseEnds.Contains(units[k].Norm); k--)
            if (units[k].Norm == ",")
                return k;
        return -1;
    }

    /// <summary>The name after "led by" in the aside opened at the comma <paramref name="opening"/>, when men no name gives stand before it; else -1.</summary>
    private static int LeaderOfUnnamedMen(IReadOnlyList<Unit> units, int opening)
    {
        if (opening < 1 || opening + 3 >= units.Count || units[opening - 1].IsMention || units[opening - 1].Tail
            || units[opening - 1].Norm is not ("forces" or "troops" or "fighters" or "units" or "militias" or "soldiers")
            || units[opening + 1].Norm is not ("led" or "commanded" or "spearheaded" or "headed") || units[opening + 2].Norm != "by")
            return -1;
        var name = opening + 3;
        while (name < units.Count && units[name].Norm is "the" or "a" or "an")
            name++;
        return name < units.Count && units[name] is { IsMention: true, Reference: false } ? name : -1;
    }

    /// <summary>
    /// For the comma that closes ", led by Hamas's rival Fatah," (a past participle of leading or backing opening it, no
    /// other comma inside, at most ten units), the comma that opens it; else -1.
    /// </summary>
    private static int ParticipialAsideOpening(IReadOnlyList<Unit> units, int closing)
    {
        for (var k = closing - 1; k > 0 && closing - k <= 20; k--)
        {
            // ("The task force, made up of troops from Nigeria, Chad and Niger, said ...": a list of names inside it.)
            var listed = units[k - 1].IsMention && k + 1 < closing && units[k + 1].IsMention;
            if (ClauseEnds.Contains(units[k].Norm) || units[k].Norm is "which" or "who" or "that" || (units[k].Norm == "and" && !listed))
                return -1;
            if (units[k].Norm != ",")
                continue;
            // ("Pakistan, long accused of sheltering the Taliban, now accuses ...": an adverb first; a charge after "of".)
            var p = k + 1 < closing && IsAsideAdverb(units[k + 1]) ? k + 2 : k + 1;
            var aside = p + 1 < closing && !units[p].IsMention
                && ((AsideParticiples.Contains(units[p].Norm) && units[p + 1].Norm == "by")
                    || (units[p].Norm is "accused" or "suspected" or "blamed" or "criticised" or "criticized" && units[p + 1].Norm is "of" or "for" or "by")
                    // ("The House of Representatives, meeting in Tobruk, branded ...": where the subject sits.)
                    || (units[p].Norm is "meeting" or "based" or "sitting" or "headquartered" or "seated" or "operating" && units[p + 1].Norm is "in" or "at" or "out")
                    // ("The operation, launched last June after militants stormed the airport, targeted ...": when the subject
                    // began, or was formed.)
                    || (units[p].Norm is "launched" or "begun" or "started" or "formed" or "founded" or "created" or "established"
                        && (units[p + 1].Norm is "in" or "on" or "last" or "after" or "earlier" or "late" or "early" or "this" or "since"
                            || char.IsDigit(units[p + 1].Norm[0])))
                    || MadeOf(units, p));
            if (aside)
                return k;
            if (!listed || (closing - k > 12 && !MadeOfBefore(units, k)))
                return -1;
        }
        return -1;
    }

    /// <summary>"made up of", "composed of", "comprising", "drawn from" at <paramref name="p"/>: what a force is made of.</summary>
    private static bool MadeOf(IReadOnlyList<Unit> units, int p) =>
        units[p].Norm is "comprising" or "comprised"
        || (p + 1 < units.Count && ((units[p].Norm == "made" && units[p + 1].Norm == "up")
            || (units[p].Norm is "composed" or "consisting" or "drawn" && units[p + 1].Norm is "of" or "from")));

    /// <summary>Whether "made up of" (see <see cref="MadeOf"/>) stands within the dozen units before <paramref name="k"/>.</summary>
    private static bool MadeOfBefore(IReadOnlyList<Unit> units, int k)
    {
        for (var j = k - 1; j >= 0 && k - j <= 12; j--)
            if (MadeOf(units, j))
                return true;
        return false;
    }

    /// <summary>An adverb that may open a participial aside: "long (widely, repeatedly) accused of".</summary>
    internal static bool IsAsideAdverb(Unit unit) => unit.Norm == "long" || IsAdverb(unit);

    private static readonly HashSet<string> AsideParticiples =
        ["led", "headed", "backed", "supported", "commanded", "founded", "run", "dominated", "controlled", "sponsored", "funded", "armed", "trained"];

    /// <summary>", formerly known as Jabhat al-Nusra,", ", known by its Arabic initials JNIM,": the other name an actor goes by.</summary>
    private static bool KnownAs(IReadOnlyList<Unit> units, int known, int closing) =>
        known + 1 < closing && ((units[known].Norm is "known" or "called" or "named" && units[known + 1].Norm == "as")
            || (units[known].Norm == "known" && units[known + 1].Norm == "by"));

    /// <summary>The name a dash-enclosed insertion opens with ("– the Iran-trained Badr Organization –"), or -1.</summary>
    private static int NamedInside(IReadOnlyList<Unit> units, int open, int close)
    {
        var j = open + 1;
        if (j >= close || units[j].Norm != "the")
            return -1;
        for (j++; j < close; j++)
        {
            if (units[j].IsMention)
                return close - j <= 2 && CompoundHead(units, j) == 0 ? j : CompoundHead(units, j) > 0 ? CompoundHead(units, j) : -1;
            if (!units[j].AfterHyphen && !SkippedBeforeSlot.Contains(units[j].Norm) && !units[j].Demonym)
                return -1;
        }
        return -1;
    }

    /// <summary>
    /// For the comma closing ", al Qaeda's Syrian wing," or ", a US-invented term," after an actor: the opening
    /// comma's index, so the scan resumes at the actor the apposition describes; otherwise -1.
    /// </summary>
    private static int OpeningOfApposition(IReadOnlyList<Unit> units, int closing)
    {
        for (var j = closing - 1; j > 0 && closing - j <= 20; j--)
        {
            if (units[j].Norm != ",")
                continue;
            var opensLikeApposition = units[j + 1].Norm is "a" or "an" or "the" or "another"
                // (", the militia that leads the SDF,": a description read as a reference opens one too.)
                || (units[j + 1] is { IsMention: true, Reference: true } && units[j + 1].Norm == Unit.MentionNorm)
                || (units[j + 1].Norm is "one" or "two" or "three" or "four" or "both" or "part" && j + 2 < closing && units[j + 2].Norm == "of") // ", one of the largest brigades,"
                // ", both signatories to the 2015 accord,", ", all members of the Platform,"
                || (units[j + 1].Norm is "both" or "all" && j + 2 < closing && units[j + 2] is { IsMention: false, Norm: var members } && members.Length > 3 && members.EndsWith('s'))
                || (units[j + 1].Norm is "once" or "formerly" or "previously" or "long" && j + 2 < closing && units[j + 2].Norm is "a" or "an" or "the")
                // ", now part of the Tahrir al-Sham alliance,", ", now a wing of ...,"
                || (units[j + 1].Norm is "now" && j + 3 < closing && (units[j + 2].Norm is "a" or "an" or "the" || (units[j + 2].Norm == "part" && units[j + 3].Norm == "of")))
                || (units[j + 1].Norm is "formerly" or "previously" or "once" or "also" or "now" or "known" && KnownAs(units, units[j + 1].Norm == "known" ? j + 1 : j + 2, closing))
                || (units[j + 1].IsMention && j + 2 < closing && units[j + 2].Norm == "'s")
                // ", long Hezbollah's junior partner,"
                || (units[j + 1].Norm is "once" or "long" or "formerly" or "previously" or "now" && j + 3 < closing && units[j + 2].IsMention && units[j + 3].Norm == "'s")
                || (!units[j + 1].IsMention && units[j + 1].Norm.EndsWith("ed", StringComparison.Ordinal)) // ", formed under ...,"
                || (units[j + 1].Norm is "once" or "long" or "formerly" or "previously" or "initially" or "briefly" && j + 2 < closing
                    && !units[j + 2].IsMention && units[j + 2].Norm.EndsWith("ed", StringComparison.Ordinal)) // ", once backed by ...,"
                || units[j + 1].Norm is "with" or "alongside" or "including" || (units[j + 1].Norm is "along" or "together" && j + 2 < closing && units[j + 2].Norm == "with") // ", with Turkish drones,"
                || (units[j + 1].Norm is "loyal" or "close" or "subordinate" or "answerable" && j + 2 < closing && units[j + 2].Norm == "to") // ", loyal to X's deputy Y,"
                || BandDescribedByParticiple(units, j + 1, closing); // ", civilian auxiliaries armed by the army,"
            // A noun phrase, not a clause: ", the US government had not," has a verb.
            // ", formed through a merger of Ansar Dine, al-Mourabitoun and ...,": a comma between two names of a
            // list inside the apposition opens nothing.
            if (!opensLikeApposition && units[j - 1].IsMention && units[j + 1].IsMention)
                continue;
            var hasVerb = false;
            // ", once the main rebel umbrella,", ", now part of ...,": the opening adverb is no auxiliary here ("once" is one in "had once").
            // (", the jihadist alliance that dominates Idlib and was formerly ...,": a verb of a relative clause inside is the clause's.)
            for (var k = units[j + 1].Norm is "once" or "long" or "now" ? j + 2 : j + 1; k < closing && !hasVerb; k++)
            {
                if (k > j + 2 && units[k].Norm is "that" or "which" or "who" or "whom" or "whose" && units[j + 1].Norm is "a" or "an" or "the")
                    break;
                // (", founded by X and now run by his son,": an adverb before a participle joined by "and" is no auxiliary either.)
                if (units[k].Norm is "now" or "also" or "later" or "then" or "still" && units[k - 1].Norm == "and")
                    continue;
                hasVerb = Auxiliaries.Contains(units[k].Norm) || units[k].Norm is "not" or "never" || units[k].Norm.EndsWith("n't", StringComparison.Ordinal);
            }
            // "Nigeria's army, backed by ...,": the name before its own head noun.
            // ("took Sirte, Gaddafi's home town, after ...": a place's apposition of whose it is, too.)
            var owner = units[j + 1].Norm == "the" ? j + 2 : j + 1;
            var owns = owner + 1;
            while (owns < closing && units[owns].Tail)
                owns++;
            var placeOwned = units[owner].IsMention && owns < closing && units[owns].Norm == "'s" && closing - owns <= 4 && char.IsLetter(units[j - 1].Norm[0])
                && Enumerable.Range(owns + 1, closing - owns - 1).All(k => !units[k].IsMention && char.IsLetter(units[k].Norm[0]));
            return (units[NameBeforeTail(units, j - 1)].IsMention || placeOwned) && opensLikeApposition && !hasVerb ? j : -1;
        }
        return -1;
    }

    /// <summary>
    /// ", civilian auxiliaries armed by the army,": from <paramref name="at"/>, up to two lower-case modifiers, a plural
    /// noun of a band of men, and a participle ("armed", "trained", "loyal") before <paramref name="closing"/>.
    /// </summary>
    private static bool BandDescribedByParticiple(IReadOnlyList<Unit> units, int at, int closing)
    {
        for (var k = at; k + 1 < closing && k <= at + 2 && !units[k].IsMention && char.IsLower(units[k].Norm[0]); k++)
            if (MenOfBandNouns.Contains(units[k].Norm))
                return !units[k + 1].IsMention && (units[k + 1].Norm is "loyal" or "linked" or "tied" or "close"
                    || (units[k + 1].Norm.Length > 4 && units[k + 1].Norm.EndsWith("ed", StringComparison.Ordinal)));
        return false;
    }

    private static readonly HashSet<string> MenOfBandNouns =
        ["auxiliaries", "militiamen", "fighters", "volunteers", "militias", "proxies", "units", "paramilitaries", "mercenaries", "tribesmen",
         "rebels", "insurgents", "gunmen", "jihadists", "militants", "groups", "factions", "brigades"];

    internal static readonly HashSet<string> BranchNouns =
        ["affiliate", "affiliates", "branch", "branches", "wing", "offshoot", "faction", "cell", "arm", "chapter", "franchise", "province", "splinter"];

    /// <summary>"al Qaeda's affiliate, JNIM": the unit of the branch a possessor's apposition names, else <paramref name="u"/> itself.</summary>
    internal static int NamedSide(IReadOnlyList<Unit> units, int u) =>
        PossessorOfBranch(units, u) && NamedBranchAfter(units, u) is var named and >= 0 ? named : u;

    /// <summary>
    /// Where the words classing the name at <paramref name="name"/> begin: "the jihadist group JNIM", "the al Qaeda
    /// affiliate JNIM" (a class or branch noun, one lower-case word or an owner's name before it); else the name itself.
    /// </summary>
    internal static int DescriptionStart(IReadOnlyList<Unit> units, int name)
    {
        var k = name - 1;
        if (k < 0 || units[k].IsMention || !(ClassNouns.Contains(units[k].Norm) || BranchNouns.Contains(units[k].Norm)))
            return name;
        if (k >= 1 && (units[k - 1] is { IsMention: true, Reference: false } && units[k - 1].Norm == Unit.MentionNorm
            || !units[k - 1].IsMention && char.IsLower(units[k - 1].Norm[0]) && char.IsLetter(units[k - 1].Norm[0]) && !IsPreposition(units[k - 1].Norm)
                && !PastVerb(units[k - 1]) && units[k - 1].Norm is not ("and" or "or" or "the" or "a" or "an" or "its" or "their")))
            k--;
        return k;
    }

    /// <summary>
    /// "the" right before the name at <paramref name="name"/>, or before one or two lower-case words before it ("the rival"),
    /// or "its"/"their" before such words ("its old rival").
    /// </summary>
    private static bool DefiniteBefore(IReadOnlyList<Unit> units, int name)
    {
        // ("ISWAP and its old rival Boko Haram faction": past a word or two of its own; a possessive is as definite.)
        var k = name - 1;
        while (k >= 0 && name - k <= 2 && !units[k].IsMention && char.IsLower(units[k].Norm[0]) && !IsPreposition(units[k].Norm) && units[k].Norm is not ("the" or "its" or "their"))
            k--;
        return k >= 0 && (units[k].Norm == "the" || (k < name - 1 && units[k].Norm is "its" or "their"));
    }

    /// <summary>The name after "X's ... branch ," that the apposition gives the branch, or -1; "the al Qaeda affiliate JNIM" names it at once.</summary>
    private static int NamedBranchAfter(IReadOnlyList<Unit> units, int possessor)
    {
        for (var k = possessor + 1; k + 1 < units.Count && k <= possessor + 5; k++)
        {
            // ("killed Akhundzada's predecessor, Akhtar Mansour,": a man before or after another is named so too.)
            if (!PartNoun(units[k].Norm) && units[k].Norm is not ("predecessor" or "successor"))
                continue;
            if (units[k + 1] is { IsMention: true, Reference: false, Person: false } && units[k + 1].Norm == Unit.MentionNorm)
                return k + 1;
            if (k + 2 >= units.Count)
                return -1;
            var comma = k + 1;
            // "al Qaeda's branch in Yemen, AQAP,": where the branch is may stand between the noun and its name.
            if (units[comma].Norm is "in" or "for")
                for (var c = comma + 2; c < units.Count && c <= comma + 4; c++)
                    if (units[c].Norm == ",")
                    {
                        comma = c;
                        break;
                    }
            // ("al Qaeda's West African branch, the Group for Support of Islam and Muslims,": past the name's article.)
            var name = comma + 2 < units.Count && units[comma + 1].Norm == "the" ? comma + 2 : comma + 1;
            // ("the SDF's core, the Kurdish YPG,": past a people's word before the name.)
            if (name + 1 < units.Count && units[name].Demonym && !units[name].IsMention)
                name++;
            return name < units.Count && units[comma].Norm == "," && units[name].IsMention && !units[name].Reference ? name : -1;
        }
        return -1;
    }

    /// <summary>"the Islamic State's local affiliate", "an Islamic State faction": a name whose unnamed branch the phrase is about.</summary>
    private static bool PossessorOfBranch(IReadOnlyList<Unit> units, int i)
    {
        // "a smaller Islamic State faction": a name right before a branch noun names the branch's owner. ("an Islamic
        // State cell" acts for its group, as below.)
        // ("the rival Boko Haram faction": after "the", a faction the name is the name of, as "the Boko Haram group".)
        if (i + 1 < units.Count && units[i].Norm == Unit.MentionNorm && BranchNouns.Contains(units[i + 1].Norm) && units[i + 1].Norm is not ("cell" or "cells")
            && !(units[i + 1].Norm == "faction" && DefiniteBefore(units, i)))
            return true;
        if (i + 2 >= units.Count || units[i + 1].Norm != "'s")
            return false;
        for (var k = i + 2; k < units.Count && k <= i + 4; k++)
        {
            if (units[k].IsMention)
                return false;
            // "commanders loyal to Mullah Omar's family": a man's kin are not the man; "the Islamic State's Amaq news
            // agency": a side's media are not the side.
            // ("Pakistan's military intelligence agency" is the state's own: an agency is media only as a news agency.)
            if ((units[i].Person && KinNouns.Contains(units[k].Norm)) || (MediaNouns.Contains(units[k].Norm)
                && !(units[k].Norm == "agency" && units[k - 1].Norm is "intelligence" or "security" or "spy" or "development" or "aid")))
                return true;
            // "Hezbollah's Radwan unit attacked": a unit, wing or cell acts for its group; a branch or faction is
            // a side of its own.
            // ("the SDF's main component, the YPG,": a part the apposition names is that side; one it does not name is the whole.)
            if (ComponentNouns.Contains(units[k].Norm))
                return NamedBranchAfter(units, i) >= 0;
            if (BranchNouns.Contains(units[k].Norm))
                return units[k].Norm is not ("unit" or "units" or "wing" or "arm" or "cell")
                    && !(units[k].Norm == "province" && PlaceAdjectives.Contains(units[k - 1].Norm));
        }
        return false;
    }

    /// <summary>The noun of other sides a side's possessive at <paramref name="i"/> owns ("the RSF's main rivals", "the Houthis' allies"), or -1.</summary>
    private static int OtherSideOwnedBy(IReadOnlyList<Unit> units, int i)
    {
        if (i + 2 >= units.Count || units[i + 1].Norm != "'s")
            return -1;
        for (var k = i + 2; k < units.Count && k <= i + 4; k++)
        {
            if (units[k].IsMention || !char.IsLetter(units[k].Norm[0]))
                return -1;
            if (OwnedSideNouns.Contains(units[k].Norm))
                return k;
        }
        return -1;
    }

    private static readonly HashSet<string> OwnedSideNouns =
        ["rival", "rivals", "enemy", "enemies", "foe", "foes", "opponent", "opponents", "adversary", "adversaries", "nemesis", "challenger", "challengers",
         // ("attacked the Houthis' allies": nor are its allies, backers or proxies.)
         "ally", "allies", "partner", "partners", "backer", "backers", "patron", "patrons", "proxy", "proxies", "sponsor", "sponsors"];

    /// <summary>A branch noun, or a part of an alliance that is a side of its own ("the SDF's main component, the YPG").</summary>
    private static bool PartNoun(string norm) => BranchNouns.Contains(norm) || ComponentNouns.Contains(norm);

    private static readonly HashSet<string> ComponentNouns =
        ["component", "components", "constituent", "core", "backbone", "mainstay", "nucleus", "spearhead"];

    private static readonly HashSet<string> MediaNouns =
        ["agency", "outlet", "outlets", "media", "website", "channel", "newspaper", "magazine", "newsletter", "radio", "television", "broadcaster",
         "mouthpiece", "account", "accounts"];

    /// <summary>A man's kin, who are not the man ("Mullah Omar's family", "the son of Osama bin Laden").</summary>
    internal static readonly HashSet<string> KinNouns =
        ["family", "relatives", "relative", "son", "sons", "daughter", "daughters", "brother", "brothers", "sister", "widow", "widows", "wife", "wives",
         "father", "mother", "grandson", "nephew", "nephews", "cousin", "cousins", "clan", "tribe", "household", "heirs", "heir", "kin",
         "predecessor", "successor"]; // ("killed Akhundzada's predecessor, Akhtar Mansour": nor is the man before or after him)

    /// <summary>Words of a country's part before its name ("southern Somalia", "in northeastern Syria").</summary>
    internal static readonly HashSet<string> CompassParts =
        ["northern", "southern", "eastern", "western", "central", "northeastern", "northwestern", "southeastern", "southwestern"];

    /// <summary>"fired missiles at Saudi Arabia's eastern province": a province named by where it lies is land, not a branch.</summary>
    /// <remarks>Declared after <see cref="CompassParts"/>, whose words it takes: static fields are set in the order they are written.</remarks>
    private static readonly HashSet<string> PlaceAdjectives = [.. CompassParts, "border", "coastal", "restive", "frontier", "largest"];

    /// <summary>True when the noun possessed from <paramref name="at"/> (past up to two modifiers) is a thing: no act, men or name.</summary>
    private static bool PossessedThing(IReadOnlyList<Unit> units, int at)
    {
        for (var k = at; k < units.Count && k <= at + 2; k++)
        {
            var u = units[k];
            if (u.IsMention || !char.IsLetter(u.Norm[0]) || u.Norm.EndsWith("ing", StringComparison.Ordinal) || ForceHeads.Contains(u.Norm)
                || EventNouns.Contains(u.Norm) || ConflictNouns.Contains(u.Norm))
                return false;
            if (k + 1 >= units.Count || units[k + 1].IsMention || !char.IsLetter(units[k + 1].Norm[0]) || Prepositions.Contains(units[k + 1].Norm)
                || units[k + 1].Norm is "and" or "or" or "that" or "which" or "who")
                return true;
        }
        return false;
    }

    /// <summary>An actor can be a subject unless it modifies a noun ("US-invented term") or follows a preposition.</summary>
    internal static bool IsSubjectCandidate(IReadOnlyList<Unit> units, int i)
    {
        if (PossessorOfBranch(units, i))
            return false;
        var next = i + 1 < units.Count ? units[i + 1] : default;
        // "Since Shekau's death, hundreds of his fighters have defected": whose death (arrival, ouster) a time phrase
        // names is no subject of the clause.
        // (Not "months after Niger's junta ordered French forces out": a clause whose subject the possessor opens.)
        if (next.Norm == "'s" && i > 0 && CircumstancePrepositions.Contains(units[i - 1].Norm) && i + 2 < units.Count
            && units[i + 2].Norm is "death" or "killing" or "arrival" or "ouster" or "capture" or "fall" or "departure" or "withdrawal" or "defeat"
                or "arrest" or "release" or "return" or "exit" or "collapse" or "rise" or "election" or "assassination" or "surrender")
            return false;
        // "led to it being labeled", "despite Nusra having agreed": a gerund's subject, even after a preposition.
        // A possessor of another name ("Russia's Wagner Group") is not its phrase's head: the name possessed is.
        // ("US strikes on the group's bases killed ...": not a possessor inside what an act is aimed at.)
        if (next.Norm == "'s" && (StrikeTargetPossessor(units, i) || PossessorInAppositionOfThing(units, i)))
            return false;
        // ("expelled from al-Qaeda's global network after a feud with Nusra": not a possessor of a thing inside a phrase
        // after "from", "of" or "in", which is no act and no side's men.)
        if (next.Norm == "'s" && i > 0 && units[i - 1].Norm is "from" or "of" or "in" or "into" or "within" && PossessedThing(units, i + 2))
            return false;
        // "Haftar's rivals in Tripoli, who back the GNA, ...": the rivals (enemies, allies) a possessor has are the
        // phrase's head, not the possessor.
        if (next.Norm == "'s" && OtherSideAfterPossessive(units, i + 2))
            return false;
        if (next.Norm is "being" or "having" || (next.Norm == "'s" && !(i + 2 < units.Count && units[i + 2].IsMention)))
            return true;
        // ("STC-aligned units launched an operation": men aligned with a side act as its side, as they are fought as it.)
        if (next.AfterHyphen && !next.IsMention && !next.Tail && next.Norm is not null && !(next.Norm == "aligned" && IsAlignedMen(units, i)))
            return false; // "US-backed rebels", but not "Emirati-led troops" (the state's own forces, read as its name)
        // "Washington, a NATO ally of Turkey and the main backer of the SDF": a name between an article and an ally's noun
        // only says whose ally; the apposition describes the name before it.
        if (next.Norm is "ally" or "allies" or "partner" or "partners" && !next.IsMention && i > 0 && units[i - 1].Norm is "a" or "an" or "the")
            return false;
        if (AfterPro(units, i))
            return false; // "pro-Turkish rebels attacked": the rebels did
        // "vowing to target Israeli vessels in solidarity with Hamas": a people's word before a thing it owns ("vessels",
        // "interests") names no side that acts.
        if (units[i].ByDemonym && next.Norm is "vessels" or "ships" or "ship" or "vessel" or "interests" or "targets" or "embassy" or "embassies"
            or "shipping" or "tankers" or "tanker" or "oil" or "territory" or "soil" or "airspace" or "waters" or "citizens" or "nationals" or "civilians")
            return false;

        var j = i - 1;
        // "turned to Russia's Wagner Group": a possessed name stands where its possessor stands.
        while (j >= 1 && units[j].Norm == "'s" && units[j - 1].IsMention)
            j -= 2;
        // "pledged allegiance to al-Qaeda chief Ayman al-Zawahiri": a man named after his group and title stands where
        // the group's name stands.
        if (j >= 1 && RoleNouns.Contains(units[j].Norm) && units[j - 1] is { IsMention: true, Person: false })
            j -= 2;
        // "the Mahdi Army of the Shiite cleric Moqtada al-Sadr agreed": a man named after his title stands where the title
        // stands (past two words that describe him).
        else if (units[i].Person && j >= 1 && RoleNouns.Contains(units[j].Norm))
        {
            var described = j - 1;
            while (described > j - 3 && described >= 0 && !units[described].IsMention && char.IsLetter(units[described].Norm[0])
                   && !Determiners.Contains(units[described].Norm) && !Prepositions.Contains(units[described].Norm)
                   && units[described].Norm is not ("what" or "which" or "who" or "whom" or "that"))
                described--;
            // ("loyal to regional leader Ahmed Madobe": past them to the preposition the title stands after.)
            if (described >= 0 && !units[described].IsMention && (units[described].Norm is "the" or "a" or "an" || Prepositions.Contains(units[described].Norm)))
                j = described;
        }
        var skipped = 0;
        while (j >= 0 && skipped < 3 && !units[j].IsMention && Determiners.Contains(units[j].Norm))
        {
            j--;
            skipped++;
        }
        // "Nusra, which besides being al-Qaeda is ...": a name after a copula is what the subject is, not the subject.
        if (j >= 0 && !units[j].IsMention && Copulas.Contains(units[j].Norm))
            return false;
        // "attacks on US and Afghan forces, including the 2011 assault on ...": a later item of a list is governed by
        // what governs the list.
        // ("A coalition of Peshmerga fighters, army units and Shiite militias launched": a collective's members act.)
        // ("African Union troops from Uganda, Kenya, Burundi and Djibouti have battled": its items before the last too,
        // where the list goes on after the name.)
        if (j >= 1 && (units[j].Norm is "and" or "or" || (units[j].Norm == "," && ListGoesOnAfter(units, i)))
            && BeforeList(units, j) is var beforeList and >= 0)
        {
            if (units[beforeList].Norm == "of" && beforeList > 0 && CollectiveNouns.Contains(units[beforeList - 1].Norm))
                return true;
            j = beforeList;
        }
        // ("A coalition of jihadist and Islamist groups known as Jaish al Fateh seized ...": the name a phrase is known as is its head's.)
        // ("Troops fighting alongside clan militias known as Macawisley have retaken ...": not when the head is a companion or
        // a target, named after "alongside" or "against".)
        if (j >= 2 && units[j].Norm == "as" && units[j - 1].Norm == "known" && !Copulas.Contains(units[j - 2].Norm) && !Auxiliaries.Contains(units[j - 2].Norm))
        {
            var head = j - 2;
            for (var words = 0; head >= 0 && words < 4 && !units[head].IsMention && char.IsLower(units[head].Norm[0]) && !Prepositions.Contains(units[head].Norm); words++)
                head--;
            return !(head >= 0 && !units[head].IsMention && units[head].Norm is "alongside" or "beside" or "against");
        }
        if (j < 0 || units[j].IsMention || !Prepositions.Contains(units[j].Norm))
            return true;
        // "fighting intensified, with coalition aircraft pounding Houthi positions": "with" before a name and a verb in "-ing"
        // opens what the name does.
        if (units[j].Norm == "with" && GerundAfter(units, i))
            return true;
        // "Dozens of Taliban fighters were killed by ISKP": "of" after a count names whom the count is of, when what
        // follows befell them; what some of a group's men did ("dozens of its fighters defected") is not the group's act.
        // ("Hundreds of Taliban fighters attacked ...": hundreds or thousands of a group's men act as the group; not when
        // they leave it: "hundreds of Shekau's fighters have since joined ISWAP".)
        // (So after a dateline: "MARJAH (Reuters) - Thousands of U.S. Marines pushed into ...".)
        // ("Dozens of al-Shabaab fighters stormed a Kenyan base": so do dozens or scores of its men named with their side, not "its".)
        if (units[j].Norm == "of" && j >= 1 && (units[j - 1].Norm is "hundreds" or "thousands"
                || (units[j - 1].Norm is "dozens" or "scores" && units[i] is { Reference: false, Norm: Unit.MentionNorm }))
            // ("On Sunday, hundreds of JNIM fighters attacked ...": or after a short phrase of time opening the sentence.)
            && (j == 1 || units[j - 2].Norm is Dash or ":" or ")"
                || (units[j - 2].Norm == "," && j - 2 <= 4 && Enumerable.Range(0, j - 2).All(k => !units[k].IsMention && char.IsLetterOrDigit(units[k].Norm[0]))))
            && !MenLeave(units, i))
            return true;
        // ("followed a string of Islamic State attacks, including an ambush that killed ...": a side named before acts of war
        // in a run of them carried them out.)
        if (units[j].Norm == "of" && j >= 1 && units[j - 1].Norm is "string" or "wave" or "spate" or "series" or "flurry" or "rash" or "surge"
            or "succession" or "run" && i + 1 < units.Count && IsWarActNoun(units[i + 1].Norm))
            return true;
        // ("A coalition of Syrian rebel groups has driven ISIS out of dozens of towns": the members of a collective that opens
        // the sentence, or a clause after a comma or a dash, act as it.)
        if (units[j].Norm == "of" && j >= 2 && (CollectiveNouns.Contains(units[j - 1].Norm) || units[j - 1].Norm is "group" or "band" or "network")
            && (units[j - 2].Norm is "a" or "an" ? j - 2 : j >= 3 && units[j - 3].Norm is "a" or "an" && !units[j - 2].IsMention ? j - 3 : -1) is var article and >= 0
            && (article == 0 || units[article - 1].Norm is Dash or ":" or "," or ")"))
            return true;
        // ("..., but many of them fight alongside Nusra": part of the sides "them" stands for, opening a clause, act for them.)
        // ("though some of its units have sided with the rebels": or of its men.)
        if (units[j].Norm == "of" && j >= 1 && (units[i].Norm == "them" || (units[i].Norm is "its" or "their" && i + 1 < units.Count
                && units[i + 1].Norm is "units" or "fighters" or "men" or "members" or "commanders" or "brigades" or "factions"))
            && units[j - 1].Norm is "many" or "some" or "most" or "several" or "all" or "both"
            && (j == 1 || units[j - 2].Norm is "," or "but" or "and" or "while" or "though" or "although" or "yet" or Dash or ":"))
            return true;
        // ("the GNA said one of its warplanes hit LNA positions": one of a side's machines of war acts for the side.)
        // ("said one of its fighters had carried out the bombing": so does one of its men, save one who leaves it.)
        if (units[j].Norm == "of" && j > 0 && units[j - 1].Norm == "one" && i + 1 < units.Count
            && (units[i + 1].Norm is "warplanes" or "jets" or "drones" or "aircraft" or "helicopters" or "warships" or "gunboats" or "missiles"
                || (units[i + 1].Norm is "fighters" or "militants" or "members" or "soldiers" or "men" && !MenLeave(units, i))))
            return true;
        // ("said one of its soldiers was killed by Israeli shelling": so is one of them.)
        if (units[j].Norm == "of" && j > 0 && !units[j - 1].IsMention && (Quantities.Contains(units[j - 1].Norm) || units[j - 1].Norm == "one" || char.IsDigit(units[j - 1].Norm[0])))
        {
            var after = i + 1;
            while (after < units.Count && units[after].Tail)
                after++;
            return after < units.Count && (units[after].Norm is "were" or "was" or "died" or "perished"
                || (units[after].Norm is "have" or "had" && after + 1 < units.Count && units[after + 1].Norm is "been" or "died"));
        }
        // "23 elite fighters from Hezbollah fighting alongside ...", "Fighters loyal to ISGS killed": the group
        // whose people the phrase names; not when a name owns the fighters ("Hurras al-Din fighters loyal to al
        // Qaeda clashed": Hurras al-Din clashed), though a nationality does not ("Russian mercenaries from Wagner").
        foreach (var link in ForceLinks)
            // "JNIM's rivals in the Islamic State executed ...": the rivals are the group named after "in".
            // ("killed 40 members of the VDP and soldiers in an attack on ...": not men who are a verb's object.)
            if (j - link.Length >= 0 && (ForceHeads.Contains(units[j - link.Length].Norm) || (link is ["in"] && OtherSideNouns.Contains(units[j - link.Length].Norm)))
                && LinkEndsAt(units, link, j) && !NameOwnsMen(units, j - link.Length) && !IsObjectOfVerb(units, j - link.Length)
                // ("Kenya, whose troops in the AU mission have backed Madobe": men a "whose" gives an owner are that owner's.)
                && !(j - link.Length >= 1 && units[j - link.Length - 1].Norm == "whose"))
                return true;
        return false;
    }

    /// <summary>
    /// The name that opens the main clause with a past verb after it, between the relative pronoun at
    /// <paramref name="relative"/> and <paramref name="anchor"/>, after the comma that closes the relative clause ("who
    /// ordered troops out, the SDF struck"); else -1.
    /// </summary>
    private static int SubjectAfterClosedClause(IReadOnlyList<Unit> units, int relative, int anchor)
    {
        for (var c = relative + 1; c + 2 < anchor; c++)
        {
            if (units[c].Norm != ",")
                continue;
            var name = units[c + 1].Norm == "the" ? c + 2 : c + 1;
            var verb = name + 1;
            while (verb < anchor && units[verb].Tail)
                verb++;
            if (name < anchor && units[name].IsMention && verb < anchor && PastVerb(units[verb]))
                return name;
        }
        return -1;
    }

    /// <summary>A lower-case word that is no name, article, number or "-ing"/"-ed" form: possibly a bare verb.</summary>
    private static bool BareWord(Unit unit) =>
        !unit.IsMention && !unit.Tail && unit.Norm.Length > 2 && char.IsLower(unit.Norm[0]) && !Determiners.Contains(unit.Norm)
        && !unit.Norm.EndsWith("ing", StringComparison.Ordinal) && !unit.Norm.EndsWith("ed", StringComparison.Ordinal)
        && !Prepositions.Contains(unit.Norm) && !Auxiliaries.Contains(unit.Norm) && !Copulas.Contains(unit.Norm);

    /// <summary>True when "to" and a bare verb stand within eight words before <paramref name="and"/>, in its clause.</summary>
    private static bool InfinitiveBefore(IReadOnlyList<Unit> units, int and)
    {
        for (var k = and - 1; k >= 1 && k >= and - 8; k--)
        {
            if (ClauseEnds.Contains(units[k].Norm) || units[k].Norm == ",")
                return false;
            if (units[k - 1].Norm == "to" && BareWord(units[k]))
                return true;
        }
        return false;
    }

    /// <summary>
    /// "to drive IS out of Mosul, the group's last major stronghold in Iraq, with air support from the coalition": a
    /// possessor inside an apposition describing a place or thing (no actor before the comma) only says whose it is.
    /// </summary>
    /// <remarks>
    /// Only a place the possessor holds ("stronghold", "capital"): not a side's men or posts ("Al Nusrah's positions"), nor
    /// a speaker ("on Monday, Turkey's defence ministry said"), nor after a word of the sentence's flow ("however,").
    /// </remarks>
    private static bool PossessorInAppositionOfThing(IReadOnlyList<Unit> units, int i)
    {
        var k = i - 1;
        if (k >= 0 && units[k].Norm == "the")
            k--;
        if (k < 1 || units[k].Norm != "," || units[k - 1].IsMention || units[k - 1].Tail || !char.IsLetter(units[k - 1].Norm[0])
            || IsAdverb(units[k - 1]) || FlowWords.Contains(units[k - 1].Norm))
            return false;
        for (var h = i + 2; h < units.Count && h <= i + 5 && char.IsLetter(units[h].Norm[0]) && !units[h].IsMention; h++)
            if (HeldPlaces.Contains(units[h].Norm))
                return true;
        return false;
    }

    private static readonly HashSet<string> FlowWords =
        ["however", "meanwhile", "instead", "though", "therefore", "moreover", "nevertheless", "yet", "then", "too", "also", "now", "later", "earlier"];

    /// <summary>True for a possessor after "on", "against" or "targeting" (and an article) right after an act's noun: "strikes on the group's bases".</summary>
    private static bool StrikeTargetPossessor(IReadOnlyList<Unit> units, int i)
    {
        var k = i - 1;
        if (k >= 0 && units[k].Norm is "the" or "a" or "an")
            k--;
        return k >= 1 && units[k].Norm is "on" or "against" or "targeting" && EventNouns.Contains(units[k - 1].Norm);
    }

    /// <summary>True when "," or "and" (or "or") and another name follow the name at <paramref name="i"/>.</summary>
    private static bool ListGoesOnAfter(IReadOnlyList<Unit> units, int i)
    {
        var k = i + 1;
        while (k < units.Count && units[k].Tail)
            k++;
        return k + 1 < units.Count && units[k].Norm is "," or "and" or "or" && units[k + 1].IsMention;
    }

    /// <summary>The word before the list of names that "and" at <paramref name="and"/> joins ("on" in "on US and Afghan forces"), or -1.</summary>
    private static int BeforeList(IReadOnlyList<Unit> units, int and)
    {
        var k = and;
        while (k >= 1 && units[k].Norm is "and" or "or" or ",")
        {
            var item = NameBeforeTail(units, k - 1);
            if (!units[item].IsMention)
                return -1;
            k = item - 1;
            while (k >= 0 && !units[k].IsMention && Determiners.Contains(units[k].Norm))
                k--;
        }
        return k >= 0 && k < and && !units[k].IsMention && Prepositions.Contains(units[k].Norm) ? k : -1;
    }

    /// <summary>"strikes hit al Qaeda's Khorasan group": the target is the possessed actor, not the possessor.</summary>
    private static int? PossessedActor(IReadOnlyList<Unit> units, int slot)
    {
        if (slot + 2 >= units.Count || units[slot + 1].Norm != "'s")
            return null;
        // "backed by Ethiopia's arch-foe Eritrea", "Iran's longtime ally Syria": the side named by its tie to the possessor.
        var k = slot + 2;
        // "Khalifa Haftar's eastern-based Libyan National Army": a compound adjective before the name possessed.
        if (k + 2 < units.Count && !units[k].IsMention && char.IsLetter(units[k].Norm[0]) && units[k + 1] is { AfterHyphen: true, IsMention: false }
            && units[k + 2] is { IsMention: true, Reference: false } && units[k + 2].Norm == Unit.MentionNorm)
            return k + 2;
        while (k < units.Count && k <= slot + 4 && !units[k].IsMention && (PossessedTieWords.Contains(units[k].Norm) || units[k].AfterHyphen && k > slot + 2))
            k++;
        if (k > slot + 2 && !PossessedTieWords.Contains(units[k - 1].Norm) && !units[k - 1].AfterHyphen)
            return null;
        return k < units.Count && units[k].IsMention && units[k].Norm == Unit.MentionNorm ? k : null;
    }

    /// <summary>Words naming a side by its tie to a possessor before its name ("Ethiopia's arch-foe Eritrea"), and their modifiers.</summary>
    private static readonly HashSet<string> PossessedTieWords =
        ["ally", "allies", "partner", "partners", "patron", "patrons", "backer", "backers", "proxy", "proxies", "client", "rival", "rivals",
         "enemy", "enemies", "foe", "foes", "archrival", "archenemy", "arch", "nemesis", "adversary", "adversaries", "opponent", "opponents",
         "longtime", "main", "chief", "principal", "bitter", "sworn", "old", "key", "close", "closest", "staunch", "regional", "fiercest"];

    /// <summary>
    /// The comma opening an apposition the cue at <paramref name="anchor"/> stands in (", an ally of", ", a key
    /// figure in"): a comma, then an article and at most three more words; -1 when the cue is not in one.
    /// </summary>
    private static int AppositionOpening(IReadOnlyList<Unit> units, int anchor)
    {
        // ("the VDP, a civilian militia set up in 2020 to support the army": an infinitive of the group's purpose may
        // stand further in.)
        var reach = anchor > 0 && units[anchor - 1].Norm == "to" ? 10 : 4;
        for (var j = anchor - 1; j > 0 && anchor - j <= reach; j--)
        {
            if (units[j].IsMention || units[j].Norm is Dash or ";" or ":")
                return -1;
            if (units[j].Norm == ",")
                return units[j + 1].Norm is "a" or "an" or "the" or "another" or "one" ? j : -1;
        }
        return -1;
    }

    /// <summary>
    /// The unit a name's own head noun at <paramref name="at"/> belongs to ("army" in "Nigeria's army", "militants" in
    /// "IS militants"): steps back over tail words to the name; <paramref name="at"/> itself when it is no tail word.
    /// </summary>
    internal static int NameBeforeTail(IReadOnlyList<Unit> units, int at)
    {
        while (at > 0 && units[at].Tail)
            at--;
        return at;
    }

    /// <summary>True for "is", "has", "also" and the like between a subject and its verb.</summary>
    internal static bool IsAuxiliary(string norm) => Auxiliaries.Contains(norm) || norm is "been" or "long" or "repeatedly" or "since";

    /// <summary>"turns", "vows", "seized": a word in a present "-s" or past "-ed" form, as a verb after a comma is written.</summary>
    internal static bool FiniteVerbForm(string norm) =>
        norm.Length > 3 && char.IsLetter(norm[0]) && (norm.EndsWith("ed", StringComparison.Ordinal) || (norm.EndsWith('s') && !norm.EndsWith("ss", StringComparison.Ordinal)));

    /// <summary>True for the comma of ", which", ", who" or ", whose": a relative clause opens there.</summary>
    internal static bool OpensRelative(IReadOnlyList<Unit> units, int comma) =>
        units[comma].Norm == "," && comma + 1 < units.Count && RelativePronouns.Contains(units[comma + 1].Norm);

    /// <summary>
    /// True for the comma of "X, which backs A, and Y, which ...": it closes one relative clause, and the name after
    /// ", and" opens another; the two are two subjects, not one list.
    /// </summary>
    private static bool ClosesRelativeBeforeAnother(IReadOnlyList<Unit> units, int comma)
    {
        if (units[comma].Norm != "," || comma + 4 >= units.Count || units[comma + 1].Norm is not ("and" or "or") || OpeningOfRelative(units, comma) < 0)
            return false;
        var next = comma + 2;
        while (next < units.Count && units[next].Norm is "the")
            next++;
        while (next + 1 < units.Count && units[next + 1].Tail)
            next++;
        return next + 2 < units.Count && units[next].IsMention && OpensRelative(units, next + 1);
    }

    /// <summary>The comma opening ", which ... ," (or who, whose) that <paramref name="closing"/> closes; else -1.</summary>
    private static int OpeningOfRelative(IReadOnlyList<Unit> units, int closing)
    {
        for (var j = closing - 1; j > 0 && closing - j <= 30; j--)
        {
            if (units[j].Norm is Dash or ";" or ":")
                return -1;
            if (units[j].Norm != "," || ListComma(units, j))
                continue;
            return j + 1 < closing && RelativePronouns.Contains(units[j + 1].Norm) ? j : -1;
        }
        return -1;
    }

    /// <summary>
    /// True for a comma between two names, which lists them inside a clause rather than closing it: ", which brings
    /// together troops from Mali, Niger and Chad,".
    /// </summary>
    internal static bool ListComma(IReadOnlyList<Unit> units, int at) =>
        units[at].Norm == "," && at > 0 && at + 1 < units.Count && units[at - 1].IsMention && units[at + 1].IsMention;

    /// <summary>True when a past verb stands at <paramref name="from"/> (before <paramref name="anchor"/>), after a time such as "in September" or "on Monday", or an adverb of how often ("at least once").</summary>
    private static bool VerbAfterTime(IReadOnlyList<Unit> units, int from, int anchor)
    {
        var k = from;
        // ("and at least once struck SDF positions": past an adverb of how often.)
        if (k + 2 < anchor && units[k].Norm == "at" && units[k + 1].Norm is "least" or "most" && units[k + 2].Norm is "once" or "twice")
            k += 3;
        else if (k < anchor && units[k].Norm is "once" or "twice" or "repeatedly" or "again" or "then" or "also" or "later")
            k++;
        if (k + 1 < anchor && units[k].Norm is "in" or "on" or "last" or "this" or "early" or "late" or "later" && !units[k + 1].IsMention
            && (DateResolver.IsMonthOrDay(units[k + 1].Norm) || char.IsDigit(units[k + 1].Norm[0]) || units[k + 1].Norm is "week" or "month" or "year"))
            k += 2;
        return k <= anchor && k < units.Count && PastVerb(units[k]);
    }

    internal static bool PastVerb(Unit unit) =>
        !unit.IsMention && (IrregularVerbs.Contains(unit.Norm) || (unit.Norm.Length > 4 && unit.Norm.EndsWith("ed", StringComparison.Ordinal)));

    /// <summary>A past participle after "has" or "have": a past verb, or an irregular one ("has sought", "have built").</summary>
    internal static bool PerfectParticiple(Unit unit) => PastVerb(unit) || (!unit.IsMention && IrregularPasts.Contains(unit.Norm));

    /// <summary>
    /// Before the "to" of an infinitive at <paramref name="to"/>, a side's act ("the coalition's intervention", "its
    /// efforts"), past a place it happened in: the side's unit, else -1.
    /// </summary>
    private static int PossessorOfActBeforeInfinitive(IReadOnlyList<Unit> units, int to)
    {
        var noun = to - 1;
        if (noun >= 2 && !AimedActNouns.Contains(units[noun].Norm) && units[noun - 1].Norm is "in" or "into")
            noun -= 2;
        if (noun < 1 || units[noun].IsMention || !AimedActNouns.Contains(units[noun].Norm))
            return -1;
        if (units[noun - 1] is { IsMention: true, Norm: "its" or "their" })
            return noun - 1;
        return noun >= 2 && units[noun - 1].Norm == "'s" && units[noun - 2].IsMention ? noun - 2 : -1;
    }

    /// <summary>Men no name gives, who may be a verb's own subject right before it: "as troops clash".</summary>
    private static readonly HashSet<string> MenBeforeVerb =
        ["troops", "forces", "fighters", "militants", "soldiers", "gunmen", "militiamen", "rebels", "insurgents", "jihadists"];

    /// <summary>Nouns of a phrase of time after "on the": "on the anniversary of", "on the eve of".</summary>
    private static readonly HashSet<string> OccasionNouns = ["anniversary", "eve", "occasion", "sidelines", "heels", "day", "night", "morning", "evening"];

    /// <summary>Acts whose aim an infinitive tells: "intervention to restore", "efforts to arm".</summary>
    private static readonly HashSet<string> AimedActNouns =
        ["intervention", "campaign", "offensive", "effort", "efforts", "decision", "push", "drive", "operation", "operations", "mission",
         "war", "move", "deployment", "determination"];

    /// <summary>
    /// Whether a subordinator at <paramref name="at"/> opens a clause ("since the offensive began", "after the army
    /// had withdrawn"): a name or a short subject with its article, then a past or an auxiliary. "Since the summer" opens none.
    /// </summary>
    private static bool TimeClauseOpens(IReadOnlyList<Unit> units, int at)
    {
        if (units[at].IsMention || units[at].Norm is not ("since" or "after" or "before" or "when" or "until" or "because" or "once")
            || at + 2 >= units.Count || !(units[at + 1].IsMention || units[at + 1].Norm is "the" or "a" or "an" or "its" or "their"))
            return false;
        // The subject is a name (or a reference: "since the offensive began"), or an article and a noun or two.
        var from = units[at + 1].IsMention ? at + 2 : at + 3;
        for (var v = from; v <= from + 1 && v < units.Count; v++)
            if (!units[v].IsMention && (IrregularPasts.Contains(units[v].Norm) || units[v].Norm is "was" or "were" or "had" or "has" or "have" or "is" or "are"
                    || (units[v].Norm is { Length: > 5 } past && past.EndsWith("ed", StringComparison.Ordinal))))
                return true;
        return false;
    }

    /// <summary>Irregular past forms that open a second verb phrase after "and" ("and brought in", "and sent").</summary>
    private static readonly HashSet<string> IrregularPasts =
        ["brought", "sent", "took", "retook", "began", "made", "gave", "won", "fought", "held", "kept", "left", "sought", "built", "drove", "threw",
         "withdrew", "overran", "struck", "seized", "shot", "stood", "fled", "went", "came", "lost", "met", "told", "became", "spent"];

    private static readonly HashSet<string> IrregularVerbs =
        ["struck", "hit", "hits", "shot", "took", "taken", "retook", "retaken", "fought", "overran", "overrun", "beat", "beaten", "drove", "driven", "thrown", "met", "held", "won",
         "seized", "attack", "attacks", "strike", "strikes", "came"];

    /// <summary>Nouns of a side's men that a count before them makes some of the side, not the side.</summary>
    internal static readonly HashSet<string> CountedMenNouns = ["fighters", "members", "militants", "commanders", "men", "soldiers", "troops", "emirs"];

    /// <summary>
    /// "Hundreds of fighters from the Nusra Front defected", "dozens of its members pledged allegiance": the name at
    /// <paramref name="slot"/> is whose men a count of them are, who did what the sentence tells, not the group.
    /// With <paramref name="orFaction"/> (a split), "a faction of X" too.
    /// </summary>
    /// <param name="menInName">True when the name at <paramref name="slot"/> ends in its men's noun ("Boko Haram fighters", "Shekau's fighters").</param>
    internal static bool CountedMenOf(IReadOnlyList<Unit> units, int slot, bool orFaction = false, bool menInName = false)
    {
        var counted = slot >= 2 && units[slot - 1].Norm == "of" && Quantities.Contains(units[slot - 2].Norm);
        // "Hundreds of Boko Haram fighters pledged allegiance to ISWAP": a count of a side's men named with their noun.
        if (counted && (menInName || (slot + 1 < units.Count && units[slot + 1].Tail && CountedMenNouns.Contains(units[slot + 1].Norm))))
            return true;
        // "Many of Nusra's foreign fighters defected to ISIS": some of a side's men, counted before its possessive.
        if (counted && slot + 2 < units.Count && units[slot + 1].Norm == "'s")
            for (var k = slot + 2; k < units.Count && k <= slot + 4 && !units[k].IsMention; k++)
                if (CountedMenNouns.Contains(units[k].Norm))
                    return true;
        var j = slot - 1;
        while (j >= 0 && !units[j].IsMention && units[j].Norm is "the" or "its" or "their")
            j--;
        // "A faction of the TTP led by X split from the group": one faction of a side is not the side.
        // (Only for a split: "a faction of the TTP led by X" still makes X one of the TTP's.)
        if (orFaction && j >= 2 && units[j].Norm == "of" && units[j - 1].Norm is "faction" or "wing" or "splinter" or "section"
            && (units[j - 2].Norm is "a" or "one" or "another" || (j >= 3 && units[j - 3].Norm is "a" or "one" or "another" && !units[j - 2].IsMention)))
            return true;
        if (j < 2 || units[j].Norm is not ("from" or "of") || !CountedMenNouns.Contains(units[j - 1].Norm))
            return false;
        var count = j - 2;
        // ("former members of the Pakistani Taliban who pledged allegiance to IS": men who were the side's are no longer it.)
        if (units[j - 2].Norm is "former" or "ex")
            return true;
        while (count >= 0 && !units[count].IsMention && (units[count].Norm is "of" or "elite" or "senior" or "local" or "former" || char.IsDigit(units[count].Norm[0])))
            count--;
        return count >= 0 && (Quantities.Contains(units[count].Norm) || char.IsDigit(units[count + 1].Norm[0]));
    }

    /// <summary>Numbers that count a side's men in a list ("and six soldiers").</summary>
    private static readonly HashSet<string> ListedCounts =
        ["two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "fifteen", "twenty", "thirty", "forty", "fifty", "several", "dozens", "hundreds", "scores"];

    /// <summary>Words that count a plural noun ("several attacks", "many raids"); no subject stands right before a verb as these.</summary>
    /// <remarks>Declared after <see cref="ListedCounts"/>, whose words it takes.</remarks>
    private static readonly HashSet<string> CountingWords = [.. ListedCounts, "many", "numerous", "multiple", "countless"];

    private static readonly HashSet<string> Quantities =
        ["at", "least", "most", "more", "than", "about", "around", "nearly", "almost", "some", "dozens", "scores", "hundreds",
         "thousands", "several", "many", "of", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
         "fifteen", "twenty", "thirty", "forty", "fifty", "hundred", "dozen"];

    /// <summary>
    /// True when the name at <paramref name="i"/> is the object of a verb of letting or helping ("allowing the TTP",
    /// "helped the militia") followed by an infinitive that runs, with no comma, to <paramref name="anchor"/>. (Not one of
    /// urging or ordering: "urged the Houthis to attack" tells of no attack.)
    /// </summary>
    private static bool LetToAct(IReadOnlyList<Unit> units, int i, int anchor)
    {
        var verb = i - 1;
        if (verb >= 0 && units[verb].Norm == "the")
            verb--;
        var to = i + 1;
        while (to < anchor && units[to].Tail)
            to++;
        // ("the Pakistani Taliban, or TTP, to use": past the comma closing a second name.)
        if (to + 1 < anchor && units[to].Norm == "," && units[to + 1].Norm == "to")
            to++;
        // ("helped the GNA repel the assault": "help" also takes a bare verb, the cue's own.)
        if (verb >= 0 && to == anchor && units[verb].Norm is "help" or "helps" or "helped" or "helping")
            return true;
        if (verb < 0 || !LettingVerbs.Contains(units[verb].Norm) || to >= anchor || units[to].Norm != "to")
            return false;
        // ("to use its territory (Afghan bases) to attack": what the infinitive's verbs take on the way is no subject.)
        // ("ordered French troops to leave the country and signed a pact": nor a verb of the orderer's own after "and".)
        for (var k = to + 1; k < anchor; k++)
            if (units[k].Norm is "," or ";" or ":" || (units[k].Norm == "and" && OrderingVerbs.Contains(units[verb].Norm)))
                return false;
        return true;
    }

    /// <summary>
    /// Whether the "to" at <paramref name="to"/> follows a verb of urging and its object: "pressed the rebel groups to", "urged
    /// Hamas to" (the object a side named or described, with no comma).
    /// </summary>
    /// <returns>The verb's index and its object's, or -1 for both.</returns>
    private static (int Verb, int Object) UrgedBefore(IReadOnlyList<Unit> units, int to)
    {
        // (Past a short relative clause too: "the rebel groups it backs to".)
        var k = to - 1;
        for (var words = 0; words < 3 && k >= 0 && !units[k].IsMention && char.IsLetter(units[k].Norm[0]) && !UrgingVerbs.Contains(units[k].Norm); words++)
            k--;
        // (Only a side named or described: "pressing its offensive to take Raqqa" urges no one.)
        if (k < 1 || !units[k].IsMention || units[k].Norm is "its" or "their" or "his" or "her")
            return (-1, -1);
        // ("the rebel groups it backs": the relative clause's own subject stands right after the object.)
        if (k < to - 1 && units[k - 1].IsMention)
            k--;
        var urged = k--;
        while (k >= 0 && units[k].Norm is "the" or "a" or "an" or "its" or "their" or "his")
            k--;
        return k >= 0 && UrgingVerbs.Contains(units[k].Norm) ? (k, urged) : (-1, -1);
    }

    private static readonly HashSet<string> PersuadingVerbs = ["persuaded", "persuades", "convinced", "convinces", "forced", "compelled"];

    private static readonly HashSet<string> UrgingVerbs =
        ["urged", "urges", "urging", "urge", "pressed", "presses", "pressing", "pressured", "pressures", "pressuring", "asked", "asks", "asking",
         "encouraged", "encourages", "encouraging", "lobbied", "lobbies", "lobbying", "begged", "implored", "invited", "invites", "inviting",
         .. PersuadingVerbs];

    /// <summary>"Ghani ordered the army to resume operations against the Taliban": the one ordered acts, not who orders.</summary>
    private static readonly HashSet<string> OrderingVerbs =
        ["ordered", "orders", "ordering", "instructed", "instructs", "directed", "directs", "commanded", "commands"];

    // (Below OrderingVerbs: static fields are set in the order written.)
    private static readonly HashSet<string> LettingVerbs =
        ["allowing", "allowed", "allow", "allows", "letting", "lets", "enabling", "enabled", "enable", "enables", "permitting", "permitted",
         "permit", "permits", "helping", "helped", "help", "helps", .. OrderingVerbs];

    /// <summary>"struck Taliban positions", "fighting the Houthis": an actor right after a verb (past its articles).</summary>
    /// <summary>"Hezbollah leader Hassan Nasrallah": a role word at <paramref name="j"/>, a name before it, the man at <paramref name="man"/> right after.</summary>
    private static bool GroupRoleBeforeMan(IReadOnlyList<Unit> units, int man, int j) =>
        j == man - 1 && j >= 1 && units[man].Person && units[j - 1].IsMention && RoleNouns.Contains(units[j].Norm);

    private static bool IsObjectOfVerb(IReadOnlyList<Unit> units, int i)
    {
        var j = i - 1;
        // "killed at least 13 al-Shabab fighters": a count between the verb and its object is still the object's.
        // ("fighting the Iran-aligned movement": so is a compound modifier with its name.)
        while (j >= 0 && !units[j].IsMention && (units[j].Norm is "the" or "a" or "an" or "its" or "their" or "\"" or "'"
            || Quantities.Contains(units[j].Norm) || char.IsDigit(units[j].Norm[0])
            // "seized the main government camp": one adjective after an article
            // (and after a possessive: "the KRG's ruling KDP")
            || (j >= 1 && units[j - 1].Norm is "the" or "a" or "an" or "its" or "their" or "'s" && char.IsLetter(units[j].Norm[0]) && !units[j].AfterHyphen)
            || (j >= 2 && units[j].AfterHyphen && units[j - 1].IsMention && units[j - 2].Norm is "the" or "a" or "an")
            // ("struck the Camp Taji military base": so is a place's name no dictionary knows, after an article.)
            || NameAfterArticle(units, j)
            // ("have fought JNIM's Macina branch": and a possessor.)
            || (units[j].Norm == "'s" && j >= 1 && units[j - 1].IsMention)
            // ("killed Hezbollah leader Hassan Nasrallah in an air strike": and a man's group and role before his name.)
            || GroupRoleBeforeMan(units, i, j)
            // ("the junta that toppled President Mohamed Bazoum": and a man's title right before his name.)
            || (j == i - 1 && units[i].Person && ActorDictionary.IsTitleBeforeName(units[j].Norm))
            // ("after invading southern Somalia to fight the militants": and a word of a country's part right before its name.)
            || (j == i - 1 && CompassParts.Contains(units[j].Norm))))
            j -= (units[j].AfterHyphen || units[j].Norm == "'s" || GroupRoleBeforeMan(units, i, j)) && j >= 1 && units[j - 1].IsMention ? 2 : 1;
        if (j < 1 || units[j].IsMention || units[j].AfterHyphen || !char.IsLower(units[j].Norm[0]) || units[j - 1].Norm is "the" or "a" or "an")
            return false;
        var word = units[j].Norm;
        // "one organization called Nusrat al-Islam": a name given is the noun it names, not an object; "suspected IS
        // fighters ambushed": a participle that qualifies a name is an adjective.
        if (word is "called" or "named" or "dubbed" or "christened" or "styled" or "suspected" or "alleged" or "presumed" or "purported")
            return false;
        // "the newly formed Army of the Mujahideen": a participle after an article and an adverb is an adjective.
        if (ParticipleAfterArticle(units, j))
            return false;
        // ("Turkish troops and allied Syrian rebels fought IS": "allied" opening a list's item says whose the item is.)
        if (word == "allied" && units[j - 1].Norm is "and" or ",")
            return false;
        return IrregularVerbs.Contains(word) || HeadlineVerbs.Contains(word) || (word.Length > 4 && !NotParticiples.Contains(word)
            && (word.EndsWith("ed", StringComparison.Ordinal) || word.EndsWith("ing", StringComparison.Ordinal)))
            // ("sent troops to fight al Shabaab": so is an infinitive's; not one who is helped or let do the next verb, "to help
            // Mozambique fight the jihadists".)
            || (units[j - 1].Norm == "to" && !Prepositions.Contains(word) && !Determiners.Contains(word)
                && word is not ("help" or "let" or "make" or "see" or "watch"));
    }

    /// <summary>"the newly formed": the word at <paramref name="j"/> after an article and an adverb, an adjective rather than a verb.</summary>
    private static bool ParticipleAfterArticle(IReadOnlyList<Unit> units, int j) =>
        j >= 2 && units[j - 1].Norm.EndsWith("ly", StringComparison.Ordinal) && units[j - 2].Norm is "the" or "a" or "an";

    /// <summary>A capitalised word no actor's, in a run of at most three such words right after an article ("the Camp Taji").</summary>
    private static bool NameAfterArticle(IReadOnlyList<Unit> units, int at)
    {
        var k = at;
        while (k >= 1 && at - k < 3 && units[k].Capitalized && !units[k].AfterHyphen)
            k--;
        return k < at && units[k].Norm is "the" or "a" or "an";
    }

    /// <summary>
    /// The unit of an army's site ("military base", "army camp") right after a place's name of up to four words that opens
    /// at <paramref name="at"/> ("Wadi al-Deif", "Camp Taji"); else -1.
    /// </summary>
    private static int SiteAfterPlaceName(IReadOnlyList<Unit> units, int at)
    {
        var k = at;
        while (k < units.Count && k < at + 4 && !units[k].IsMention
               && (units[k].Capitalized || (units[k].Norm is "al" or "el" && k + 1 < units.Count && units[k + 1].AfterHyphen)))
            k++;
        return k > at && k < units.Count && units[k].IsMention && !units[k].Reference && units[k].Lead is "military" or "army" or "air" or "airbase" or "naval"
            && units[at].Capitalized ? k : -1;
    }

    /// <summary>"battling Islamic State", "fought the Taliban": the name at <paramref name="name"/> is the object of a verb of war.</summary>
    private static bool FoughtObject(IReadOnlyList<Unit> units, int name)
    {
        var j = name - 1;
        while (j >= 0 && units[j].Norm is "the" or "a" or "an")
            j--;
        return j >= 0 && !units[j].IsMention && units[j].Norm is "battling" or "battled" or "fighting" or "fought" or "combating" or "combatting" or "attacking"
            or "attacked" or "confronting" or "confronted" or "resisting" or "opposing" or "opposed" or "targeting" or "targeted" or "against";
    }

    /// <summary>"to avenge the killing of", "in retaliation for the assassination of": the act at <paramref name="anchor"/> is one answered.</summary>
    private static bool AvengedAct(IReadOnlyList<Unit> units, int anchor)
    {
        var k = anchor - 1;
        // ("a response to a rocket attack": past up to two words saying what kind of act.)
        for (var modifiers = 0; k >= 0 && modifiers < 2 && !units[k].IsMention && units[k].Norm is var word && char.IsLower(word[0])
             && word is not ("for" or "to" or "avenge" or "avenges" or "avenged" or "avenging") && !Prepositions.Contains(word) && !Auxiliaries.Contains(word); modifiers++)
            k--;
        while (k >= 0 && units[k].Norm is "the" or "a" or "an" or "this" or "that" or "last" or "recent" or "earlier" or "deadly")
            k--;
        if (k < 0)
            return false;
        if (units[k].Norm is "avenge" or "avenges" or "avenged" or "avenging")
            return true;
        return k >= 1 && units[k].Norm is "for" or "to" && units[k - 1].Norm is "revenge" or "retaliation" or "reprisal" or "reprisals" or "retribution"
            or "retaliate" or "retaliated" or "retaliating" or "retaliates" or "response" or "answer";
    }

    /// <summary>
    /// "killed nine Burundian soldiers", "kill Kenyan troops": the verb the name at <paramref name="i"/> is the object of
    /// harms it (not "trained Kurdish forces in the war against IS", where the object fights the war).
    /// </summary>
    private static bool HarmedBefore(IReadOnlyList<Unit> units, int i)
    {
        var j = i - 1;
        while (j >= 0 && !units[j].IsMention && (units[j].Norm is "the" or "a" or "an" || Quantities.Contains(units[j].Norm) || char.IsDigit(units[j].Norm[0])))
            j--;
        return j >= 0 && (HeadlineVerbs.Contains(units[j].Norm) || HarmVerbs.Contains(units[j].Norm));
    }

    internal static readonly HashSet<string> HarmVerbs =
        ["killed", "killing", "wounded", "wounding", "injured", "attacked", "ambushed", "shot", "executed", "beheaded", "abducted", "kidnapped",
         "captured", "targeted", "struck", "hit", "bombed", "shelled", "overran", "stormed", "routed", "massacred", "slaughtered", "murdered"];

    /// <summary>Present verbs of attack a headline tells its act with: "Shabaab kills Kenyan troops in attack on AMISOM base".</summary>
    internal static readonly HashSet<string> HeadlineVerbs =
        ["kills", "attacks", "hits", "seizes", "captures", "storms", "overruns", "ambushes", "bombs", "targets", "raids", "shells",
         "besieges", "defeats", "routs", "repels", "expels", "executes", "abducts", "kidnaps", "beheads",
         // (a plural subject's: "Shabaab fighters kill Kenyan soldiers in attack on AU base")
         "kill", "seize", "capture", "storm", "overrun", "ambush", "shell", "besiege", "rout", "repel", "expel", "execute", "abduct",
         "kidnap", "behead", "push", "pushes", "drive", "drives", "oust", "ousts", "retake", "retakes", "recapture", "recaptures"];

    /// <summary>
    /// "back Haftar", "have bombed the Houthis": a lower-case word before the name at <paramref name="i"/> (past an
    /// article) that is no preposition or conjunction, so the name is a verb's object rather than an item of a list.
    /// </summary>
    private static bool WordOfVerbBefore(IReadOnlyList<Unit> units, int i)
    {
        var j = i - 1;
        while (j >= 0 && units[j].Norm is "the" or "a" or "an" or "its" or "their")
            j--;
        return j >= 0 && !units[j].IsMention && char.IsLower(units[j].Norm[0]) && !Prepositions.Contains(units[j].Norm)
            && units[j].Norm is not ("and" or "or" or "but" or "as" or "than" or "both" or "either" or "neither" or "including");
    }

    /// <summary>"tolerates the group": a name right after a present "-s" verb (past an article).</summary>
    internal static bool ObjectOfPresentVerb(IReadOnlyList<Unit> units, int i)
    {
        var j = i - 1;
        while (j >= 0 && units[j].Norm is "the" or "a" or "an")
            j--;
        // (After its subject or the comma closing the subject's clause: "Turkey, which keeps troops in Idlib, tolerates ...";
        // or a place's name closing the subject: "The junta in Bamako calls ...".)
        return j >= 1 && !units[j].IsMention && units[j].Norm.EndsWith('s') && FiniteVerbForm(units[j].Norm)
            && (units[j - 1].IsMention || units[j - 1].Norm == "," || (units[j - 1].Capitalized && !units[j].Capitalized));
    }

    /// <summary>Whether the name at <paramref name="i"/> is listed ("and", "or", a comma) after a verb's object: "declared A and B ...".</summary>
    private static bool ListedAfterObject(IReadOnlyList<Unit> units, int i)
    {
        var k = i - 1;
        if (k < 1 || units[k].Norm is not ("and" or "or" or ","))
            return false;
        k--;
        while (k > 0 && units[k].Tail)
            k--;
        return units[k].IsMention && (IsObjectOfVerb(units, k) || ListedAfterObject(units, k));
    }

    /// <summary>"Zahran Alloush, a leading figure of ...": the actor an apposition describes, before the cue at <paramref name="anchor"/>.</summary>
    private static bool IsAppositionHead(IReadOnlyList<Unit> units, int i, int anchor)
    {
        if (i + 2 >= anchor || units[i + 1].Norm is not ("," or Dash) || units[i + 2].Norm is not ("a" or "an" or "the" or "another"))
            return false;
        for (var k = i + 2; k < anchor; k++)
            if (units[k].Norm is "," or Dash)
                return false;
        return true;
    }

    /// <summary>
    /// The name at <paramref name="name"/>, or the first of up to three words before it that class it ("the Islamist group
    /// Jabhat al-Nusra"): where the article it has of its own would stand.
    /// </summary>
    private static int ArticleBeforeClassNoun(IReadOnlyList<Unit> units, int name)
    {
        var k = name;
        while (k > 0 && name - k < 3 && units[k - 1] is { IsMention: false } word && (ClassNouns.Contains(word.Norm) || ListedAdjectives.Contains(word.Norm) || word.Demonym))
            k--;
        return k;
    }

    /// <summary>
    /// For a comma opening ", from Aleppo to Deir ez-Zor,": the comma closing that span of places, else -1. The span names
    /// no side: no name of an actor in it, at most four words on each side of "to".
    /// </summary>
    private static int RangeAsideClose(IReadOnlyList<Unit> units, int comma)
    {
        if (comma + 3 >= units.Count || units[comma].Norm != "," || units[comma + 1].Norm != "from")
            return -1;
        var to = -1;
        for (var k = comma + 2; k < units.Count && k <= comma + 11; k++)
        {
            if (units[k].IsMention || ClauseEnds.Contains(units[k].Norm) || units[k].Norm is "and" or "or")
                return -1;
            if (units[k].Norm == "to" && to < 0 && k > comma + 2)
                to = k;
            else if (units[k].Norm == ",")
                return to > 0 && k > to + 1 && k - to <= 5 ? k : -1;
        }
        return -1;
    }

    /// <summary>
    /// The comma that closes an aside naming a source, opened by the comma at <paramref name="comma"/>: ", according to the
    /// UN," or ", officials said,"; else -1.
    /// </summary>
    private static int ReportAsideClose(IReadOnlyList<Unit> units, int comma)
    {
        if (comma + 3 >= units.Count || units[comma].Norm != ",")
            return -1;
        if (units[comma + 1].Norm == "according" && units[comma + 2].Norm == "to")
        {
            for (var k = comma + 3; k < units.Count && k <= comma + 10; k++)
                if (units[k].Norm == ",")
                    return k > comma + 3 ? k : -1;
                else if (ClauseEnds.Contains(units[k].Norm))
                    return -1;
            return -1;
        }
        for (var k = comma + 2; k + 1 < units.Count && k <= comma + 5; k++)
            if (MentionFinder.SayingVerbs.Contains(units[k].Norm))
                return units[k + 1].Norm == "," ? k + 1 : -1;
            else if (units[k].Norm == "," || ClauseEnds.Contains(units[k].Norm))
                return -1;
        return -1;
    }

    /// <summary>
    /// For a verb of naming at <paramref name="verb"/> ("dubbed", "codenamed", "it calls"), the last unit of the name it
    /// gives: capitalised words (with "of", "the" and "and" between them), none an actor's name; else -1. (Units hold no
    /// quotation marks: a quoted name reads as its words.)
    /// </summary>
    private static int GivenNameEnd(IReadOnlyList<Unit> units, int verb)
    {
        if (units[verb].Norm is not ("dubbed" or "codenamed" or "code-named" or "named" or "called" or "calls" or "call" or "dubs"))
            return -1;
        var end = -1;
        for (var k = verb + 1; k < units.Count && k <= verb + 6; k++)
        {
            if (units[k].Capitalized && !units[k].IsMention)
                end = k;
            else if (end < 0 || units[k].Norm is not ("of" or "the" or "and"))
                break;
        }
        return end;
    }

    /// <summary>Whether the name at <paramref name="slot"/> stands inside ", a/an/the ..." set off after another name, with no comma between.</summary>
    private static bool InAppositionOfNameBefore(IReadOnlyList<Unit> units, int slot)
    {
        for (var j = slot - 1; j > 0 && slot - j <= 20; j--)
            if (units[j].Norm == ",")
                return units[j + 1].Norm is "a" or "an" or "the" && (units[j - 1].IsMention || units[j - 1].Tail);
        return false;
    }

    /// <summary>Actors listed after a slot: "B and C", "B, C and D", "B, C, and D", "B and its leader, C".</summary>
    internal static List<int> Following(IReadOnlyList<Unit> units, int slot)
    {
        var result = new List<int>();
        var i = slot + 1;
        while (i < units.Count && (units[i].Norm == "'s" || units[i].Tail))
            i++;
        // ("bombed PKK camps and Islamic State positions": past the places of the first side, when the list goes on; and past
        // where they are, "camps in northern Iraq and ...".)
        // (Their noun may be the name's own tail: "PKK bases".)
        var heldTail = i > slot + 1 && i < units.Count && HeldThings.Contains(units[i - 1].Norm) && units[i].Norm is "in" or "near" or "across";
        if (i + 1 < units.Count && !units[i].IsMention && (HeldThings.Contains(units[i].Norm) || heldTail))
        {
            var next = heldTail ? i : i + 1;
            if (units[next].Norm is "in" or "near" or "across")
                for (next++; next < units.Count && next <= i + 4 && !units[next].IsMention && char.IsLetter(units[next].Norm[0]) && units[next].Norm is not "and"; next++) { }
            if (next < units.Count && units[next].Norm is "and" or ",")
                i = next;
        }
        // "Iran, which backs Hezbollah, and Russia, which ...": the comma that closes a relative clause ends its list.
        if (i < units.Count && ClosesRelativeBeforeAnother(units, i))
            return result;
        while (i + 1 < units.Count)
        {
            var norm = units[i].Norm;
            // "fought alongside rebel factions, including Ahrar al-Sham,": the sides named as part of those listed are listed too.
            if (norm == "," && units[i + 1].Norm == "including" && NextListed(units, i + 2) is var included and >= 0)
            {
                result.Add(included);
                i = included + 1;
                while (i < units.Count && units[i].Tail)
                    i++;
                continue;
            }
            // "includes Jabhat al Nusrah, al Qaeda's branch in Syria, as well as Ahrar al Sham, Jund al Aqsa and ...": "as well
            // as" lists on, past a possessive apposition of the name before it.
            if (norm == "," && units[i + 1] is { IsMention: true, Reference: false } && i + 2 < units.Count && units[i + 2].Norm == "'s"
                && AsWellAsAfter(units, i + 1) is var aside and > 0)
            {
                i = aside;
                continue;
            }
            // ("includes Jund al Aqsa, a group whose founders were once part of Nusra, as well as Liwa al Haqq": not from inside an
            // apposition the comma closes; the list is its head's.)
            if (norm == "," && AsWellAs(units, i + 1) && InAppositionOfNameBefore(units, slot))
                break;
            if (AsWellAs(units, i) || (norm == "," && AsWellAs(units, i + 1)))
            {
                i += norm == "," ? 4 : 3;
                // ("backed by Russia as well as by the UAE and Egypt": past the preposition said again.)
                if (i < units.Count && !units[i].IsMention && units[i].Norm is "by" or "of" or "to" or "with" or "against" or "from"
                    && PrepositionBefore(units, slot) == units[i].Norm)
                    i++;
                if (NextListed(units, i) is not (var also and >= 0))
                    break;
                result.Add(also);
                i = also + 1;
                while (i < units.Count && units[i].Tail)
                    i++;
                continue;
            }
            // "supported by the Wazalendo militias, by troops from Burundi and by ...": the preposition said again after a comma
            // lists on.
            if (norm == "," && i + 2 < units.Count && units[i + 1].Norm is "by" or "from" or "against" or "with"
                && PrepositionBefore(units, slot) == units[i + 1].Norm && NextListed(units, i + 2) is var again and >= 0
                && again + 1 < units.Count && units[again + 1].Norm is "," or "and" or "or" or "." && !OpensClause(units, again, false))
            {
                result.Add(again);
                i = again + 1;
                while (i < units.Count && units[i].Tail)
                    i++;
                continue;
            }
            // ("Ansaru, an al-Qaeda-aligned splinter of Boko Haram, has ...": never a name inside an indefinite apposition.)
            // (Not the speakers closing the sentence: "killed X, the deputy head of the PMF, the Pentagon and the militias said.")
            if (norm == "," && units[i + 1].Norm is not ("a" or "an") && NextListed(units, i + 1) is var item and >= 0 && item + 1 < units.Count
                && units[item + 1].Norm is "," or "and" or "or" && !ListEndsInReport(units, item))
            {
                result.Add(item);
                i = item + 1;
                while (i < units.Count && units[i].Tail)
                    i++;
                continue;
            }
            if (norm is "and" or "or")
            {
                var j = i + 1;
                // ("fought both the army and, at times, the Pakistani Taliban": past an adverb set off by commas.)
                if (j + 2 < units.Count && units[j].Norm == ",")
                    for (var k = j + 1; k < units.Count && k <= j + 4 && !units[k].IsMention && char.IsLower(units[k].Norm[0]); k++)
                        if (k + 1 < units.Count && units[k + 1].Norm == ",")
                        {
                            j = k + 2;
                            break;
                        }
                // "and its commander, Zahran Alloush", "and its ally Qatar"
                if (j < units.Count && units[j].Lead is "its" or "their" && !units[j].IsMention)
                {
                    var k = j + 1;
                    while (k < units.Count && k - j <= 3 && !units[k].IsMention && units[k].Norm is not ("and" or "or" or ";"))
                        k++;
                    // "and its allies on Bamako": a name after a preposition is a place or a target, not the one listed.
                    if (Enumerable.Range(j + 1, k - j - 1).Any(p => Prepositions.Contains(units[p].Norm)))
                        break;
                    j = k;
                }
                else if (j + 2 < units.Count && units[j].Lead is "its" or "their" && units[j + 2].Norm == ",")
                {
                    j += 3;
                }
                // "a patron of the Brotherhood and of Hamas": the preposition said again before the second name.
                // ("supported by US airstrikes and by the African Union mission", "attacks from Iran and from Iraq")
                else if (j < units.Count && !units[j].IsMention && units[j].Norm is "of" or "to" or "with" or "against" or "on" or "by" or "from"
                    && PrepositionBefore(units, slot) == units[j].Norm)
                {
                    j++;
                }
                // "absorbed into X, and Jund al-Aqsa was integrated into Y": a name followed by its own verb opens a clause.
                // ("a rival alliance of Faylaq al-Rahman and Nusra has killed ...": the verb is the whole phrase's.)
                if (NextListed(units, j) is var last and >= 0 && (OfCollective(units, slot) || !OpensClause(units, last, ObjectOfVerbBefore(units, slot))))
                    result.Add(last);
                break;
            }
            // "alongside the Ras Kamboni brigade, a Somali militia led by Ahmed Madobe, and troops of the TFG": an
            // indefinite apposition after a listed name is stepped over.
            if (norm == "," && units[i + 1].Norm is "a" or "an" && AppositionClose(units, i + 1) is var close and > 0
                && close + 1 < units.Count && units[close + 1].Norm is "and" or "or")
            {
                i = close + 1;
                continue;
            }
            // "A, B, and C"; not "between the army, led by General X, and the RSF", where the comma closes an aside and
            // a list of two would have none.
            if (norm == "," && units[i + 1].Norm is "and" or "or" && (result.Count > 0 || ListedBefore(units, slot)))
            {
                i++;
                continue;
            }
            break;
        }
        return result;
    }

    /// <summary>Whether the names listed from <paramref name="item"/> on are the subject of a verb of saying ("the Pentagon and the militias said").</summary>
    private static bool ListEndsInReport(IReadOnlyList<Unit> units, int item)
    {
        for (var k = item + 1; k < units.Count && k <= item + 8; k++)
        {
            // ("The task force, made up of troops from Nigeria, Chad and Niger, said ...": not a verb after the comma that closes
            // the apposition the list ends; its subject is the head.)
            if (MentionFinder.SayingVerbs.Contains(units[k].Norm))
                return units[k - 1].Norm != ",";
            if (!(units[k].IsMention || units[k].Tail || units[k].Norm is "," or "and" or "the" or "its" or "their" or "'s"))
                return false;
        }
        return false;
    }

    /// <summary>
    /// The sides named in ", together with A and B," (", along with", ", alongside") right after the name at
    /// <paramref name="slot"/>, closed by a comma before <paramref name="end"/>; else none.
    /// </summary>
    private static List<int> JoinedInAside(IReadOnlyList<Unit> units, int slot, int end)
    {
        var i = slot + 1;
        while (i < units.Count && units[i].Tail)
            i++;
        // ("Rebel factions including Jabhat Fateh al-Sham, the former Nusra Front, launched": without a comma before
        // "including" too, when a comma closes the parts.)
        if (i + 2 >= end || (units[i].Norm != "," && units[i].Norm != "including") || (units[i].Norm == "," && i + 3 >= end))
            return [];
        // ("Units of the PMF, including Asaib Ahl al-Haq, took part": the parts named act with the whole.)
        var first = units[i].Norm == "including" ? i + 1
            : units[i + 1].Norm is "alongside" or "including" ? i + 2
            : units[i + 1].Norm is "together" or "along" && units[i + 2].Norm == "with" ? i + 3 : -1;
        if (first < 0 || NextListed(units, first) is not (var named and >= 0))
            return [];
        var joined = Following(units, named);
        joined.Insert(0, named);
        var last = joined[^1];
        while (last + 1 < units.Count && units[last + 1].Tail)
            last++;
        return last + 1 < end && units[last + 1].Norm == "," ? joined : [];
    }

    /// <summary>The "of" before a person at <paramref name="person"/>, past up to three words of his title ("of regional president"); else -1.</summary>
    private static int OfBeforeTitle(IReadOnlyList<Unit> units, int person)
    {
        for (var k = person - 1; k >= 0 && person - k <= 4; k--)
            if (units[k].Norm == "of")
                return k;
            else if (units[k].IsMention || !char.IsLetter(units[k].Norm[0]) || !LeaderTitles.Contains(units[k].Norm))
                return -1;
        return -1;
    }

    /// <summary>Words of a leader's title between "of" and his name (a group's or a region's, not only a state's).</summary>
    private static readonly HashSet<string> LeaderTitles =
        ["regional", "former", "president", "prime", "minister", "leader", "commander", "general", "chief", "warlord", "strongman", "cleric", "marshal", "field", "veteran", "late"];

    /// <summary>"as well as" at <paramref name="i"/>.</summary>
    private static bool AsWellAs(IReadOnlyList<Unit> units, int i) =>
        i + 3 < units.Count && units[i].Norm == "as" && units[i + 1].Norm == "well" && units[i + 2].Norm == "as";

    /// <summary>The comma closing an apposition opened at <paramref name="open"/> that ", as well as" follows, or -1.</summary>
    private static int AsWellAsAfter(IReadOnlyList<Unit> units, int open)
    {
        for (var k = open + 1; k < units.Count && k - open <= 10; k++)
            if (units[k].Norm == ",")
                return AsWellAs(units, k + 1) ? k : -1;
            else if (ClauseEnds.Contains(units[k].Norm) || units[k].Norm is "and" or "or")
                return -1;
        return -1;
    }

    /// <summary>The comma closing an apposition that opens at <paramref name="open"/>, within twelve words and no name of an actor but a person; else -1.</summary>
    private static int AppositionClose(IReadOnlyList<Unit> units, int open)
    {
        for (var k = open + 1; k < units.Count && k - open <= 12; k++)
            if (units[k].Norm == ",")
                return k;
            else if (units[k].IsMention && !units[k].Person || ClauseEnds.Contains(units[k].Norm) || units[k].Norm is "and" or "or")
                return -1;
        return -1;
    }

    /// <summary>True when a listed name and a comma stand before the slot ("Iraqi units, Kurdish Peshmerga fighters, and ...").</summary>
    private static bool ListedBefore(IReadOnlyList<Unit> units, int slot)
    {
        var k = slot - 1;
        while (k > 0 && units[k].Norm == "the")
            k--;
        return k > 0 && units[k].Norm == "," && (units[k - 1].IsMention || units[k - 1].Tail);
    }

    /// <summary>True when "between" stands within six words before <paramref name="first"/>, in its clause.</summary>
    private static bool BetweenBefore(IReadOnlyList<Unit> units, int first)
    {
        for (var k = first - 1; k >= 0 && first - k <= 6 && !ClauseEnds.Contains(units[k].Norm); k--)
            if (units[k].Norm == "between")
                return true;
        return false;
    }

    /// <summary>True for a name right after "an alliance of", "a coalition of the": the first of the sides the collective names.</summary>
    private static bool OfCollective(IReadOnlyList<Unit> units, int slot)
    {
        var before = slot - 1;
        while (before >= 0 && units[before].Norm == "the")
            before--;
        return before >= 1 && units[before].Norm == "of" && CollectiveNouns.Contains(units[before - 1].Norm);
    }

    /// <summary>True when a comma closes the aside opened at <paramref name="comma"/> before <paramref name="end"/>, the match's verb past it.</summary>
    private static bool VerbPastAside(IReadOnlyList<Unit> units, int comma, int end)
    {
        for (var k = comma + 1; k < end - 1 && k <= comma + 20; k++)
            if (units[k].Norm == ",")
                return true;
            else if (units[k].Norm is ";" or ":" or ".")
                return false;
        return false;
    }

    /// <summary>
    /// A comma at <paramref name="comma"/> opening an apposition about one: "a ..." or "the ... head of" (its noun
    /// before "of" singular), not "the two groups" or "both ...".
    /// </summary>
    private static bool SingularApposition(IReadOnlyList<Unit> units, int comma)
    {
        if (comma + 1 >= units.Count || units[comma].Norm != ",")
            return false;
        var article = units[comma + 1].Norm;
        if (article is "a" or "an")
            return true;
        // ", the PMF's deputy chief", ", Hezbollah's top commander": one man's role in a group; ", al Qaeda's local
        // affiliate": one group's place in another.
        var owner = article == "the" ? comma + 2 : comma + 1;
        if (owner + 2 < units.Count && units[owner].IsMention && units[owner + 1].Norm == "'s")
            for (var i = owner + 2; i < units.Count && i <= owner + 4 && !units[i].IsMention; i++)
                if (RoleNouns.Contains(units[i].Norm) || (BranchNouns.Contains(units[i].Norm) && !units[i].Norm.EndsWith('s')))
                    return true;
        // ", the former al Qaeda affiliate,", ", the Islamist group led by ...": a definite phrase whose head is one group's noun.
        if (article == "the")
            for (var i = comma + 2; i < units.Count && i <= comma + 6; i++)
            {
                if (Unit.SingularGroupNouns.Contains(units[i].Norm))
                    return true;
                if (!units[i].IsMention && !(char.IsLower(units[i].Norm[0]) && char.IsLetter(units[i].Norm[0]) && !IsPreposition(units[i].Norm) && units[i].Norm is not ("and" or "or")))
                    break;
            }
        // ", the deputy head of the PMF", and with no article (", deputy head of the PMF").
        if (article != "the" && (units[comma + 1].IsMention || !char.IsLower(article[0])))
            return false;
        // (", the main component of the SDF": one group's place in another.)
        for (var i = article == "the" ? comma + 2 : comma + 1; i + 1 < units.Count && i <= comma + 5 && !units[i].IsMention; i++)
            if (units[i + 1].Norm == "of")
                return RoleNouns.Contains(units[i].Norm) || (PartNoun(units[i].Norm) && !units[i].Norm.EndsWith('s'))
                    || units[i].Norm is "backbone" or "core" or "pillar" or "mainstay" or "spearhead";
        return false;
    }

    /// <summary>The preposition before a slot's name and its determiners ("of" in "a patron of the Brotherhood"), or null.</summary>
    private static string? PrepositionBefore(IReadOnlyList<Unit> units, int slot)
    {
        var i = slot - 1;
        // ("backed by the eastern-based House of Representatives and by Haftar": past a modifier or two.)
        var modifiers = 0;
        while (i >= 0 && !units[i].IsMention && (units[i].Norm is "the" or "its" or "their" or "-"
            || (modifiers++ < 3 && char.IsLower(units[i].Norm[0]) && !Prepositions.Contains(units[i].Norm) && units[i].Norm is not ("and" or "or"))))
            i--;
        return i >= 0 && !units[i].IsMention && Prepositions.Contains(units[i].Norm) ? units[i].Norm : null;
    }

    /// <summary>A name followed by an auxiliary or a copula ("Jund al-Aqsa was ...") is the subject of a clause of its own.</summary>
    private static bool OpensClause(IReadOnlyList<Unit> units, int name, bool afterObject)
    {
        var next = name + 1;
        while (next < units.Count && units[next].Tail)
            next++;
        // "backed Assad and Turkey backed the rebels": after a verb's object, a name followed by its own verb opens a
        // clause ("A, B and C launched the offensive" is one subject list).
        return next < units.Count && !units[next].IsMention
            && (Auxiliaries.Contains(units[next].Norm) || Copulas.Contains(units[next].Norm) || (afterObject && FiniteVerbAfter(units, name)));
    }

    /// <summary>Whether the name at <paramref name="name"/> follows ", and" (", but", past "the") and has a verb of its own.</summary>
    private static bool SubjectAfterCommaAnd(IReadOnlyList<Unit> units, int name)
    {
        var k = name >= 1 && units[name - 1].Norm == "the" ? name - 2 : name - 1;
        return k >= 1 && units[k].Norm is "and" or "but" && units[k - 1].Norm == "," && OpensClause(units, name, afterObject: true);
    }

    /// <summary>True when a verb stands right before the name at <paramref name="slot"/> (past its determiners): its object.</summary>
    private static bool ObjectOfVerbBefore(IReadOnlyList<Unit> units, int slot)
    {
        var k = slot - 1;
        while (k >= 0 && !units[k].IsMention && units[k].Norm is "the" or "a" or "an" or "its" or "their")
            k--;
        return k >= 0 && !units[k].IsMention && !units[k].AfterHyphen && (PresentVerbs.Contains(units[k].Norm) || PastVerb(units[k])
            || (units[k].Norm.Length > 5 && units[k].Norm.EndsWith("ing", StringComparison.Ordinal) && !IngPrepositions.Contains(units[k].Norm)));
    }

    /// <summary>"-ing" words that govern a noun as prepositions do ("during the war", "including the SDF"), not as verbs.</summary>
    private static readonly HashSet<string> IngPrepositions =
        ["during", "including", "following", "regarding", "concerning", "excluding", "according", "notwithstanding", "pending", "involving", "surrounding"];

    /// <summary>
    /// "Russia backed Assad and Turkey backed the rebels": a verb right after the name, itself followed by no
    /// preposition ("militants based in Idlib" is a participle describing them).
    /// </summary>
    private static bool FiniteVerbAfter(IReadOnlyList<Unit> units, int name)
    {
        // "Iran sent militias": the verb may have been read as a modifier of the name's head noun.
        if (name + 1 < units.Count && units[name + 1].Tail && VerbAt(units, name + 1))
            return true;
        var next = name + 1;
        while (next < units.Count && units[next].Tail)
            next++;
        return VerbAt(units, next);
    }

    private static bool VerbAt(IReadOnlyList<Unit> units, int next)
    {
        if (next >= units.Count || units[next].IsMention || units[next].AfterHyphen)
            return false;
        var word = units[next].Norm;
        var verb = PresentVerbs.Contains(word) || word is "fought" or "struck" or "took" or "drove" or "held" or "won" or "seized" or "overran"
            or "sent" or "shot" or "beat" or "hit" or "led" || (word.Length > 4 && word.EndsWith("ed", StringComparison.Ordinal));
        // "and American drones have struck": an auxiliary makes the verb finite.
        if (word is "has" or "have" or "had" or "is" or "are" or "was" or "were" or "will")
            return true;
        return verb && !(next + 1 < units.Count && Prepositions.Contains(units[next + 1].Norm));
    }

    /// <summary>Verbs of the present tense that take a side as object ("Iran arms the Houthis").</summary>
    private static readonly HashSet<string> PresentVerbs =
        ["backs", "supports", "funds", "arms", "finances", "sponsors", "trains", "equips", "opposes", "fights", "shells", "bombs",
         "targets", "shelters", "protects"];

    /// <summary>The actor of a list item starting at <paramref name="pos"/> ("the Army of Islam", "Kurdish Peshmerga fighters"), or -1.</summary>
    private static int NextListed(IReadOnlyList<Unit> units, int pos)
    {
        while (pos < units.Count && units[pos].Norm is "the" or "a" or "an" or "\"" or "'" or "its" or "their" or "other")
            pos++;
        // "killed four US soldiers and four Nigerien troops": a count before the side's men.
        if (pos + 1 < units.Count && !units[pos].IsMention && (char.IsDigit(units[pos].Norm[0]) || ListedCounts.Contains(units[pos].Norm)) && units[pos + 1].IsMention)
            pos++;
        // "and troops of the TFG", "and southern fighters of the Giants Brigades": a side's men, then the side.
        if (pos + 3 < units.Count && !units[pos].IsMention && units[pos].Norm is "southern" or "northern" or "eastern" or "western" or "local" or "tribal" or "allied"
            && ListedMenNouns.Contains(units[pos + 1].Norm))
            pos++;
        // ("and several hundred mercenaries from the Wagner Group": past a count of them.)
        var counted = pos;
        while (counted < units.Count && counted < pos + 2 && !units[counted].IsMention
               && (char.IsDigit(units[counted].Norm[0]) || ListedCounts.Contains(units[counted].Norm) || units[counted].Norm is "hundred" or "thousand" or "some" or "about"))
            counted++;
        if (counted > pos && counted + 2 < units.Count && ListedMenOrHired.Contains(units[counted].Norm)
            && units[counted + 1].Norm is "of" or "from")
            pos = counted;
        // ("and fighters from Hezbollah": men from a side are its men too.)
        if (pos + 2 < units.Count && !units[pos].IsMention && ListedMenOrHired.Contains(units[pos].Norm) && units[pos + 1].Norm is "of" or "from")
            for (pos += 2; pos < units.Count && units[pos].Norm == "the"; pos++) { }
        // "and the hard-line Ahrar al-Sham", "and the jihadist Jund al-Aqsa": a group's adjective before its name.
        if (pos + 1 < units.Count && !units[pos].IsMention && !units[pos + 1].IsMention && units[pos + 1].AfterHyphen && pos + 2 < units.Count && units[pos + 2].IsMention)
            pos += 2;
        else if (pos + 1 < units.Count && ListedAdjectives.Contains(units[pos].Norm) && units[pos + 1].IsMention)
            pos++;
        // ("and the newly formed Army of the Mujahideen": an adverb and its participle.)
        else if (pos + 2 < units.Count && AdverbAndParticiple(units, pos + 1) && units[pos + 2].IsMention)
            pos += 2;
        // "and the Lebanese militia Hezbollah", "and the group JNIM": a noun that classes the name after it, with its
        // people's word.
        else if (pos + 2 < units.Count && (units[pos].Demonym || units[pos].ByDemonym || (!units[pos].IsMention && ListedAdjectives.Contains(units[pos].Norm)))
                 && ClassNouns.Contains(units[pos + 1].Norm) && units[pos + 2].IsMention)
            pos += 2; // ("and the Salafist group Ahrar al-Sham")
        else if (pos + 1 < units.Count && !units[pos].IsMention && ClassNouns.Contains(units[pos].Norm) && units[pos + 1].IsMention)
            pos++;
        // "and Iranian-backed Shiite paramilitaries": a name opening a compound modifier is not the item; the compound's
        // head is, when it names one.
        if (pos + 1 < units.Count && units[pos].IsMention && units[pos + 1].AfterHyphen && !units[pos + 1].IsMention)
        {
            var head = pos + 2;
            while (head < units.Count && head - pos <= 4 && !units[head].IsMention && units[head].Norm is not ("," or "and" or "or"))
                head++;
            return head < units.Count && units[head].IsMention && units[head].Norm == Unit.MentionNorm ? head : -1;
        }
        return pos < units.Count && units[pos].IsMention && units[pos].Norm == Unit.MentionNorm ? pos : -1;
    }

    /// <summary>
    /// The side listed after one to three words that name no actor and "and" at <paramref name="pos"/> ("civilians and
    /// Taliban fighters", "fuel depots and Houthi positions"); -1 when a word of another kind stands among them (a
    /// preposition, a verb, a comma), or when the list does not end with the side ("and Taliban fighters fled", "and the Saudi-led
    /// air campaign against the group").
    /// </summary>
    /// <remarks>
    /// Not after a verb joined to a name ("UAE-backed forces and Houthis battle": the forces are the compound's head, the list
    /// the clause's subject), nor past a role ("the network's leader and the Taliban's minister").
    /// </remarks>
    private static int SideListedAfterThings(IReadOnlyList<Unit> units, int pos)
    {
        if (pos >= 1 && units[pos - 1].AfterHyphen)
            return -1;
        var q = pos < units.Count && units[pos].Norm is "the" or "a" or "an" ? pos + 1 : pos;
        var words = 0;
        for (; q < units.Count && words < 3 && !units[q].IsMention && char.IsLetter(units[q].Norm[0]) && units[q].Norm != "and" && !AsWellAs(units, q)
               && !Prepositions.Contains(units[q].Norm) && !RelativePronouns.Contains(units[q].Norm) && !RoleNouns.Contains(units[q].Norm)
               && !units[q].Norm.EndsWith("ed", StringComparison.Ordinal) && !Auxiliaries.Contains(units[q].Norm) && !IrregularVerbs.Contains(units[q].Norm); q++)
            words++;
        // ("targeted the Hazara minority as well as Taliban officials": "as well as" lists as "and" does.)
        var listed = q < units.Count && units[q].Norm == "and" ? q + 1 : q < units.Count && AsWellAs(units, q) ? q + 3 : -1;
        if (words == 0 || listed < 0 || NextListed(units, listed) is not (>= 0 and var side))
            return -1;
        var after = side + 1;
        while (after < units.Count && (units[after].Tail || (units[after].AfterHyphen && !units[after].IsMention)))
            after++;
        // ("and Taliban checkpoints": past a plural the side owns, when no word for its men was read with it.)
        if (after == side + 1 && after < units.Count && !units[after].IsMention && units[after].Norm.Length > 3 && char.IsLower(units[after].Norm[0])
            && units[after].Norm.EndsWith('s') && !units[after].Norm.EndsWith("ss", StringComparison.Ordinal) && !Auxiliaries.Contains(units[after].Norm))
            after++;
        // The list ends with the side: the sentence or a clause ends, or a place or time follows ("in Kunduz", "since May").
        return after >= units.Count || !char.IsLetter(units[after].Norm[0]) || units[after].Norm is "and" or "or"
            || (Prepositions.Contains(units[after].Norm) && units[after].Norm != "against") || Subordinators.Contains(units[after].Norm) ? side : -1;
    }

    /// <summary>A side's men named as an item of a list before "of" and the side ("and troops of the TFG").</summary>
    private static readonly HashSet<string> ListedMenNouns = ["troops", "forces", "fighters", "soldiers", "units", "militiamen", "members"];

    /// <summary>A side's men or men it hires, listed before "of" or "from" and the side ("and mercenaries from the Wagner Group").</summary>
    /// <remarks>Declared after <see cref="ListedMenNouns"/>, whose words it takes.</remarks>
    private static readonly HashSet<string> ListedMenOrHired = [.. ListedMenNouns, "mercenaries"];

    /// <summary>A side's men before "of" or "from" and its name, as the second item of a list ("and separatists of the CSP").</summary>
    /// <remarks>Declared after <see cref="ListedMenNouns"/>, whose words it takes: static fields start in the order written.</remarks>
    private static readonly HashSet<string> MenOfSide =
        [.. ListedMenNouns, "separatists", "militants", "rebels", "gunmen", "jihadists", "insurgents", "members"];

    private static readonly HashSet<string> ListedAdjectives =
        ["hardline", "jihadist", "islamist", "salafist", "salafi", "powerful", "radical", "extremist", "rival", "fellow", "smaller",
         "larger", "militant", "moderate", "ultraconservative", "conservative", "secular", "influential", "shadowy", "paramilitary", "separatist",
         "mainstream", "little-known", "notorious", "feared", "elite", "breakaway"];

    /// <summary>Actors listed before a subject: "Iran and Russia back ...", "A, B and C launched", "A, B, and C launched".</summary>
    internal static List<int> Preceding(IReadOnlyList<Unit> units, int slot)
    {
        var result = new List<int>();
        // ("The MNLA and Ansar Dine, the Islamist group led by Iyad Ag Ghaly,": one group's description after a comma is
        // the last name's apposition, not an item of the list before it.)
        if (units[slot].OneGroupDescribed && slot >= 1 && units[slot - 1].Norm == ",")
            return result;
        // "Peshmerga forces and the PKK-affiliated YBS": the first part of a hyphenated modifier belongs to the noun
        // after it; a list before the phrase is not its list, but a list of modifiers is ("Russian and Iranian-backed").
        var modifier = slot + 1 < units.Count && units[slot + 1].AfterHyphen;
        if (modifier && !(slot >= 2 && units[slot - 1].Norm is "and" or "," && units[slot - 2].ByDemonym))
            return result;
        var i = slot - 1;
        // "Somali troops and clan militias known as Ma'awisley": the class noun and the words giving the name stand before it.
        for (var k = Math.Max(0, slot - 5); k < slot - 1; k++)
            if (NameAfterClassNoun(units, k) == slot)
            {
                i = k - 1;
                break;
            }
        // "Turkey and its Syrian rebel allies launched": the possessor is listed with what it owns; "and the
        // Western-backed SRF": a compound modifier is stepped over whole; "Turkey and allied Syrian rebel factions
        // launched": so is a word saying the second side is the first's ally.
        // ("and the newly formed Army of the Mujahideen": so is an adverb with its participle.)
        // ("Sudan's army and the paramilitary RSF fought": so is a group's adjective before its name; "Ahrar al-Sham and several
        // FSA brigades joined": and a word of number.)
        while (i >= 0 && (units[i].Norm is "the" or "\"" or "'" or "its" or "their" or "allied" or "friendly"
                   or "several" or "some" or "many" or "various" or "numerous" or "other" || units[i].Demonym || (units[i].AfterHyphen && i > 0)
            || AdverbAndParticiple(units, i) || (!units[i].IsMention && ListedAdjectives.Contains(units[i].Norm))))
            i -= units[i].AfterHyphen || AdverbAndParticiple(units, i) ? 2 : 1;
        // "Taliban fighters and militants loyal to the Islamic State's branch fought": men with no name of their own, tied
        // to the side, are listed as the side.
        // ("Kenyan troops and allied militiamen of the Ras Kamboni brigade": past a word making them the first item's allies.)
        if (UnnamedMenTiedBy(units, i) is var men and >= 1)
            i = men >= 2 && units[men - 1].Norm is "allied" or "friendly" ? men - 2 : men - 1;
        // "fighters of JNIM and Tuareg separatists of the CSP ambushed": so are the side's men named before "of" or "from",
        // with up to two words for their people.
        else if (i >= 2 && units[i].Norm is "of" or "from" && !units[i - 1].IsMention && MenOfSide.Contains(units[i - 1].Norm))
            for (i -= 2; i >= 1 && slot - i <= 6 && !units[i].IsMention && (units[i].Demonym || units[i].Capitalized || ListedAdjectives.Contains(units[i].Norm)); i--) { }
        // "Whereas the Taliban have fought ISKP, they have protected ...": the comma that ends an opening clause lists nothing.
        if (i < 1 || units[i].Norm is not ("and" or ",") || (units[i].Norm == "," && ClosesOpeningClause(units, i)))
            return result;
        if (units[i].Norm == "and" && units[i - 1].Norm == ",")
        {
            i--;
            // "the UAE and Egypt back Haftar, and the Emiratis have bombed ...": ", and" after a verb's object opens a
            // clause of its own.
            var last = i - 1;
            while (last >= 0 && units[last].Tail)
                last--;
            if (last >= 0 && units[last].IsMention && WordOfVerbBefore(units, last))
                return result;
        }
        // "Iran, which backs Hezbollah, and Russia, which ...": the comma that closes a relative clause ends the list before it.
        if (ClosesRelativeBeforeAnother(units, i))
            return result;
        while (i >= 1 && units[i].Norm is "," or "and")
        {
            var j = i - 1;
            while (j >= 0 && units[j].Tail)
                j--;
            // "The Islamic Front, the largest rebel alliance, and the SRF": the item is the name the apposition describes.
            if (units[i].Norm == "," && (j < 0 || !units[j].IsMention) && OpeningOfApposition(units, i) is var described and > 0)
                j = described - 1;
            if (j < 0 || !units[j].IsMention || units[j].Norm != Unit.MentionNorm)
                break;
            // A list, not an apposition: "the SRF, which ..." or "Nusra, al Qaeda's branch, and" are not items.
            result.Add(j);
            var k = j - 1;
            while (k >= 0 && units[k].Norm is "the" or "\"" or "'")
                k--;
            if (k < 1 || units[k].Norm != ",")
            {
                if (k >= 0 && units[k].Norm == "and")
                    i = k;
                else
                    break;
                continue;
            }
            i = k;
        }
        // Only a list whose first item can be a subject is a subject list; "a coalition of A, B and C" is one too.
        if (result.Count == 0)
            return result;
        var first = result[^1] - 1;
        while (first >= 0 && units[first].Norm is "the" or "\"" or "'")
            first--;
        // "Unlike ISKP, the Taliban maintain ties with al Qaeda": the one set against the subject is not with it.
        if (first >= 0 && units[first].Norm is "unlike" or "like" or "besides" or "except" or "despite" or "than")
            return [];
        var ofCollective = first >= 1 && units[first].Norm == "of" && CollectiveNouns.Contains(units[first - 1].Norm);
        // "between X and Y, both of whom have fought Z": the relative clause is about the whole list.
        var bothOfWhom = slot + 4 < units.Count && units[slot + 1].Norm == "," && units[slot + 2].Norm is "both" or "all" && units[slot + 4].Norm == "whom";
        // "Russia backs Assad and Turkey backs the rebels": a list whose first item is a verb's object belongs to the clause before.
        var objectBefore = ObjectOfVerbBefore(units, result[^1]) && FiniteVerbAfter(units, slot);
        // ("prompting US and British strikes on their positions": demonyms listed before one noun of theirs are that noun's
        // owners together, wherever the noun stands.)
        var demonymsOfOneNoun = units[slot].ByDemonym && result.All(r => units[r].ByDemonym) && slot + 1 < units.Count && !units[slot + 1].IsMention
            && char.IsLetter(units[slot + 1].Norm[0]);
        return ofCollective || bothOfWhom || demonymsOfOneNoun || (IsSubjectCandidate(units, result[^1]) && !objectBefore) ? result : [];
    }
}
