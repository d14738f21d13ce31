namespace ActorGraph.Core.Model;

/// <summary>
/// Actor names in the order the embedded store sorts them (SQLite's NOCASE: ASCII letters without case, then by code
/// point), so a list cut from the store's order and one sorted in memory are the same list.
/// </summary>
public sealed class NameOrder : IComparer<string>
{
    public static readonly NameOrder Instance = new();

    public int Compare(string? x, string? y)
    {
        if (ReferenceEquals(x, y))
            return 0;
        if (x is null || y is null)
            return x is null ? -1 : 1;
        var shorter = Math.Min(x.Length, y.Length);
        for (var i = 0; i < shorter; i++)
        {
            int a = Rank(x[i]), b = Rank(y[i]);
            if (a != b)
                return a - b;
        }
        return x.Length - y.Length;
    }

    /// <summary>
    /// A UTF-16 unit's place in code point order, ASCII capitals folded: a surrogate stands for a code point above
    /// every unit from U+E000 up, which UTF-16 order puts after it.
    /// </summary>
    private static int Rank(char c) => c switch
    {
        >= 'A' and <= 'Z' => c + ('a' - 'A'),
        >= '\uD800' and <= '\uDFFF' => c + 0x2000,
        >= '\uE000' => c - 0x800,
        _ => c,
    };
}
