import type { TestServer } from "./server.js";

/** The id of the seed actor with this name. */
export async function actorId(api: TestServer, name: string): Promise<string> {
  const { data } = await api.query(`{ actors(first: 100) { edges { node { id name } } } }`);
  const actor = data.actors.edges.find((edge: { node: { name: string } }) => edge.node.name === name);
  if (!actor) throw new Error(`No seed actor named ${name}`);
  return actor.node.id;
}

/** Runs a mutation with the editor's key and returns its payload, failing on any top-level error. */
export async function mutate(api: TestServer, mutation: string, variables: Record<string, unknown>, key?: string) {
  const { data, errors } = await api.write(mutation, variables, key);
  if (errors) throw new Error(JSON.stringify(errors));
  return Object.values(data as object)[0];
}
