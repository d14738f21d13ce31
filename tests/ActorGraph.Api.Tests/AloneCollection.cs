namespace ActorGraph.Api.Tests;

/// <summary>Test classes that time the server run in this collection: alone, after every class that runs in parallel.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class AloneCollection
{
    public const string Name = "Timed, run alone";
}
