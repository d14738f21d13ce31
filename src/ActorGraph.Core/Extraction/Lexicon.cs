namespace ActorGraph.Core.Extraction;

/// <summary>The two data files extraction runs on: <c>actors.yaml</c> and <c>relations.yaml</c> from one folder.</summary>
/// <param name="Fingerprint">Identifies the files' contents: a store re-reads documents when it changes.</param>
public sealed record Lexicon(ActorDictionary Actors, CueLexicon Cues, string Fingerprint)
{
    public const string ActorsFile = "actors.yaml";
    public const string CuesFile = "relations.yaml";

    /// <summary>Word families cue patterns name as <c>@name</c>; optional (generated from WordNet, see tools/lexicon).</summary>
    public const string FamiliesFile = "families.yaml";

    /// <summary>Loads both files; a malformed file throws <see cref="InputException"/> naming file and line.</summary>
    public static Lexicon Load(string folder)
    {
        var actors = Path.Combine(folder, ActorsFile);
        var cues = Path.Combine(folder, CuesFile);
        var familiesPath = Path.Combine(folder, FamiliesFile);
        var families = File.Exists(familiesPath) ? CueLexicon.LoadFamilies(familiesPath) : null;
        var dictionary = ActorDictionary.Load(actors);
        var lexicon = CueLexicon.Load(cues, families);
        var bytes = File.ReadAllBytes(actors).Concat(File.ReadAllBytes(cues))
            .Concat(families is null ? [] : File.ReadAllBytes(familiesPath))
            .Concat(System.Text.Encoding.UTF8.GetBytes(RelationExtractor.Version)).ToArray();
        return new Lexicon(dictionary, lexicon, Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(bytes))[..16]);
    }

    /// <summary>
    /// The folder to load from: the one given, else <c>./seed</c> when it holds the files, else the copy
    /// shipped beside the program.
    /// </summary>
    public static string Locate(string? given)
    {
        if (given is not null)
            return given;
        var local = Path.Combine(Directory.GetCurrentDirectory(), "seed");
        return File.Exists(Path.Combine(local, ActorsFile)) ? local : Path.Combine(AppContext.BaseDirectory, "seed");
    }

    public RelationExtractor CreateExtractor(ExtractionLimits? limits = null) => new(Actors, Cues, limits);
}
