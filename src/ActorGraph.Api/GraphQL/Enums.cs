using ActorGraph.Core.Model;
using ActorGraph.Core.Reports;
using GraphQL.Types;

namespace ActorGraph.Api.GraphQL;

public sealed class RelationKindEnum : EnumerationGraphType<RelationKind>
{
    public RelationKindEnum()
    {
        Name = "RelationKind";
        Description = "AFFILIATE (belongs to, directed), RIVAL (symmetric), ATTACKED (directed), ALLIED (symmetric).";
    }
}

public sealed class ActorTypeEnum : EnumerationGraphType<ActorGraph.Core.Model.ActorType>
{
    public ActorTypeEnum()
    {
        Name = "ActorType";
        Description = "What kind of actor a node is.";
    }
}

public sealed class AttributionEnum : EnumerationGraphType<Attribution>
{
    public AttributionEnum()
    {
        Name = "Attribution";
        Description = "Who states a relation: AUTHOR, a party's CLAIM reported by the author, or a reader COMMENT (never a fact).";
    }
}

public sealed class StanceEnum : EnumerationGraphType<Stance>
{
    public StanceEnum()
    {
        Name = "Stance";
        Description = "COOPERATIVE (allied, affiliate) or HOSTILE (rival, attacked).";
    }
}

public sealed class DatePrecisionEnum : EnumerationGraphType<DatePrecision>
{
    public DatePrecisionEnum()
    {
        Name = "DatePrecision";
        Description = "How much of a date is known: DAY, WEEK, MONTH or YEAR.";
    }
}

public sealed class DirectionEnum : EnumerationGraphType<Direction>
{
    public DirectionEnum()
    {
        Name = "Direction";
        Description = "OUT: the actor is the source; IN: the target; BOTH: either (symmetric kinds always match both).";
    }
}

/// <summary>Which end of an edge an actor must be.</summary>
public enum Direction
{
    Both,
    Out,
    In,
}
