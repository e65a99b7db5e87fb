import type { IncomingMessage, ServerResponse } from "node:http";
import { HeaderMap, type ApolloServer, type BaseContext, type HTTPGraphQLResponse } from "@apollo/server";
import bodyParser from "body-parser";
import etag from "etag";
import fresh from "fresh";
import type { Protection } from "./protection.js";
import { sendJson, sendRequestError } from "./body-errors.js";

export interface GraphqlHttpSettings {
  cors: Protection["cors"];
  /** The largest request body accepted, in bytes. */
  bodyBytes: number;
  /** The body of a 400 answer for a query text Apollo must not see (the subscription root guard), if any. */
  refuse: (query: string) => object | undefined;
}

/** A request with the body body-parser read from it. */
type ReadRequest = IncomingMessage & { body?: unknown };

/** Where the path of a request's URL ends. */
const pathEnd = (url: string) => {
  const query = url.indexOf("?");
  return query < 0 ? url.length : query;
};

/** Whether a request (or WebSocket upgrade) is for the GraphQL endpoint: /graphql, or /graphql/ as Express's routing took it. */
export function isGraphqlPath(url = "/"): boolean {
  const end = pathEnd(url);
  return url.startsWith("/graphql") && (end === 8 || (end === 9 && url[8] === "/"));
}

/** The query text of a request, where the subscription root guard must look. */
function queryText(request: ReadRequest, search: string): string | undefined {
  const body = request.body as { query?: unknown } | undefined;
  if (typeof body?.query === "string") return body.query;
  if (request.method !== "GET" || !search.includes("subscription")) return undefined;
  const values = new URLSearchParams(search).getAll("query");
  return values.length === 1 ? values[0] : undefined;
}

/** Apollo's request headers, as its integrations pass them: lower-case names, repeated values joined. */
function headerMap(request: IncomingMessage): HeaderMap {
  const headers = new HeaderMap();
  for (const name in request.headers) {
    const value = request.headers[name];
    if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(", ") : value);
  }
  return headers;
}

async function send(request: IncomingMessage, response: ServerResponse, answer: HTTPGraphQLResponse): Promise<void> {
  for (const [name, value] of answer.headers) response.setHeader(name, value);
  response.statusCode = answer.status ?? 200;
  if (answer.body.kind === "chunked") {
    for await (const chunk of answer.body.asyncIterator) response.write(chunk);
    response.end();
    return;
  }
  // Apollo's landing page names no charset; Express's res.send added it.
  if (answer.headers.get("content-type") === "text/html") response.setHeader("content-type", "text/html; charset=utf-8");
  // A GET answer can be cached and revalidated (Express's res.send did the same); a POST answer cannot, so it is not hashed.
  if (request.method === "GET") {
    const tag = etag(answer.body.string, { weak: true });
    response.setHeader("etag", tag);
    if (response.statusCode < 300 && fresh(request.headers, { etag: tag })) {
      response.statusCode = 304;
      response.removeHeader("content-type");
      response.end();
      return;
    }
  }
  response.end(answer.body.string);
}

/**
 * Serves /graphql on node:http through Apollo Server's integration API (executeHTTPGraphQLRequest):
 * CORS, the JSON body (body-parser, within the size limit), the subscription root guard, then Apollo
 * — POST and GET, persisted queries, CSRF prevention, the landing page — whose answer is written as is.
 */
export function graphqlHttp<Context extends BaseContext>(apollo: ApolloServer<Context>, settings: GraphqlHttpSettings) {
  apollo.assertStarted("graphqlHttp()");
  const readJson = bodyParser.json({ limit: settings.bodyBytes });

  async function serve(request: ReadRequest, response: ServerResponse, context: () => Promise<Context>): Promise<void> {
    const url = request.url ?? "/";
    const search = url.slice(pathEnd(url));
    const query = queryText(request, search);
    const refusal = query === undefined ? undefined : settings.refuse(query);
    if (refusal) return sendJson(response, 400, refusal);
    const answer = await apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest: { method: request.method!.toUpperCase(), headers: headerMap(request), search, body: request.body },
      context,
    });
    await send(request, response, answer);
  }

  return (request: IncomingMessage, response: ServerResponse, context: () => Promise<Context>): void => {
    settings.cors(request, response, () =>
      readJson(request, response, (error?: unknown) => {
        if (error) return sendRequestError(response, error);
        serve(request, response, context).catch((failure: unknown) => sendRequestError(response, failure));
      }),
    );
  };
}
