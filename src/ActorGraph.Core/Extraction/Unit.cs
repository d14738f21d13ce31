namespace ActorGraph.Core.Extraction;

/// <summary>
/// What cue patterns walk over: a sentence's tokens with every actor mention folded into one unit.
/// <see cref="Mention"/> is the index into the sentence's mentions, or -1 for a plain word or mark;
/// <see cref="Lead"/> is the first word's norm even for a mention ("its").
/// </summary>
internal readonly record struct Unit(string Norm, int Mention, bool AfterHyphen, int CharStart, int CharEnd, string Lead)
{
    /// <summary>True for a word that named the mention before it ("warplanes" after "Russian"): a slot may skip it.</summary>
    public bool Tail { get; init; }

    public const string MentionNorm = "\u0002";

    public bool IsMention => Mention >= 0;

    public static List<Unit> Build(IReadOnlyList<Token> tokens, IReadOnlyList<Mention> mentions)
    {
        var units = new List<Unit>(tokens.Count);
        var m = 0;
        var tailEnd = -1;
        for (var i = 0; i < tokens.Count;)
        {
            if (m < mentions.Count && mentions[m].TokenStart == i)
            {
                var mention = mentions[m];
                // A pronoun is both an actor slot and a word that patterns may name ("and its leader").
                var norm = mention.Source == MentionSource.Pronoun ? tokens[i].Norm : MentionNorm;
                units.Add(new Unit(norm, m, tokens[i].AfterHyphen, tokens[i].Start, tokens[mention.TokenEnd - 1].End, tokens[i].Norm));
                tailEnd = mention.TailEnd;
                i = mention.TokenEnd;
                m++;
                continue;
            }
            var t = tokens[i];
            if (t.Norm is "\"" or "'")
            {
                i++; // quotes say nothing about relations: "al Qaeda's “Khorasan group”" reads as al Qaeda's Khorasan group
                continue;
            }
            units.Add(new Unit(t.Norm, -1, t.AfterHyphen, t.Start, t.End, t.Norm) { Tail = i < tailEnd });
            i++;
        }
        return units;
    }
}
