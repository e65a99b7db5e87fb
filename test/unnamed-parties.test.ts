import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDatabase, type Database } from "../src/db/database.js";
import { migrationsDir } from "../src/db/migrate.js";
import { createTestDatabase, type TestDatabase } from "./helpers/database.js";
import type { ArticleDocument } from "../src/ingest/document.js";
import { useTestServer } from "./helpers/server.js";
import { nodes } from "./helpers/graph.js";
import { useGraphApi } from "./helpers/one-graph.js";
import { parseIdOf, toGlobalId } from "../src/common/node-id.js";
import { subscribe, untilListening, wsClient } from "./helpers/subscription.js";
import {
  CreateUnnamedAttendanceDocument, CreateUnnamedParticipantDocument, DeleteAffiliationDocument, DeleteArticleByIdDocument, DeleteUnnamedAttendanceDocument,
  DeleteUnnamedParticipantDocument, IngestDocumentDocument, MergeAffiliationsDocument, MergeMeetingsDocument, UnnamedAttendeesDocument, UnnamedParticipantsDocument,
} from "./generated/graphql.js";

const PARIS = "Coalition of the willing meeting in Paris on security guarantees for Ukraine";
const WIRE = "https://example.org/wire/2025/09/06/magadan";
const DAILY = "https://example.org/daily/2025/09/07/paris-guarantees";

/** An article that puts "European leaders" at the seed's Paris meeting and "the governor of Magadan" at a drone attack. */
function report(url: string, publisher: string, wording: { leaders: string; governor: string }, parisId: string): ArticleDocument {
  const text = `${wording.leaders} met in Paris on Thursday. Drones struck the port of Magadan overnight, and ${wording.governor} said the fires were out.`;
  return {
    article: { url, title: "Paris talks; drones over Magadan", publisher, publishedAt: url === WIRE ? "2025-09-06" : "2025-09-07", text },
    actors: [{ key: "russia", kind: "COUNTRY", name: "Russia", slug: "russia" }],
    meetings: [{
      key: "paris", id: parisId, title: PARIS, status: "HELD",
      attendees: [{ description: wording.leaders, role: "PARTICIPANT", citations: [{ excerpt: `${wording.leaders} met in Paris on Thursday.` }] }],
      citations: [{ excerpt: `${wording.leaders} met in Paris on Thursday.` }],
    }],
    incidents: [{
      key: "magadan", ref: "drones-magadan-2025-09-05", kind: "DRONE_ATTACK", title: "Drone attack on the port of Magadan",
      participants: [{ description: wording.governor, affiliation: "russia", role: "RESPONDER" }],
      citations: [{ excerpt: "Drones struck the port of Magadan overnight" }],
    }],
  };
}

describe("attendees and participants known only by a description", () => {
  const api = useTestServer();
  const graph = useGraphApi(api);
  const context = { parisId: "", incidentId: "", russiaId: "", nordicId: "" };

  const attendees = async (affiliation?: string) =>
    (await api.request(UnnamedAttendeesDocument, { meeting: context.parisId, affiliation })).meeting!;
  const participants = async (affiliation?: string) =>
    (await api.request(UnnamedParticipantsDocument, { incident: context.incidentId, affiliation })).incident!;

  it("are one fact per meeting or incident, description and affiliation, cited by every article that reports them", async () => {
    context.parisId = (await graph.meetings()).find((meeting) => meeting.title === PARIS)!.id;
    const first = await graph.ingest(report(WIRE, "Example Wire", { leaders: "European leaders", governor: "the governor of Magadan" }, context.parisId));
    expect(graph.resolutionOf(first, "meetings[0].attendees[0]")).toMatchObject({ type: "UNNAMED_ATTENDANCE", outcome: "created" });
    // Another outlet's wording: the same people, whatever the case and punctuation.
    const second = await graph.ingest(report(DAILY, "Example Daily", { leaders: "European Leaders", governor: "The governor of Magadan" }, context.parisId));
    expect(graph.resolutionOf(second, "meetings[0].attendees[0]")).toMatchObject({ outcome: "matched", by: "meeting+description+affiliation" });
    expect(graph.resolutionOf(second, "incidents[0].participants[0]")).toMatchObject({
      type: "UNNAMED_PARTICIPANT", outcome: "matched", by: "incident+description+affiliation+role",
    });
    context.incidentId = graph.resolutionOf(second, "incidents[0]").node!.id;

    const paris = await attendees();
    expect(paris.attendees.totalCount).toBe(4);
    expect(paris.unnamedAttendees.totalCount).toBe(1);
    const [leaders] = nodes(paris.unnamedAttendees);
    // The latest report's wording is the current value; each source keeps its own.
    expect(leaders).toMatchObject({ description: "European Leaders", role: "PARTICIPANT", affiliation: null, corroboration: { articles: 2, publishers: 2 } });
    expect(graph.urls(leaders.citations)).toEqual([DAILY, WIRE].sort());
    expect(leaders.sources.map((source) => [source.article?.url, source.values.description])).toEqual([[WIRE, "European leaders"], [DAILY, "European Leaders"]]);

    const magadan = await participants();
    expect(magadan.participants.totalCount).toBe(0);
    const [governor] = nodes(magadan.unnamedParticipants);
    expect(governor).toMatchObject({ description: "The governor of Magadan", role: "RESPONDER", affiliation: { name: "Russia" }, incident: { title: "Drone attack on the port of Magadan" } });
    expect(governor.sources.map((source) => source.article?.url)).toEqual([WIRE, DAILY]);
  });

  it("are filtered by affiliation", async () => {
    const [russia] = await graph.actorNamed("Russia");
    context.russiaId = russia.id;
    const [france] = await graph.actorNamed("France");
    expect((await participants(russia.id)).unnamedParticipants.totalCount).toBe(1);
    expect((await participants(france.id)).unnamedParticipants.totalCount).toBe(0);
    expect((await attendees(russia.id)).unnamedAttendees.totalCount).toBe(0);
  });

  it("keep the other article's support when one article is deleted, and go with the last", async () => {
    const daily = await api.server.database.prisma.article.findUniqueOrThrow({ where: { url: DAILY } });
    const { deleteArticle } = await graph.write(DeleteArticleByIdDocument, { id: toGlobalId("Article", daily.id) }, graph.keys.admin);
    expect(deleteArticle.errors).toEqual([]);

    const [leaders] = nodes((await attendees()).unnamedAttendees);
    expect(leaders.description).toBe("European leaders");
    expect(graph.urls(leaders.citations)).toEqual([WIRE]);
    expect(leaders.corroboration.articles).toBe(1);
    expect(nodes((await participants()).unnamedParticipants)[0].sources.map((source) => source.article?.url)).toEqual([WIRE]);

    // The wire corrects its story: nobody unnamed after all. Nothing supports the two facts any more.
    const corrected = report(WIRE, "Example Wire", { leaders: "European leaders", governor: "the governor of Magadan" }, context.parisId);
    corrected.meetings![0].attendees = [];
    corrected.incidents![0].participants = [];
    await graph.ingest(corrected);
    expect((await attendees()).unnamedAttendees.totalCount).toBe(0);
    expect((await participants()).unnamedParticipants.totalCount).toBe(0);
  });

  it("refuse an entry that names an actor and describes one, naming the entry", async () => {
    const document = report(WIRE, "Example Wire", { leaders: "European leaders", governor: "the governor of Magadan" }, context.parisId);
    document.meetings![0].attendees![0].actor = "russia";
    document.incidents![0].participants!.push({ actor: "russia", affiliation: "russia", role: "PERPETRATOR" }, { role: "TARGET" }, { description: "local officials", affiliation: "belarus", role: "AFFECTED" });
    const { ingestArticle } = await graph.write(IngestDocumentDocument, { input: document as unknown as Record<string, unknown> });
    expect(ingestArticle.errors).toEqual([
      { field: ["input", "incidents", "0", "participants", "3", "affiliation"], code: "NOT_FOUND", message: "refers to \"belarus\", which is not a key in actors" },
      {
        field: ["input", "meetings", "0", "attendees", "0", "description"], code: "INVALID",
        message: "describes an unnamed attendee, but the entry names its actor: give actor or description, not both",
      },
      {
        field: ["input", "incidents", "0", "participants", "1", "affiliation"], code: "INVALID",
        message: "is the affiliation of an unnamed participant: it needs a description, and a named actor has none",
      },
      {
        field: ["input", "incidents", "0", "participants", "2"], code: "INVALID",
        message: "names no participant: give actor, or description (with an optional affiliation) for one the article does not name",
      },
    ]);
  });

  it("are added and removed through the API, with clear refusals", async () => {
    const add = async (input: { meeting: string; description: string; affiliation?: string; role: "PARTICIPANT" | "OBSERVER" }) =>
      (await graph.write(CreateUnnamedAttendanceDocument, { input })).createUnnamedAttendance;
    const added = await add({ meeting: context.parisId, description: "a senior Kremlin aide", affiliation: context.russiaId, role: "OBSERVER" });
    expect(added.errors).toEqual([]);
    expect(added.unnamedAttendance).toMatchObject({ description: "a senior Kremlin aide", role: "OBSERVER", affiliation: { name: "Russia" }, meeting: { title: PARIS }, createdBy: { name: "Test editor" } });
    expect((await attendees(context.russiaId)).unnamedAttendees.totalCount).toBe(1);

    expect((await add({ meeting: context.parisId, description: "A senior Kremlin aide.", affiliation: context.russiaId, role: "PARTICIPANT" })).errors).toEqual([{
      field: ["input", "description"], code: "DUPLICATE", message: "the meeting already has an unnamed attendee \"A senior Kremlin aide.\" of this affiliation",
    }]);
    expect((await add({ meeting: context.parisId, description: "  ", role: "PARTICIPANT" })).errors).toMatchObject([{ field: ["input", "description"], code: "BLANK" }]);
    expect((await add({ meeting: context.russiaId, description: "aides", role: "PARTICIPANT" })).errors).toMatchObject([{ field: ["input", "meeting"], code: "INVALID" }]);
    const gone = toGlobalId("Meeting", "00000000-0000-7000-8000-000000000000");
    expect((await add({ meeting: gone, description: "aides", role: "PARTICIPANT" })).errors).toMatchObject([{ field: ["input", "meeting"], code: "NOT_FOUND" }]);

    const participant = (await graph.write(CreateUnnamedParticipantDocument, {
      input: { incident: context.incidentId, description: "regional emergency services", affiliation: context.russiaId, role: "RESPONDER" },
    })).createUnnamedParticipant;
    expect(participant).toMatchObject({ errors: [], unnamedParticipant: { description: "regional emergency services", affiliation: { name: "Russia" } } });
    const again = (await graph.write(CreateUnnamedParticipantDocument, {
      input: { incident: context.incidentId, description: "Regional emergency services", affiliation: context.russiaId, role: "RESPONDER" },
    })).createUnnamedParticipant;
    expect(again.errors).toMatchObject([{ field: ["input", "description"], code: "DUPLICATE" }]);

    // Removing is for admin keys.
    const denied = await api.write(`mutation($id: ID!) { deleteUnnamedAttendance(id: $id) { deletedId } }`, { id: added.unnamedAttendance!.id });
    expect(denied.errors?.[0].extensions?.code).toBe("FORBIDDEN");
    const removed = await graph.write(DeleteUnnamedAttendanceDocument, { id: added.unnamedAttendance!.id }, graph.keys.admin);
    expect(removed.deleteUnnamedAttendance).toEqual({ deletedId: added.unnamedAttendance!.id, errors: [] });
    expect((await attendees()).unnamedAttendees.totalCount).toBe(0);
    const removedAgain = await graph.write(DeleteUnnamedAttendanceDocument, { id: added.unnamedAttendance!.id }, graph.keys.admin);
    expect(removedAgain.deleteUnnamedAttendance.errors).toMatchObject([{ field: ["id"], code: "NOT_FOUND" }]);
    const removedParticipant = await graph.write(DeleteUnnamedParticipantDocument, { id: participant.unnamedParticipant!.id }, graph.keys.admin);
    expect(removedParticipant.deleteUnnamedParticipant.errors).toEqual([]);
    expect((await participants()).unnamedParticipants.totalCount).toBe(0);
  });

  it("become one when their meetings are merged", async () => {
    const text = "European leaders met again in Paris.";
    const brief = await graph.ingest({
      article: { url: "https://example.org/brief/paris-again", title: "Paris again", publishedAt: "2025-09-21", text },
      meetings: [{
        key: "again", title: "Paris follow-up", status: "HELD", startsAt: "2025-09-20", startPrecision: "DAY",
        attendees: [{ description: "european leaders", role: "PARTICIPANT", citations: [{ excerpt: text }] }], citations: [{ excerpt: text }],
      }],
    });
    const added = await graph.write(CreateUnnamedAttendanceDocument, { input: { meeting: context.parisId, description: "European leaders", role: "PARTICIPANT" } });
    expect(added.createUnnamedAttendance.errors).toEqual([]);
    const merged = await graph.write(MergeMeetingsDocument, { input: { keep: context.parisId, merge: graph.resolutionOf(brief, "meetings[0]").node!.id } }, graph.keys.admin);
    expect(merged.mergeMeetings.errors).toEqual([]);
    const [leaders, ...others] = nodes((await attendees()).unnamedAttendees);
    expect(others).toEqual([]);
    expect(leaders.sources.map((source) => [source.matchedBy, source.article?.url ?? null])).toEqual([
      ["created", "https://example.org/brief/paris-again"], ["api", null],
    ]);
    expect(graph.urls(leaders.citations)).toEqual(["https://example.org/brief/paris-again"]);
  });

  it("tell meetingChanged subscribers following the meeting's attendees when one is added or removed", async () => {
    const { actorId } = await api.server.database.prisma.attendance.findFirstOrThrow({ where: { meetingId: parseIdOf("Meeting", context.parisId, "meeting") } });
    const client = wsClient(api.url);
    try {
      const changes = subscribe(client, `subscription($actor: ID) { meetingChanged(actor: $actor) { change meetingId } }`, { actor: toGlobalId("Actor", actorId) });
      const add = async (description: string) =>
        (await graph.write(CreateUnnamedAttendanceDocument, { input: { meeting: context.parisId, description, role: "OBSERVER" } })).createUnnamedAttendance;
      let probes = 0;
      await untilListening(changes, () => add(`probe ${++probes}`));
      const added = await add("Nordic envoys");
      expect(await changes.next()).toEqual({ data: { meetingChanged: { change: "UPDATED", meetingId: context.parisId } } });
      await graph.write(DeleteUnnamedAttendanceDocument, { id: added.unnamedAttendance!.id }, graph.keys.admin);
      expect(await changes.next()).toEqual({ data: { meetingChanged: { change: "UPDATED", meetingId: context.parisId } } });
    } finally {
      await client.dispose();
    }
  });

  it("become one when merging their affiliations makes them the same, citations and sources kept, and the meeting is announced", async () => {
    const text = "Nordic envoys watched the Paris talks. Port workers were hurt when drones hit the harbour of Tallinn.";
    const envoys = "Nordic envoys watched the Paris talks.";
    const ingested = await graph.ingest({
      article: { url: "https://example.org/north/2025/09/08", title: "The north watches", publishedAt: "2025-09-08", text },
      actors: [
        { key: "council", kind: "ORGANIZATION", name: "Nordic Council", slug: "nordic-council" },
        { key: "norden", kind: "ORGANIZATION", name: "Norden Association", slug: "norden-association" },
      ],
      meetings: [{
        key: "paris", id: context.parisId, title: PARIS, status: "HELD",
        attendees: [
          { description: "Nordic envoys", affiliation: "council", role: "OBSERVER", citations: [{ excerpt: envoys }] },
          { description: "Nordic Envoys", affiliation: "norden", role: "OBSERVER", citations: [{ excerpt: envoys }] },
        ],
        citations: [{ excerpt: envoys }],
      }],
      incidents: [{
        key: "tallinn", kind: "DRONE_ATTACK", title: "Drones over the harbour of Tallinn",
        participants: [{ description: "port workers", affiliation: "council", role: "AFFECTED" }, { description: "Port workers", affiliation: "norden", role: "AFFECTED" }],
        citations: [{ excerpt: "Port workers were hurt when drones hit the harbour of Tallinn." }],
      }],
    });
    const council = graph.resolutionOf(ingested, "actors[0]").node!.id;
    const norden = graph.resolutionOf(ingested, "actors[1]").node!.id;
    context.incidentId = graph.resolutionOf(ingested, "incidents[0]").node!.id;
    expect((await attendees(norden)).unnamedAttendees.totalCount).toBe(1);
    expect((await participants(norden)).unnamedParticipants.totalCount).toBe(1);

    const { actorId } = await api.server.database.prisma.attendance.findFirstOrThrow({ where: { meetingId: parseIdOf("Meeting", context.parisId, "meeting") } });
    const client = wsClient(api.url);
    try {
      const changes = subscribe(client, `subscription($actor: ID) { meetingChanged(actor: $actor) { change meetingId } }`, { actor: toGlobalId("Actor", actorId) });
      let probes = 0;
      await untilListening(changes, () => graph.write(CreateUnnamedAttendanceDocument, { input: { meeting: context.parisId, description: `listener ${++probes}`, role: "OBSERVER" } }));
      const merged = await graph.write(MergeAffiliationsDocument, { input: { keep: council, merge: norden } }, graph.keys.admin);
      expect(merged.mergeActors.errors).toEqual([]);
      expect(await changes.next()).toEqual({ data: { meetingChanged: { change: "UPDATED", meetingId: context.parisId } } });
    } finally {
      await client.dispose();
    }

    const [envoy, ...otherEnvoys] = nodes((await attendees(council)).unnamedAttendees);
    expect(otherEnvoys).toEqual([]);
    expect(envoy.citations.edges.map((edge) => edge.node.excerpt)).toEqual([envoys, envoys]);
    expect(envoy.sources.map((source) => source.values.description).sort()).toEqual(["Nordic Envoys", "Nordic envoys"]);
    const [workers, ...otherWorkers] = nodes((await participants(council)).unnamedParticipants);
    expect(otherWorkers).toEqual([]);
    expect(workers.sources.map((source) => source.values.description).sort()).toEqual(["Port workers", "port workers"]);
    context.nordicId = council;
  });

  it("lose a deleted affiliation, each becoming one with its twin of no affiliation", async () => {
    const twin = await graph.write(CreateUnnamedAttendanceDocument, { input: { meeting: context.parisId, description: "Nordic envoys", role: "OBSERVER" } });
    expect(twin.createUnnamedAttendance.errors).toEqual([]);
    const deleted = await graph.write(DeleteAffiliationDocument, { id: context.nordicId }, graph.keys.admin);
    expect(deleted.deleteActor.errors).toEqual([]);

    const envoys = nodes((await attendees()).unnamedAttendees).filter((node) => node.description.startsWith("Nordic"));
    expect(envoys).toHaveLength(1);
    expect(envoys[0]).toMatchObject({ id: twin.createUnnamedAttendance.unnamedAttendance!.id, affiliation: null });
    expect(envoys[0].citations.edges).toHaveLength(2);
    expect(envoys[0].sources.map((source) => source.matchedBy).sort()).toEqual(["api", "created", "created"]);
    expect(nodes((await participants()).unnamedParticipants)).toMatchObject([{ description: expect.stringMatching(/^port workers$/i), affiliation: null }]);
  });

  it("are kept one by the database too: a write the look-up misses, or a concurrent twin, gets the duplicate error", async () => {
    const { prisma } = api.server.database;
    const meetingId = parseIdOf("Meeting", context.parisId, "meeting");
    // A row whose stored key says "Baltic envoys" in words the code's look-up would not match.
    const legacy = { meetingId, description: "Baltic envoys (as first recorded)", descriptionKey: "baltic envoys", role: "OBSERVER" as const };
    await prisma.unnamedAttendance.create({ data: legacy });
    // Without an affiliation is one affiliation: NULLS NOT DISTINCT.
    await expect(prisma.unnamedAttendance.create({ data: { ...legacy, description: "BALTIC ENVOYS" } })).rejects.toMatchObject({ code: "P2002" });

    const create = async (description: string) =>
      (await graph.write(CreateUnnamedAttendanceDocument, { input: { meeting: context.parisId, description, role: "PARTICIPANT" } })).createUnnamedAttendance;
    expect((await create("Baltic envoys")).errors).toEqual([{
      field: ["input", "description"], code: "DUPLICATE", message: "the meeting already has an unnamed attendee \"Baltic envoys\" of this affiliation",
    }]);

    const incidentId = parseIdOf("Incident", context.incidentId, "incident");
    await prisma.unnamedParticipant.create({ data: { incidentId, description: "dock crews (as first recorded)", descriptionKey: "dock crews", role: "AFFECTED" } });
    const participant = await graph.write(CreateUnnamedParticipantDocument, { input: { incident: context.incidentId, description: "Dock crews", role: "AFFECTED" } });
    expect(participant.createUnnamedParticipant.errors).toEqual([{
      field: ["input", "description"], code: "DUPLICATE", message: "the incident already has an unnamed participant \"Dock crews\" of this affiliation and role",
    }]);

    const racing = await Promise.all([create("Arctic envoys"), create("Arctic Envoys")]);
    expect(racing.filter((result) => result.errors.length === 0)).toHaveLength(1);
    expect(racing.flatMap((result) => result.errors)).toEqual([{ field: ["input", "description"], code: "DUPLICATE", message: expect.stringMatching(/^the meeting already has an unnamed attendee "Arctic [eE]nvoys" of this affiliation$/) }]);
    expect(await prisma.unnamedAttendance.count({ where: { meetingId, descriptionKey: "arctic envoys" } })).toBe(1);
  });
});

describe("the migration that keys unnamed parties, on a database that already holds duplicates", () => {
  let testDatabase: TestDatabase;
  let database: Database;
  const run = (sql: string) => database.withSession((session) => session.exec(sql));
  const rows = <Row>(sql: string) => database.withSession((session) => session.query<Row>(sql));
  const id = (n: number) => `00000000-0000-7000-8000-${String(n).padStart(12, "0")}`;
  const migrations = fs.readdirSync(migrationsDir, { withFileTypes: true }).filter((entry) => entry.isDirectory()).map((entry) => entry.name).sort();
  const keys = migrations.findIndex((name) => name.endsWith("_unnamed_party_keys"));
  const sqlOf = (name: string) => fs.readFileSync(path.join(migrationsDir, name, "migration.sql"), "utf8");

  beforeAll(async () => {
    testDatabase = await createTestDatabase({ contents: "empty" });
    database = await openDatabase(testDatabase.settings);
  });
  afterAll(async () => {
    await database?.close();
    await testDatabase?.drop();
  });

  it("folds them into the first recorded, which takes over their citations and mentions; then the index refuses another", async () => {
    for (const name of migrations.slice(0, keys)) await run(sqlOf(name));
    await run(`
      SELECT set_config('dossier.editor_id', '${id(99)}', true);
      INSERT INTO "Article" (id, url, title, text, "updatedAt") VALUES ('${id(1)}', 'urn:wire', 'Wire', 'European leaders met.', now());
      INSERT INTO "Meeting" (id, title, status, "updatedAt") VALUES ('${id(2)}', 'Paris', 'HELD', now());
      INSERT INTO "Incident" (id, kind, title, "updatedAt") VALUES ('${id(3)}', 'DRONE_ATTACK', 'Magadan', now());
      INSERT INTO "UnnamedAttendance" (id, "meetingId", description, role, "updatedAt") VALUES
        ('${id(11)}', '${id(2)}', 'European leaders', 'PARTICIPANT', now()),
        ('${id(12)}', '${id(2)}', 'European Leaders.', 'OBSERVER', now()),
        ('${id(13)}', '${id(2)}', 'Nordic envoys', 'PARTICIPANT', now());
      INSERT INTO "UnnamedParticipant" (id, "incidentId", description, role, "updatedAt") VALUES
        ('${id(21)}', '${id(3)}', 'the governor of Magadan', 'RESPONDER', now()),
        ('${id(22)}', '${id(3)}', 'The Governor of Magadan', 'RESPONDER', now()),
        ('${id(23)}', '${id(3)}', 'the governor of Magadan', 'TARGET', now());
      INSERT INTO "Citation" (id, "articleId", excerpt, "startOffset", "endOffset", "unnamedAttendanceId") VALUES
        ('${id(31)}', '${id(1)}', 'European leaders met.', 0, 21, '${id(11)}'), ('${id(32)}', '${id(1)}', 'European leaders met.', 0, 21, '${id(12)}');
      INSERT INTO "Mention" (id, "articleId", "factType", key, values, "matchedBy", "unnamedAttendanceId", "unnamedParticipantId", "updatedAt") VALUES
        ('${id(41)}', '${id(1)}', 'UNNAMED_ATTENDANCE', 'a', '{}', 'created', '${id(12)}', NULL, now()),
        ('${id(42)}', '${id(1)}', 'UNNAMED_PARTICIPANT', 'b', '{}', 'created', NULL, '${id(22)}', now());
    `);
    const audit = `SELECT id, "updatedAt", "updatedById" FROM "UnnamedAttendance" WHERE id <> '${id(12)}' ORDER BY id`;
    const before = await rows(audit);
    await run(sqlOf(migrations[keys]));

    // Keyed without being stamped as changed by nobody.
    expect(await rows(audit)).toEqual(before);
    expect(await rows(`SELECT id, "descriptionKey" FROM "UnnamedAttendance" ORDER BY id`)).toEqual([
      { id: id(11), descriptionKey: "european leaders" }, { id: id(13), descriptionKey: "nordic envoys" },
    ]);
    expect(await rows(`SELECT id, role FROM "UnnamedParticipant" ORDER BY id`)).toEqual([{ id: id(21), role: "RESPONDER" }, { id: id(23), role: "TARGET" }]);
    expect(await rows(`SELECT "unnamedAttendanceId" AS fact FROM "Citation" ORDER BY id`)).toEqual([{ fact: id(11) }, { fact: id(11) }]);
    expect(await rows(`SELECT coalesce("unnamedAttendanceId", "unnamedParticipantId") AS fact FROM "Mention" ORDER BY id`)).toEqual([{ fact: id(11) }, { fact: id(21) }]);
    await expect(run(`INSERT INTO "UnnamedAttendance" (id, "meetingId", description, "descriptionKey", role, "updatedAt") VALUES ('${id(14)}', '${id(2)}', 'EUROPEAN LEADERS', 'european leaders', 'PARTICIPANT', now())`))
      .rejects.toThrow(/UnnamedAttendance_meetingId_descriptionKey_affiliationId_key/);
  });
});
