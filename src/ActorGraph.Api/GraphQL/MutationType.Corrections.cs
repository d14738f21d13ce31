using ActorGraph.Core;
using ActorGraph.Core.Corrections;
using ActorGraph.Core.Graph;
using ActorGraph.Core.Model;
using GraphQL;
using GraphQL.Types;

namespace ActorGraph.Api.GraphQL;

/// <summary>
/// The analysts' corrections: each mutation checks its entry against the graph as served, then appends it to
/// corrections.yaml (atomically, under the file's lock); the next query shows the corrected graph.
/// </summary>
public sealed partial class MutationType
{
    private void AddCorrections()
    {
        Field<NonNullGraphType<CorrectionResultType>>("mergeActors")
            .Description("Two names are one actor: 'from' is folded into 'into' (its name becomes an alias, its relations join).")
            .Arguments(Args(("from", "The actor merged away (any alias)."), ("into", "The actor kept (any alias).")))
            .ResolveAsync(c => CorrectAsync(c, snapshot =>
            {
                var from = Actor(snapshot, c, "from");
                var into = Actor(snapshot, c, "into");
                if (from == into)
                    throw new ExecutionError($"'{from}' and '{into}' are already one actor");
                return Entry(c, CorrectionKind.Merge, from) with { Into = into };
            }));

        Field<NonNullGraphType<CorrectionResultType>>("renameActor")
            .Description("An actor takes a new canonical name; the old one stays an alias.")
            .Arguments(Args(("actor", "The actor (any alias)."), ("to", "The new name.")))
            .ResolveAsync(c => CorrectAsync(c, snapshot =>
            {
                var actor = Actor(snapshot, c, "actor");
                var to = Required(c, "to");
                if (snapshot.FindActor(to) is { } other && other.Name != actor)
                    throw new ExecutionError($"'{to}' already names '{other.Name}': merge the two instead");
                return Entry(c, CorrectionKind.Rename, actor) with { Into = to };
            }));

        Field<NonNullGraphType<CorrectionResultType>>("setActorType")
            .Description("Sets an actor's type.")
            .Arguments(Args(("actor", "The actor (any alias).")))
            .Argument<NonNullGraphType<ActorTypeEnum>>("type", "The type.")
            .ResolveAsync(c => CorrectAsync(c, snapshot =>
                Entry(c, CorrectionKind.Type, Actor(snapshot, c, "actor")) with { Value = ModelNames.Of(c.GetArgument<Core.Model.ActorType>("type")) }));

        Field<NonNullGraphType<CorrectionResultType>>("addAlias")
            .Description("Adds a name the actor goes by.")
            .Arguments(Args(("actor", "The actor (any alias)."), ("alias", "The new alias.")))
            .ResolveAsync(c => CorrectAsync(c, snapshot =>
            {
                var actor = Actor(snapshot, c, "actor");
                var alias = Required(c, "alias");
                if (alias.Length < 2)
                    throw new ExecutionError("an alias has at least two characters");
                if (snapshot.FindActor(alias) is { } other)
                    throw new ExecutionError(other.Name == actor ? $"'{actor}' already goes by '{alias}'" : $"'{alias}' already names '{other.Name}'");
                return Entry(c, CorrectionKind.Alias, actor) with { Value = alias };
            }));

        Field<NonNullGraphType<CorrectionResultType>>("removeAlias")
            .Description("Removes a name the actor wrongly goes by.")
            .Arguments(Args(("actor", "The actor (any alias)."), ("alias", "The alias to remove.")))
            .ResolveAsync(c => CorrectAsync(c, snapshot =>
            {
                var actor = snapshot.FindActor(Required(c, "actor")) ?? throw new ExecutionError($"no actor named or aliased '{Required(c, "actor")}'");
                var alias = Required(c, "alias");
                if (!actor.Aliases.Contains(alias, StringComparer.OrdinalIgnoreCase))
                    throw new ExecutionError($"'{actor.Name}' has no alias '{alias}'");
                return Entry(c, CorrectionKind.Alias, actor.Name) with { Value = alias, Remove = true };
            }));

        Field<NonNullGraphType<CorrectionResultType>>("rejectEvidence")
            .Description("One sentence does not state the relation; the relation goes when no accepted sentence is left.")
            .Arguments(Args(("relation", "The relation's id, 'source|kind|target'."), ("document", "The document's key."), ("sentence", "The sentence, as the evidence shows it.")))
            .ResolveAsync(c => CorrectAsync(c, async snapshot =>
            {
                var edge = Relation(snapshot, c);
                var document = Required(c, "document");
                var sentence = Required(c, "sentence");
                var candidates = edge.Relation.Evidence.Where(e => e.Document.Key == document).ToList();
                var texts = await Arguments.State(c).Store.GetEvidenceTextAsync(candidates.Where(e => !e.HasText).Select(e => e.Id).ToList(), c.CancellationToken);
                if (!candidates.Any(e => (e.HasText ? e.Evidence.Sentence : texts.GetValueOrDefault(e.Id).Sentence) == sentence))
                    throw new ExecutionError($"{edge.Id} has no such sentence from '{document}'");
                return Entry(c, CorrectionKind.RejectEvidence, edge.Id) with { Document = document, Sentence = sentence };
            }));

        Field<NonNullGraphType<CorrectionResultType>>("rejectRelation")
            .Description("A whole relation is wrong.")
            .Arguments(Args(("relation", "The relation's id, 'source|kind|target'.")))
            .ResolveAsync(c => CorrectAsync(c, snapshot => Entry(c, CorrectionKind.RejectRelation, Relation(snapshot, c).Id)));

        Field<NonNullGraphType<CorrectionResultType>>("assertRelation")
            .Description("A relation the text states but extraction missed: on a document's sentence, or on an outside source.")
            .Arguments(Args(("source", "The acting actor (any alias, or a new name)."), ("target", "The actor acted on.")))
            .Argument<NonNullGraphType<RelationKindEnum>>("kind", "The kind.")
            .Argument<StringGraphType>("date", "When (YYYY, YYYY-MM or YYYY-MM-DD).")
            .Argument<StringGraphType>("document", "The document's key, with its sentence.")
            .Argument<StringGraphType>("sentence", "The sentence that states it.")
            .Argument<StringGraphType>("outsideSource", "Where it is stated, when not in a loaded document.")
            .ResolveAsync(c => CorrectAsync(c, snapshot =>
            {
                string Name(string argument) => snapshot.FindActor(Required(c, argument))?.Name ?? Required(c, argument);
                var document = c.GetArgument<string?>("document");
                var sentence = c.GetArgument<string?>("sentence");
                var outside = c.GetArgument<string?>("outsideSource");
                if ((string.IsNullOrWhiteSpace(document) || string.IsNullOrWhiteSpace(sentence)) && string.IsNullOrWhiteSpace(outside))
                    throw new ExecutionError("give the document and its sentence, or an outsideSource");
                if (!string.IsNullOrWhiteSpace(document) && snapshot.Documents.All(d => d.Key != document))
                    throw new ExecutionError($"no document '{document}' in the store");
                var date = c.GetArgument<string?>("date");
                if (date is not null && !PartialDate.TryParse(date, out _))
                    throw new ExecutionError($"date must be YYYY, YYYY-MM or YYYY-MM-DD, not '{date}'");
                return Entry(c, CorrectionKind.Assert, Name("source")) with
                {
                    Value = ModelNames.Of(c.GetArgument<RelationKind>("kind")), Target = Name("target"), Date = date,
                    Document = string.IsNullOrWhiteSpace(document) ? null : document, Sentence = string.IsNullOrWhiteSpace(sentence) ? null : sentence,
                    OutsideSource = string.IsNullOrWhiteSpace(outside) ? null : outside,
                };
            }));

        Field<NonNullGraphType<CorrectionResultType>>("addNote")
            .Description("A note on an actor (by name) or a relation (by id, 'source|kind|target').")
            .Arguments(Args(("subject", "The actor or relation."), ("text", "The note.")))
            .ResolveAsync(c => CorrectAsync(c, snapshot =>
            {
                var subject = Required(c, "subject");
                var name = snapshot.FindActor(subject)?.Name ?? snapshot.EdgesOf(subject.Split('|')[0], GraphFilter.All).FirstOrDefault(e => e.Id == subject)?.Id
                    ?? throw new ExecutionError($"no actor or relation '{subject}'");
                return Entry(c, CorrectionKind.Note, name) with { Value = Required(c, "text") };
            }));
    }

    /// <summary>The arguments every correction takes (who and why), after its own.</summary>
    private static QueryArgument[] Args(params (string Name, string Description)[] own) =>
    [
        .. own.Select(a => (QueryArgument)new QueryArgument<NonNullGraphType<StringGraphType>> { Name = a.Name, Description = a.Description }),
        new QueryArgument<StringGraphType> { Name = "why", Description = "Why: kept in the file beside the entry." },
        new QueryArgument<StringGraphType> { Name = "by", Description = "Who makes it (default: the API client's address)." },
    ];

    private static Task<object?> CorrectAsync(IResolveFieldContext context, Func<GraphSnapshot, Correction> entry) =>
        CorrectAsync(context, snapshot => Task.FromResult(entry(snapshot)));

    private static async Task<object?> CorrectAsync(IResolveFieldContext context, Func<GraphSnapshot, Task<Correction>> entry)
    {
        RequireApiKey(context);
        var state = Arguments.State(context);
        var correction = await entry(await Arguments.SnapshotAsync(context));
        try
        {
            var written = await CorrectionsFile.AppendAsync(state.CorrectionsPath, correction,
                existing => CorrectionsFile.AlreadyRecorded(existing, correction), context.CancellationToken);
            await state.RefreshAsync();
            return new CorrectionResult(written.Describe(), written.Line);
        }
        catch (InputException e)
        {
            throw new ExecutionError(e.Message) { Code = "CORRECTION_REFUSED" };
        }
    }

    private static Correction Entry(IResolveFieldContext context, CorrectionKind kind, string subject)
    {
        var by = context.GetArgument<string?>("by") is { Length: > 0 } given ? given
            : context.UserContext.TryGetValue("ClientAddress", out var address) && address is string a ? a : "api";
        return new Correction(kind, subject, by, DateTimeOffset.UtcNow, context.GetArgument<string?>("why") ?? "");
    }

    private static string Required(IResolveFieldContext context, string name) =>
        context.GetArgument<string?>(name) is { } value && value.Trim().Length > 0 ? value.Trim() : throw new ExecutionError($"{name} must not be empty");

    private static string Actor(GraphSnapshot snapshot, IResolveFieldContext context, string argument) =>
        snapshot.FindActor(Required(context, argument))?.Name ?? throw new ExecutionError($"{argument}: no actor named or aliased '{Required(context, argument)}'");

    private static GraphEdge Relation(GraphSnapshot snapshot, IResolveFieldContext context)
    {
        var id = Required(context, "relation");
        // Found among its source's edges, not by reading every relation.
        var source = id.Split('|')[0];
        return snapshot.EdgesOf(source, GraphFilter.All).FirstOrDefault(e => e.Id == id)
            ?? throw new ExecutionError($"no relation '{id}' in the graph (ids are 'source|kind|target')");
    }
}
