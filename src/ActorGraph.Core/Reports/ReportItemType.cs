namespace ActorGraph.Core.Reports;

/// <summary>A flip between cooperative and hostile, or hostility renewed after a quiet period.</summary>
public enum ReportItemType
{
    Flip,
    RenewedHostility,
}
