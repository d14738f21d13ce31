namespace ActorGraph.Cli.Tests;

/// <summary>Runs the actorgraph parser in-process from the repository root, capturing what it prints.</summary>
internal sealed record CliRun(int ExitCode, string Out, string Error)
{
    private static readonly SemaphoreSlim OneAtATime = new(1, 1);

    public static string RepositoryRoot => ActorGraph.Testing.RepositoryPaths.Root;

    /// <summary>The working directory is process-wide, so runs take turns.</summary>
    public static CliRun Of(params string[] args)
    {
        OneAtATime.Wait();
        var previous = Directory.GetCurrentDirectory();
        try
        {
            Directory.SetCurrentDirectory(RepositoryRoot);
            var output = new StringWriter();
            var error = new StringWriter();
            var code = ActorGraphCli.Run(args, output, error);
            return new CliRun(code, output.ToString(), error.ToString());
        }
        finally
        {
            Directory.SetCurrentDirectory(previous);
            OneAtATime.Release();
        }
    }
}
