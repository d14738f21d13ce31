using ActorGraph.Core;
using ActorGraph.Core.Extraction;
using GraphQL;
using GraphQL.Types;

namespace ActorGraph.Api.GraphQL;

public sealed partial class MutationType : ObjectGraphType
{
    /// <summary>The request header that carries the API key.</summary>
    public const string ApiKeyHeader = "X-Api-Key";

    public MutationType()
    {
        Name = "Mutation";
        Description = $"Change the graph. Requires the API key of the server's configuration in the {ApiKeyHeader} header.";

        Field<NonNullGraphType<LoadResultType>>("loadDocument")
            .Description("Extract a document and store it, as 'actorgraph load' does: the same key and text again change nothing; new text replaces the document's evidence.")
            .Argument<NonNullGraphType<DocumentInputType>>("document", "The text and metadata.")
            .ResolveAsync(async c =>
            {
                RequireApiKey(c);
                var input = c.GetArgument<Dictionary<string, object?>>("document");
                var document = Read(input);
                // Give up a second before the request's own timeout, to say plainly that nothing was stored.
                var seconds = Arguments.Options(c).RequestTimeoutSeconds;
                using var deadline = CancellationTokenSource.CreateLinkedTokenSource(c.CancellationToken);
                deadline.CancelAfter(TimeSpan.FromSeconds(Math.Max(1, seconds - 1)));
                try
                {
                    var (outcome, relations) = await Arguments.State(c).LoadAsync(document, deadline.Token);
                    return new LoadResult(outcome.ToString().ToUpperInvariant(), document.Key, relations);
                }
                catch (OperationCanceledException) when (deadline.IsCancellationRequested)
                {
                    throw new ExecutionError($"document '{document.Key}' was NOT stored: loading it took longer than the server's {seconds} s limit "
                        + "(ActorGraph:RequestTimeoutSeconds); the store is as it was. Load large documents with 'actorgraph load'.") { Code = "NOT_STORED" };
                }
            });
        AddCorrections();
    }

    private static void RequireApiKey(IResolveFieldContext context)
    {
        var configured = Arguments.Options(context).ApiKey;
        if (string.IsNullOrEmpty(configured))
            throw new ExecutionError("changing the graph is switched off: the server has no ActorGraph:ApiKey configured");
        var given = context.UserContext.TryGetValue(ApiKeyHeader, out var value) ? value as string : null;
        var matches = given is not null && System.Security.Cryptography.CryptographicOperations.FixedTimeEquals(
            System.Text.Encoding.UTF8.GetBytes(given), System.Text.Encoding.UTF8.GetBytes(configured));
        if (!matches)
            throw new ExecutionError($"missing or wrong API key: send it in the {ApiKeyHeader} header") { Code = "UNAUTHORIZED" };
    }

    private static Core.Model.SourceDocument Read(Dictionary<string, object?> input)
    {
        string? Text(string name) => input.TryGetValue(name, out var v) && v is string s && s.Length > 0 ? s : null;
        var key = Text("key") ?? throw new ExecutionError("document.key must not be empty");
        if (key.IndexOfAny(['/', '\\']) >= 0 || key.Length > 200)
            throw new ExecutionError("document.key must be a file name (no folders), at most 200 characters");
        byte[] content;
        if (Text("base64") is { } encoded)
        {
            try
            {
                content = Convert.FromBase64String(encoded);
            }
            catch (FormatException)
            {
                throw new ExecutionError("document.base64 is not valid base64");
            }
        }
        else if (Text("text") is { } text)
            content = System.Text.Encoding.UTF8.GetBytes(text);
        else
            throw new ExecutionError("document.text (or document.base64) must not be empty");
        Core.Model.SourceDocument document;
        try
        {
            document = DocumentReader.FromBytes(content, key);
        }
        catch (InputException e)
        {
            throw new ExecutionError($"document.text: {e.Problem}" + (e.Line > 0 ? $" (line {e.Line})" : ""));
        }
        DateOnly? published = document.Published;
        if (Text("published") is { } p)
            published = DateOnly.TryParseExact(p, "yyyy-MM-dd", out var day) ? day
                : throw new ExecutionError($"document.published must be a date written YYYY-MM-DD, not '{p}'");
        return document with
        {
            Title = Text("title") ?? document.Title,
            Published = published,
            Source = Text("source") ?? document.Source,
            Author = Text("author") ?? document.Author,
            Url = Text("url") ?? document.Url,
        };
    }
}
