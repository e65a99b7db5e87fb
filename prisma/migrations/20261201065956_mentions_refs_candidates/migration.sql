-- CreateEnum
CREATE TYPE "FactType" AS ENUM ('ROLE', 'MEETING', 'ATTENDANCE', 'QUOTE', 'INCIDENT', 'PARTICIPANT', 'FIGURE', 'ACTOR', 'PLACE');

-- CreateTable
CREATE TABLE "Mention" (
    "id" UUID NOT NULL,
    "articleId" UUID,
    "factType" "FactType" NOT NULL,
    "key" TEXT NOT NULL,
    "values" JSONB NOT NULL,
    "matchedBy" TEXT NOT NULL,
    "roleId" UUID,
    "meetingId" UUID,
    "attendanceId" UUID,
    "quoteId" UUID,
    "incidentId" UUID,
    "participantId" UUID,
    "figureId" UUID,
    "actorId" UUID,
    "placeId" UUID,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Mention_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "FactRef" (
    "ref" TEXT NOT NULL,
    "factType" "FactType" NOT NULL,
    "factId" UUID NOT NULL,

    CONSTRAINT "FactRef_pkey" PRIMARY KEY ("ref")
);

-- CreateTable
CREATE TABLE "MergeCandidate" (
    "id" UUID NOT NULL,
    "factType" "FactType" NOT NULL,
    "knownId" UUID NOT NULL,
    "otherId" UUID,
    "pair" TEXT NOT NULL,
    "score" DOUBLE PRECISION NOT NULL,
    "evidence" JSONB NOT NULL,
    "articleId" UUID,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "MergeCandidate_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Mention_roleId_idx" ON "Mention"("roleId");

-- CreateIndex
CREATE INDEX "Mention_meetingId_idx" ON "Mention"("meetingId");

-- CreateIndex
CREATE INDEX "Mention_attendanceId_idx" ON "Mention"("attendanceId");

-- CreateIndex
CREATE INDEX "Mention_quoteId_idx" ON "Mention"("quoteId");

-- CreateIndex
CREATE INDEX "Mention_incidentId_idx" ON "Mention"("incidentId");

-- CreateIndex
CREATE INDEX "Mention_participantId_idx" ON "Mention"("participantId");

-- CreateIndex
CREATE INDEX "Mention_figureId_idx" ON "Mention"("figureId");

-- CreateIndex
CREATE INDEX "Mention_actorId_idx" ON "Mention"("actorId");

-- CreateIndex
CREATE INDEX "Mention_placeId_idx" ON "Mention"("placeId");

-- CreateIndex
CREATE UNIQUE INDEX "Mention_articleId_factType_key_key" ON "Mention"("articleId", "factType", "key");

-- CreateIndex
CREATE INDEX "FactRef_factId_idx" ON "FactRef"("factId");

-- CreateIndex
CREATE INDEX "MergeCandidate_knownId_idx" ON "MergeCandidate"("knownId");

-- CreateIndex
CREATE UNIQUE INDEX "MergeCandidate_factType_pair_key" ON "MergeCandidate"("factType", "pair");

-- AddForeignKey
ALTER TABLE "Mention" ADD CONSTRAINT "Mention_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Mention" ADD CONSTRAINT "Mention_roleId_fkey" FOREIGN KEY ("roleId") REFERENCES "Role"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Mention" ADD CONSTRAINT "Mention_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "Meeting"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Mention" ADD CONSTRAINT "Mention_attendanceId_fkey" FOREIGN KEY ("attendanceId") REFERENCES "Attendance"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Mention" ADD CONSTRAINT "Mention_quoteId_fkey" FOREIGN KEY ("quoteId") REFERENCES "Quote"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Mention" ADD CONSTRAINT "Mention_incidentId_fkey" FOREIGN KEY ("incidentId") REFERENCES "Incident"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Mention" ADD CONSTRAINT "Mention_participantId_fkey" FOREIGN KEY ("participantId") REFERENCES "IncidentParticipant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Mention" ADD CONSTRAINT "Mention_figureId_fkey" FOREIGN KEY ("figureId") REFERENCES "Figure"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Mention" ADD CONSTRAINT "Mention_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "Actor"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Mention" ADD CONSTRAINT "Mention_placeId_fkey" FOREIGN KEY ("placeId") REFERENCES "Place"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MergeCandidate" ADD CONSTRAINT "MergeCandidate_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Hand-written: the ownership columns become mentions before they are dropped. A fact an article
-- document recorded is mentioned by that article under its key; a fact recorded otherwise (the API)
-- by an API mention. Values are left empty: an empty mention reports the fact as stored.
INSERT INTO "Mention" ("id", "articleId", "factType", "key", "values", "matchedBy", "roleId", "updatedAt")
  SELECT gen_random_uuid(), "sourceArticleId", 'ROLE', COALESCE("sourceKey", 'api'), '{}', 'created', "id", now() FROM "Role";
INSERT INTO "Mention" ("id", "articleId", "factType", "key", "values", "matchedBy", "meetingId", "updatedAt")
  SELECT gen_random_uuid(), "sourceArticleId", 'MEETING', COALESCE("sourceKey", 'api'), '{}', 'created', "id", now() FROM "Meeting";
INSERT INTO "Mention" ("id", "articleId", "factType", "key", "values", "matchedBy", "quoteId", "updatedAt")
  SELECT gen_random_uuid(), "sourceArticleId", 'QUOTE', COALESCE("sourceKey", 'api'), '{}', 'created', "id", now() FROM "Quote";
INSERT INTO "Mention" ("id", "articleId", "factType", "key", "values", "matchedBy", "incidentId", "updatedAt")
  SELECT gen_random_uuid(), "sourceArticleId", 'INCIDENT', COALESCE("sourceKey", 'api'), '{}', 'created', "id", now() FROM "Incident";
INSERT INTO "Mention" ("id", "articleId", "factType", "key", "values", "matchedBy", "figureId", "updatedAt")
  SELECT gen_random_uuid(), "sourceArticleId", 'FIGURE', COALESCE("sourceKey", 'api'), '{}', 'created', "id", now() FROM "Figure";
INSERT INTO "Mention" ("id", "articleId", "factType", "key", "values", "matchedBy", "attendanceId", "updatedAt")
  SELECT gen_random_uuid(), m."sourceArticleId", 'ATTENDANCE',
         CASE WHEN m."sourceKey" IS NULL THEN 'api' ELSE m."sourceKey" || '/' || a."slug" END, '{}', 'created', t."id", now()
  FROM "Attendance" t JOIN "Meeting" m ON m."id" = t."meetingId" JOIN "Actor" a ON a."id" = t."actorId";
INSERT INTO "Mention" ("id", "articleId", "factType", "key", "values", "matchedBy", "participantId", "updatedAt")
  SELECT gen_random_uuid(), i."sourceArticleId", 'PARTICIPANT',
         CASE WHEN i."sourceKey" IS NULL THEN 'api' ELSE i."sourceKey" || '/' || a."slug" || '/' || p."role" END, '{}', 'created', p."id", now()
  FROM "IncidentParticipant" p JOIN "Incident" i ON i."id" = p."incidentId" JOIN "Actor" a ON a."id" = p."actorId";

-- DropForeignKey
ALTER TABLE "Figure" DROP CONSTRAINT "Figure_sourceArticleId_fkey";

-- DropForeignKey
ALTER TABLE "Incident" DROP CONSTRAINT "Incident_sourceArticleId_fkey";

-- DropForeignKey
ALTER TABLE "Meeting" DROP CONSTRAINT "Meeting_sourceArticleId_fkey";

-- DropForeignKey
ALTER TABLE "Quote" DROP CONSTRAINT "Quote_sourceArticleId_fkey";

-- DropForeignKey
ALTER TABLE "Role" DROP CONSTRAINT "Role_sourceArticleId_fkey";

-- DropIndex
DROP INDEX "Figure_sourceArticleId_sourceKey_key";

-- DropIndex
DROP INDEX "Incident_sourceArticleId_sourceKey_key";

-- DropIndex
DROP INDEX "Meeting_sourceArticleId_sourceKey_key";

-- DropIndex
DROP INDEX "Quote_sourceArticleId_sourceKey_key";

-- DropIndex
DROP INDEX "Role_sourceArticleId_sourceKey_key";

-- AlterTable
ALTER TABLE "Figure" DROP COLUMN "sourceArticleId",
DROP COLUMN "sourceKey";

-- AlterTable
ALTER TABLE "Incident" DROP COLUMN "sourceArticleId",
DROP COLUMN "sourceKey";

-- AlterTable
ALTER TABLE "Meeting" DROP COLUMN "sourceArticleId",
DROP COLUMN "sourceKey";

-- AlterTable
ALTER TABLE "Quote" DROP COLUMN "sourceArticleId",
DROP COLUMN "sourceKey";

-- AlterTable
ALTER TABLE "Role" DROP COLUMN "sourceArticleId",
DROP COLUMN "sourceKey";


-- AddCheckConstraint (hand-written: Prisma's schema language cannot express CHECK constraints)
ALTER TABLE "Mention" ADD CONSTRAINT "Mention_exactly_one_fact" CHECK (num_nonnulls("roleId", "meetingId", "attendanceId", "quoteId", "incidentId", "participantId", "figureId", "actorId", "placeId") = 1);
