export interface Outcome {
  kind: "read" | "search" | "write";
  ms: number;
  error: boolean;
}

export interface Workload {
  outcomes: Outcome[];
  /** Global ids of the quotes whose creation was acknowledged. */
  acknowledged: string[];
  firstErrors: string[];
  /** How many acknowledged quotes cannot be found afterwards. */
  verify(): Promise<number>;
}

const READ = `query LoadRead($after: String) { actors(first: 10, after: $after) { edges { cursor node { name quotes(first: 5) { edges { node { text saidAt } } } } } } }`;
const SEARCH = `query LoadSearch($search: String!) { quotes(first: 10, filter: { search: $search }) { totalCount edges { node { text speaker { name } } } } }`;
const WRITE = `mutation LoadWrite($input: QuoteInput!) { createQuote(input: $input) { quote { id } errors { code message } } }`;
const FOUND = `query LoadFound($ids: [ID!]!) { nodes(ids: $ids) { id } }`;
const words = ["sanctions", "ceasefire", "talks", "drones", "security", "tariffs", "guarantees", "summit"];

type Body = { data?: any; errors?: { message: string; extensions?: { code?: string } }[] };

async function post(url: string, query: string, variables: object, key?: string): Promise<{ status: number; body: Body }> {
  const response = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json", ...(key ? { authorization: `Bearer ${key}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return { status: response.status, body: (await response.json()) as Body };
}

/**
 * `clients` concurrent loops, each sending one request after another for `durationMs`: 60 % reads
 * (actors with their quotes), 20 % full-text searches, 20 % writes (a new quote). Any non-200,
 * GraphQL error or user error counts as an error.
 */
export async function workload(url: string, key: string, clients: number, durationMs: number): Promise<Workload> {
  const speakers = ((await post(url, `{ actors(first: 50) { edges { node { id } } } }`, {})).body.data.actors.edges as { node: { id: string } }[]).map((edge) => edge.node.id);
  const outcomes: Outcome[] = [];
  const acknowledged: string[] = [];
  const firstErrors: string[] = [];
  const until = Date.now() + durationMs;
  let sequence = 0;
  const client = async (index: number) => {
    while (Date.now() < until) {
      const roll = Math.random();
      const kind: Outcome["kind"] = roll < 0.6 ? "read" : roll < 0.8 ? "search" : "write";
      const started = performance.now();
      let error = false;
      try {
        const n = sequence++;
        const { status, body } = kind === "read"
          ? await post(url, READ, {})
          : kind === "search"
            ? await post(url, SEARCH, { search: words[n % words.length] })
            : await post(url, WRITE, { input: { kind: "DIRECT", text: `Load test quote ${n} from client ${index}`, speaker: speakers[n % speakers.length] } }, key);
        const userErrors = kind === "write" ? (body.data?.createQuote?.errors ?? []) : [];
        error = status !== 200 || !!body.errors?.length || userErrors.length > 0;
        if (error && firstErrors.length < 5) firstErrors.push(`${kind}: HTTP ${status} ${JSON.stringify(body.errors ?? userErrors).slice(0, 200)}`);
        if (!error && kind === "write") acknowledged.push(body.data.createQuote.quote.id);
      } catch (cause) {
        error = true;
        if (firstErrors.length < 5) firstErrors.push(`${kind}: ${(cause as Error).message}`);
      }
      outcomes.push({ kind, ms: performance.now() - started, error });
    }
  };
  await Promise.all(Array.from({ length: clients }, (_, index) => client(index)));
  return {
    outcomes,
    acknowledged,
    firstErrors,
    verify: async () => {
      let lost = 0;
      for (let at = 0; at < acknowledged.length; at += 100) {
        const ids = acknowledged.slice(at, at + 100);
        const { body } = await post(url, FOUND, { ids });
        lost += (body.data.nodes as ({ id: string } | null)[]).filter((node) => node === null).length;
      }
      return lost;
    },
  };
}
