using ActorGraph.Core.Model;

namespace ActorGraph.Core.Reports;

/// <summary>A relation listed as new in the period or as last seen long ago.</summary>
public sealed record RelationNote(string Source, string Target, RelationKind Kind, PartialDate? FirstSeen, PartialDate? LastSeen, int EvidenceCount)
{
    public string Id => ModelNames.RelationKey(Source, Kind, Target);

    /// <summary>Changes when the relation's dates or evidence count change.</summary>
    public string Fingerprint => $"{FirstSeen}|{LastSeen}|{EvidenceCount}";
}
