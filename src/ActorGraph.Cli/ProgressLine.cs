namespace ActorGraph.Cli;

/// <summary>
/// Progress written as it is reported, on the reporting thread. <see cref="Progress{T}"/> posts each report to the
/// thread pool in a console program, so lines could come out of order or after the command's summary.
/// </summary>
internal sealed class ProgressLine(Action<int> write) : IProgress<int>
{
    public void Report(int value) => write(value);
}
