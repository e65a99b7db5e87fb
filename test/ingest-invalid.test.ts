import { beforeAll, describe, expect, it } from "vitest";
import { ingestDocument } from "../src/ingest/ingest.js";
import { IngestError } from "../src/ingest/errors.js";
import type { ArticleDocument } from "../src/ingest/document.js";
import { exportText, useMigratedDatabase } from "./helpers/ingest.js";

const db = useMigratedDatabase();
const text = "Macron met Starmer in Paris on Thursday. Macron said: we are ready.";

function validDocument(): ArticleDocument {
  return {
    article: { url: "https://example.org/2025/09/04/paris", title: "Paris talks", publishedAt: "2025-09-04", text },
    actors: [
      { key: "macron", kind: "PERSON", name: "Emmanuel Macron", slug: "emmanuel-macron", aliases: ["Macron"] },
      { key: "starmer", kind: "PERSON", name: "Keir Starmer", slug: "keir-starmer" },
    ],
    places: [{ key: "paris", name: "Paris", slug: "paris" }],
    meetings: [{
      key: "talks", title: "Paris talks", status: "HELD", startsAt: "2025-09-04T09:00:00Z", endsAt: "2025-09-04T12:00:00Z", place: "paris",
      attendees: [{ actor: "macron", role: "HOST" }, { actor: "starmer", role: "PARTICIPANT" }],
      citations: [{ excerpt: "Macron met Starmer in Paris on Thursday." }],
    }],
    quotes: [
      { key: "ready", kind: "DIRECT", text: "we are ready", speaker: "macron", meeting: "talks", meetingTiming: "DURING", citations: [{ excerpt: "Macron said: we are ready." }] },
      { key: "met", kind: "PARAPHRASE", text: "They met.", citations: [{ excerpt: "Macron", occurrence: 2 }] },
    ],
  };
}

beforeAll(async () => {
  await ingestDocument(db.database.prisma, validDocument());
});

const cases: [string, (doc: ArticleDocument) => void, string, string, RegExp][] = [
  ["an empty article text", (doc) => (doc.article.text = ""), "article.text", "INVALID", /must not be empty/],
  ["a 100,000-character quote", (doc) => (doc.quotes![0].text = "x".repeat(100_000)), "quotes[0].text", "INVALID", /at most 10000 characters/],
  ["a 100,000-character actor name", (doc) => (doc.actors![1].name = "x".repeat(100_000)), "actors[1].name", "INVALID", /at most 500 characters/],
  ["an empty meeting title", (doc) => (doc.meetings![0].title = ""), "meetings[0].title", "INVALID", /must not be empty/],
  ["a meeting that ends before it starts", (doc) => (doc.meetings![0].endsAt = "2025-09-03"), "meetings[0].endsAt", "END_BEFORE_START", /before startsAt/],
  ["a date that does not exist", (doc) => (doc.meetings![0].startsAt = "2025-02-30"), "meetings[0].startsAt", "INVALID", /ISO 8601/],
  ["an unknown speaker", (doc) => (doc.quotes![0].speaker = "zelenskyy"), "quotes[0].speaker", "UNKNOWN_REFERENCE", /"zelenskyy".*actors/],
  ["an unknown meeting", (doc) => (doc.quotes![0].meeting = "summit"), "quotes[0].meeting", "UNKNOWN_REFERENCE", /"summit"/],
  ["a duplicate quote key", (doc) => (doc.quotes![1].key = "ready"), "quotes[1].key", "DUPLICATE_KEY", /quotes\[0\]\.key/],
  ["an actor attending twice", (doc) => (doc.meetings![0].attendees![1].actor = "macron"), "meetings[0].attendees[1].actor", "DUPLICATE_KEY", /attendees\[0\]/],
  ["an excerpt that is not in the text", (doc) => (doc.quotes![0].citations[0].excerpt = "Macron said: we are not ready."), "quotes[0].citations[0].excerpt", "EXCERPT_NOT_FOUND", /not in the article text/],
  ["an occurrence the text does not have", (doc) => (doc.quotes![1].citations[0].occurrence = 3), "quotes[1].citations[0].excerpt", "EXCERPT_NOT_FOUND", /fewer than 3 times/],
  ["an unknown kind", (doc) => ((doc.quotes![0] as { kind: string }).kind = "RUMOUR"), "quotes[0].kind", "INVALID", /one of DIRECT, PARAPHRASE/],
  ["a missing required field", (doc) => delete (doc.meetings![0] as { status?: string }).status, "meetings[0].status", "INVALID", /required/],
  ["a misspelt field", (doc) => Object.assign(doc.quotes![0], { speeker: "macron" }), "quotes[0].speeker", "INVALID", /not a field/],
];

describe("a rejected document", () => {
  it.each(cases)("%s is rejected naming the field, and the database is exactly as before", async (_, corrupt, path, code, message) => {
    const before = await exportText(db.database);
    const doc = validDocument();
    doc.quotes![0].text = "we are ready, all of us"; // a valid change that must not be written either
    corrupt(doc);
    const error = await ingestDocument(db.database.prisma, doc).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(IngestError);
    expect((error as IngestError).problems).toContainEqual({ path, field: expect.any(Array), code, message: expect.stringMatching(message) });
    expect(await exportText(db.database)).toBe(before);
  });

  it("lists every problem of a document at once", async () => {
    const doc = validDocument();
    doc.article.title = "";
    doc.quotes![0].speaker = "nobody";
    doc.quotes![1].citations[0].excerpt = "absent";
    const error = (await ingestDocument(db.database.prisma, doc).catch((caught: unknown) => caught)) as IngestError;
    expect(error.problems.map((problem) => problem.path)).toEqual(["article.title"]);
    doc.article.title = "Paris talks";
    const semantic = (await ingestDocument(db.database.prisma, doc).catch((caught: unknown) => caught)) as IngestError;
    expect(semantic.problems.map((problem) => problem.path)).toEqual(["quotes[0].speaker", "quotes[1].citations[0].excerpt"]);
    expect(semantic.message).toBe(
      'quotes[0].speaker: refers to "nobody", which is not a key in actors; quotes[1].citations[0].excerpt: is not in the article text',
    );
  });
});
