using ActorGraph.Core.Model;
using ActorGraph.Core.Storage;

namespace ActorGraph.Core.Corrections;

/// <summary>
/// Applies corrections.yaml over the graph extraction produced, in the file's order: names first (merges and
/// renames, followed through chains), then actors' types, aliases and notes, then relations (ends renamed, those
/// that became one joined, rejected ones and sentences removed, asserted ones added). The same file over the same
/// documents gives the same graph, however the store was rebuilt. Entries that match nothing are reported.
/// </summary>
public static class CorrectionApplier
{
    /// <summary>Reads the sentence and explanation of evidence rows by id (the store's <see cref="IGraphStore.GetEvidenceTextAsync"/>).</summary>
    public delegate Task<IReadOnlyDictionary<long, (string Sentence, string Explanation)>> TextReader(IReadOnlyCollection<long> ids, CancellationToken cancellationToken);

    public static async Task<CorrectedGraph> ApplyAsync(IReadOnlyList<StoredActor> actors, IReadOnlyList<StoredRelation> relations,
        IReadOnlyList<StoredDocument> documents, IReadOnlyList<Correction> corrections, TextReader texts, CancellationToken cancellationToken = default)
    {
        if (corrections.Count == 0)
            return new CorrectedGraph(actors, relations, []);
        // The ends the store worked out are those of the graph as extracted: merged actors and rejected sentences
        // change the pairs, so the corrected graph works its own out.
        relations = relations.Select(r => r.Validity is null ? r : r with { Validity = null }).ToList();
        var names = new Names(actors);
        var stale = new List<StaleCorrection>();
        var actorNotes = new Dictionary<string, List<string>>(StringComparer.OrdinalIgnoreCase);
        var mergedFrom = new Dictionary<string, List<string>>(StringComparer.OrdinalIgnoreCase);
        void Note(Dictionary<string, List<string>> notes, string key, string text) =>
            (notes.TryGetValue(key, out var list) ? list : notes[key] = []).Add(text);

        // 1. Names.
        foreach (var entry in corrections.Where(c => c.Kind is CorrectionKind.Merge or CorrectionKind.Rename))
        {
            if (names.Final(entry.Subject) is not { } from)
            {
                stale.Add(new StaleCorrection(entry, $"no actor is named '{entry.Subject}'"));
                continue;
            }
            var existing = names.Final(entry.Into!);
            if (entry.Kind == CorrectionKind.Merge && existing is null)
            {
                stale.Add(new StaleCorrection(entry, $"no actor is named '{entry.Into}'"));
                continue;
            }
            var into = existing ?? entry.Into!;
            if (string.Equals(from, into, StringComparison.OrdinalIgnoreCase))
                continue;
            names.Map(from, into);
            if (existing is not null)
                Note(mergedFrom, into, from);
            Note(actorNotes, into, entry.Describe());
        }

        // 2. Actors, one per final name.
        var table = new Dictionary<string, StoredActor>(StringComparer.OrdinalIgnoreCase);
        foreach (var group in actors.GroupBy(a => names.FinalOf(a.Name), StringComparer.OrdinalIgnoreCase))
        {
            var head = group.FirstOrDefault(a => string.Equals(a.Name, group.Key, StringComparison.OrdinalIgnoreCase)) ?? group.First();
            var aliases = group.SelectMany(a => a.Aliases.Append(a.Name)).Where(n => !string.Equals(n, group.Key, StringComparison.OrdinalIgnoreCase))
                .Distinct(StringComparer.OrdinalIgnoreCase).Order(StringComparer.OrdinalIgnoreCase).ToList();
            table[group.Key] = head with { Name = group.Key, Aliases = aliases, Discovered = group.All(a => a.Discovered), Documents = group.Sum(a => a.Documents) };
        }
        foreach (var entry in corrections.Where(c => c.Kind is CorrectionKind.Type or CorrectionKind.Alias || (c.Kind == CorrectionKind.Note && !IsRelationKey(c.Subject))))
        {
            if (names.Final(entry.Subject) is not { } name || !table.TryGetValue(name, out var actor))
            {
                stale.Add(new StaleCorrection(entry, $"no actor is named '{entry.Subject}'"));
                continue;
            }
            switch (entry.Kind)
            {
                case CorrectionKind.Type when ModelNames.TryParseActorType(entry.Value, out var type):
                    table[name] = actor with { Type = type };
                    break;
                case CorrectionKind.Type:
                    stale.Add(new StaleCorrection(entry, $"'{entry.Value}' is no actor type"));
                    continue;
                case CorrectionKind.Alias when entry.Remove:
                    if (!actor.Aliases.Contains(entry.Value!, StringComparer.OrdinalIgnoreCase))
                    {
                        stale.Add(new StaleCorrection(entry, $"'{name}' has no alias '{entry.Value}'"));
                        continue;
                    }
                    table[name] = actor with { Aliases = actor.Aliases.Where(a => !string.Equals(a, entry.Value, StringComparison.OrdinalIgnoreCase)).ToList() };
                    break;
                case CorrectionKind.Alias:
                    if (names.Final(entry.Value!) is { } other && !string.Equals(other, name, StringComparison.OrdinalIgnoreCase))
                    {
                        stale.Add(new StaleCorrection(entry, $"'{entry.Value}' already names '{other}'"));
                        continue;
                    }
                    table[name] = actor with { Aliases = [.. actor.Aliases, entry.Value!] };
                    names.Alias(entry.Value!, name);
                    break;
            }
            Note(actorNotes, name, entry.Describe());
        }

        // 3. Relations, their ends renamed; relations that became one are joined, ones that became a loop dropped.
        var edges = new Dictionary<string, StoredRelation>(StringComparer.Ordinal);
        foreach (var relation in relations)
        {
            var (source, target) = Ends(names.FinalOf(relation.Source), names.FinalOf(relation.Target), relation.Kind);
            if (string.Equals(source, target, StringComparison.OrdinalIgnoreCase))
                continue;
            var key = ModelNames.RelationKey(source, relation.Kind, target);
            var moved = source != relation.Source || target != relation.Target;
            var notes = moved ? [$"was {ModelNames.RelationKey(relation.Source, relation.Kind, relation.Target)} before a merge or rename"] : Array.Empty<string>();
            edges[key] = edges.TryGetValue(key, out var known)
                ? known with { Evidence = [.. known.Evidence, .. relation.Evidence], Corrections = [.. known.Corrections, .. notes] }
                : relation with { Source = source, Target = target, Corrections = notes };
        }
        foreach (var entry in corrections.Where(c => c.Kind is CorrectionKind.RejectRelation or CorrectionKind.RejectEvidence or CorrectionKind.Assert
            || (c.Kind == CorrectionKind.Note && IsRelationKey(c.Subject))))
        {
            if (entry.Kind == CorrectionKind.Assert)
            {
                if (Assert(entry, names, table, edges, documents) is { } problem)
                    stale.Add(new StaleCorrection(entry, problem));
                continue;
            }
            if (ParseKey(entry.Subject, names) is not { } key || !edges.TryGetValue(key, out var relation))
            {
                stale.Add(new StaleCorrection(entry, $"no relation {entry.Subject} in the graph"));
                continue;
            }
            switch (entry.Kind)
            {
                case CorrectionKind.RejectRelation:
                    edges.Remove(key);
                    break;
                case CorrectionKind.Note:
                    edges[key] = relation with { Corrections = [.. relation.Corrections, entry.Describe()] };
                    break;
                default:
                    var candidates = relation.Evidence.Where(e => e.Document.Key == entry.Document).ToList();
                    var missing = candidates.Where(e => !e.HasText && e.Id != 0).Select(e => e.Id).ToList();
                    var fetched = missing.Count > 0 ? await texts(missing, cancellationToken) : new Dictionary<long, (string, string)>();
                    string SentenceOf(StoredEvidence e) => e.HasText ? e.Evidence.Sentence : fetched.TryGetValue(e.Id, out var t) ? t.Sentence : "";
                    var rejected = candidates.Where(e => SameText(SentenceOf(e), entry.Sentence!)).ToList();
                    if (rejected.Count == 0)
                    {
                        stale.Add(new StaleCorrection(entry, $"{entry.Document} no longer has that sentence for {entry.Subject}"));
                        continue;
                    }
                    var remaining = relation.Evidence.Except(rejected).ToList();
                    var marked = rejected.Select(e => e with { RejectedBecause = entry.Describe() }).ToList();
                    if (remaining.Count == 0)
                        edges.Remove(key);
                    else
                        edges[key] = relation with { Evidence = remaining, RejectedEvidence = [.. relation.RejectedEvidence, .. marked] };
                    break;
            }
        }

        var degree = edges.Values.SelectMany(r => new[] { r.Source, r.Target }).GroupBy(n => n, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => g.Count(), StringComparer.OrdinalIgnoreCase);
        var finalActors = table.Values.Select(a => a with
        {
            Relations = degree.GetValueOrDefault(a.Name),
            MergedFrom = mergedFrom.TryGetValue(a.Name, out var merged) ? merged : [],
            Corrections = actorNotes.TryGetValue(a.Name, out var notes) ? notes : [],
        }).OrderBy(a => a.Name, NameOrder.Instance).ToList();
        var finalRelations = edges.Values.Order(StoredRelation.Order).ToList();
        return new CorrectedGraph(finalActors, finalRelations, stale);
    }

    /// <returns>Why the assertion matches nothing, or null when it was added.</returns>
    private static string? Assert(Correction entry, Names names, Dictionary<string, StoredActor> table, Dictionary<string, StoredRelation> edges, IReadOnlyList<StoredDocument> documents)
    {
        if (!ModelNames.TryParseKind(entry.Value, out var kind))
            return $"'{entry.Value}' is no relation kind";
        StoredDocument document;
        if (entry.Document is not null)
        {
            if (documents.FirstOrDefault(d => d.Key == entry.Document) is not { } stored)
                return $"no document {entry.Document} in the store";
            document = stored;
        }
        else
            document = new StoredDocument($"outside source: {entry.OutsideSource}", entry.OutsideSource!, null, "analyst", entry.By, null);
        string ActorNamed(string given)
        {
            if (names.Final(given) is { } known)
                return known;
            table.TryAdd(given, new StoredActor(given, ActorType.Other, [], false, 0, 0));
            names.Alias(given, given);
            return given;
        }
        var (source, target) = Ends(ActorNamed(entry.Subject), ActorNamed(entry.Target!), kind);
        var date = PartialDate.TryParse(entry.Date, out var day) ? day : (PartialDate?)null;
        var evidence = new StoredEvidence(new Evidence(document.Key, entry.Sentence ?? entry.OutsideSource!, -1, 0, date, entry.Date,
            Attribution.Author, null, 1.0, false, $"asserted by an analyst: {entry.Describe()}"), document);
        var key = ModelNames.RelationKey(source, kind, target);
        edges[key] = edges.TryGetValue(key, out var known)
            ? known with { Evidence = [.. known.Evidence, evidence], Corrections = [.. known.Corrections, entry.Describe()] }
            : new StoredRelation(source, target, kind, [evidence]) { Corrections = [entry.Describe()] };
        return null;
    }

    private static (string Source, string Target) Ends(string source, string target, RelationKind kind) =>
        kind is RelationKind.Rival or RelationKind.Allied && string.CompareOrdinal(source, target) > 0 ? (target, source) : (source, target);

    private static bool IsRelationKey(string text) => SplitKey(text) is not null;

    private static (string Source, RelationKind Kind, string Target)? SplitKey(string key)
    {
        foreach (var kind in Enum.GetValues<RelationKind>())
        {
            var marker = $"|{ModelNames.Of(kind)}|";
            var at = key.IndexOf(marker, StringComparison.OrdinalIgnoreCase);
            if (at > 0 && at + marker.Length < key.Length)
                return (key[..at].Trim(), kind, key[(at + marker.Length)..].Trim());
        }
        return null;
    }

    /// <summary>A relation key as the corrected graph names it: each end by any alias, renamed and merged; rival and allied ends in order.</summary>
    private static string? ParseKey(string key, Names names)
    {
        if (SplitKey(key) is not { } parts)
            return null;
        var (source, target) = Ends(names.Final(parts.Source) ?? parts.Source, names.Final(parts.Target) ?? parts.Target, parts.Kind);
        return ModelNames.RelationKey(source, parts.Kind, target);
    }

    private static bool SameText(string a, string b) =>
        string.Equals(string.Join(' ', a.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)),
            string.Join(' ', b.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)), StringComparison.Ordinal);

    /// <summary>Names and aliases to actors, and the renames and merges made so far, followed through chains.</summary>
    private sealed class Names
    {
        private readonly Dictionary<string, string> _known = new(StringComparer.OrdinalIgnoreCase);
        private readonly Dictionary<string, string> _moved = new(StringComparer.OrdinalIgnoreCase);

        public Names(IEnumerable<StoredActor> actors)
        {
            foreach (var actor in actors)
                _known.TryAdd(actor.Name, actor.Name);
            foreach (var actor in actors)
                foreach (var alias in actor.Aliases)
                    _known.TryAdd(alias, actor.Name);
        }

        /// <summary>The actor a name or alias now stands for, after every merge and rename; null when none.</summary>
        public string? Final(string nameOrAlias) => _known.TryGetValue(nameOrAlias.Trim(), out var name) ? FinalOf(name) : null;

        public string FinalOf(string name)
        {
            for (var hops = 0; hops < 64 && _moved.TryGetValue(name, out var next); hops++)
                name = next;
            return name;
        }

        public void Map(string from, string into)
        {
            _moved[from] = into;
            _known.TryAdd(into, into);
        }

        public void Alias(string alias, string name) => _known[alias] = name;
    }
}
