import fs from "node:fs";
import { print } from "graphql";
import type { TypedDocumentNode } from "@graphql-typed-document-node/core";
import { expect } from "vitest";
import type { ArticleDocument } from "../../src/ingest/document.js";
import type { TestServer } from "./server.js";
import { nodes } from "./graph.js";
import {
  ActorsByPrefixDocument, DroneIncidentsDocument, DroneTotalsDocument, IngestDocumentDocument, MeetingSourcesDocument, SpeakerQuotesDocument,
  type IngestDocumentMutation,
} from "../generated/graphql.js";

/** An article document of test/fixtures. */
export const fixture = (name: string): ArticleDocument =>
  JSON.parse(fs.readFileSync(new URL(`../fixtures/${name}.json`, import.meta.url), "utf8"));

export type Ingested = IngestDocumentMutation["ingestArticle"];

/** Typed requests of the one-graph tests against a running test server. */
export function useGraphApi(api: TestServer) {
  /** Runs a typed mutation with a key (the editor's unless told) and returns its data, failing on GraphQL errors. */
  async function write<Data, Variables>(document: TypedDocumentNode<Data, Variables>, variables: Variables, key = api.keys.editor): Promise<Data> {
    const { data, errors } = await api.write<Data>(print(document), variables as Record<string, unknown>, key);
    if (errors || !data) throw new Error(`GraphQL errors: ${errors?.map((error) => error.message).join("; ")}`);
    return data;
  }
  return {
    get keys() {
      return api.keys;
    },
    write,
    /** Ingests a document through `ingestArticle`, expecting it to be accepted. */
    async ingest(document: ArticleDocument): Promise<Ingested> {
      const { ingestArticle } = await write(IngestDocumentDocument, { input: document as unknown as Record<string, unknown> });
      expect(ingestArticle.errors).toEqual([]);
      return ingestArticle;
    },
    resolutionOf: (result: Ingested, path: string) => result.resolutions!.find((entry) => entry.path === path)!,
    meetings: async () => nodes((await api.request(MeetingSourcesDocument)).meetings),
    actorNamed: async (prefix: string) => nodes((await api.request(ActorsByPrefixDocument, { prefix })).actors),
    quotesOf: async (speaker: string) => nodes((await api.request(SpeakerQuotesDocument, { speaker })).quotes),
    drones: async () => nodes((await api.request(DroneIncidentsDocument)).incidents),
    totals: async () => Object.fromEntries((await api.request(DroneTotalsDocument)).figureTotals.map((total) => [total.metric, total])),
    /** The distinct article URLs of a fact's citations, sorted. */
    urls: (citations: { edges: { node: { article: { url: string } } }[] }) => [...new Set(citations.edges.map((edge) => edge.node.article.url))].sort(),
  };
}
