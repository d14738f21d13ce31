namespace ActorGraph.Cli;

/// <summary>Where commands write: standard output for results, standard error for progress and problems.</summary>
public sealed record CliConsole(TextWriter Out, TextWriter Error);
