-- Hand-written around Prisma's diff: each unnamed attendee (participant) gets the normalised key of
-- its description, rows that are one by it are folded, and then the database refuses a second one.

-- The key is written by the create command from src/graph/normalize.ts, which SQL cannot repeat for
-- every script (it has no Unicode letter classes): existing rows get NFKD without combining accents,
-- ASCII lower-cased, runs of ASCII, Latin-1 and general punctuation made one space, trimmed. That is
-- the code's key for Latin-script descriptions and a finer one (never a coarser one) for the rest.
CREATE FUNCTION "dossier_unnamed_key"(description text) RETURNS text LANGUAGE sql IMMUTABLE AS $$
  SELECT btrim(regexp_replace(
    translate(regexp_replace(normalize(description, NFKD), '[\u0300-\u036f]+', '', 'g'), 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', 'abcdefghijklmnopqrstuvwxyz'),
    '[\x01-\x2f\x3a-\x40\x5b-\x60\x7b-\x7f\u00a0-\u00bf\u00d7\u00f7\u2000-\u206f]+', ' ', 'g'), ' ')
$$;

-- AlterTable (filled before NOT NULL; the audit trigger would stamp every row as changed)
ALTER TABLE "UnnamedAttendance" ADD COLUMN "descriptionKey" TEXT;
ALTER TABLE "UnnamedParticipant" ADD COLUMN "descriptionKey" TEXT;
ALTER TABLE "UnnamedAttendance" DISABLE TRIGGER "UnnamedAttendance_record_editor";
ALTER TABLE "UnnamedParticipant" DISABLE TRIGGER "UnnamedParticipant_record_editor";
UPDATE "UnnamedAttendance" SET "descriptionKey" = "dossier_unnamed_key"(description);
UPDATE "UnnamedParticipant" SET "descriptionKey" = "dossier_unnamed_key"(description);
ALTER TABLE "UnnamedAttendance" ENABLE TRIGGER "UnnamedAttendance_record_editor";
ALTER TABLE "UnnamedParticipant" ENABLE TRIGGER "UnnamedParticipant_record_editor";
ALTER TABLE "UnnamedAttendance" ALTER COLUMN "descriptionKey" SET NOT NULL;
ALTER TABLE "UnnamedParticipant" ALTER COLUMN "descriptionKey" SET NOT NULL;
DROP FUNCTION "dossier_unnamed_key"(text);

-- Fold rows that are one (as a merge does): the first recorded keeps the others' citations and mentions.
CREATE TEMPORARY TABLE "unnamed_twins" ON COMMIT DROP AS
  SELECT id, first_value(id) OVER (PARTITION BY "meetingId", "descriptionKey", "affiliationId" ORDER BY id) AS kept FROM "UnnamedAttendance"
  UNION ALL
  SELECT id, first_value(id) OVER (PARTITION BY "incidentId", "descriptionKey", "affiliationId", role ORDER BY id) AS kept FROM "UnnamedParticipant";
DELETE FROM "unnamed_twins" WHERE id = kept;
UPDATE "Citation" c SET "unnamedAttendanceId" = t.kept FROM "unnamed_twins" t WHERE c."unnamedAttendanceId" = t.id;
UPDATE "Mention" m SET "unnamedAttendanceId" = t.kept FROM "unnamed_twins" t WHERE m."unnamedAttendanceId" = t.id;
UPDATE "Mention" m SET "unnamedParticipantId" = t.kept FROM "unnamed_twins" t WHERE m."unnamedParticipantId" = t.id;
DELETE FROM "UnnamedAttendance" WHERE id IN (SELECT id FROM "unnamed_twins");
DELETE FROM "UnnamedParticipant" WHERE id IN (SELECT id FROM "unnamed_twins");
DROP TABLE "unnamed_twins";

-- DropIndex (the unique indexes below lead with the same column)
DROP INDEX "UnnamedAttendance_meetingId_idx";
DROP INDEX "UnnamedParticipant_incidentId_idx";

-- CreateIndex (NULLS NOT DISTINCT hand-written: without an affiliation is an affiliation too)
CREATE UNIQUE INDEX "UnnamedAttendance_meetingId_descriptionKey_affiliationId_key" ON "UnnamedAttendance"("meetingId", "descriptionKey", "affiliationId") NULLS NOT DISTINCT;
CREATE UNIQUE INDEX "UnnamedParticipant_incidentId_descriptionKey_affiliationId__key" ON "UnnamedParticipant"("incidentId", "descriptionKey", "affiliationId", "role") NULLS NOT DISTINCT;
