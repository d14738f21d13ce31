using ActorGraph.Core.Corrections;

namespace ActorGraph.Api.GraphQL;

/// <summary>The corrections file as the served graph applies it.</summary>
public sealed record CorrectionsReport(string Path, IReadOnlyList<Correction> Entries, IReadOnlyList<StaleCorrection> Stale, string? Error);
