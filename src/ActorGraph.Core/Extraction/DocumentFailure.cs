namespace ActorGraph.Core.Extraction;

/// <summary>
/// Why a document could not be read or extracted, as one line naming the file. A document that trips a bug is
/// skipped with its reason like a malformed one, so one file never ends a load of thousands.
/// </summary>
public static class DocumentFailure
{
    public static string Reason(string file, Exception error) => error switch
    {
        InputException input => input.Message,
        IOException or UnauthorizedAccessException => $"{file}: cannot be read: {error.Message}",
        _ => $"{file}: internal error while extracting ({error.GetType().Name}: {error.Message}); please report it with the file",
    };
}
