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

    /// <summary>True for a pronoun or a description ("they", "the operation") rather than a name.</summary>
    public bool Reference { get; init; }

    /// <summary>True for a description of one group ("the Islamist group", "the former al Qaeda affiliate"), not of several.</summary>
    public bool OneGroupDescribed { get; init; }

    /// <summary>A mention's last word's norm ("group" in "the jihadist group"); null for a plain word.</summary>
    public string? Head { get; init; }

    /// <summary>The actor a mention names, or a reference's one candidate (null for a plain word, or one not resolved).</summary>
    public string? Actor { get; init; }

    /// <summary>True for a mention of a person.</summary>
    public bool Person { get; init; }

    /// <summary>True for a demonym that names no actor here ("Iraqi" in "Iraqi Hashd al-Shaabi"): a slot may skip it.</summary>
    public bool Demonym { get; init; }

    /// <summary>True for a plain word written with a capital ("Camp" in "the Camp Taji base").</summary>
    public bool Capitalized { get; init; }

    /// <summary>True for a mention made by a demonym alone ("Russian" in "Russian mercenaries"): it modifies a noun rather than owning it.</summary>
    public bool ByDemonym { get; init; }

    public const string MentionNorm = "\u0002";

    private static readonly HashSet<string> HeadNouns =
        ["group", "groups", "movement", "militia", "militias", "organization", "organisation", "network", "fighters", "militants",
         "forces", "troops", "units", "soldiers", "members", "gunmen", "militiamen", "peacekeepers", "personnel", "police",
         "policemen", "men", "mercenaries", "government", "officers", "officials", "commanders", "leaders", "positions", "bases", "convoy", "convoys", "targets", "strongholds", "jets", "warplanes", "drones", "aircraft", "planes", "helicopters", "bombers", "warships", "force", "navy", "commandos", "coalition", "alliance", "cells", "cell", "brigade", "brigades", "house", "residence", "compound", "motorcade"];

    /// <summary>Words that never modify a head noun: "Hezbollah and forces", "IS in towns".</summary>
    private static readonly HashSet<string> NotModifiers =
        ["and", "or", "of", "in", "to", "for", "with", "from", "by", "on", "at", "as", "that", "which", "who", "the", "a", "an",
         "its", "their", "his", "her", "against", "killed", "attacked", "said", "says", "is", "are", "was", "were", "has", "have", "had", "but"];

    internal static readonly HashSet<string> SingularGroupNouns =
        ["group", "movement", "organization", "organisation", "affiliate", "branch", "faction", "militia", "offshoot", "wing", "outfit", "network", "splinter"];

    private static readonly HashSet<string> ForceAdjectives =
        ["joint", "special", "security", "armed", "elite", "regional", "military", "paramilitary", "naval", "air", "ground", "allied", "border",
         // "the M23 rebel group", "the Shabaab militant group": the kind of side a name is, before its head noun (not "terrorist":
         // "branded X and Y terrorist groups" says what they are called).
         "rebel", "militant", "jihadist", "islamist", "insurgent", "separatist"];

    public bool IsMention => Mention >= 0;

    /// <summary>Whether the units so far are one name, with its short form in brackets or not ("National Front for Liberation (NFL)").</summary>
    private static bool OnlyANameBefore(List<Unit> units) =>
        units is [{ IsMention: true }] || units is [{ IsMention: true }, { Norm: "(" }, _, { Norm: ")" }];

    public static List<Unit> Build(IReadOnlyList<Token> tokens, IReadOnlyList<Mention> mentions, IReadOnlySet<string>? demonyms = null)
    {
        var units = new List<Unit>(tokens.Count);
        var m = 0;
        var tailEnd = -1;
        for (var i = 0; i < tokens.Count;)
        {
            // "Haftar launched Operation Dignity against ...": a side named after its operation is, after a verb of launching
            // it, the act.
            if (m < mentions.Count && mentions[m].TokenStart == i && tokens[i] is { Norm: "operation", IsCapitalized: true } && i > 0
                && tokens[i - 1].Norm is "launched" or "launch" or "launches" or "launching" or "began" or "begun" or "started" or "start" or "starting")
            {
                units.Add(new Unit("operation", -1, false, tokens[i].Start, tokens[mentions[m].TokenEnd - 1].End, "operation"));
                i = mentions[m].TokenEnd;
                m++;
                continue;
            }
            if (m < mentions.Count && mentions[m].TokenStart == i)
            {
                var mention = mentions[m];
                // A pronoun is both an actor slot and a word that patterns may name ("and its leader").
                // So is an act referred back to ("the offensive, led by ...").
                var norm = mention.Source == MentionSource.Pronoun ? tokens[i].Norm
                    : mention.Source == MentionSource.Event ? tokens[mention.TokenEnd - 1].Norm : MentionNorm;
                units.Add(new Unit(norm, m, tokens[i].AfterHyphen, tokens[i].Start, tokens[mention.TokenEnd - 1].End, tokens[i].Norm)
                {
                    Person = mention.Type == Model.ActorType.Person,
                    Head = tokens[mention.TokenEnd - 1].Norm,
                    Actor = mention.Actor ?? (mention.Candidates.Count == 1 ? mention.Candidates[0] : null),
                    Reference = mention.IsReference,
                    OneGroupDescribed = mention.Source == MentionSource.Description && SingularGroupNouns.Contains(tokens[mention.TokenEnd - 1].Norm),
                    // (A group's own word, "Hezbollah fighters", "Houthi gunmen", owns the men as its name does: only a
                    // people's or a state's word merely describes them.)
                    ByDemonym = mention.TokenEnd - mention.TokenStart == 1 && demonyms is not null && demonyms.Contains(tokens[i].Norm)
                        && mention.Type != Model.ActorType.ArmedGroup,
                });
                tailEnd = mention.TailEnd;
                i = mention.TokenEnd;
                m++;
                continue;
            }
            var t = tokens[i];
            // "Hamas' armed wing": an apostrophe closing a name in s is its possessive.
            if (t.Norm == "'" && units.Count > 0 && units[^1].IsMention && i > 0 && tokens[i - 1].End == t.Start
                && tokens[i - 1].Text.EndsWith('s') && i + 1 < tokens.Count && tokens[i + 1].IsWord && tokens[i + 1].Start > t.End)
            {
                units.Add(new Unit("'s", -1, false, t.Start, t.End, "'s"));
                i++;
                continue;
            }
            if (t.Norm is "\"" or "'")
            {
                i++; // quotes say nothing about relations: "al Qaeda's “Khorasan group”" reads as al Qaeda's Khorasan group
                continue;
            }
            // "since launching Operation Claw-Lock against the PKK": a named operation no dictionary knows reads as "operation",
            // its name's capitalised words with it.
            if (t.Norm == "operation" && t.IsCapitalized && i + 1 < tokens.Count && tokens[i + 1] is { IsCapitalized: true, IsWord: true }
                && (m >= mentions.Count || mentions[m].TokenStart > i + 1))
            {
                var end = i + 1;
                while (end < tokens.Count && tokens[end] is { IsCapitalized: true, IsWord: true } && (m >= mentions.Count || mentions[m].TokenStart > end))
                    end++;
                units.Add(new Unit(t.Norm, -1, t.AfterHyphen, t.Start, tokens[end - 1].End, t.Norm));
                i = end;
                continue;
            }
            // "the Jund al-Aqsa group", "Nusra fighters": a name's own head noun is read with it; so is a
            // possessed one ("Hezbollah's fighters, backed by Iran,").
            if (HeadNouns.Contains(t.Norm) && units.Count > 0 && (units[^1].IsMention || units[^1].Tail))
                tailEnd = Math.Max(tailEnd, i + 1);
            // "Emirati special forces", "Syrian government troops", "the G5 Sahel joint force": one lower-case word
            // between a demonym (or a name and a word for forces) and its head noun.
            else if (HeadNouns.Contains(t.Norm) && units.Count > 1 && units[^2].IsMention && !units[^1].IsMention && !units[^1].Tail
                && tokens[i - 1].IsWord && !tokens[i - 1].IsCapitalized && !tokens[i - 1].AfterHyphen && !NotModifiers.Contains(tokens[i - 1].Norm)
                && (units[^2].ByDemonym || ForceAdjectives.Contains(tokens[i - 1].Norm)))
            {
                units[^1] = units[^1] with { Tail = true };
                tailEnd = Math.Max(tailEnd, i + 1);
            }
            // The possessed head noun, directly or after one lower-case modifier ("the LNA's air force").
            if (t.Norm == "'s" && units.Count > 0 && units[^1].IsMention)
                for (var head = i + 1; head <= i + 2 && head < tokens.Count; head++)
                    if ((head == i + 1 || (tokens[i + 1].IsWord && !tokens[i + 1].IsCapitalized)) && HeadNouns.Contains(tokens[head].Norm)
                        && (m >= mentions.Count || mentions[m].TokenStart > head))
                        tailEnd = Math.Max(tailEnd, head + 1);
            // "Hurras al-Din: An al Qaeda loyalist faction ...": in a glossary's entry the colon after the name it opens with sets
            // off an apposition, as a comma does.
            var wordNorm = t.Norm == ":" && i + 1 < tokens.Count && tokens[i + 1].Norm is "a" or "an" or "the" && OnlyANameBefore(units) ? "," : t.Norm;
            units.Add(new Unit(wordNorm, -1, t.AfterHyphen, t.Start, t.End, t.Norm)
            {
                Tail = i < tailEnd,
                Capitalized = t.IsCapitalized,
                // "Yemen's" is a demonym as a whole: its first part is one too.
                Demonym = t.IsCapitalized && demonyms is not null && (demonyms.Contains(t.Norm)
                    || (i + 1 < tokens.Count && tokens[i + 1].Norm == "'s" && demonyms.Contains(t.Norm + "'s"))),
            });
            i++;
        }
        return units;
    }
}
