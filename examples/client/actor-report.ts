// A typed GraphQL client for Dossier, as a frontend would write one: the operations live in
// actor-report.graphql, `npm run codegen` turns them into typed documents in ./generated, and
// graphql-request infers each response's type from the document.
//
//   node --import @swc-node/register/esm-register examples/client/actor-report.ts [endpoint] [actor-slug]
import { GraphQLClient } from "graphql-request";
import { ActorDirectoryDocument, ActorReportDocument } from "./generated/graphql.js";

/** What an actor said, as lines of text; throws when no actor has that slug. */
async function actorReport(endpoint: string, slug: string): Promise<string[]> {
  const client = new GraphQLClient(endpoint);
  const { actors } = await client.request(ActorDirectoryDocument, { first: 100 });
  const match = actors.edges.find(({ node }) => node.slug === slug);
  if (!match) throw new Error(`No actor with slug "${slug}"`);

  const { actor } = await client.request(ActorReportDocument, { id: match.node.id, quotes: 10 });
  if (!actor) throw new Error(`Actor "${slug}" is gone`);
  const country = actor.country ? `, ${actor.country.name}` : "";
  return [
    `${actor.name} (${actor.kind.toLowerCase()}${country}): ${actor.quotes.totalCount} quote(s)`,
    ...actor.quotes.edges.map(({ node }) => {
      const when = node.saidAt ? node.saidAt.slice(0, 10) : "undated";
      const where = node.meeting ? ` (${node.meeting.title})` : "";
      return `- ${when}: “${node.text}”${where}`;
    }),
  ];
}

const [endpoint = "http://localhost:4000/graphql", slug = "donald-trump"] = process.argv.slice(2);
try {
  console.log((await actorReport(endpoint, slug)).join("\n"));
} catch (error) {
  console.error((error as Error).message);
  process.exitCode = 1;
}
