import { afterAll, describe, expect, it } from "vitest";
import type { Client } from "graphql-ws";
import { useTestServer } from "./helpers/server.js";
import { actorId, mutate } from "./helpers/graph.js";
import { subscribe, untilListening, wsClient } from "./helpers/subscription.js";

const api = useTestServer();
let client: Client | undefined;
afterAll(() => client?.dispose());

const INGEST = `mutation($input: JSONObject!) { ingestArticle(input: $input) { article { id } errors { field message code } } }`;
const PLACE = `mutation($input: PlaceInput!) { createPlace(input: $input) { place { id } errors { field message code } } }`;

/** A small article document; `extra` adds or replaces top-level lists. */
function article(url: string, text: string, extra: Record<string, unknown>) {
  return { article: { url, title: "Write path", publishedAt: "2025-09-05", text }, ...extra };
}

describe("one write path: the article document obeys the API's rules", () => {
  it("refuses a known PERSON as a place's country, as createPlace does, naming the entry", async () => {
    const macron = await actorId(api, "Emmanuel Macron");
    const viaApi = await mutate(api, PLACE, { input: { name: "Elysée", slug: "elysee-api", country: macron } });
    expect(viaApi).toEqual({ place: null, errors: [{ field: ["input", "country"], code: "INVALID", message: "country must be an actor of kind COUNTRY" }] });

    // The document names Macron by his slug but calls him a COUNTRY: he is matched, and is a PERSON.
    const doc = article("https://example.com/write-path/place-country", "At the Elysée.", {
      actors: [{ key: "fr", kind: "COUNTRY", name: "Emmanuel Macron", slug: "emmanuel-macron" }],
      places: [{ key: "elysee", name: "Elysée", slug: "elysee", country: "fr" }],
    });
    const { ingestArticle } = (await api.write(INGEST, { input: doc })).data;
    expect(ingestArticle.article).toBeNull();
    expect(ingestArticle.errors).toEqual([expect.objectContaining({ field: ["input", "places", "0", "country"], code: "INVALID" })]);
    expect(ingestArticle.errors[0].message).toBe('refers to "fr", the PERSON Emmanuel Macron: must be an actor of kind COUNTRY');

    // The same for an actor's country; nothing of either document was written.
    const actorDoc = article("https://example.com/write-path/actor-country", "An official.", {
      actors: [
        { key: "fr", kind: "COUNTRY", name: "Emmanuel Macron", slug: "emmanuel-macron" },
        { key: "official", kind: "PERSON", name: "Jean Official", slug: "jean-official", country: "fr" },
      ],
    });
    const refused = (await api.write(INGEST, { input: actorDoc })).data.ingestArticle;
    expect(refused).toEqual({ article: null, errors: [{ field: ["input", "actors", "1", "country"], code: "INVALID", message: 'refers to "fr", the PERSON Emmanuel Macron: must be an actor of kind COUNTRY' }] });
    const { data } = await api.query(`{ places(first: 100) { edges { node { slug } } } actors(filter: { namePrefix: "Jean Official" }) { totalCount } }`);
    expect(data.places.edges.map((edge: { node: { slug: string } }) => edge.node.slug)).not.toContain("elysee");
    expect(data.actors.totalCount).toBe(0);
  });

  it("announces a quote ingested without citations to quoteRecorded subscribers", async () => {
    client = wsClient(api.url);
    const macron = await actorId(api, "Emmanuel Macron");
    const quotes = subscribe(client, `subscription($actor: ID) { quoteRecorded(actor: $actor) { text createdBy { name } } }`, { actor: macron });
    await untilListening(quotes, () => mutate(api, `mutation($input: QuoteInput!) { createQuote(input: $input) { errors { code } } }`, { input: { kind: "DIRECT", text: "probe", speaker: macron } }));
    const doc = article("https://example.com/write-path/uncited-quote", "Macron spoke.", {
      actors: [{ key: "macron", kind: "PERSON", name: "Emmanuel Macron", slug: "emmanuel-macron" }],
      quotes: [{ key: "q", kind: "PARAPHRASE", text: "Europe stands ready, without a citation.", speaker: "macron", citations: [] }],
    });
    expect((await api.write(INGEST, { input: doc })).data.ingestArticle.errors).toEqual([]);
    expect(await quotes.next()).toEqual({ data: { quoteRecorded: { text: "Europe stands ready, without a citation.", createdBy: { name: "Test editor" } } } });
  });
});
