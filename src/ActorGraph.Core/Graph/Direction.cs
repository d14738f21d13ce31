namespace ActorGraph.Core.Graph;

/// <summary>Which end of an edge an actor must be (a symmetric kind is at both).</summary>
public enum Direction
{
    Both,
    Out,
    In,
}
