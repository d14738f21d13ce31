namespace ActorGraph.Core.Extraction;

/// <summary>
/// How much a document is about each theatre (see <see cref="ActorDictionary.TheatreOf"/>). A contextual name
/// ("the rebels", "the coalition") means its actor in the theatre, among those that give the name a meaning, that the
/// document is most about, provided the document is about it at least <see cref="MinimumShare"/> as much as its main
/// theatre: in a report on Turkey's strikes in Idlib "the rebels" are Syria's; a passing mention of Yemen changes nothing.
/// </summary>
public sealed class TheatreWeights(IReadOnlyList<double> scores)
{
    public const double MinimumShare = 0.25;

    public static readonly TheatreWeights None = new([]);

    /// <summary>A document known to be about one theatre only.</summary>
    public static TheatreWeights Only(int theatre, int count)
    {
        var scores = new double[Math.Max(count, theatre + 1)];
        if (theatre >= 0)
            scores[theatre] = 1;
        return new TheatreWeights(scores);
    }

    /// <summary>The theatre the document is most about, or -1.</summary>
    public int Main { get; } = scores.Count == 0 || scores.Max() <= 0 ? -1 : scores.ToList().IndexOf(scores.Max());

    /// <summary>How much the document is about <paramref name="theatre"/> (a place of it counts 2, an actor of it up to 1).</summary>
    internal double Score(int theatre) => theatre < scores.Count ? scores[theatre] : 0;

    /// <summary>The actor a contextual name means here, from its meaning per theatre; -1 when none applies.</summary>
    internal int Pick(IReadOnlyDictionary<int, int> actorByTheatre)
    {
        if (Main < 0)
            return -1;
        var floor = scores[Main] * MinimumShare;
        var best = -1;
        foreach (var (theatre, actor) in actorByTheatre)
            if (theatre < scores.Count && scores[theatre] > 0 && scores[theatre] >= floor && (best < 0 || scores[theatre] > scores[best]))
                best = theatre;
        return best < 0 ? -1 : actorByTheatre[best];
    }
}
