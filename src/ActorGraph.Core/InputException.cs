namespace ActorGraph.Core;

/// <summary>
/// Bad input a user can fix: names the file, the line (1-based, 0 when unknown) and what is wrong.
/// The CLI prints <see cref="Exception.Message"/> as one line and exits with code 1.
/// </summary>
public sealed class InputException(string file, int line, string problem)
    : Exception(line > 0 ? $"{file}:{line}: {problem}" : $"{file}: {problem}")
{
    public string File { get; } = file;
    public int Line { get; } = line;
    public string Problem { get; } = problem;
}
