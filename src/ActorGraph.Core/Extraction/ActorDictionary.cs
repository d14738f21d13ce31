using ActorGraph.Core.Model;
using YamlDotNet.RepresentationModel;

namespace ActorGraph.Core.Extraction;

/// <summary>
/// The actor dictionary of <c>seed/actors.yaml</c>, compiled into a token trie so that every name is
/// found in one left-to-right pass, whatever the number of aliases (longest match wins).
/// Short all-capital aliases (IS, SRF, AQ, US) match case-sensitively so they never fire on "is" or "us".
/// Each word is looked up by three keys: exact (acronyms), folded ("Nusrah" = "Nusra") and, for longer words,
/// its consonant skeleton ("Hezbollah" = "Hizballah"). Contextual aliases ("the rebels", "the coalition") name an
/// actor only in documents about one of its theatres (Syria, Yemen, ...), which the document's places tell.
/// </summary>
public sealed class ActorDictionary
{
    internal const char ExactMark = '\u0001';
    private static readonly string[] Articles = ["al", "el", "ad", "ar", "as", "ash", "an", "at", "az", "a", "adh", "ath"];

    private readonly TrieNode _root = new();
    private readonly TrieNode _places = new();
    private readonly TrieNode _cities = new(); // a state's own towns, by the state's index (see "cities" in actors.yaml)
    private readonly List<Actor> _actors = [];
    private readonly List<int[]> _actorTheatres = [];

    /// <summary>When each actor's contextual aliases name it (always, unless actors.yaml bounds them).</summary>
    private readonly List<ContextualPeriod> _contextualPeriods = [];
    private readonly List<string> _theatres = [];
    private readonly Dictionary<string, int> _byName = new(StringComparer.OrdinalIgnoreCase);

    public IReadOnlyList<Actor> Actors => _actors;

    private readonly Dictionary<string, string> _countryOf = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _groupOf = new(StringComparer.Ordinal);

    /// <summary>The group a known person leads or belongs to (actors.yaml's 'group'), or null.</summary>
    internal string? GroupOf(string person) => _groupOf.GetValueOrDefault(person);

    private readonly HashSet<string> _stateCoalitions = new(StringComparer.Ordinal);

    /// <summary>A coalition of states or their forces (a peacekeeping mission, "the US-led coalition"): never "the group" or "the militants".</summary>
    internal bool IsStateCoalition(string actor) => _stateCoalitions.Contains(actor);

    private readonly Dictionary<string, Ideology> _ideologies = new(StringComparer.Ordinal);

    /// <summary>
    /// What the dictionary says an actor professes ('ideology'): <see cref="Ideology.None"/> for one it lists without it,
    /// null for one it does not list (a group the document defined may be anything).
    /// </summary>
    internal Ideology? IdeologyOf(string actor) =>
        _ideologies.TryGetValue(actor, out var ideology) ? ideology : _byName.ContainsKey(actor) ? Ideology.None : null;

    /// <summary>Actors whose names mean another from a day on ('succeeds'): after August 2021 "Kabul" is the Taliban's government.</summary>
    private readonly Dictionary<string, (string Successor, DateOnly From)> _successors = new(StringComparer.Ordinal);

    /// <summary>The actor <paramref name="actor"/>'s names mean in a document published on <paramref name="published"/>.</summary>
    internal string ActorAsOf(string actor, DateOnly? published) =>
        published is { } day && _successors.TryGetValue(actor, out var next) && day >= next.From ? next.Successor : actor;

    /// <summary>The country a one-word place or people of a theatre belongs to ("Yemeni" → "Yemen"), or null.</summary>
    internal string? CountryOf(string word) => _countryOf.GetValueOrDefault(word.ToLowerInvariant());

    /// <summary>The countries the theatres open with ("Iraq", "Somalia"), folded to lower case; not their regions ("Jubaland").</summary>
    private readonly HashSet<string> _countries = new(StringComparer.Ordinal);

    /// <summary>Whether <paramref name="word"/> is a country a theatre opens with ("Iraq"), not a region or a city of it.</summary>
    internal bool IsCountry(string word) => _countries.Contains(word.ToLowerInvariant());

    /// <summary>The theatres the dictionary knows ("syria", "yemen", ...), in file order.</summary>
    public IReadOnlyList<string> Theatres => _theatres;

    /// <summary>Words that stand for an actor named before (its, their, it, they).</summary>
    public IReadOnlySet<string> Pronouns { get; private set; } = new HashSet<string>();

    /// <summary>
    /// Nouns after which a possessive pronoun stands for an actor: "its fighters" is the group, "its allies" is not.
    /// </summary>
    public IReadOnlySet<string> PossessedNouns { get; private set; } = new HashSet<string>();

    /// <summary>Phrases that refer back to a group ("the jihadist group"), as lower-case token lists.</summary>
    public PhraseList Descriptions { get; private set; } = PhraseList.Empty;

    /// <summary>Phrases that refer back to the sides named together last ("the two groups", "these factions").</summary>
    public PhraseList PluralDescriptions { get; private set; } = PhraseList.Empty;

    /// <summary>Pronouns that may stand for several actors at once ("they", "them").</summary>
    public IReadOnlySet<string> PluralPronouns { get; private set; } = new HashSet<string>();

    /// <summary>Words that stand for a person named before (he, his, him).</summary>
    public IReadOnlySet<string> PersonPronouns { get; private set; } = new HashSet<string>();

    /// <summary>Phrases that refer back to an act of violence and so to its authors ("the operation", "the airstrike").</summary>
    public PhraseList EventDescriptions { get; private set; } = PhraseList.Empty;

    /// <summary>Words that name a people or a state's forces before a noun ("Iraqi", "Kurdish"): modifiers, not actors.</summary>
    public IReadOnlySet<string> Demonyms { get; private set; } = new HashSet<string>();

    /// <summary>The actor a one-word demonym names before a force noun ("Malian" gives Mali), for lists such as "Malian, French and UN forces".</summary>
    public IReadOnlyDictionary<string, string> DemonymActors { get; private set; } = new Dictionary<string, string>();

    private readonly Dictionary<string, string> _coalitionLedBy = new(StringComparer.Ordinal);

    /// <summary>The coalition a state's "-led" demonym names ("Saudi-led": the Saudi-led coalition), or null.</summary>
    public string? CoalitionLedBy(string state) => _coalitionLedBy.GetValueOrDefault(state);

    private readonly Dictionary<string, string> _leaderOf = new(StringComparer.Ordinal);

    /// <summary>The state that leads a coalition named after it ("US-led coalition": the United States), or null.</summary>
    public string? LeaderOf(string coalition) => _leaderOf.GetValueOrDefault(coalition);

    /// <summary>Nouns that name a group's members or forces: "Nusra fighters", "Kurdish militants".</summary>
    public IReadOnlySet<string> ForceNouns { get; private set; } = new HashSet<string>();

    /// <summary>Force nouns that after a state's demonym name its nationals under arms, not its forces ("Chadian mercenaries").</summary>
    public IReadOnlySet<string> IrregularNouns { get; private set; } = new HashSet<string>();

    /// <summary>One-word nouns of what a state or group holds and is attacked through ("targets", "positions", "bases").</summary>
    public IReadOnlySet<string> AssetNouns { get; private set; } = new HashSet<string>();

    /// <summary>How unseen organisation names are recognised.</summary>
    public DiscoveryRules Discovery { get; private set; } = DiscoveryRules.Empty;

    public static ActorDictionary Load(string path)
    {
        var yaml = YamlSource.Load(path);
        yaml.RejectUnknown(yaml.Root, "theatres", "actors", "references", "discovery");
        var dictionary = new ActorDictionary();
        if (yaml.Mapping(yaml.Root, "theatres") is { } theatres)
            foreach (var (nameNode, placesNode) in theatres.Children)
            {
                var theatre = yaml.AsString(nameNode, "theatres");
                if (placesNode is not YamlSequenceNode places)
                    throw yaml.Error(placesNode, $"theatre '{theatre}' must list its places");
                dictionary._theatres.Add(theatre);
                // Places match as folded only: skeletons would make "Khorasan" the Ukrainian "Kherson".
                foreach (var place in places.Children)
                    foreach (var keys in KeyVariants(yaml.AsString(place, "theatres"), skeletons: false))
                        Insert(dictionary._places, keys, dictionary._theatres.Count - 1, capital: false);
                // A theatre's list opens with its country: "Yemeni" and "Aden" say "Yemen".
                if (places.Children.Count > 0)
                {
                    var country = yaml.AsString(places.Children[0], "theatres");
                    dictionary._countries.Add(country.ToLowerInvariant());
                    foreach (var place in places.Children.Skip(1).Select(p => yaml.AsString(p, "theatres")).Where(p => !p.Contains(' ')))
                        dictionary._countryOf.TryAdd(place.ToLowerInvariant(), country);
                }
            }

        var list = yaml.Sequence(yaml.Root, "actors") ?? throw yaml.Error(yaml.Root, "missing list 'actors'");
        var demonyms = new List<(string Actor, IReadOnlyList<string> Words)>();
        var claimed = new Dictionary<string, List<Claimed>>(StringComparer.Ordinal);
        var groups = new List<(string Person, string Group, YamlNode Node)>();
        var fightersVariants = new List<(string Alias, int Actor, int[] Theatres)>();
        var successions = new List<(string Predecessor, string Successor, DateOnly From, YamlNode Node)>();
        var theNouns = new List<(string Noun, int Actor, int[] Theatres)>();
        foreach (var node in list.Children)
        {
            if (node is not YamlMappingNode entry)
                throw yaml.Error(node, "each actor must be a mapping with name, type and aliases");
            yaml.RejectUnknown(entry, "name", "type", "aliases", "demonyms", "theatres", "contextual", "contextual_theatres", "contextual_from", "contextual_until",
                "group", "of_states", "succeeds", "ideology", "cities", "note");
            var name = yaml.RequireString(entry, "name");
            var typeText = yaml.RequireString(entry, "type");
            if (!ModelNames.TryParseActorType(typeText, out var type))
                throw yaml.Error(yaml.Get(entry, "type")!, $"unknown actor type '{typeText}' (expected armed_group, state, coalition, person or other)");
            if (dictionary._byName.ContainsKey(name))
                throw yaml.Error(entry, $"actor '{name}' is listed twice");
            var theatresOfActor = yaml.StringList(entry, "theatres").Select(t =>
            {
                var index = dictionary._theatres.IndexOf(t);
                return index >= 0 ? index : throw yaml.Error(yaml.Get(entry, "theatres")!, $"unknown theatre '{t}' (the file's 'theatres' lists {string.Join(", ", dictionary._theatres)})");
            }).ToArray();
            var aliases = yaml.StringList(entry, "aliases");
            var aliasLine = yaml.Get(entry, "aliases") is { } aliasNode ? (int)aliasNode.Start.Line : (int)entry.Start.Line;
            foreach (var alias in aliases.Prepend(name))
                dictionary.Claim(yaml, claimed, name, alias, alias == name ? (int)entry.Start.Line : aliasLine);
            dictionary.Add(new Actor(name, type, aliases), theatresOfActor);
            if (yaml.Get(entry, "cities") is { } citiesNode && type != ActorType.State)
                throw yaml.Error(citiesNode, $"actor '{name}' is no state: only a state has 'cities'");
            foreach (var city in yaml.StringList(entry, "cities"))
                foreach (var keys in KeyVariants(city, skeletons: false))
                    Insert(dictionary._cities, keys, dictionary._actors.Count - 1, capital: false);
            if (yaml.OptionalString(entry, "ideology") is { } ideology)
                dictionary._ideologies[name] = ideology switch
                {
                    "jihadist" => Ideology.Jihadist,
                    "islamist" => Ideology.Islamist,
                    _ => throw yaml.Error(yaml.Get(entry, "ideology")!, $"unknown ideology '{ideology}' of '{name}' (expected jihadist or islamist)"),
                };
            if (yaml.OptionalBool(entry, "of_states"))
            {
                if (type != ActorType.Coalition)
                    throw yaml.Error(yaml.Get(entry, "of_states")!, $"actor '{name}' is no coalition: only a coalition is one 'of_states'");
                dictionary._stateCoalitions.Add(name);
            }
            var contextual = yaml.StringList(entry, "contextual");
            if (contextual.Count > 0 && theatresOfActor.Length == 0)
                throw yaml.Error(yaml.Get(entry, "contextual")!, $"actor '{name}' has contextual aliases but no 'theatres' to say where they apply");
            var period = ReadContextualPeriod(yaml, entry, name, contextual.Count > 0);
            dictionary._contextualPeriods[^1] = period;
            // "contextual_theatres": the theatres, of the actor's own, where its contextual names mean it ("the army" is
            // Ethiopia's in a story of the war in Tigray, the Somali government's in a Somali one where Ethiopia fights too).
            var contextualTheatres = yaml.Get(entry, "contextual_theatres") is { } only
                ? yaml.StringList(entry, "contextual_theatres").Select(t => dictionary._theatres.IndexOf(t) is var index && theatresOfActor.Contains(index)
                    ? index : throw yaml.Error(only, $"contextual theatre '{t}' of '{name}' is not one of its 'theatres'")).ToArray()
                : theatresOfActor;
            foreach (var alias in contextual)
                foreach (var theatre in contextualTheatres)
                    dictionary.Claim(yaml, claimed, name, alias, (int)yaml.Get(entry, "contextual")!.Start.Line, dictionary._theatres[theatre], period);
            foreach (var alias in contextual.Concat(contextual.SelectMany(ArmySites))
                         .Concat(type == ActorType.State ? contextual.SelectMany(CountrysForces).Concat(contextual.SelectMany(OtherServices)) : []))
                foreach (var keys in KeyVariants(alias))
                    InsertContextual(dictionary._root, keys, dictionary._actors.Count - 1, contextualTheatres, LastWordCapital(alias));
            foreach (var alias in contextual.SelectMany(FightersOfForces))
                fightersVariants.Add((alias, dictionary._actors.Count - 1, contextualTheatres));
            foreach (var alias in contextual.Where(a => a.StartsWith("the ", StringComparison.Ordinal) && !a[4..].Contains(' ') && char.IsLower(a[4])))
                theNouns.Add((alias[4..], dictionary._actors.Count - 1, contextualTheatres));
            demonyms.Add((name, yaml.StringList(entry, "demonyms")));
            if (yaml.Mapping(entry, "succeeds") is { } succeeds)
            {
                yaml.RejectUnknown(succeeds, "actor", "from");
                var from = yaml.RequireString(succeeds, "from");
                successions.Add((yaml.RequireString(succeeds, "actor"), name, PartialDate.TryParse(from, out var day) ? day.Value
                    : throw yaml.Error(yaml.Get(succeeds, "from")!, $"'from' of the succession of '{name}' must be a date (YYYY, YYYY-MM or YYYY-MM-DD), not '{from}'"), succeeds));
            }
            if (yaml.Get(entry, "group") is { } groupNode)
            {
                if (type != ActorType.Person)
                    throw yaml.Error(groupNode, $"actor '{name}' is no person: only a person has a 'group'");
                groups.Add((name, yaml.AsString(groupNode, "group"), groupNode));
            }
        }
        // After every name written out, so that one written for another actor of the theatre keeps its meaning.
        foreach (var (alias, actor, theatresOfActor) in fightersVariants)
            foreach (var keys in KeyVariants(alias))
                InsertContextual(dictionary._root, keys, actor, theatresOfActor, LastWordCapital(alias));
        foreach (var (predecessor, successor, from, node) in successions)
            dictionary._successors[predecessor] = dictionary._byName.ContainsKey(predecessor) ? (successor, from)
                : throw yaml.Error(node, $"'{successor}' succeeds '{predecessor}', which is not an actor of the file");
        // A person's group names an actor of the file, wherever it stands in it.
        foreach (var (person, group, node) in groups)
            dictionary._groupOf[person] = dictionary._byName.ContainsKey(group) ? group
                : throw yaml.Error(node, $"the group '{group}' of '{person}' is not an actor of the file");
        if (yaml.Mapping(yaml.Root, "references") is { } references)
        {
            yaml.RejectUnknown(references, "pronouns", "plural_pronouns", "person_pronouns", "descriptions", "plural_descriptions", "event_descriptions", "force_nouns", "asset_nouns", "possessed_nouns", "demonyms", "irregular_nouns");
            dictionary.PossessedNouns = yaml.StringList(references, "possessed_nouns").Select(p => p.ToLowerInvariant()).ToHashSet();
            dictionary.Pronouns = yaml.StringList(references, "pronouns").Select(p => p.ToLowerInvariant()).ToHashSet();
            // Longest first: the first phrase that fits at a word is the longest there.
            PhraseList Phrases(string key) => new(yaml.StringList(references, key)
                .Select(d => Tokenizer.Tokenize(d).Select(t => t.Norm).ToArray()).Where(d => d.Length > 0).OrderByDescending(d => d.Length));
            dictionary.Descriptions = Phrases("descriptions");
            dictionary.PluralDescriptions = Phrases("plural_descriptions");
            dictionary.PluralPronouns = yaml.StringList(references, "plural_pronouns").Select(p => p.ToLowerInvariant()).ToHashSet();
            dictionary.EventDescriptions = Phrases("event_descriptions");
            dictionary.PersonPronouns = yaml.StringList(references, "person_pronouns").Select(p => p.ToLowerInvariant()).ToHashSet();
            dictionary.Demonyms = demonyms.SelectMany(d => d.Words).Concat(yaml.StringList(references, "demonyms"))
                .Where(d => !d.Contains(' ')).Select(d => d.ToLowerInvariant()).ToHashSet();
            var demonymActors = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var (actor, words) in demonyms)
                foreach (var word in words.Where(w => !w.Contains(' ') && !w.Contains('-')))
                    demonymActors.TryAdd(word.ToLowerInvariant(), actor);
            dictionary.DemonymActors = demonymActors;
            // "Saudi-led" names the Saudi-led coalition: "a coalition led by Saudi Arabia" is that coalition too.
            foreach (var (actor, words) in demonyms)
                foreach (var word in words.Where(w => w.EndsWith("-led", StringComparison.OrdinalIgnoreCase)))
                    if (demonymActors.TryGetValue(word[..^4].ToLowerInvariant(), out var leader) && dictionary.Find(actor)?.Type == ActorType.Coalition)
                        if (dictionary._coalitionLedBy.TryAdd(leader, actor))
                            dictionary._leaderOf.TryAdd(actor, leader);
            var forces = yaml.StringList(references, "force_nouns");
            dictionary.ForceNouns = forces.Where(f => !f.Contains(' ')).Select(f => f.ToLowerInvariant()).ToHashSet();
            // "Russian warplanes" names Russia: a demonym followed by a force noun; so does one followed by what a
            // state holds and is attacked through ("Saudi oil facilities", "Turkish territory").
            var assets = yaml.StringList(references, "asset_nouns");
            dictionary.AssetNouns = assets.Where(a => !a.Contains(' ')).Select(a => a.ToLowerInvariant()).ToHashSet();
            // "Turkish-backed Syrian fighters", "Chadian mercenaries": a state's nationals under arms, not its forces.
            var irregular = yaml.StringList(references, "irregular_nouns").Select(n => n.ToLowerInvariant()).ToHashSet();
            dictionary.IrregularNouns = irregular;
            foreach (var (actor, words) in demonyms)
            {
                var state = dictionary.Find(actor)?.Type == ActorType.State;
                foreach (var demonym in words)
                {
                    // A common noun ("coalition") holds nothing by itself: "the coalition base" says no more than before.
                    foreach (var force in char.IsUpper(demonym[0]) ? forces.Concat(assets) : forces)
                        if (!(state && irregular.Contains(force.ToLowerInvariant())))
                            dictionary.AddAlias(actor, $"{demonym} {force}", demonym);
                    // "coalition warships" in Yemen are the Saudi-led coalition's: where "the coalition" names an actor of
                    // the document's theatre, so does the common noun before a force noun.
                    if (char.IsLower(demonym[0]))
                        foreach (var (_, local, localTheatres) in theNouns.Where(n => n.Noun == demonym))
                            foreach (var force in forces)
                                foreach (var keys in KeyVariants($"{demonym} {force}"))
                                    InsertContextual(dictionary._root, keys, local, localTheatres, capital: false);
                    // "fought the Americans", "a war against the Ethiopians": a state's people with "the" are its forces.
                    if (state && PluralOfDemonym(demonym) is { } people)
                        dictionary.AddAlias(actor, people);
                }
            }
        }
        if (yaml.Mapping(yaml.Root, "discovery") is { } discovery)
        {
            yaml.RejectUnknown(discovery, "heads", "prefixes", "connectors", "ignore", "person_prefixes", "roles");
            dictionary.Discovery = new DiscoveryRules(
                yaml.StringList(discovery, "heads"), yaml.StringList(discovery, "prefixes"),
                yaml.StringList(discovery, "connectors"), yaml.StringList(discovery, "ignore"),
                yaml.StringList(discovery, "person_prefixes"), yaml.StringList(discovery, "roles"));
        }
        // "al Qaeda's Sahel branch" is its Sahel affiliate, wing or franchise too: the other branch nouns, where no
        // alias of the file says otherwise.
        for (var a = 0; a < dictionary._actors.Count; a++)
            foreach (var alias in dictionary._actors[a].Aliases)
                if (alias.IndexOf("'s ", StringComparison.Ordinal) > 0 && alias.Split(' ') is var words && words.Length >= 3
                    && BranchWords.Contains(words[^1].ToLowerInvariant()) && words[^1] != "province")
                    foreach (var other in SwappedBranchWords)
                        if ($"{string.Join(' ', words[..^1])} {other}" is var variant && variant != alias && dictionary.Resolve(variant) is null)
                            dictionary.AddAlias(dictionary._actors[a].Name, variant);
        // "Islamic State's Afghan branch" names a branch of the Islamic State in the Afghan theatre: "the Islamic State's
        // local affiliate" in an Afghan story is that branch.
        for (var a = 0; a < dictionary._actors.Count; a++)
            foreach (var alias in dictionary._actors[a].Aliases)
                if (alias.IndexOf("'s ", StringComparison.Ordinal) is var cut and > 0 && BranchWords.Contains(alias.Split(' ')[^1].ToLowerInvariant())
                    && dictionary.Resolve(alias[..cut]) is { Type: ActorType.ArmedGroup } parent && parent.Name != dictionary._actors[a].Name)
                    foreach (var theatre in dictionary._actorTheatres[a])
                        // Where two branches share a theatre, the one of fewer theatres is the local one ("al Qaeda's
                        // local affiliate" in Mali is JNIM of the Sahel, not AQIM of all North Africa).
                        if (!dictionary._localBranches.TryGetValue((parent.Name, theatre), out var known)
                            || dictionary._actorTheatres[dictionary._byName[known]].Length > dictionary._actorTheatres[a].Length)
                            dictionary._localBranches[(parent.Name, theatre)] = dictionary._actors[a].Name;
        return dictionary;
    }

    /// <summary>Last words of an alias that names a group's branch ("Islamic State's Afghan branch"), and of "X's local branch".</summary>
    internal static readonly HashSet<string> BranchWords = ["branch", "affiliate", "province", "franchise", "wing", "offshoot", "chapter"];

    /// <summary>Branch nouns one alias of a branch stands for the others of ("al Qaeda's Sahel branch", "... affiliate").</summary>
    private static readonly string[] SwappedBranchWords = ["branch", "affiliate", "franchise", "wing", "offshoot"];

    private readonly Dictionary<(string Parent, int Theatre), string> _localBranches = [];

    /// <summary>The branch of <paramref name="parent"/> in a theatre that an alias names ("X's Afghan branch"), or null.</summary>
    public string? LocalBranch(string parent, int theatre) => _localBranches.GetValueOrDefault((parent, theatre));

    /// <summary>
    /// "an army post", "military convoys", "government camps", "regime positions", "coalition bases", "a gendarmerie post": where
    /// "the army" (the military, the government, the regime, the coalition, the gendarmerie) names a theatre's side, its sites
    /// and units do too.
    /// </summary>
    /// <remarks>So do "separatist positions" and "insurgent bases" where "separatists" or "insurgents" name a side, and
    /// "security posts" where "security forces" do.</remarks>
    private static IEnumerable<string> ArmySites(string contextual) =>
        contextual is "the army" or "the military" or "the government" or "the regime" or "the coalition" or "the gendarmerie" ? ArmySiteNouns.Select(noun => $"{contextual[4..]} {noun}")
            // ("killing dozens of army cadets": the service's men in training.)
            .Concat(contextual is "the army" or "the military" ? ServiceMenNouns.Select(noun => $"{contextual[4..]} {noun}") : [])
            // ("overran government military camps": with the word for what kind of site it is.)
            .Concat(contextual is "the government" or "the regime" or "the coalition"
                ? ((string[])["military", "army", "security"]).SelectMany(kind => MilitarySiteNouns.Select(noun => $"{contextual[4..]} {kind} {noun}")) : [])
        // ("attacked security posts in Mach": where "security forces" names a theatre's state, its posts name it too.)
        : contextual is "security forces" ? MilitarySiteNouns.Select(noun => $"security {noun}")
        : !contextual.Contains(' ') && char.IsLower(contextual[0]) && (contextual.EndsWith("ists", StringComparison.Ordinal) || contextual.EndsWith("ents", StringComparison.Ordinal))
            ? ArmySiteNouns.Select(noun => $"{contextual[..^1]} {noun}") : [];

    /// <summary>
    /// "the Americans", "the Iraqis": the plural of a one-word demonym in -an or -i, with "the"; "the French", "the British":
    /// one in -ch or -sh is its own plural; else null.
    /// </summary>
    private static string? PluralOfDemonym(string demonym) =>
        demonym.Contains(' ') || demonym.Contains('-') || !char.IsUpper(demonym[0]) || demonym.Length <= 3 ? null
        : demonym.EndsWith('n') || demonym.EndsWith('i') ? $"the {demonym}s"
        : demonym.EndsWith("ch", StringComparison.Ordinal) || demonym.EndsWith("sh", StringComparison.Ordinal) ? $"the {demonym}" : null;

    /// <summary>
    /// "the country's army" (military, government, junta, security forces ...): where "the army" names a theatre's state, so
    /// does the phrase that names it by the country the story is about.
    /// </summary>
    private static IEnumerable<string> CountrysForces(string contextual) =>
        contextual is "the army" or "the military" or "the government" or "the junta" or "the regime" or "the gendarmerie" ? [$"the country's {contextual[4..]}"]
        : contextual is "security forces" or "government forces" or "armed forces" or "soldiers" or "troops" ? [$"the country's {contextual}"] : [];

    /// <summary>
    /// "the air force", "the navy": where "the army" names a theatre's state, so do its other services ("with the air force
    /// bombing the paramilitaries' bases" in a Sudanese story).
    /// </summary>
    /// <remarks>So do the air force's sites and men ("an air force base", "air force cadets").</remarks>
    private static IEnumerable<string> OtherServices(string contextual) =>
        contextual is "the army"
            ? ["the air force", "the navy", "the country's air force", "the country's navy", .. ArmySiteNouns.Concat(ServiceMenNouns).Select(noun => $"air force {noun}")]
            : [];

    private static readonly string[] ServiceMenNouns = ["cadets", "recruits", "conscripts"];

    /// <summary>"separatist forces" also as "separatist fighters", "federal forces" as "federal troops": the side's men by the other usual nouns.</summary>
    private static IEnumerable<string> FightersOfForces(string contextual) =>
        contextual.EndsWith(" forces", StringComparison.Ordinal) && !contextual.StartsWith("the ", StringComparison.Ordinal)
            ? ((string[])["fighters", "troops", "soldiers"]).Select(men => contextual[..^"forces".Length] + men) : [];

    private static readonly string[] MilitarySiteNouns =
        ["post", "posts", "base", "bases", "camp", "camps", "outpost", "outposts", "position", "positions", "checkpoint", "checkpoints",
         "barracks", "garrison", "garrisons", "headquarters", "convoy", "convoys", "vehicles", "installations"];

    private static readonly string[] ArmySiteNouns =
        ["post", "posts", "base", "bases", "camp", "camps", "outpost", "outposts", "position", "positions", "checkpoint", "checkpoints",
         "convoy", "convoys", "patrol", "patrols", "barracks", "garrison", "garrisons", "airfield", "airfields", "airbase", "airbases", "air base", "air bases", "airport", "airports", "headquarters", "unit", "units", "vehicle", "vehicles",
         "armoured vehicles", "armored vehicles", "tanks", "armour", "armor", "snipers", "warplanes", "jets", "aircraft", "helicopters", "drones", "artillery", "targets",
         "buildings", "offices", "compound", "compounds", "installations", "lines", "stronghold", "strongholds", "enclave", "enclaves"];

    /// <summary>
    /// One name, one actor: an alias written for two actors (or one letter long) would make every component pick
    /// a different actor, so it is an error naming both places. A contextual alias is claimed per theatre.
    /// </summary>
    private void Claim(YamlSource yaml, Dictionary<string, List<Claimed>> claimed, string actor, string alias, int line, string? theatre = null,
        ContextualPeriod period = default)
    {
        var letters = alias.Count(char.IsLetterOrDigit);
        if (letters < 2)
            throw new InputException(yaml.Path, line, $"alias '{alias}' of '{actor}' is too short to name an actor (at least two letters)");
        foreach (var keys in KeyVariants(alias).Take(1))
        {
            var key = (theatre is null ? "" : theatre + ":") + string.Join(' ', keys);
            var earlier = claimed.TryGetValue(key, out var list) ? list : claimed[key] = [];
            // ("the government" of Libya is Gaddafi's until 2011 and the GNA's from 2016: one name per time.)
            if (earlier.FirstOrDefault(e => e.Actor != actor && e.Period.Overlaps(period)) is { Actor: not null } other)
                throw new InputException(yaml.Path, line,
                    $"'{alias}' names both '{other.Actor}' (line {other.Line}) and '{actor}'{(theatre is null ? "" : $" in theatre '{theatre}'")}"
                    + (other.Period.IsAlways && period.IsAlways ? "" : " in the same years") + "; an alias must name one actor");
            earlier.Add(new Claimed(actor, line, period));
        }
    }

    private readonly record struct Claimed(string Actor, int Line, ContextualPeriod Period);

    /// <summary>An actor's <c>contextual_from</c> and <c>contextual_until</c> (YYYY, YYYY-MM or YYYY-MM-DD, both ends in).</summary>
    private static ContextualPeriod ReadContextualPeriod(YamlSource yaml, YamlMappingNode entry, string name, bool hasContextual)
    {
        DateOnly? End(string key, bool last)
        {
            if (yaml.Get(entry, key) is not { } node)
                return null;
            if (!hasContextual)
                throw yaml.Error(node, $"actor '{name}' has a '{key}' but no contextual aliases for it to bound");
            var text = yaml.AsString(node, key);
            if (!PartialDate.TryParse(text, out var date))
                throw yaml.Error(node, $"'{key}' of '{name}' must be a date (YYYY, YYYY-MM or YYYY-MM-DD), not '{text}'");
            return last ? date.LastDay : date.Value;
        }
        var period = new ContextualPeriod(End("contextual_from", last: false), End("contextual_until", last: true));
        return period.From > period.Until
            ? throw yaml.Error(yaml.Get(entry, "contextual_until")!, $"'{name}' is named by its contextual aliases until before it is from")
            : period;
    }

    /// <summary>Adds an actor and its name and aliases to the trie; later entries never shadow earlier names.</summary>
    public void Add(Actor actor) => Add(actor, []);

    private void Add(Actor actor, int[] theatres)
    {
        var index = _actors.Count;
        _actors.Add(actor);
        _actorTheatres.Add(theatres);
        _contextualPeriods.Add(default);
        _byName[actor.Name] = index;
        foreach (var name in actor.Aliases.Prepend(actor.Name))
            foreach (var keys in KeyVariants(name))
                Insert(_root, keys, index, LastWordCapital(name));
    }

    /// <summary>
    /// Adds a matching name for a known actor without listing it among the actor's aliases. With
    /// <paramref name="mentionPart"/>, only that leading part becomes the mention: "Russian warplanes" names
    /// Russia, and "warplanes" stays a word that cue patterns can read.
    /// </summary>
    public void AddAlias(string actor, string alias, string? mentionPart = null)
    {
        var take = mentionPart is null ? 0 : Tokenizer.Tokenize(mentionPart).Count(t => !IsSkippable(t));
        foreach (var keys in KeyVariants(alias))
            Insert(_root, keys, _byName[actor], LastWordCapital(alias), take);
    }

    public Actor? Find(string name) => _byName.TryGetValue(name, out var i) ? _actors[i] : null;

    /// <summary>The theatres an actor belongs to (indexes into <see cref="Theatres"/>); none for discovered actors.</summary>
    public IReadOnlyList<int> TheatresOf(string name) => _byName.TryGetValue(name, out var i) ? _actorTheatres[i] : [];

    /// <summary>Finds the canonical actor of any alias ("Jabhat al-Nusra" gives Al Nusrah Front).</summary>
    public Actor? Resolve(string alias)
    {
        var tokens = Tokenizer.Tokenize(alias).Where(t => !IsSkippable(t)).ToList();
        return LongestMatch(tokens, 0) is { } m && m.End == tokens.Count ? _actors[m.Actor] : Find(alias);
    }

    /// <summary>
    /// How much a document is about each theatre: its places count twice, its actors once, shared among their
    /// theatres; a name that is both a place and an actor ("Turkey") counts as the actor. "Aleppo", "Idlib" and "Nusra"
    /// make a Syrian document, where "the rebels" are the Syrian opposition.
    /// </summary>
    /// <param name="tags">Headline place tags ("Chad:"): each counts as a place five times, even when the place is also an actor.</param>
    public TheatreWeights TheatreOf(IEnumerable<IReadOnlyList<Token>> sentences, IEnumerable<IReadOnlyList<Token>>? tags = null)
    {
        if (_theatres.Count == 0)
            return TheatreWeights.None;
        var votes = new double[_theatres.Count];
        // ("Chad: Boko Haram attack on army base": the tag names the country outright, where a state's name shared among its
        // theatres would lose to the Nigerian words of a Lake Chad story.)
        var placeTags = new List<IReadOnlyList<Token>>();
        foreach (var tag in tags ?? [])
            if (PlaceAt(tag, 0) is { } tagged && tagged.End == tag.Count)
                votes[tagged.Theatre] += 5 * 2;
            else
                placeTags.Add(tag);
        sentences = sentences.Concat(placeTags.SelectMany(t => Enumerable.Repeat(t, 5)));
        foreach (var tokens in sentences)
            for (var i = 0; i < tokens.Count;)
            {
                (int End, int Actor, int Full, bool Contextual)? place = null, actor = null;
                if (tokens[i].IsWord)
                {
                    Walk(_places, tokens, i, i, null, ref place);
                    Walk(_root, tokens, i, i, null, ref actor);
                }
                if (place is { } p && (actor is null || p.End > actor.Value.End))
                {
                    votes[p.Actor] += 2;
                    i = p.End;
                }
                else if (actor is { } a && !AfterAbdel(tokens, i, a.End))
                {
                    // (An actor's first theatre is its main one: "Boko Haram" alone makes a Nigerian document before a Nigerien one.)
                    // ("N'DJAMENA —", "Chad's president": a state whose own name is a place of its first theatre gives that home
                    // theatre half its vote, the theatres it fights in abroad the other half.)
                    var shares = _actorTheatres[a.Actor];
                    var home = shares.Length > 2 && IsHomeTheatre(a.Actor) ? 0.5 : 1.0 / shares.Length;
                    for (var k = 0; k < shares.Length; k++)
                        votes[shares[k]] += (k == 0 ? home : (1 - home) / (shares.Length - 1)) + (k == 0 && shares.Length > 1 ? 0.01 : 0);
                    i = a.End;
                }
                else
                {
                    i++;
                }
            }
        return new TheatreWeights(votes);
    }

    /// <summary>Whether the state at <paramref name="actor"/> is named by a place of its first theatre ("Chad" in the Chadian theatre).</summary>
    private bool IsHomeTheatre(int actor)
    {
        // (A byte per actor, 0 not yet worked out: one byte is written whole, so documents read on several threads at once
        // see either nothing or the answer; an actor added after the array was made is worked out each time.)
        var known = _homeTheatre ??= new byte[_actors.Count];
        if (actor < known.Length && known[actor] != 0)
            return known[actor] == 2;
        var home = _actors[actor].Type == ActorType.State && _actorTheatres[actor] is [var first, ..]
            && Tokenizer.Tokenize(_actors[actor].Name).Where(t => !IsSkippable(t)).ToList() is var name && PlaceAt(name, 0) is { } place
            && place.End == name.Count && place.Theatre == first;
        if (actor < known.Length)
            known[actor] = home ? (byte)2 : (byte)1;
        return home;
    }

    /// <summary>Per actor, whether <see cref="IsHomeTheatre"/> holds (2), does not (1) or is not yet worked out (0).</summary>
    private byte[]? _homeTheatre;

    /// <summary>
    /// "Abdel Fattah al-Burhan", "Abdul Rahman": one word after "Abdel" ("servant of") is part of a man's name, not the
    /// group it spells (Fatah); the mention finder reads it so too.
    /// </summary>
    internal static bool AfterAbdel(IReadOnlyList<Token> tokens, int start, int end) =>
        end - start == 1 && start > 0 && tokens[start - 1].Norm is "abdel" or "abdul" or "abd" or "abdal" or "abdol";

    /// <summary>True when tokens [<paramref name="start"/>, <paramref name="end"/>) are a place the theatres list ("Pakistan", "Aleppo").</summary>
    public bool IsPlaceName(IReadOnlyList<Token> tokens, int start, int end) => PlaceAt(tokens, start) is { } p && p.End == end;

    /// <summary>The longest place the theatres list starting at token <paramref name="start"/>: where it ends and its theatre.</summary>
    internal (int End, int Theatre)? PlaceAt(IReadOnlyList<Token> tokens, int start)
    {
        (int End, int Actor, int Full, bool Contextual)? place = null;
        Walk(_places, tokens, start, start, null, ref place, caseSensitive: false);
        return place is { } p ? (p.End, p.Actor) : null;
    }

    /// <summary>A town a state holds, starting at token <paramref name="start"/> ("Eilat", "Jizan"): where it ends and the state.</summary>
    internal (int End, Actor State)? CityAt(IReadOnlyList<Token> tokens, int start)
    {
        (int End, int Actor, int Full, bool Contextual)? city = null;
        Walk(_cities, tokens, start, start, null, ref city, caseSensitive: false);
        return city is { } c ? (c.End, _actors[c.Actor]) : null;
    }

    /// <summary>The longest dictionary name starting at token <paramref name="start"/>, if any.</summary>
    internal (int End, int Actor)? LongestMatch(IReadOnlyList<Token> tokens, int start, TheatreWeights? theatre = null) =>
        LongestMatchWithTail(tokens, start, theatre) is { } m ? (m.End, m.Actor) : null;

    /// <summary>Like <see cref="LongestMatch"/>, with where the whole key ended ("Russian warplanes": the tail is "warplanes").</summary>
    /// <param name="theatre">The document's theatre: its contextual aliases match too.</param>
    /// <param name="caseSensitive">False for informal text (reader comments), where names are often in lower case.</param>
    internal (int End, int Actor, int Full, bool Contextual)? LongestMatchWithTail(IReadOnlyList<Token> tokens, int start, TheatreWeights? theatre = null, bool caseSensitive = true)
    {
        if (start >= tokens.Count || !tokens[start].IsWord)
            return null;
        (int End, int Actor, int Full, bool Contextual)? best = null;
        Walk(_root, tokens, start, start, theatre, ref best, caseSensitive, InsideName(tokens, start));
        // "al Houthi forces", "the al Shabaab militants": a name the dictionary holds without its Arabic article.
        if (best is null && start + 1 < tokens.Count && tokens[start].Folded is "al" or "el" && tokens[start + 1].IsCapitalized)
            Walk(_root, tokens, start + 1, start + 1, theatre, ref best, caseSensitive, InsideName(tokens, start));
        return best;
    }

    /// <summary>
    /// "Abdel Fattah al-Sisi": a word after a capitalised word that is no article, demonym or the sentence's first (nor
    /// joined to it by a hyphen: "the Hamas-Hezbollah alliance") is
    /// inside a name of its own, where a word matched only loosely (folded, or by its consonant skeleton: "Fattah" for
    /// Fatah) is no actor.
    /// </summary>
    private bool InsideName(IReadOnlyList<Token> tokens, int start) =>
        // ("Ain al-Asad air base": a word joined to an article is inside the name the article's word before it opens.)
        JoinedToArticle(tokens, start) ? InsideName(tokens, start - 1)
        : start > 1 && !tokens[start].AfterHyphen && tokens[start - 1] is { IsWord: true, IsCapitalized: true } before && before.Norm is not ("the" or "a" or "an")
        && !Demonyms.Contains(before.Norm) && !DemonymActors.ContainsKey(before.Norm) && !TitlesBeforeNames.Contains(before.Norm)
        && !DateResolver.IsMonthOrDay(before.Norm) // ("On Monday Hezbollah launched": a weekday or a month opens no name)
        && tokens[start - 2].Norm is not ("." or ":" or "\"" or "-" or "\u2014" or "\u2013");

    private static bool JoinedToArticle(IReadOnlyList<Token> tokens, int start) =>
        start >= 1 && tokens[start].AfterHyphen && tokens[start - 1].BeforeHyphen
        && (Articles.Contains(tokens[start - 1].Norm) || JoiningWords.Contains(tokens[start - 1].Norm));

    /// <summary>Urdu, Persian and Arabic words that join a name's words by hyphens ("Hizb-ul-Ahrar", "Lashkar-e-Taiba", "Ansar-wal-Muhajireen").</summary>
    private static readonly string[] JoiningWords = ["ul", "ud", "ur", "us", "ut", "e", "i", "wal", "wa", "li", "fi"];

    /// <summary>True for a title a man's name follows ("president", "king", "mr").</summary>
    internal static bool IsTitleBeforeName(string norm) => TitlesBeforeNames.Contains(norm);

    /// <summary>Titles a man's name follows ("Prime Minister Maliki", "Mr Erdogan"): the name after one is no part of another.</summary>
    private static readonly HashSet<string> TitlesBeforeNames =
        ["mr", "mrs", "ms", "dr", "president", "minister", "premier", "general", "marshal", "colonel", "commander", "sheikh", "mullah",
         "king", "prince", "emir", "ayatollah", "imam", "chancellor", "senator", "governor", "ambassador", "secretary", "brigadier", "captain"];

    /// <summary>
    /// Follows every key of each token (exact, folded, skeleton); a branch ends where the trie has no child for
    /// the next word.
    /// </summary>
    /// <param name="insideName">True when the walk starts inside another name: a first word matched only as folded or by its skeleton ends no match.</param>
    private void Walk(TrieNode node, IReadOnlyList<Token> tokens, int start, int i, TheatreWeights? theatre, ref (int End, int Actor, int Full, bool Contextual)? best, bool caseSensitive = true, bool insideName = false)
    {
        while (i < tokens.Count && i > start && IsSkippable(tokens[i]))
            i++;
        if (i >= tokens.Count || node.Children is null)
            return;
        var token = tokens[i];
        var folded = Key(token);
        var exact = node.Children.GetValueOrDefault(token.ExactKey);
        var fold = node.Children.GetValueOrDefault(folded);
        // The other keys ("al" for a joined article, "bin") are too short to have a skeleton.
        // ("Nour al-Din al-Zinki": past a name's first word, a word of three consonants by its short skeleton.)
        var skeleton = ReferenceEquals(folded, token.Folded) && (token.SkeletonKey ?? (i > start ? token.ShortSkeletonKey : null)) is { } s && s != folded
            ? node.Children.GetValueOrDefault(s) : null;
        Visit(exact, tokens, start, i, theatre, ref best, caseSensitive);
        if (fold != exact)
            Visit(fold, tokens, start, i, theatre, ref best, caseSensitive, endsNoMatch: insideName && i == start && fold?.Actor >= 0 && exact is null);
        if (skeleton != exact && skeleton != fold)
            Visit(skeleton, tokens, start, i, theatre, ref best, caseSensitive, endsNoMatch: insideName && i == start);
    }

    private void Visit(TrieNode? child, IReadOnlyList<Token> tokens, int start, int i, TheatreWeights? theatre, ref (int End, int Actor, int Full, bool Contextual)? best, bool caseSensitive,
        bool endsNoMatch = false)
    {
        if (child is null)
            return;
        if (endsNoMatch)
        {
            Walk(child, tokens, start, i + 1, theatre, ref best, caseSensitive);
            return;
        }
        var token = tokens[i];
        // What a name means in the document's theatre comes first ("coalition jets" in Yemen are the Saudi-led
        // coalition's); elsewhere its plain meaning (the US-led coalition's), if it has one.
        // ("The Coalition continues to support the SDF": the coalition's own releases write its common name with a capital,
        // unlike "the Government" or "the Army", which British and American style use for their own.)
        var local = theatre is not null && child.Contextual is { } contextual && theatre.Pick(contextual, _contextualPeriods) is var picked and >= 0
            && (CaseFits(child.ContextualCapital, token, contextual: true, i == start) || TitledCoalition(tokens, i)) ? picked : -1;
        var actor = local >= 0 ? local
            : child.Actor >= 0 && (child.Take > 0 || !caseSensitive || CaseFits(child.ActorCapital, token, contextual: false, i == start)) ? child.Actor : -1;
        if (actor >= 0 && (best is null || i + 1 > best.Value.Full))
            best = (child.Take > 0 ? MentionEnd(tokens, start, child.Take) : i + 1, actor, i + 1, actor != child.Actor);
        Walk(child, tokens, start, i + 1, theatre, ref best, caseSensitive);
    }

    /// <summary>Every dictionary name that starts at <paramref name="start"/> and ends before <paramref name="limit"/>.</summary>
    internal IEnumerable<(int End, int Actor)> PrefixMatches(IReadOnlyList<Token> tokens, int start, int limit)
    {
        var node = _root;
        for (var i = start; i < limit; i++)
        {
            if (i > start && IsSkippable(tokens[i]))
                continue;
            // An acronym ("IRGC") names its actor under its exact key, though longer names pass its folded one.
            if (i + 1 < limit && node.Children is not null && tokens[i].IsWord
                && node.Children.TryGetValue(tokens[i].ExactKey, out var acronym) && acronym.Actor >= 0
                && !(node.Children.TryGetValue(Key(tokens[i]), out var foldedNode) && foldedNode.Actor >= 0))
                yield return (i + 1, acronym.Actor);
            var next = Step(node, tokens[i]);
            if (next is null)
                yield break;
            node = next;
            if (node.Actor >= 0 && i + 1 < limit)
                yield return (i + 1, node.Actor);
        }
    }

    // A lone apostrophe inside a name ("Revolutionaries’ Front") is not part of the key.
    private static bool IsSkippable(Token token) => !token.IsWord && token.Norm is "'";

    /// <summary>One step for prefix walks: the folded key first (long names), else the exact key of an acronym.</summary>
    private static TrieNode? Step(TrieNode node, Token token)
    {
        if (node.Children is null)
            return null;
        if (node.Children.TryGetValue(Key(token), out var folded))
            return folded;
        return node.Children.TryGetValue(token.ExactKey, out var exact) ? exact : null;
    }

    /// <summary>A word's folded key; an Arabic article joined by a hyphen is "al" however written ("a-Nusra", "ad-Din").</summary>
    private static string Key(Token token)
    {
        if (!token.IsWord)
            return token.Norm;
        if (token.BeforeHyphen && Articles.Contains(token.Norm))
            return "al";
        // "Khalid bin al-Walid", "Khalid ibn al-Walid": one Arabic word for "son of", transliterated either way.
        if (token.Norm is "ibn" or "bin" or "bn")
            return "bin";
        return token.Folded;
    }

    /// <summary>The keys a name is stored under: folded, without a leading article, and as consonant skeletons.</summary>
    private static IEnumerable<string[]> KeyVariants(string alias, bool skeletons = true)
    {
        var tokens = Tokenizer.Tokenize(alias).Where(t => !IsSkippable(t)).ToList();
        if (tokens.Count == 0)
            yield break;
        var exact = tokens.Count == 1 && IsAcronym(tokens[0].Text);
        // ("IS Yemen": an acronym opening a longer name matches only as written too, or "Islah is Yemen's branch" holds it.)
        var keys = tokens.Select((t, i) => exact || (i == 0 && IsAcronym(t.Text)) ? ExactMark + Tokenizer.ExactKey(t.Text) : Key(t)).ToArray();
        yield return keys;
        // "al Qaeda" is also written "Qaeda"; "Jabhat al-Nusra" needs no variant.
        var bare = tokens.Count > 1 && keys[0] is "al" or "el" && tokens[1].Text.Length >= 4 ? keys[1..] : null;
        if (bare is not null)
            yield return bare;
        // "Isis", "Nato", "Amisom": British house style writes an acronym said as a word with one capital.
        if (exact && Tokenizer.ExactKey(tokens[0].Text) is { Length: >= 4 } letters && letters.All(char.IsUpper))
            yield return [$"{ExactMark}{letters[0]}{letters[1..].ToLowerInvariant()}"];
        if (exact || !skeletons)
            yield break;
        foreach (var variant in bare is null ? new[] { keys } : [keys, bare])
        {
            var skeleton = variant.Select((k, i) => Tokenizer.Skeleton(k) ?? (i > 0 ? Tokenizer.ShortSkeleton(k) : null) ?? k).ToArray();
            if (!skeleton.SequenceEqual(variant))
                yield return skeleton;
        }
    }

    /// <summary>
    /// 2 to 6 letters (dots allowed), all capitals or with capitals inside: IS, SRF, U.S., AQAP, JaN, HoR. Such
    /// words match only as written: folded, "JaN" and "HaD" would be "Jan" and "had".
    /// </summary>
    internal static bool IsAcronym(string word)
    {
        var letters = Tokenizer.ExactKey(word);
        return letters.Length is >= 2 and <= 6 && letters.All(char.IsLetter)
            && (letters.All(char.IsUpper) || (char.IsUpper(letters[0]) && letters.Skip(1).Any(char.IsUpper)));
    }

    /// <summary>The end of the first <paramref name="take"/> key tokens from <paramref name="start"/>.</summary>
    private static int MentionEnd(IReadOnlyList<Token> tokens, int start, int take)
    {
        var i = start;
        for (var counted = 0; i < tokens.Count && counted < take; i++)
            if (i == start || !IsSkippable(tokens[i]))
                counted++;
        return i;
    }

    private static TrieNode Descend(TrieNode node, string[] keys)
    {
        foreach (var key in keys)
        {
            node.Children ??= new Dictionary<string, TrieNode>(StringComparer.Ordinal);
            if (!node.Children.TryGetValue(key, out var child))
                node.Children[key] = child = new TrieNode();
            node = child;
        }
        return node;
    }

    private static void Insert(TrieNode root, string[] keys, int actor, bool capital, int take = 0)
    {
        var node = Descend(root, keys);
        if (node.Actor < 0)
        {
            node.Actor = actor;
            node.Take = take;
            node.ActorCapital = capital;
        }
        else if (node.Actor == actor)
        {
            node.ActorCapital &= capital; // "Khorasan Group" and "Khorasan group" are both written
        }
    }

    private static void InsertContextual(TrieNode root, string[] keys, int actor, int[] theatres, bool capital)
    {
        var node = Descend(root, keys);
        if (node.Contextual is null)
            node.ContextualCapital = capital;
        node.Contextual ??= [];
        // Every actor a name may mean in a theatre, in the file's order: the first whose years hold the document's is meant.
        foreach (var theatre in theatres)
            node.Contextual[theatre] = node.Contextual.TryGetValue(theatre, out var actors) ? actors.Contains(actor) ? actors : [.. actors, actor] : [actor];
    }

    /// <summary>Whether a name's last word starts with a capital: "Islamic State" does, "regime forces" does not.</summary>
    private static bool LastWordCapital(string name) =>
        Tokenizer.Tokenize(name).LastOrDefault(t => t.IsWord) is { } last && char.IsUpper(last.Text[0]);

    /// <summary>"the Coalition" written with a capital, not opening a longer name ("the Coalition for Syrian Revolutionary Forces").</summary>
    private static bool TitledCoalition(IReadOnlyList<Token> tokens, int i) =>
        tokens[i].Norm == "coalition" && char.IsUpper(tokens[i].Text[0])
        && (i + 1 >= tokens.Count || !(tokens[i + 1].IsCapitalized || tokens[i + 1].Norm is "of" or "for" or "to" or "against"));

    /// <summary>
    /// A proper name must end in a capital ("fighting for an Islamic state" names no group, "west Idlib" not the
    /// West); a contextual common noun must not, unless it opens the mention ("the Army of Islam" is not "the army").
    /// </summary>
    private static bool CaseFits(bool nameCapital, Token token, bool contextual, bool first) =>
        !token.IsWord || (nameCapital ? char.IsUpper(token.Text[0]) || char.IsDigit(token.Text[0]) : !contextual || first || !char.IsUpper(token.Text[0]));

    private sealed class TrieNode
    {
        public Dictionary<string, TrieNode>? Children;
        public int Actor = -1;
        public int Take; // 0: the whole key is the mention; n: only its first n words (a demonym)
        public Dictionary<int, int[]>? Contextual; // theatre -> actors in file order, for names that depend on where (and when) the document is
        public bool ActorCapital; // the name's last word is written with a capital ("Islamic State", not "Islamic state")
        public bool ContextualCapital;
    }
}

/// <summary>What the words "jihadist" and "Islamist" may call an actor; a jihadist group is an Islamist one too.</summary>
internal enum Ideology
{
    None,
    Islamist,
    Jihadist,
}
