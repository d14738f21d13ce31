namespace ActorGraph.Core.Model;

/// <summary>How much of a resolved date is known.</summary>
public enum DatePrecision
{
    Day,
    Week,
    Month,
    Year,
}
