namespace ActorGraph.Core.Model;

/// <summary>What kind of actor a node is; written in YAML and JSON as snake_case (<c>armed_group</c>).</summary>
public enum ActorType
{
    ArmedGroup,
    State,
    Coalition,
    Person,
    Other,
}
