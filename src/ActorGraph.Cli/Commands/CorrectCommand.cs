using System.CommandLine;
using ActorGraph.Core;
using ActorGraph.Core.Corrections;
using ActorGraph.Core.Graph;
using ActorGraph.Core.Model;

namespace ActorGraph.Cli.Commands;

/// <summary>
/// <c>actorgraph correct merge|rename|type|alias|reject|assert|note ...</c> records an analyst's correction in
/// corrections.yaml, after checking it against the graph; <c>actorgraph corrections list|check|remove</c> reads and
/// maintains the file.
/// </summary>
internal static class CorrectCommand
{
    public static Command Create(CliConsole console)
    {
        var command = new Command("correct", "Correct the graph: the entry goes into corrections.yaml (beside the store), applied over every load and read.");
        command.Subcommands.Add(Make(console, "merge", "Two names are one actor: --from is folded into --into.", ["--from", "--into"], (v, graph) =>
        {
            var from = CommonOptions.ActorName(graph, v["--from"]!);
            var into = CommonOptions.ActorName(graph, v["--into"]!);
            return from == into ? throw new InputException("--from", 0, $"'{from}' and '{into}' are already one actor")
                : new Correction(CorrectionKind.Merge, from, "", default, "", Into: into);
        }));
        command.Subcommands.Add(Make(console, "rename", "An actor takes a new canonical name; the old stays an alias.", ["--actor", "--to"], (v, graph) =>
            new Correction(CorrectionKind.Rename, CommonOptions.ActorName(graph, v["--actor"]!), "", default, "", Into: v["--to"])));
        command.Subcommands.Add(Make(console, "type", "Sets an actor's type (armed_group, state, coalition, person, other).", ["--actor", "--set"], (v, graph) =>
            ModelNames.TryParseActorType(v["--set"], out _)
                ? new Correction(CorrectionKind.Type, CommonOptions.ActorName(graph, v["--actor"]!), "", default, "", Value: v["--set"])
                : throw new InputException("--set", 0, $"'{v["--set"]}' is no actor type: armed_group, state, coalition, person or other")));
        command.Subcommands.Add(Make(console, "alias", "Adds (--add) or removes (--remove) a name an actor goes by.", ["--actor"], (v, graph) =>
            (v["--add"], v["--remove"]) switch
            {
                ({ } add, null) => new Correction(CorrectionKind.Alias, CommonOptions.ActorName(graph, v["--actor"]!), "", default, "", Value: add),
                (null, { } remove) => new Correction(CorrectionKind.Alias, CommonOptions.ActorName(graph, v["--actor"]!), "", default, "", Value: remove, Remove: true),
                _ => throw new InputException("--add/--remove", 0, "give one of them"),
            }, optional: ["--add", "--remove"]));
        command.Subcommands.Add(Make(console, "reject", "A relation is wrong (--relation 'source|kind|target'), or only one of its sentences (with --document and --sentence).", ["--relation"], (v, _) =>
            v["--document"] is { } document
                ? new Correction(CorrectionKind.RejectEvidence, v["--relation"]!, "", default, "", Document: document,
                    Sentence: v["--sentence"] ?? throw new InputException("--sentence", 0, "name the sentence the document states it in"))
                : new Correction(CorrectionKind.RejectRelation, v["--relation"]!, "", default, ""), optional: ["--document", "--sentence"]));
        command.Subcommands.Add(Make(console, "assert", "A relation the text states but extraction missed: --document and --sentence, or --outside-source.", ["--source", "--kind", "--target"], (v, graph) =>
        {
            if (!ModelNames.TryParseKind(v["--kind"], out _))
                throw new InputException("--kind", 0, $"'{v["--kind"]}' is no relation kind: affiliate, rival, attacked or allied");
            if (v["--date"] is { } date && !PartialDate.TryParse(date, out _))
                throw new InputException("--date", 0, $"must be YYYY, YYYY-MM or YYYY-MM-DD, not '{date}'");
            if ((v["--document"] is null || v["--sentence"] is null) && v["--outside-source"] is null)
                throw new InputException("--document/--outside-source", 0, "give the document and its sentence, or an outside source");
            string Name(string option) => graph.FindActor(v[option]!)?.Name ?? v[option]!;
            return new Correction(CorrectionKind.Assert, Name("--source"), "", default, "", Value: v["--kind"]!.ToLowerInvariant(), Target: Name("--target"),
                Date: v["--date"], Document: v["--document"], Sentence: v["--sentence"], OutsideSource: v["--outside-source"]);
        }, optional: ["--date", "--document", "--sentence", "--outside-source"]));
        command.Subcommands.Add(Make(console, "note", "A note on an actor (by name) or a relation ('source|kind|target').", ["--subject", "--text"], (v, graph) =>
            new Correction(CorrectionKind.Note, graph.FindActor(v["--subject"]!)?.Name ?? v["--subject"]!, "", default, "", Value: v["--text"])));
        return command;
    }

    private static Command Make(CliConsole console, string name, string description, string[] required,
        Func<IReadOnlyDictionary<string, string?>, GraphSnapshot, Correction> entry, string[]? optional = null)
    {
        var storeOptions = new CommonOptions.StoreOptions();
        var why = new Option<string?>("--why") { Description = "Why: kept beside the entry." };
        var by = new Option<string?>("--by") { Description = "Who makes it (default: $USER)." };
        var own = required.Select(o => new Option<string>(o) { Required = true }).Concat((optional ?? []).Select(o => new Option<string>(o))).ToList();
        var command = new Command(name, description);
        foreach (var option in own.Concat<Option>([why, by]).Concat(storeOptions.All))
            command.Options.Add(option);
        command.SetAction(async (parse, cancellationToken) =>
        {
            await using var opened = await storeOptions.OpenAsync(parse, cancellationToken);
            var path = storeOptions.CorrectionsPath(parse);
            var existing = CorrectionsFile.Load(path);
            var graph = await GraphSnapshot.LoadAsync(opened.Store, cancellationToken, existing);
            var values = own.ToDictionary(o => o.Name, o => parse.GetValue(o) is { Length: > 0 } v ? v.Trim() : null);
            var correction = entry(values, graph) with
            {
                By = parse.GetValue(by) ?? Environment.UserName,
                At = DateTimeOffset.UtcNow,
                Why = parse.GetValue(why) ?? "",
            };
            // Applied over the graph as it is, the entry must match something, or it is refused with the reason.
            var tried = await GraphSnapshot.LoadAsync(opened.Store, cancellationToken, [.. existing, correction]);
            if (tried.StaleCorrections.FirstOrDefault(s => ReferenceEquals(s.Entry, correction)) is { } stale)
                throw new InputException(path, 0, $"{correction.Describe()}: {stale.Reason}");
            var written = await CorrectionsFile.AppendAsync(path, correction, current => CorrectionsFile.AlreadyRecorded(current, correction), cancellationToken);
            console.Out.WriteLine($"{path}:{written.Line}: {written.Describe()}");
            return ActorGraphCli.Ok;
        });
        return command;
    }
}
