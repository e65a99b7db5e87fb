import { beforeAll, describe, expect, it } from "vitest";
import { execute, parse, type ExecutionResult, type GraphQLSchema } from "graphql";
import { buildHTTPExecutor } from "@graphql-tools/executor-http";
import { schemaFromExecutor } from "@graphql-tools/wrap";
import { stitchSchemas } from "@graphql-tools/stitch";
import { makeExecutableSchema } from "@graphql-tools/schema";
import { useTestServer } from "./helpers/server.js";

const dossier = useTestServer();

/** Another team's schema: how many readers follow an actor, keyed by Dossier's actor id. */
function watchlistSchema(watchersById: Map<string, number>) {
  const actor = (id: string) => ({ id, watchers: watchersById.get(id) ?? 0 });
  return makeExecutableSchema({
    typeDefs: `
      type Actor { id: ID! watchers: Int! }
      type Query { mostWatched: [Actor!]! actorWatch(id: ID!): Actor! }
    `,
    resolvers: {
      Query: {
        mostWatched: () => [...watchersById.keys()].map(actor),
        actorWatch: (_: unknown, { id }: { id: string }) => actor(id),
      },
    },
  });
}

let stitched: GraphQLSchema;
let ids: Record<string, string>;

beforeAll(async () => {
  const { data } = await dossier.query(`{ actors(first: 100) { edges { node { id slug } } } }`);
  ids = Object.fromEntries(data.actors.edges.map(({ node }: { node: { id: string; slug: string } }) => [node.slug, node.id]));
  const executor = buildHTTPExecutor({ endpoint: dossier.url });
  stitched = stitchSchemas({
    subschemas: [
      {
        schema: await schemaFromExecutor(executor),
        executor,
        batch: true,
        merge: { Actor: { selectionSet: "{ id }", fieldName: "actor", args: ({ id }) => ({ id }) } },
      },
      {
        schema: watchlistSchema(new Map([[ids["volodymyr-zelenskyy"], 1200], [ids["vladimir-putin"], 950]])),
        merge: { Actor: { selectionSet: "{ id }", fieldName: "actorWatch", args: ({ id }) => ({ id }) } },
      },
    ],
  });
});

const run = (query: string) => execute({ schema: stitched, document: parse(query) }) as Promise<ExecutionResult<any>>;

describe("Dossier stitched with another schema (@graphql-tools/stitch, Dossier over HTTP)", () => {
  it("adds the other schema's fields to Dossier's actors", async () => {
    const { data, errors } = await run(`{ actors(first: 100) { edges { node { slug name watchers } } } }`);
    expect(errors).toBeUndefined();
    const bySlug = Object.fromEntries(data.actors.edges.map(({ node }: any) => [node.slug, node]));
    expect(bySlug["volodymyr-zelenskyy"]).toEqual({ slug: "volodymyr-zelenskyy", name: "Volodymyr Zelenskyy", watchers: 1200 });
    expect(bySlug["emmanuel-macron"].watchers).toBe(0);
  });

  it("resolves Dossier's fields for actors the other schema returns", async () => {
    const { data, errors } = await run(`{ mostWatched { watchers name kind country { name } } }`);
    expect(errors).toBeUndefined();
    expect(data.mostWatched).toEqual([
      { watchers: 1200, name: "Volodymyr Zelenskyy", kind: "PERSON", country: { name: "Ukraine" } },
      { watchers: 950, name: "Vladimir Putin", kind: "PERSON", country: { name: "Russia" } },
    ]);
  });

  it("passes Dossier's errors through with their code", async () => {
    const { errors } = await run(`{ actor(id: "not-an-id") { name watchers } }`);
    expect(errors?.[0]).toMatchObject({ message: expect.stringMatching(/"id"/), extensions: { code: "BAD_USER_INPUT" } });
  });
});
