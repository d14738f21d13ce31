using ActorGraph.Api.GraphQL;
using GraphQL;
using GraphQL.Types;
using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace ActorGraph.Api;

/// <summary>The API's wiring, kept out of Program.cs.</summary>
public static class ActorGraphApiExtensions
{
    private const string CorsPolicy = "ActorGraphOrigins";
    private const string RateLimitPolicy = "PerClient";

    public static IServiceCollection AddActorGraph(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<ActorGraphOptions>().Bind(configuration.GetSection(ActorGraphOptions.Section)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<ActorGraphOptions>, ActorGraphOptionsValidator>();
        services.AddSingleton<GraphState>();
        services.AddSingleton<ValidatedDocuments>();
        services.AddHostedService<StartupLoader>();
        var options = configuration.GetSection(ActorGraphOptions.Section).Get<ActorGraphOptions>() ?? new ActorGraphOptions();
        services.AddGraphQL(graphql => graphql
            .AddSchema<ActorGraphSchema>()
            .AddSystemTextJson(json => json.Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping)
            .AddGraphTypes(typeof(ActorGraphSchema).Assembly)
            // A query's fields read an in-memory graph: run as parallel tasks they only added scheduling (bench/results.md).
            .AddExecutionStrategy(global::GraphQL.Execution.SerialExecutionStrategy.Instance, GraphQLParser.AST.OperationType.Query)
            .AddErrorInfoProvider(o => o.ExposeExceptionDetails = false)
            .AddComplexityAnalyzer(o =>
            {
                // Depth is checked by QueryGuard, with fragments expanded and a deeper allowance for introspection.
                o.MaxComplexity = options.MaxComplexity;
                // Introspection (GraphiQL's documentation panel) reads the schema, not the graph: QueryGuard bounds it.
                o.ValidateComplexityDelegate = context =>
                {
                    if (QueryGuard.IsIntrospection(context.ValidationContext.Operation))
                        context.Error = null;
                    return Task.CompletedTask;
                };
            }));
        services.AddCors(cors => cors.AddPolicy(CorsPolicy, policy => policy
            .WithOrigins(options.CorsOrigins).AllowAnyHeader().WithMethods("GET", "POST")));
        services.AddRateLimiter(limiter =>
        {
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.OnRejected = async (context, cancellationToken) =>
            {
                context.HttpContext.Response.Headers.RetryAfter = "1";
                await context.HttpContext.Response.WriteAsJsonAsync(new
                {
                    errors = new[] { new { message = $"too many requests from this client at once (at most {options.ConcurrentRequestsPerClient} running and {options.QueuedRequestsPerClient} waiting); retry after a second" } },
                }, cancellationToken);
            };
            limiter.AddPolicy(RateLimitPolicy, http => RateLimitPartition.GetConcurrencyLimiter(
                http.Connection.RemoteIpAddress?.ToString() ?? "local",
                _ => new ConcurrencyLimiterOptions
                {
                    PermitLimit = options.ConcurrentRequestsPerClient,
                    QueueLimit = options.QueuedRequestsPerClient,
                    QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
                }));
        });
        return services;
    }

    /// <summary>
    /// Scripts only from this server and no inline script, so text from documents can never run as code in our
    /// pages; styles may be inline because the graph and GraphiQL libraries set them at run time.
    /// </summary>
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; " +
        "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    public static WebApplication MapActorGraph(this WebApplication app)
    {
        app.Use((http, next) =>
        {
            var headers = http.Response.Headers;
            headers.ContentSecurityPolicy = ContentSecurityPolicy;
            headers.XContentTypeOptions = "nosniff";
            headers["Referrer-Policy"] = "no-referrer";
            return next(http);
        });
        app.UseCors(CorsPolicy);
        app.UseRateLimiter();
        app.UseDefaultFiles();
        app.UseStaticFiles();
        app.MapMethods("/graphql", ["GET", "POST"], GraphQLEndpoint.HandleAsync).RequireRateLimiting(RateLimitPolicy);
        app.MapGet("/export/{format}", ExportEndpoint.HandleAsync).RequireRateLimiting(RateLimitPolicy);
        app.MapGet("/graphql/schema.graphql", (ISchema schema) => Results.Text(schema.Print(), "text/plain; charset=utf-8"));
        app.MapGet("/graphiql", () => Results.Redirect("/graphiql/index.html"));
        app.MapGet("/health", async (GraphState state, CancellationToken cancellationToken) =>
        {
            var counts = await state.Store.CountAsync(cancellationToken);
            return Results.Ok(new { status = "ok", counts.Documents, counts.Actors, counts.Relations, counts.Evidence });
        });
        return app;
    }
}
