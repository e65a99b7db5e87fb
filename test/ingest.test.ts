import fs from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../src/db/database.js";
import { ingestDocument } from "../src/ingest/ingest.js";
import { documentJsonSchema, type ArticleDocument } from "../src/ingest/document.js";
import { exportText, seedDocument, useMigratedDatabase } from "./helpers/ingest.js";

const tables = ["Article", "Actor", "Place", "Role", "Meeting", "Attendance", "Quote", "Incident", "IncidentParticipant", "Figure", "Citation"];

/** Every row of every table, as stored. */
async function snapshot(database: Database) {
  const rows: Record<string, unknown[]> = {};
  // Every column as JSON: Prisma cannot read the quotes' stored search document (a tsvector) as such.
  for (const table of tables) rows[table] = await database.prisma.$queryRawUnsafe(`SELECT to_jsonb(t) AS "row" FROM "${table}" t ORDER BY t.id`);
  return rows;
}

/** The facts of a kind the articles mention, by the key their documents give them. */
const keyed = async (database: Database, model: "quote" | "meeting" | "figure") =>
  new Map((await database.prisma.mention.findMany({ where: { factType: model.toUpperCase() as any, articleId: { not: null } }, include: { [model]: true } }))
    .map((mention: any) => [mention.key, mention[model]]));

/** A fresh, migrated database holding only the seed article, for the calling describe block. */
function useSeededDatabase(): { database: Database } {
  const db = useMigratedDatabase();
  beforeAll(async () => {
    await ingestDocument(db.database.prisma, seedDocument());
  });
  return db;
}

describe("ingesting an article document into an empty database", () => {
  const db = useMigratedDatabase();

  it("writes the document once; the same document again changes no row", async () => {
    const first = await ingestDocument(db.database.prisma, seedDocument());
    expect(first.created).toBe(true);
    expect(first.summary.quote).toEqual({ created: 11, updated: 0, unchanged: 0, deleted: 0 });
    const before = await snapshot(db.database);

    const again = await ingestDocument(db.database.prisma, seedDocument());
    expect(again).toMatchObject({ articleId: first.articleId, created: false });
    for (const counts of Object.values(again.summary)) expect(counts).toMatchObject({ created: 0, updated: 0, deleted: 0 });
    expect(again.summary.citation.unchanged).toBe(first.summary.citation.created);
    expect(await snapshot(db.database)).toEqual(before);
  });
});

describe("ingesting a corrected seed document", () => {
  const db = useSeededDatabase();

  it("updates a corrected document in place and removes what it no longer contains", async () => {
    const quotesBefore = await keyed(db.database, "quote");
    const meetingsBefore = await keyed(db.database, "meeting");
    const corrected = seedDocument();
    const [changed, dropped] = corrected.quotes!;
    changed.text = "We Europeans are ready to provide security guarantees.";
    corrected.quotes = corrected.quotes!.filter((quote) => quote !== dropped);
    const paris = corrected.meetings!.find((meeting) => meeting.key === "meeting-coalition-paris")!;
    const leaving = paris.attendees!.pop()!;
    const attack = corrected.incidents!.find((incident) => incident.kind === "DRONE_ATTACK")!;
    attack.figures!.push({ key: "figure-drones-got-through", metric: "drones_not_intercepted", value: 28, unit: "drones", citations: attack.figures![0].citations });

    const { summary } = await ingestDocument(db.database.prisma, corrected);
    expect(summary.quote).toEqual({ created: 0, updated: 1, unchanged: 9, deleted: 1 });
    expect(summary.attendance).toMatchObject({ created: 0, deleted: 1 });
    expect(summary.figure).toEqual({ created: 1, updated: 0, unchanged: 2, deleted: 0 });
    expect(summary.meeting).toEqual({ created: 0, updated: 0, unchanged: 6, deleted: 0 });

    const quotesAfter = await keyed(db.database, "quote");
    expect(quotesAfter.has(dropped.key)).toBe(false);
    const updated: any = quotesAfter.get(changed.key);
    expect(updated.id).toBe((quotesBefore.get(changed.key) as any).id);
    expect(updated.text).toBe("We Europeans are ready to provide security guarantees.");
    for (const [key, quote] of quotesAfter) if (key !== changed.key) expect(quote).toEqual(quotesBefore.get(key));
    expect([...(await keyed(db.database, "meeting")).values()]).toEqual([...meetingsBefore.values()]);
    const droppedCitations = await db.database.prisma.citation.count({ where: { quoteId: (quotesBefore.get(dropped.key) as any).id } });
    expect(droppedCitations).toBe(0);
    const parisId = (meetingsBefore.get(paris.key) as any).id;
    const attendees = await db.database.prisma.attendance.findMany({ where: { meetingId: parisId }, include: { actor: true } });
    expect(attendees.map((attendance) => attendance.actor.slug)).not.toContain(leaving.actor);
    expect(attendees).toHaveLength(paris.attendees!.length);

    // Going back to the original restores the quote under its key; the kept ones keep their ids.
    const restored = await ingestDocument(db.database.prisma, seedDocument());
    expect(restored.summary.quote).toEqual({ created: 1, updated: 1, unchanged: 9, deleted: 0 });
    expect(restored.summary.figure.deleted).toBe(1);
    expect(((await keyed(db.database, "quote")).get(changed.key) as any).id).toBe(updated.id);
  });
});

describe("ingesting another article over the seed article", () => {
  const db = useSeededDatabase();

  it("matches actors of another article by Wikidata QID, then slug, then alias, and creates only the unknown", async () => {
    const actorsBefore = await db.database.prisma.actor.count();
    const text = "Emmanuel Macron, Starmer and Trump spoke with Mark Rutte. The Elysee said so.";
    const other: ArticleDocument = {
      article: { url: "https://example.org/2025/09/05/calls", title: "Calls", text },
      actors: [
        { key: "macron", kind: "PERSON", name: "President Macron", slug: "president-macron", wikidataId: "Q3052772" },
        { key: "starmer", kind: "PERSON", name: "Sir Keir Starmer", slug: "keir-starmer", wikidataId: "Q6383077" },
        { key: "trump", kind: "PERSON", name: "Trump", slug: "trump", description: "Someone else entirely" },
        { key: "rutte", kind: "PERSON", name: "Mark Rutte", slug: "mark-rutte", wikidataId: "Q57792" },
      ],
      quotes: ["macron", "starmer", "trump", "rutte"].map((speaker) => ({
        key: `quote-${speaker}`, kind: "PARAPHRASE" as const, text: "We spoke.", speaker, citations: [{ excerpt: "spoke with" }],
      })),
    };
    const { summary } = await ingestDocument(db.database.prisma, other);
    expect(summary.actor).toEqual({ created: 1, updated: 2, unchanged: 1, deleted: 0 });
    expect(await db.database.prisma.actor.count()).toBe(actorsBefore + 1);

    const mentions = await db.database.prisma.mention.findMany({ where: { factType: "QUOTE", article: { url: other.article.url } }, include: { quote: { include: { speaker: true } } } });
    const slugOf = Object.fromEntries(mentions.map((mention) => [mention.key, mention.quote!.speaker!.slug]));
    expect(slugOf).toEqual({ "quote-macron": "emmanuel-macron", "quote-starmer": "keir-starmer", "quote-trump": "donald-trump", "quote-rutte": "mark-rutte" });

    const macron = await db.database.prisma.actor.findUniqueOrThrow({ where: { slug: "emmanuel-macron" } });
    expect(macron.aliases).toEqual(["Macron", "President Macron"]);
    const starmer = await db.database.prisma.actor.findUniqueOrThrow({ where: { slug: "keir-starmer" } });
    expect(starmer).toMatchObject({ wikidataId: "Q6383077", aliases: ["Sir Keir Starmer"] });
    const trump = await db.database.prisma.actor.findUniqueOrThrow({ where: { slug: "donald-trump" } });
    expect(trump.description).not.toBe("Someone else entirely");

    // Dropping the new actor from the second article deletes it; the shared ones stay.
    const corrected = { ...other, actors: other.actors!.slice(0, 3), quotes: other.quotes!.slice(0, 3) };
    const second = await ingestDocument(db.database.prisma, corrected);
    expect(second.summary.actor).toEqual({ created: 0, updated: 0, unchanged: 3, deleted: 1 });
    expect(await db.database.prisma.actor.findUnique({ where: { slug: "mark-rutte" } })).toBeNull();
    expect(await db.database.prisma.actor.count()).toBe(actorsBefore);
  });
});

describe("ingesting a conflicting actor over the seed article", () => {
  const db = useSeededDatabase();

  it("rejects an actor whose slug belongs to an actor with another Wikidata QID, writing nothing", async () => {
    const before = await exportText(db.database);
    const conflicting: ArticleDocument = {
      article: { url: "https://example.org/conflict", title: "Conflict", text: "Macron spoke." },
      actors: [{ key: "m", kind: "PERSON", name: "Emmanuel Macron Sr", slug: "emmanuel-macron", wikidataId: "Q1" }],
      quotes: [{ key: "q", kind: "PARAPHRASE", text: "Spoke.", speaker: "m", citations: [{ excerpt: "Macron spoke." }] }],
    };
    await expect(ingestDocument(db.database.prisma, conflicting)).rejects.toMatchObject({
      problems: [{ path: "actors[0].slug", code: "ACTOR_CONFLICT", message: expect.stringMatching(/Q3052772/) }],
    });
    expect(await exportText(db.database)).toBe(before);
  });
});

describe("the document format", () => {
  it("is published as the JSON Schema in docs/, generated from the definition the code validates with", () => {
    const committed = fs.readFileSync(new URL("../docs/article-document.schema.json", import.meta.url), "utf8");
    expect(committed).toBe(documentJsonSchema());
  });
});
