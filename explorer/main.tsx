// GraphiQL as Dossier serves it at /graphiql: every script, style and editor worker comes from
// this build, so the explorer works on a machine without internet access.
import "graphiql/setup-workers/vite";
import "graphiql/style.css";
import { createRoot } from "react-dom/client";
import { GraphiQL } from "graphiql";
import { createGraphiQLFetcher, getSelectedOperationName, type Fetcher } from "@graphiql/toolkit";
import { Kind, parse, type DocumentNode, type OperationDefinitionNode } from "graphql";

// The GraphQL endpoint sits beside this page (/graphiql → /graphql), also behind a path prefix.
const endpoint = new URL(location.pathname.replace(/graphiql\/?$/, "graphql"), location.href);
const subscriptionUrl = new URL(endpoint);
subscriptionUrl.protocol = endpoint.protocol === "https:" ? "wss:" : "ws:";

const toolkitFetcher = createGraphiQLFetcher({ url: endpoint.href, subscriptionUrl: subscriptionUrl.href });

function operationsOf(document: DocumentNode | undefined): OperationDefinitionNode[] {
  return (document?.definitions ?? []).filter((definition) => definition.kind === Kind.OPERATION_DEFINITION);
}

function parsed(query: string): DocumentNode | undefined {
  try {
    return parse(query);
  } catch {
    return undefined; // Sent as typed: the server names the syntax error.
  }
}

/**
 * GraphiQL re-parses the editor 100 ms after the last keystroke, but Execute runs at once with what it last parsed:
 * run right after an edit, a query comes with the previous document and operation name, and the toolkit, which picks
 * graphql-ws only when that document's chosen operation is a subscription, would send a fresh subscription over HTTP.
 * So the document and operation are taken from the query actually sent.
 */
const fetcher: Fetcher = (params, opts) => {
  const documentAST = parsed(params.query);
  if (!documentAST) return toolkitFetcher(params, opts);
  const operationName = getSelectedOperationName(operationsOf(opts?.documentAST), params.operationName ?? undefined, operationsOf(documentAST));
  return toolkitFetcher({ ...params, operationName }, { ...opts, documentAST });
};

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
