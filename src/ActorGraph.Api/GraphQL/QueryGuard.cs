using GraphQLParser;
using GraphQLParser.AST;
using GraphQLParser.Exceptions;

namespace ActorGraph.Api.GraphQL;

/// <summary>
/// Measures a GraphQL document before GraphQL.NET validates it. Validation recurses through fragment spreads and
/// costs what the query costs once every spread is expanded, so a short text (fragments that each spread the next
/// one twice) can run for hours, and a long chain of spreads can overflow the stack and end the process. Here the
/// expanded size and depth are computed per fragment once (memoised, no recursion across fragments), and a query
/// over the limits is refused before any of that work starts.
/// </summary>
internal static class QueryGuard
{
    /// <summary>Nesting the parser accepts; deeper text is refused while parsing.</summary>
    public const int MaxParserDepth = 64;

    public const int MaxQueryLength = 64 * 1024;
    public const int MaxFragments = 64;
    public const int MaxOperations = 16;

    /// <summary>Fields in the query once every fragment spread is expanded.</summary>
    public const long MaxExpandedFields = 5_000;

    /// <summary>
    /// The standard introspection query (GraphiQL's documentation panel) nests type references about a dozen
    /// levels below <c>__schema</c>: introspection-only operations get this depth instead of the data limit.
    /// </summary>
    public const int MaxIntrospectionDepth = 24;

    /// <summary>Parses and measures the query; returns the document, or the problem to answer with a 400.</summary>
    public static (GraphQLDocument? Document, string? Problem) Check(string query, int maxDepth)
    {
        if (query.Length > MaxQueryLength)
            return (null, $"the query is {query.Length:N0} characters long; at most {MaxQueryLength:N0} are accepted");
        GraphQLDocument document;
        try
        {
            document = Parser.Parse(query, new ParserOptions { MaxDepth = MaxParserDepth, Ignore = IgnoreOptions.Comments });
        }
        catch (GraphQLMaxDepthExceededException)
        {
            return (null, $"the query nests deeper than {MaxParserDepth} levels");
        }
        catch (GraphQLSyntaxErrorException e)
        {
            return (null, e.Message);
        }

        var fragments = document.Definitions.OfType<GraphQLFragmentDefinition>().ToList();
        var operations = document.Definitions.OfType<GraphQLOperationDefinition>().ToList();
        if (fragments.Count > MaxFragments)
            return (null, $"the query defines {fragments.Count} fragments; at most {MaxFragments} are accepted");
        if (operations.Count > MaxOperations)
            return (null, $"the query defines {operations.Count} operations; at most {MaxOperations} are accepted");

        var measured = MeasureFragments(fragments);
        if (measured is null)
            return (null, "fragments spread one another in a cycle");
        foreach (var operation in operations)
        {
            var size = Measure(operation.SelectionSet, measured)!.Value;
            if (size.Fields > MaxExpandedFields)
                return (null, $"the query selects {Count(size.Fields)} fields once its fragments are expanded; at most {MaxExpandedFields:N0} are accepted");
            var limit = IsIntrospection(operation) ? MaxIntrospectionDepth : maxDepth;
            if (size.Depth > limit)
                return (null, $"the query's depth is {size.Depth} levels once its fragments are expanded; the depth limit is {limit}");
        }
        return (document, null);
    }

    private readonly record struct Size(long Fields, int Depth);

    /// <summary>
    /// Each fragment's expanded size, computed once all the fragments it spreads are known; null when some never
    /// are (a cycle). At most one pass per fragment, each over the fragments' own text.
    /// </summary>
    private static Dictionary<string, Size>? MeasureFragments(List<GraphQLFragmentDefinition> fragments)
    {
        var known = fragments.Select(f => f.FragmentName.Name.StringValue).ToHashSet(StringComparer.Ordinal);
        var sizes = new Dictionary<string, Size>(StringComparer.Ordinal);
        var pending = fragments.ToList();
        while (pending.Count > 0)
        {
            var before = pending.Count;
            pending.RemoveAll(f =>
            {
                if (Measure(f.SelectionSet, sizes, known) is not { } size)
                    return false;
                sizes[f.FragmentName.Name.StringValue] = size;
                return true;
            });
            if (pending.Count == before)
                return null;
        }
        return sizes;
    }

    /// <summary>The size of a selection set, or null when it spreads a fragment not measured yet.</summary>
    private static Size? Measure(GraphQLSelectionSet? set, Dictionary<string, Size> sizes, HashSet<string>? pending = null)
    {
        if (set is null)
            return new Size(0, 0);
        long fields = 0;
        var depth = 0;
        foreach (var selection in set.Selections)
        {
            Size? inner = selection switch
            {
                GraphQLField field => Measure(field.SelectionSet, sizes, pending) is { } child ? new Size(child.Fields + 1, child.Depth + 1) : null,
                GraphQLInlineFragment inline => Measure(inline.SelectionSet, sizes, pending),
                // An unknown fragment is validation's to report; it adds nothing here.
                GraphQLFragmentSpread spread => sizes.TryGetValue(spread.FragmentName.Name.StringValue, out var s) ? s
                    : pending?.Contains(spread.FragmentName.Name.StringValue) == true ? null : new Size(0, 0),
                _ => new Size(0, 0),
            };
            if (inner is not { } measured)
                return null;
            fields = Math.Min(long.MaxValue / 2, fields + measured.Fields);
            depth = Math.Max(depth, measured.Depth);
        }
        return new Size(fields, depth);
    }

    /// <summary>True when the operation asks only for __schema, __type and __typename at its root.</summary>
    public static bool IsIntrospection(GraphQLOperationDefinition operation) =>
        operation.SelectionSet.Selections.All(s => s is GraphQLField f && f.Name.StringValue.StartsWith("__", StringComparison.Ordinal));

    private static string Count(long fields) => fields >= long.MaxValue / 2 ? "more than 10^18" : fields.ToString("N0", System.Globalization.CultureInfo.InvariantCulture);
}
