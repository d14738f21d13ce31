using ActorGraph.Core.Model;

namespace ActorGraph.Benchmarks;

/// <summary>
/// Makes documents of any length from sentence templates over the dictionary's actors, and dictionaries of any
/// size with invented names, so extraction can be measured as text and dictionary grow. Seeded: same output every run.
/// </summary>
public static class SyntheticCorpus
{
    private static readonly string[] Templates =
    [
        "Since late October, {0} has gone on the offensive against {1}, capturing several towns.",
        "{0}, which is backed by {1}, launched airstrikes against {2} yesterday.",
        "The {0} and {1} have long been allied against {2}.",
        "{0} turned on {1} in Idlib, accusing the group of corruption.",
        "{0}, an offshoot of {1}, is a rival of {2}.",
        "According to {0}, fighters loyal to {1} were killed in the town on Sept. 22.",
        "Residents said the market reopened and prices fell after weeks of shortages.",
        "{0} officials say the strike on {1} went worse than first thought.",
    ];

    private static readonly string[] Groups =
        ["Al Nusrah Front", "the Islamic State", "Ahrar al Sham", "the SRF", "Harakat Hazm", "Jaish al Islam", "the YPG", "Hezbollah", "the coalition", "Russian warplanes"];

    public static string Document(int sentences, int seed = 7)
    {
        var random = new Random(seed);
        var body = new System.Text.StringBuilder("Synthetic report\nPublished: 2014-11-06\n\n");
        for (var i = 0; i < sentences; i++)
        {
            var template = Templates[random.Next(Templates.Length)];
            body.Append(string.Format(System.Globalization.CultureInfo.InvariantCulture, template,
                Groups[random.Next(Groups.Length)], Groups[random.Next(Groups.Length)], Groups[random.Next(Groups.Length)]));
            body.Append(i % 4 == 3 ? "\n\n" : " ");
        }
        return body.ToString();
    }

    /// <summary>Invented actors with three aliases each, so they share words with real names ("Front", "Brigade").</summary>
    public static IEnumerable<Actor> InventedActors(int count, int seed = 11)
    {
        string[] heads = ["Front", "Brigade", "Army", "Movement", "Battalion", "Legion"];
        string[] words = ["Northern", "Free", "Islamic", "Revolutionary", "Martyrs", "Dawn", "Storm", "Levant", "Euphrates", "Homs"];
        var random = new Random(seed);
        for (var i = 0; i < count; i++)
        {
            var name = $"{words[random.Next(words.Length)]} {words[random.Next(words.Length)]} {heads[random.Next(heads.Length)]} {i}";
            yield return new Actor(name, ActorType.ArmedGroup, [$"Liwa {i}", $"{name} Forces", $"NB{i}"]);
        }
    }
}
