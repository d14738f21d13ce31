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

    /// <summary>
    /// The day the document speaks from (its publication): a contextual name bounded in time means its actor only then
    /// ("the government" of Libya is Gaddafi's in 2011, the GNA's from 2016). Null when unknown.
    /// </summary>
    public DateOnly? On { get; private init; }

    /// <summary>These weights, for a document published on <paramref name="on"/>.</summary>
    public TheatreWeights Dated(DateOnly? on) => new(scores) { On = on };

    /// <summary>
    /// The actor a contextual name means here, from its meanings per theatre (actors in the dictionary's order) and the
    /// years each actor is so named (<paramref name="periods"/>, by actor): of the theatres that give the name a meaning
    /// on <see cref="On"/>, the one the document is most about; -1 when none applies. Undated, a theatre's first meaning.
    /// </summary>
    internal int Pick(Dictionary<int, int[]> actorsByTheatre, IReadOnlyList<ContextualPeriod> periods)
    {
        if (Main < 0)
            return -1;
        var floor = scores[Main] * MinimumShare;
        int bestTheatre = -1, bestActor = -1;
        foreach (var (theatre, actors) in actorsByTheatre)
        {
            if (theatre >= scores.Count || scores[theatre] <= 0 || scores[theatre] < floor || (bestTheatre >= 0 && scores[theatre] <= scores[bestTheatre]))
                continue;
            foreach (var actor in actors)
                if (On is not { } on || periods[actor].Holds(on))
                {
                    (bestTheatre, bestActor) = (theatre, actor);
                    break;
                }
        }
        return bestActor;
    }
}

/// <summary>When an actor's contextual aliases name it: from and until a day, both in; either end open when null.</summary>
internal readonly record struct ContextualPeriod(DateOnly? From, DateOnly? Until)
{
    public bool IsAlways => From is null && Until is null;

    public bool Holds(DateOnly day) => !(day < From) && !(day > Until);

    public bool Overlaps(ContextualPeriod other) => !(Until < other.From) && !(other.Until < From);
}
