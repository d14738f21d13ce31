using GraphQL;
using GraphQL.Transport;
using GraphQL.Types;
using GraphQLParser.AST;
using Microsoft.Extensions.Options;

namespace ActorGraph.Api.GraphQL;

/// <summary>
/// GraphQL over HTTP: POST application/json or GET with query, variables and operationName. Answers
/// application/graphql-response+json (application/json when that is all the client accepts); 400 for requests
/// that cannot be executed (bad JSON, no query, syntax or validation errors), 405 for mutations over GET,
/// 415 for other media types, 200 otherwise (field errors are in "errors").
/// </summary>
internal static class GraphQLEndpoint
{
    public const string ResponseMediaType = "application/graphql-response+json";

    public static async Task HandleAsync(HttpContext http)
    {
        var serializer = http.RequestServices.GetRequiredService<IGraphQLTextSerializer>();
        var (request, problem, status) = await ReadAsync(http, serializer);
        if (request is null)
        {
            await WriteErrorAsync(http, status, problem!);
            return;
        }
        var options = http.RequestServices.GetRequiredService<IOptions<ActorGraphOptions>>().Value;
        var validated = http.RequestServices.GetRequiredService<ValidatedDocuments>();
        var known = validated.Find(request.Query!);
        var document = known;
        if (document is null)
        {
            (document, var tooCostly) = QueryGuard.Check(request.Query!, options.MaxDepth);
            if (document is null)
            {
                await WriteErrorAsync(http, StatusCodes.Status400BadRequest, tooCostly!);
                return;
            }
        }
        if (HttpMethods.IsGet(http.Request.Method) && IsMutation(document, request.OperationName))
        {
            http.Response.Headers.Allow = "POST";
            await WriteErrorAsync(http, StatusCodes.Status405MethodNotAllowed, "mutations must be sent with POST");
            return;
        }

        // Concurrent: a request's fields share what the first of them reads (Arguments.PerRequest), and async resolvers
        // and batched evidence texts may continue on other threads.
        var userContext = new System.Collections.Concurrent.ConcurrentDictionary<string, object?>(StringComparer.Ordinal)
        {
            [MutationType.ApiKeyHeader] = http.Request.Headers[MutationType.ApiKeyHeader].FirstOrDefault(),
            ["ClientAddress"] = http.Connection.RemoteIpAddress?.ToString(), // who made a correction, unless it says
        };
        try
        {
            await ExecuteAsync(http, request, document, known, userContext, options, validated);
        }
        finally
        {
            // What the request held open (a view of the store) is let go once its answer is written.
            if (userContext.TryGetValue(Arguments.Disposables, out var held) && held is IEnumerable<IAsyncDisposable> disposables)
                foreach (var disposable in disposables)
                    await disposable.DisposeAsync();
        }
    }

    private static async Task ExecuteAsync(HttpContext http, GraphQLRequest request, GraphQLDocument document, GraphQLDocument? known,
        System.Collections.Concurrent.ConcurrentDictionary<string, object?> userContext, ActorGraphOptions options, ValidatedDocuments validated)
    {
        var result = await http.RequestServices.GetRequiredService<IDocumentExecuter<ISchema>>().ExecuteAsync(new ExecutionOptions
        {
            Query = request.Query,
            Document = document,
            Variables = request.Variables,
            OperationName = request.OperationName,
            RequestServices = http.RequestServices,
            UserContext = userContext,
            CancellationToken = http.RequestAborted,
            Timeout = TimeSpan.FromSeconds(options.RequestTimeoutSeconds),
            TimeoutAction = global::GraphQL.Execution.TimeoutAction.ReturnTimeoutError,
            // A known text passed the schema's rules before: only the rules added per request (complexity, which
            // depends on the variables) run again, after the variables and arguments are read.
            ValidationRules = known is null ? null : [],
        });
        if (known is null && result.Executed)
            validated.Add(request.Query!, document);
        http.Response.StatusCode = result.Executed ? StatusCodes.Status200OK : StatusCodes.Status400BadRequest;
        http.Response.ContentType = MediaType(http);
        await WriteAsync(http, result);
    }

    /// <summary>
    /// The answer written straight to the response: a page or a neighbourhood is 100 KB or more, and made into one
    /// string first it was two large-object allocations per request that piled up in the large-object heap under load.
    /// </summary>
    private static Task WriteAsync(HttpContext http, ExecutionResult result) =>
        http.RequestServices.GetRequiredService<IGraphQLSerializer>().WriteAsync(http.Response.Body, result, http.RequestAborted);

    private static async Task<(GraphQLRequest? Request, string? Problem, int Status)> ReadAsync(HttpContext http, IGraphQLTextSerializer serializer)
    {
        GraphQLRequest? request;
        if (HttpMethods.IsGet(http.Request.Method))
        {
            var query = http.Request.Query;
            try
            {
                request = new GraphQLRequest
                {
                    Query = query["query"].FirstOrDefault(),
                    OperationName = query["operationName"].FirstOrDefault(),
                    Variables = query["variables"].FirstOrDefault() is { Length: > 0 } variables ? serializer.Deserialize<Inputs>(variables) : null,
                };
            }
            catch (Exception e) when (e is System.Text.Json.JsonException or global::GraphQL.ExecutionError or ArgumentException or InvalidOperationException)
            {
                return (null, "the 'variables' parameter is not a JSON object", StatusCodes.Status400BadRequest);
            }
        }
        else if (HttpMethods.IsPost(http.Request.Method))
        {
            var contentType = http.Request.ContentType ?? "";
            if (!contentType.StartsWith("application/json", StringComparison.OrdinalIgnoreCase))
                return (null, "send the request as application/json", StatusCodes.Status415UnsupportedMediaType);
            var limit = http.RequestServices.GetRequiredService<IOptions<ActorGraphOptions>>().Value.MaxRequestBytes;
            if (await ReadBodyAsync(http, limit) is not { } body)
                return (null, $"the request body is larger than {limit:N0} bytes", StatusCodes.Status413PayloadTooLarge);
            try
            {
                request = serializer.Deserialize<GraphQLRequest>(body);
            }
            catch (Exception e) when (e is System.Text.Json.JsonException or global::GraphQL.ExecutionError or ArgumentException or InvalidOperationException or FormatException)
            {
                return (null, "the request body is not valid JSON of the form {\"query\": \"...\", \"variables\": {...}}", StatusCodes.Status400BadRequest);
            }
        }
        else
        {
            http.Response.Headers.Allow = "GET, POST";
            return (null, "use GET or POST", StatusCodes.Status405MethodNotAllowed);
        }
        if (string.IsNullOrWhiteSpace(request?.Query))
            return (null, "the request has no 'query'", StatusCodes.Status400BadRequest);
        return (request, null, 0);
    }

    /// <summary>The body as text, or null when it is longer than <paramref name="limit"/> bytes (read no further).</summary>
    private static async Task<string?> ReadBodyAsync(HttpContext http, long limit)
    {
        if (http.Request.ContentLength > limit)
            return null;
        using var buffer = new MemoryStream();
        // A pooled chunk: a new 80 KB array per request was most of what a small query allocated.
        var chunk = System.Buffers.ArrayPool<byte>.Shared.Rent(16 * 1024);
        try
        {
            int read;
            while ((read = await http.Request.Body.ReadAsync(chunk, http.RequestAborted)) > 0)
            {
                if (buffer.Length + read > limit)
                    return null;
                buffer.Write(chunk, 0, read);
            }
        }
        finally
        {
            System.Buffers.ArrayPool<byte>.Shared.Return(chunk);
        }
        return System.Text.Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }

    private static bool IsMutation(GraphQLDocument document, string? operationName)
    {
        var operations = document.Definitions.OfType<GraphQLOperationDefinition>().ToList();
        var chosen = operationName is { } name ? operations.FirstOrDefault(o => o.Name?.StringValue == name) : operations.FirstOrDefault();
        return chosen?.Operation == OperationType.Mutation;
    }

    private static string MediaType(HttpContext http)
    {
        var accept = http.Request.Headers.Accept.ToString();
        return accept.Contains("application/json", StringComparison.OrdinalIgnoreCase)
            && !accept.Contains(ResponseMediaType, StringComparison.OrdinalIgnoreCase) && !accept.Contains("*/*", StringComparison.Ordinal)
            ? "application/json"
            : ResponseMediaType;
    }

    private static async Task WriteErrorAsync(HttpContext http, int status, string message)
    {
        http.Response.StatusCode = status;
        http.Response.ContentType = MediaType(http);
        await WriteAsync(http, new ExecutionResult { Errors = [new ExecutionError(message)], Executed = false });
    }
}
