import type { TestServer } from "./server.js";

/**
 * Adds a deterministic bulk graph beside the seed article, straight through SQL: 20 people with a
 * role each; 60 meetings, one a day from 2024-01-02, meeting i attended by people i, i+1 and i+2
 * (mod 20), each of whom says one quote an hour after it starts; 30 drone attacks, attack j on
 * 2024-01-01 + 2j days at noon, targeting person j (mod 20), with 10j drones launched and 5j
 * intercepted, both claimed by person 1.
 */
export async function addBulkGraph(api: TestServer): Promise<void> {
  await api.server.database.withSession((session) => session.exec(`
    INSERT INTO "Actor" (id, kind, name, slug, aliases, "updatedAt")
      SELECT gen_random_uuid(), 'PERSON', 'Bulk Person ' || lpad(i::text, 2, '0'), 'bulk-person-' || i, '{}', now()
      FROM generate_series(1, 20) AS i;
    INSERT INTO "Role" (id, "holderId", title, "updatedAt")
      SELECT gen_random_uuid(), id, 'Minister', now() FROM "Actor" WHERE slug LIKE 'bulk-person-%';
    INSERT INTO "Meeting" (id, title, status, "startsAt", "updatedAt")
      SELECT gen_random_uuid(), 'Bulk meeting ' || i, 'HELD', TIMESTAMP '2024-01-01' + i * INTERVAL '1 day', now()
      FROM generate_series(1, 60) AS i;
    INSERT INTO "Attendance" (id, "meetingId", "actorId", role, "updatedAt")
      SELECT gen_random_uuid(), m.id, a.id, 'PARTICIPANT', now()
      FROM "Meeting" m CROSS JOIN generate_series(0, 2) AS k
      JOIN "Actor" a ON a.slug = 'bulk-person-' || ((substring(m.title FROM 14)::int + k - 1) % 20 + 1)
      WHERE m.title LIKE 'Bulk meeting %';
    INSERT INTO "Quote" (id, kind, text, "speakerId", "meetingId", "saidAt", "updatedAt")
      SELECT gen_random_uuid(), 'DIRECT', a.name || ' speaks at ' || m.title, a.id, m.id, m."startsAt" + INTERVAL '1 hour', now()
      FROM "Attendance" att JOIN "Meeting" m ON m.id = att."meetingId" JOIN "Actor" a ON a.id = att."actorId"
      WHERE m.title LIKE 'Bulk meeting %';
    INSERT INTO "Incident" (id, kind, title, "startsAt", "updatedAt")
      SELECT gen_random_uuid(), 'DRONE_ATTACK', 'Bulk attack ' || j, TIMESTAMP '2024-01-01 12:00' + 2 * j * INTERVAL '1 day', now()
      FROM generate_series(1, 30) AS j;
    INSERT INTO "IncidentParticipant" (id, "incidentId", "actorId", role, "updatedAt")
      SELECT gen_random_uuid(), i.id, a.id, 'TARGET', now()
      FROM "Incident" i JOIN "Actor" a ON a.slug = 'bulk-person-' || ((substring(i.title FROM 13)::int - 1) % 20 + 1)
      WHERE i.title LIKE 'Bulk attack %';
    INSERT INTO "Figure" (id, "incidentId", metric, value, unit, "claimantId", "updatedAt")
      SELECT gen_random_uuid(), i.id, f.metric, f.per * substring(i.title FROM 13)::int, 'drones',
        (SELECT id FROM "Actor" WHERE slug = 'bulk-person-1'), now()
      FROM "Incident" i CROSS JOIN (VALUES ('drones_launched', 10), ('drones_intercepted', 5)) AS f(metric, per)
      WHERE i.title LIKE 'Bulk attack %';
  `));
}
