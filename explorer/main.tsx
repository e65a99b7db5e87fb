// GraphiQL as Dossier serves it at /graphiql: every script, style and editor worker comes from
// this build, so the explorer works on a machine without internet access.
import "graphiql/setup-workers/vite";
import "graphiql/style.css";
import { createRoot } from "react-dom/client";
import { GraphiQL } from "graphiql";
import { createGraphiQLFetcher } from "@graphiql/toolkit";

// The GraphQL endpoint sits beside this page (/graphiql → /graphql), also behind a path prefix.
const endpoint = new URL(location.pathname.replace(/graphiql\/?$/, "graphql"), location.href);
const subscriptionUrl = new URL(endpoint);
subscriptionUrl.protocol = endpoint.protocol === "https:" ? "wss:" : "ws:";

const fetcher = createGraphiQLFetcher({ url: endpoint.href, subscriptionUrl: subscriptionUrl.href });

const defaultQuery = `# Dossier's GraphQL API. Ctrl-Enter runs the query.
# On the left: the schema's documentation and the history.
# Writes need an API key; in the Headers tab below:
#   { "authorization": "Bearer <key>" }
query Incidents {
  incidents(first: 5) {
    edges {
      node {
        title
        figures { edges { node { metric value unit claimant { name } } } }
      }
    }
  }
}
`;

createRoot(document.getElementById("root")!).render(<GraphiQL fetcher={fetcher} defaultQuery={defaultQuery} />);
