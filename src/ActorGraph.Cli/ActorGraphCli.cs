using System.CommandLine;
using ActorGraph.Cli.Commands;
using ActorGraph.Core;

namespace ActorGraph.Cli;

/// <summary>The <c>actorgraph</c> command. Exit codes: 0 ok, 1 bad input (one clear line), 2 usage, 3 changes found (report --fail-on-change).</summary>
public static class ActorGraphCli
{
    public const int Ok = 0;
    public const int BadInput = 1;
    public const int Usage = 2;

    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        var console = new CliConsole(output, error);
        var root = new RootCommand("ActorGraph: turns documents about armed groups into an evidence-backed, dated actor graph.");
        root.Subcommands.Add(LoadCommand.Create(console));
        root.Subcommands.Add(ExtractCommand.Create(console));
        root.Subcommands.Add(ActorsCommand.Create(console));
        root.Subcommands.Add(RelationsCommand.Create(console));
        root.Subcommands.Add(ReportCommand.Create(console));
        root.Subcommands.Add(ExportCommand.Create(console));
        root.Subcommands.Add(SyncCommand.Create(console));
        root.Subcommands.Add(CorrectCommand.Create(console));
        root.Subcommands.Add(CorrectionsCommand.Create(console));
        root.Subcommands.Add(EvaluateCommand.Create(console));

        var parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            foreach (var e in parse.Errors)
                error.WriteLine($"actorgraph: {e.Message}");
            error.WriteLine("Run 'actorgraph --help' for usage.");
            return Usage;
        }
        try
        {
            return parse.Invoke(new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false });
        }
        catch (InputException e)
        {
            error.WriteLine($"actorgraph: {e.Message}");
            return BadInput;
        }
    }
}
