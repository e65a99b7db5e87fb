import type { TestServer } from "./server.js";

export type Edges<T> = { edges: { node: T }[]; totalCount?: number };

/** The nodes of a connection, in order. */
export const nodes = <T>(connection: Edges<T>) => connection.edges.map((edge) => edge.node);

/** The global id of the actor named `name`, or of the only one whose name or alias starts with it. */
export async function actorId(api: TestServer, name: string): Promise<string> {
  const { data } = await api.query(`query ($name: String!) { actors(filter: { namePrefix: $name }) { edges { node { id name } } } }`, { name });
  const found = nodes<{ id: string; name: string }>(data.actors);
  const actor = found.length === 1 ? found[0] : found.find((candidate) => candidate.name === name);
  if (!actor) throw new Error(`no actor named ${name} among ${JSON.stringify(found)}`);
  return actor.id;
}

/** The global id of the place with this slug. */
export async function placeId(api: TestServer, slug: string): Promise<string> {
  const { data } = await api.query(`{ places(first: 100) { edges { node { id slug } } } }`);
  return nodes<{ id: string; slug: string }>(data.places).find((place) => place.slug === slug)!.id;
}

/** Runs a mutation with the editor's key and returns its payload, failing on any top-level error. */
export async function mutate(api: TestServer, mutation: string, variables: Record<string, unknown>, key?: string) {
  const { data, errors } = await api.write(mutation, variables, key);
  if (errors) throw new Error(JSON.stringify(errors));
  return Object.values(data as object)[0];
}

/** Whether `node(id)` finds the object with this global id (false once it is deleted). */
export async function nodeExists(api: TestServer, id: string): Promise<boolean> {
  const { data, errors } = await api.query(`query ($id: ID!) { node(id: $id) { id } }`, { id });
  if (errors) throw new Error(JSON.stringify(errors));
  return data.node !== null;
}

type Page<T> = Edges<T> & { pageInfo: { hasNextPage?: boolean; hasPreviousPage?: boolean; startCursor?: string | null; endCursor?: string | null } };

/** Every node of a list, read page by page: forwards through `after` cursors, or backwards through `before` ones. */
export async function walkPages<T>(direction: "forwards" | "backwards", page: (cursor?: string) => Promise<Page<T>>): Promise<T[]> {
  const walked: T[] = [];
  let cursor: string | undefined;
  do {
    const { pageInfo, ...connection } = await page(cursor);
    if (direction === "forwards") walked.push(...nodes(connection));
    else walked.unshift(...nodes(connection));
    const more = direction === "forwards" ? pageInfo.hasNextPage : pageInfo.hasPreviousPage;
    cursor = (more && (direction === "forwards" ? pageInfo.endCursor : pageInfo.startCursor)) || undefined;
  } while (cursor);
  return walked;
}
