namespace ActorGraph.Api.GraphQL;

/// <summary>Which end of an edge an actor must be.</summary>
public enum Direction
{
    Both,
    Out,
    In,
}
