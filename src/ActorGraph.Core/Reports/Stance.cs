namespace ActorGraph.Core.Reports;

/// <summary>How two actors stand: allied and affiliate edges are cooperative; rival and attacked are hostile.</summary>
public enum Stance
{
    Cooperative,
    Hostile,
}
