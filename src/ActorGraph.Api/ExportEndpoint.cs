using ActorGraph.Core.Exports;
using ActorGraph.Core.Graph;
using ActorGraph.Core.Model;
using Microsoft.Extensions.Options;

namespace ActorGraph.Api;

/// <summary>
/// <c>GET /export/{graphml|gexf|json|csv|cypher}?asOf=2014-11-01&amp;kinds=attacked,allied&amp;minConfidence=0.5&amp;actor=NAME&amp;actor=NAME2&amp;hide=NAME3&amp;hops=1&amp;limit=200</c>:
/// the graph (or actors' neighbourhoods, as the browser shows them) as a file to download. Bounded: a whole-graph
/// export over <see cref="ActorGraphOptions.MaxExportRelations"/> relations is refused with a pointer to the CLI.
/// </summary>
public static class ExportEndpoint
{
    public static async Task<IResult> HandleAsync(string format, HttpContext http, GraphState state, IOptions<ActorGraphOptions> settings, CancellationToken cancellationToken)
    {
        var options = settings.Value;
        var query = http.Request.Query;
        if (!ExportWriter.TryParse(format, out var chosen))
            return Problem($"no export format '{format}': graphml, gexf, json, csv or cypher", StatusCodes.Status404NotFound);
        DateOnly? asOf = null;
        if (query["asOf"].ToString() is { Length: > 0 } day)
        {
            if (!PartialDate.TryParse(day, out var date))
                return Problem($"asOf must be a date written YYYY-MM-DD, YYYY-MM or YYYY, not '{day}'");
            asOf = date.LastDay;
        }
        HashSet<RelationKind>? kinds = null;
        if (query["kinds"].ToString() is { Length: > 0 } names)
        {
            kinds = [];
            foreach (var kindName in names.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                if (!ModelNames.TryParseKind(kindName, out var kind))
                    return Problem($"kinds: '{kindName}' is no relation kind (affiliate, rival, attacked, allied)");
                kinds.Add(kind);
            }
        }
        double? minConfidence = null;
        if (query["minConfidence"].ToString() is { Length: > 0 } min)
        {
            if (!double.TryParse(min, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var value) || value is < 0 or > 1)
                return Problem($"minConfidence must be a number from 0 to 1, not '{min}'");
            minConfidence = value;
        }
        if (!Bounded(query["hops"], 1, 1, options.MaxHops, out var hops) || !Bounded(query["limit"], 200, 1, options.MaxNodes, out var limit))
            return Problem($"hops must be from 1 to {options.MaxHops} and limit from 1 to {options.MaxNodes}");

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(options.RequestTimeoutSeconds));
        try
        {
            return await ExportAsync(state, options, chosen, new GraphFilter(kinds, asOf, MinConfidence: minConfidence), Values(query["actor"]), Values(query["hide"]), hops, limit, timeout.Token);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return Problem($"the export took longer than {options.RequestTimeoutSeconds} s: narrow it (asOf, kinds, actor) or run 'actorgraph export' beside the store", StatusCodes.Status503ServiceUnavailable);
        }
    }

    private static async Task<IResult> ExportAsync(GraphState state, ActorGraphOptions options, ExportFormat format, GraphFilter filter, IReadOnlyList<string> actors, IReadOnlyList<string> hidden, int hops, int limit, CancellationToken cancellationToken)
    {
        var snapshot = await state.SnapshotAsync(cancellationToken);
        if (actors.Count > 50)
            return Problem("at most 50 actors' neighbourhoods at once");
        var centres = new List<string>();
        foreach (var actor in actors)
        {
            if (snapshot.FindActor(actor)?.Name is not { } name)
                return Problem($"no actor named or aliased '{actor}'", StatusCodes.Status404NotFound);
            centres.Add(name);
        }
        if (centres.Count == 0 && snapshot.Edges.Count(filter.Admits) is var count && count > options.MaxExportRelations)
            return Problem($"the export would hold {count:N0} relations, more than this server gives at once ({options.MaxExportRelations:N0}): narrow it (asOf, kinds, actor) or run 'actorgraph export' beside the store", StatusCodes.Status413PayloadTooLarge);

        var graph = await ExportedGraph.BuildAsync(state.Store, snapshot, filter, centres, hops, limit, cancellationToken, hidden);
        var buffer = new MemoryStream();
        ExportWriter.Write(graph, format, buffer, cancellationToken);
        var fileName = $"actorgraph{(centres.Count == 1 ? "-" + Slug(centres[0]) : "")}{(filter.AsOf is { } day ? $"-{day:yyyy-MM-dd}" : "")}{ExportWriter.Extension(format)}";
        return Results.File(buffer.ToArray(), ExportWriter.ContentType(format), fileName);
    }

    private static List<string> Values(Microsoft.Extensions.Primitives.StringValues values) =>
        values.Where(v => !string.IsNullOrWhiteSpace(v)).Select(v => v!.Trim()).ToList();

    private static bool Bounded(string? text, int fallback, int min, int max, out int value)
    {
        value = fallback;
        if (string.IsNullOrEmpty(text))
            return true;
        return int.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out value) && value >= min && value <= max;
    }

    private static IResult Problem(string message, int status = StatusCodes.Status400BadRequest) =>
        Results.Json(new { errors = new[] { new { message } } }, statusCode: status);

    private static string Slug(string name)
    {
        var slug = string.Concat(name.Select(c => char.IsAsciiLetterOrDigit(c) ? char.ToLowerInvariant(c) : '-'));
        while (slug.Contains("--", StringComparison.Ordinal))
            slug = slug.Replace("--", "-", StringComparison.Ordinal);
        return slug.Trim('-') is { Length: > 0 } s ? s : "actor";
    }
}
