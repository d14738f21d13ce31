using ActorGraph.Core.Graph;

namespace ActorGraph.Api.GraphQL;

public sealed class RelationConnectionType() : ConnectionType<RelationType, GraphEdge>("RelationConnection", "relations");
