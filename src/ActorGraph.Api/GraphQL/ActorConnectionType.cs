using ActorGraph.Core.Storage;

namespace ActorGraph.Api.GraphQL;

public sealed class ActorConnectionType() : ConnectionType<ActorType, StoredActor>("ActorConnection", "actors");
