using ActorGraph.Core.Storage;

namespace ActorGraph.Api.GraphQL;

public sealed class DocumentConnectionType() : ConnectionType<DocumentType, StoredDocument>("DocumentConnection", "documents");
