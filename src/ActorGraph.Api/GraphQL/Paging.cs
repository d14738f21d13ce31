using System.Text;
using GraphQL;

namespace ActorGraph.Api.GraphQL;

/// <summary>Cursor pagination: <c>first</c> (1 to the cap) and <c>after</c> (a cursor from an earlier page).</summary>
internal static class Paging
{
    private const string Prefix = "offset:";

    public static Page<T> Page<T>(IReadOnlyList<T> items, IResolveFieldContext context, int maxPageSize)
    {
        var first = context.GetArgument<int?>("first") ?? Math.Min(20, maxPageSize);
        if (first < 1 || first > maxPageSize)
            throw new ExecutionError($"first must be from 1 to {maxPageSize}, not {first}; page through with 'after'");
        // A cursor past the end (even offset:2147483647) is an empty last page, never page 1 again.
        var start = (int)Math.Min(items.Count, context.GetArgument<string?>("after") is { } after ? Offset(after) + 1L : 0L);
        var edges = items.Skip(start).Take(first).Select((item, i) => new PageEdge<T>(Cursor(start + i), item)).ToList();
        return new Page<T>(edges, new PageInfo(start + edges.Count < items.Count, edges.Count > 0 ? edges[^1].Cursor : null), items.Count);
    }

    private static string Cursor(int offset) => Convert.ToBase64String(Encoding.UTF8.GetBytes(Prefix + offset));

    private static int Offset(string cursor)
    {
        try
        {
            var text = Encoding.UTF8.GetString(Convert.FromBase64String(cursor));
            if (text.StartsWith(Prefix, StringComparison.Ordinal) && int.TryParse(text[Prefix.Length..], out var offset) && offset >= 0)
                return offset;
        }
        catch (FormatException)
        {
        }
        throw new ExecutionError($"after '{cursor}' is not a cursor this API gave out; use pageInfo.endCursor of the previous page");
    }
}
