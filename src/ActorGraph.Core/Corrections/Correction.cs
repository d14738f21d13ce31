namespace ActorGraph.Core.Corrections;

/// <summary>What an analyst corrects.</summary>
public enum CorrectionKind
{
    /// <summary>Two names are one actor: <see cref="Correction.Subject"/> is folded into <see cref="Correction.Into"/>.</summary>
    Merge,

    /// <summary>An actor takes a new canonical name (<see cref="Correction.Into"/>); its old one stays an alias.</summary>
    Rename,

    /// <summary>An actor's type is set (<see cref="Correction.Value"/>: armed_group, state, ...).</summary>
    Type,

    /// <summary>An alias is added to an actor, or removed (<see cref="Correction.Remove"/>).</summary>
    Alias,

    /// <summary>One evidence sentence of a relation is wrong; the relation goes when no accepted evidence is left.</summary>
    RejectEvidence,

    /// <summary>A whole relation is wrong.</summary>
    RejectRelation,

    /// <summary>A relation the text states but extraction missed, on a sentence of a document or an outside source.</summary>
    Assert,

    /// <summary>A note on an actor or a relation.</summary>
    Note,
}

/// <summary>
/// One entry of <c>corrections.yaml</c>, with who made it, when and why. Relations are named by their key,
/// <c>source|kind|target</c> (rival and allied ends in name order), written with names as the graph shows them.
/// </summary>
/// <param name="Subject">The actor corrected, or for relation entries the relation's key.</param>
/// <param name="Into">Merge: the actor kept. Rename: the new name.</param>
/// <param name="Value">Type: the type. Alias: the alias. Note: its text. Assert: the relation kind.</param>
/// <param name="Document">RejectEvidence and Assert: the document's key (file name).</param>
/// <param name="Sentence">RejectEvidence and Assert: the sentence, as the document has it.</param>
/// <param name="Target">Assert: the relation's target (the subject is its source).</param>
/// <param name="Date">Assert: when it happened (YYYY, YYYY-MM or YYYY-MM-DD).</param>
/// <param name="OutsideSource">Assert without a document: where the analyst read it ("UN report S/2015/123, p. 4").</param>
/// <param name="Line">Where the entry starts in the file, for messages; 0 for one not yet written.</param>
public sealed record Correction(
    CorrectionKind Kind,
    string Subject,
    string By,
    DateTimeOffset At,
    string Why,
    string? Into = null,
    string? Value = null,
    bool Remove = false,
    string? Document = null,
    string? Sentence = null,
    string? Target = null,
    string? Date = null,
    string? OutsideSource = null,
    int Line = 0)
{
    /// <summary>How the entry reads in lists and reports: "merge 'JFS' into 'Al Nusrah Front' (alice, 2026-11-30: renamed)".</summary>
    public string Describe()
    {
        var what = Kind switch
        {
            CorrectionKind.Merge => $"merge '{Subject}' into '{Into}'",
            CorrectionKind.Rename => $"rename '{Subject}' to '{Into}'",
            CorrectionKind.Type => $"type of '{Subject}' set to {Value}",
            CorrectionKind.Alias => Remove ? $"alias '{Value}' removed from '{Subject}'" : $"alias '{Value}' added to '{Subject}'",
            CorrectionKind.RejectEvidence => $"sentence of {Document} rejected for {Subject}",
            CorrectionKind.RejectRelation => $"relation {Subject} rejected",
            CorrectionKind.Assert => $"asserted {Subject} -{Value}-> {Target}" + (Document is not null ? $" ({Document})" : $" ({OutsideSource})"),
            _ => $"note on '{Subject}': {Value}",
        };
        return $"{what} ({By}, {At:yyyy-MM-dd}{(Why.Length > 0 ? ": " + Why : "")})";
    }
}
