// The schema explorer: GraphiQL against this server's /graphql, with an example query to start from.
const defaultQuery = `# ActorGraph: try Ctrl+Enter. Every field is described in the Docs panel.
{
  allianceChanges {
    pair { name }
    before
    after
    date
    afterEvidence { kind evidence { sentence dateText document { title published } } }
  }
}
`;
const fetcher = GraphiQL.createFetcher({ url: "/graphql" });
ReactDOM.createRoot(document.getElementById("graphiql")).render(
  React.createElement(GraphiQL, { fetcher, defaultQuery }));
