import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parse } from "graphql";
import { ApolloServer } from "@apollo/server";
import { startStandaloneServer } from "@apollo/server/standalone";
import { buildSubgraphSchema } from "@apollo/subgraph";
import { composeServices } from "@apollo/composition";
import { ApolloGateway, RemoteGraphQLDataSource } from "@apollo/gateway";
import { useTestServer } from "./helpers/server.js";

const dossier = useTestServer({ FEDERATION: "true" });

/** A second subgraph, as another team would run it: it extends Dossier's Actor with a profile link. */
const profilesTypeDefs = parse(`
  extend schema @link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@key"])
  type Actor @key(fields: "id") {
    id: ID!
    "Where the profiles team publishes this actor's profile."
    profileUrl: String!
  }
  type Query {
    "Actors the profiles team features on its front page."
    featuredActors: [Actor!]!
  }
`);

let actorIds: Record<string, string>;
let profiles: ApolloServer;
let profilesUrl: string;
let gateway: ApolloServer;
let supergraphSdl: string;

beforeAll(async () => {
  const { data } = await dossier.query(`{ actors(first: 100) { edges { node { id slug } } } }`);
  actorIds = Object.fromEntries(data.actors.edges.map(({ node }: { node: { id: string; slug: string } }) => [node.slug, node.id]));
  profiles = new ApolloServer({
    schema: buildSubgraphSchema({
      typeDefs: profilesTypeDefs,
      resolvers: {
        Query: { featuredActors: () => [{ id: actorIds["emmanuel-macron"] }, { id: actorIds["keir-starmer"] }] },
        Actor: { profileUrl: ({ id }: { id: string }) => `https://profiles.example/actors/${id}` },
      },
    }),
  });
  ({ url: profilesUrl } = await startStandaloneServer(profiles, { listen: { host: "127.0.0.1", port: 0 } }));

  const { data: service } = await dossier.query(`{ _service { sdl } }`);
  const composition = composeServices([
    { name: "dossier", typeDefs: parse(service._service.sdl), url: dossier.url },
    { name: "profiles", typeDefs: profilesTypeDefs, url: profilesUrl },
  ]);
  if (composition.errors) throw new Error(composition.errors.map((error) => error.message).join("\n"));
  supergraphSdl = composition.supergraphSdl;
  gateway = new ApolloServer({
    gateway: new ApolloGateway({ supergraphSdl, buildService: ({ url }) => new RemoteGraphQLDataSource({ url }) }),
  });
  await gateway.start();
});

afterAll(async () => {
  await gateway?.stop();
  await profiles?.stop();
});

async function throughGateway(query: string) {
  const { body } = await gateway.executeOperation({ query });
  if (body.kind !== "single") throw new Error("expected a single result");
  return body.singleResult;
}

describe("Dossier as an Apollo Federation 2 subgraph (FEDERATION=true)", () => {
  it("publishes its SDL with @key(fields: \"id\") on the entity types", async () => {
    const { data } = await dossier.query(`{ _service { sdl } }`);
    for (const type of ["Actor", "Meeting", "Quote", "Incident", "Article", "Place"]) {
      expect(data._service.sdl).toMatch(new RegExp(`type ${type} implements Node[ &\\w]*\\s+@key\\(fields: "id"\\)`));
    }
    expect(data._service.sdl).toMatch(/@link\(url: "https:\/\/specs.apollo.dev\/federation\/v2.3"/);
  });

  it("resolves _entities references by global id, null for an unknown one", async () => {
    const { data: lists } = await dossier.query(`{ places(first: 1) { edges { node { id name } } } }`);
    const place = lists.places.edges[0].node;
    const unknown = Buffer.from("Actor:00000000-0000-7000-8000-000000000000").toString("base64url");
    const { data, errors } = await dossier.query(
      `query ($representations: [_Any!]!) { _entities(representations: $representations) {
        __typename ... on Actor { name } ... on Place { name } } }`,
      { representations: [{ __typename: "Actor", id: actorIds["keir-starmer"] }, { __typename: "Place", id: place.id }, { __typename: "Actor", id: unknown }] },
    );
    expect(errors).toBeUndefined();
    expect(data._entities).toEqual([{ __typename: "Actor", name: "Keir Starmer" }, { __typename: "Place", name: place.name }, null]);
  });

  it("rejects a reference whose id is not an id of that type, naming the problem", async () => {
    const { errors } = await dossier.query(`query ($r: [_Any!]!) { _entities(representations: $r) { ... on Actor { name } } }`, {
      r: [{ __typename: "Actor", id: "not-an-id" }],
    });
    expect(errors?.[0]).toMatchObject({ message: expect.stringMatching(/"not-an-id" is not a Dossier id/), extensions: { code: "BAD_USER_INPUT" } });
  });

  it("composes with a subgraph that extends Actor", () => {
    expect(supergraphSdl).toMatch(/join__graph\(name: "dossier"/);
    expect(supergraphSdl).toMatch(/profileUrl: String! @join__field\(graph: PROFILES\)/);
  });

  it("answers a gateway query that starts in Dossier and adds the profiles subgraph's field", async () => {
    const { data, errors } = await throughGateway(`{ actors(first: 100) { edges { node { slug name profileUrl } } } }`);
    expect(errors).toBeUndefined();
    const macron = (data as any).actors.edges.map((edge: any) => edge.node).find((actor: any) => actor.slug === "emmanuel-macron");
    expect(macron).toEqual({ slug: "emmanuel-macron", name: "Emmanuel Macron", profileUrl: `https://profiles.example/actors/${actorIds["emmanuel-macron"]}` });
  });

  it("answers a gateway query that starts in the profiles subgraph and loads Dossier's actors by reference", async () => {
    const { data, errors } = await throughGateway(`{ featuredActors { name country { name } quotes(first: 1) { totalCount } profileUrl } }`);
    expect(errors).toBeUndefined();
    expect(data).toEqual({
      featuredActors: [
        { name: "Emmanuel Macron", country: { name: "France" }, quotes: { totalCount: expect.any(Number) }, profileUrl: `https://profiles.example/actors/${actorIds["emmanuel-macron"]}` },
        { name: "Keir Starmer", country: { name: "United Kingdom" }, quotes: { totalCount: expect.any(Number) }, profileUrl: `https://profiles.example/actors/${actorIds["keir-starmer"]}` },
      ],
    });
  });
});
