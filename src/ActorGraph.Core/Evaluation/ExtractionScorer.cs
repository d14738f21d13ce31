using System.Text.RegularExpressions;

namespace ActorGraph.Core.Evaluation;

/// <summary>One relation as scored: names as printed, kind, date and who states it.</summary>
public sealed record ScoredPrediction(string Document, string Source, string Target, string Kind, string? Date, string Attribution);

/// <summary>A relation key: rival and allied have their names in order, affiliate and attacked keep their direction.</summary>
public readonly record struct RelationKey(string Source, string Target, string Kind)
{
    public static RelationKey Of(string source, string target, string kind) =>
        kind is "rival" or "allied" && string.CompareOrdinal(source, target) > 0 ? new(target, source, kind) : new(source, target, kind);

    public override string ToString() => $"{Source} -{Kind}-> {Target}";
}

/// <summary>How extraction did on one gold document.</summary>
public sealed record DocumentScore(
    string Document,
    IReadOnlyList<RelationKey> Hits,
    IReadOnlyList<RelationKey> OptionalHits,
    IReadOnlyList<RelationKey> Misses,
    IReadOnlyList<RelationKey> Extras,
    int Required,
    int Dated,
    int DatedHit,
    int GoldDates,
    IReadOnlyList<ScoredPrediction> Violations,
    IReadOnlyList<ScoredPrediction> Unresolved)
{
    public double Precision => Ratio(Hits.Count, Hits.Count + Extras.Count);
    public double Recall => Ratio(Hits.Count, Hits.Count + Misses.Count);
    public double F1 => Precision + Recall > 0 ? 2 * Precision * Recall / (Precision + Recall) : 0;

    internal static double Ratio(int a, int b) => b > 0 ? (double)a / b : 0;
}

/// <summary>Totals over every scored document.</summary>
public sealed record EvaluationResult(IReadOnlyList<DocumentScore> Documents)
{
    public int Hits => Documents.Sum(d => d.Hits.Count);
    public int Misses => Documents.Sum(d => d.Misses.Count);
    public int Extras => Documents.Sum(d => d.Extras.Count);
    public int Required => Documents.Sum(d => d.Required);
    public int Dated => Documents.Sum(d => d.Dated);
    public int DatedHit => Documents.Sum(d => d.DatedHit);
    public int GoldDates => Documents.Sum(d => d.GoldDates);
    public int Violations => Documents.Sum(d => d.Violations.Count);
    public int Unresolved => Documents.Sum(d => d.Unresolved.Count);
    public double Precision => DocumentScore.Ratio(Hits, Hits + Extras);
    public double Recall => DocumentScore.Ratio(Hits, Hits + Misses);
    public double F1 => Precision + Recall > 0 ? 2 * Precision * Recall / (Precision + Recall) : 0;

    /// <summary>The one-line summary, as the shared scorer prints it.</summary>
    public string Summary() => string.Create(System.Globalization.CultureInfo.InvariantCulture,
        $"precision {Precision:0.000} recall {Recall:0.000} f1 {F1:0.000} | required {Hits}/{Required} | dates {DatedHit}/{Dated} of found ({GoldDates} in gold) | must-not violations {Violations} | unresolved {Unresolved}");
}

/// <summary>
/// Scores extracted relations against gold files by the rules of the annotation guidelines' scorer: names match a gold
/// actor's name or alias (the document's own gold file first, then every gold file, then an alias list), ignoring case,
/// quotes, dots, hyphens, a leading "the" or "al"; rival and allied match in either direction; an <c>or_kinds</c> kind
/// finds the relation too; optional gold relations are neither found nor missed; reader comments are left out; a
/// predicted actor no gold file knows counts against precision; a gold date matches a predicted date that starts with it.
/// </summary>
public static partial class ExtractionScorer
{
    /// <summary>An alias list in the shared format: <c>{"actors": {canonical: [aliases]}, "same_as": {name: name}}</c>.</summary>
    public sealed record AliasList(IReadOnlyDictionary<string, IReadOnlyList<string>> Actors, IReadOnlyDictionary<string, string> SameAs)
    {
        public static readonly AliasList Empty = new(new Dictionary<string, IReadOnlyList<string>>(), new Dictionary<string, string>());

        public static AliasList Load(string path)
        {
            try
            {
                using var json = System.Text.Json.JsonDocument.Parse(File.ReadAllText(path));
                var root = json.RootElement;
                var actors = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
                if (root.TryGetProperty("actors", out var a))
                    foreach (var p in a.EnumerateObject())
                        actors[p.Name] = p.Value.EnumerateArray().Select(x => x.GetString() ?? "").ToList();
                var same = new Dictionary<string, string>(StringComparer.Ordinal);
                if (root.TryGetProperty("same_as", out var s))
                    foreach (var p in s.EnumerateObject())
                        same[p.Name] = p.Value.GetString() ?? p.Name;
                return new AliasList(actors, same);
            }
            catch (Exception e) when (e is System.Text.Json.JsonException or InvalidOperationException or IOException)
            {
                throw new InputException(path, 0, $"not an alias list ({{\"actors\": {{...}}, \"same_as\": {{...}}}}): {e.Message.Split(". ")[0]}");
            }
        }
    }

    public static EvaluationResult Score(IReadOnlyList<GoldFile> golds, IReadOnlyList<ScoredPrediction> predictions, AliasList? aliases = null)
    {
        aliases ??= AliasList.Empty;
        var scores = new List<DocumentScore>();
        foreach (var gold in golds)
        {
            var mine = predictions.Where(p => Path.GetFileName(p.Document) == gold.Document).ToList();
            scores.Add(ScoreDocument(gold, mine, AliasTable(golds, gold, aliases), aliases.SameAs));
        }
        return new EvaluationResult(scores);
    }

    /// <summary>A name's lookup form: lower case, straight quotes, no "the ", no "'s", no dots, hyphens as spaces.</summary>
    public static string Normalize(string? name)
    {
        var s = (name ?? "").Trim().ToLowerInvariant();
        s = s.Replace('\u2019', '\'').Replace('\u2018', '\'').Replace('`', '\'');
        s = s.Replace("\u201c", "").Replace("\u201d", "").Replace("\"", "");
        s = LeadingThe().Replace(s, "");
        s = TrailingPossessive().Replace(s, "");
        s = s.Replace(".", "").Replace("-", " ");
        return Spaces().Replace(s, " ").Trim();
    }

    private static IEnumerable<string> KeysOf(string name)
    {
        var n = Normalize(name);
        yield return n;
        var bare = LeadingAl().Replace(n, "");
        if (bare != n)
            yield return bare;
    }

    private static Dictionary<string, string> AliasTable(IReadOnlyList<GoldFile> golds, GoldFile own, AliasList aliases)
    {
        var table = new Dictionary<string, string>(StringComparer.Ordinal);
        void Add(string surface, string canonical)
        {
            canonical = aliases.SameAs.GetValueOrDefault(canonical, canonical);
            foreach (var key in KeysOf(surface))
                table.TryAdd(key, canonical);
        }
        foreach (var a in own.Actors)
        {
            Add(a.Name, a.Name);
            foreach (var n in a.Aliases)
                Add(n, a.Name);
        }
        foreach (var a in golds.SelectMany(g => g.Actors))
            Add(a.Name, a.Name);
        foreach (var (canonical, names) in aliases.Actors)
        {
            Add(canonical, canonical);
            foreach (var n in names)
                Add(n, canonical);
        }
        foreach (var a in golds.SelectMany(g => g.Actors))
            foreach (var n in a.Aliases)
                Add(n, a.Name);
        return table;
    }

    private static DocumentScore ScoreDocument(GoldFile gold, List<ScoredPrediction> predictions, Dictionary<string, string> table, IReadOnlyDictionary<string, string> same)
    {
        string? Resolve(string name) => KeysOf(name).Select(k => table.GetValueOrDefault(k)).FirstOrDefault(c => c is not null);
        string Fold(string name) => same.GetValueOrDefault(name, name);

        var goldKeys = new Dictionary<RelationKey, (bool Required, List<IReadOnlyList<string>> Dates)>();
        var alternatives = new Dictionary<RelationKey, HashSet<RelationKey>>();
        foreach (var r in gold.Relations)
        {
            var key = RelationKey.Of(Fold(r.Source), Fold(r.Target), r.Kind);
            var entry = goldKeys.TryGetValue(key, out var existing) ? existing : (false, []);
            if (r.Dates is { } dates && !entry.Dates.Any(d => d.SequenceEqual(dates)))
                entry.Dates.Add(dates);
            goldKeys[key] = (entry.Required || r.Required, entry.Dates);
            foreach (var other in r.OrKinds)
            {
                var alternative = RelationKey.Of(Fold(r.Source), Fold(r.Target), other);
                if (!alternatives.TryGetValue(alternative, out var set))
                    alternatives[alternative] = set = [];
                set.Add(key);
            }
        }

        var mustNot = gold.MustNot.Select(m => RelationKey.Of(Fold(m.Source), Fold(m.Target), m.Kind)).ToHashSet();
        var found = new Dictionary<RelationKey, HashSet<string>>();
        var unresolved = new List<ScoredPrediction>();
        var violations = new List<ScoredPrediction>();
        foreach (var p in predictions)
        {
            var kind = p.Kind.ToLowerInvariant();
            if (kind is not ("affiliate" or "rival" or "attacked" or "allied"))
            {
                unresolved.Add(p);
                continue;
            }
            if (p.Attribution.Equals("comment", StringComparison.OrdinalIgnoreCase))
                continue;
            var source = Resolve(p.Source);
            var target = Resolve(p.Target);
            if (source is null || target is null)
            {
                // An actor no gold file knows: an error unless the gold missed it (listed to check by hand).
                unresolved.Add(p);
                source ??= "?" + Normalize(p.Source);
                target ??= "?" + Normalize(p.Target);
            }
            var key = RelationKey.Of(source, target, kind);
            if (mustNot.Contains(key))
                violations.Add(p);
            var hits = new HashSet<RelationKey>();
            if (goldKeys.ContainsKey(key))
                hits.Add(key);
            if (alternatives.TryGetValue(key, out var alt))
                hits.UnionWith(alt);
            if (hits.Count == 0)
                hits.Add(key);
            foreach (var hit in hits)
            {
                if (!found.TryGetValue(hit, out var dates))
                    found[hit] = dates = [];
                if (p.Date is { Length: > 0 } date)
                    dates.Add(date);
            }
        }

        var required = goldKeys.Where(g => g.Value.Required).Select(g => g.Key).ToList();
        var allDated = goldKeys.SelectMany(g => g.Value.Dates.Select(d => (g.Key, Dates: d))).ToList();
        var dated = allDated.Where(d => found.ContainsKey(d.Key)).ToList();
        return new DocumentScore(
            gold.Document,
            Hits: required.Where(found.ContainsKey).ToList(),
            OptionalHits: goldKeys.Where(g => !g.Value.Required && found.ContainsKey(g.Key)).Select(g => g.Key).ToList(),
            Misses: required.Where(k => !found.ContainsKey(k)).ToList(),
            Extras: found.Keys.Where(k => !goldKeys.ContainsKey(k)).ToList(),
            Required: required.Count,
            Dated: dated.Count,
            DatedHit: dated.Count(d => found[d.Key].Any(pd => d.Dates.Any(gd => pd.StartsWith(gd, StringComparison.Ordinal)))),
            GoldDates: allDated.Count,
            Violations: violations,
            Unresolved: unresolved);
    }

    [GeneratedRegex(@"^the\s+")]
    private static partial Regex LeadingThe();

    [GeneratedRegex("'s$")]
    private static partial Regex TrailingPossessive();

    [GeneratedRegex(@"^al ")]
    private static partial Regex LeadingAl();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
