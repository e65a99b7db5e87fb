-- CreateEnum
CREATE TYPE "ApiKeyRole" AS ENUM ('EDITOR', 'ADMIN');

-- AlterTable
ALTER TABLE "Actor" ADD COLUMN     "createdById" UUID,
ADD COLUMN     "updatedById" UUID;

-- AlterTable
ALTER TABLE "Article" ADD COLUMN     "createdById" UUID,
ADD COLUMN     "updatedById" UUID;

-- AlterTable
ALTER TABLE "Attendance" ADD COLUMN     "createdById" UUID,
ADD COLUMN     "updatedById" UUID;

-- AlterTable
ALTER TABLE "Citation" ADD COLUMN     "createdById" UUID,
ADD COLUMN     "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
ADD COLUMN     "updatedById" UUID;

-- AlterTable
ALTER TABLE "Figure" ADD COLUMN     "createdById" UUID,
ADD COLUMN     "updatedById" UUID;

-- AlterTable
ALTER TABLE "Incident" ADD COLUMN     "createdById" UUID,
ADD COLUMN     "updatedById" UUID;

-- AlterTable
ALTER TABLE "IncidentParticipant" ADD COLUMN     "createdById" UUID,
ADD COLUMN     "updatedById" UUID;

-- AlterTable
ALTER TABLE "Meeting" ADD COLUMN     "createdById" UUID,
ADD COLUMN     "updatedById" UUID;

-- AlterTable
ALTER TABLE "Place" ADD COLUMN     "createdById" UUID,
ADD COLUMN     "updatedById" UUID;

-- AlterTable
ALTER TABLE "Quote" ADD COLUMN     "createdById" UUID,
ADD COLUMN     "updatedById" UUID;

-- AlterTable
ALTER TABLE "Role" ADD COLUMN     "createdById" UUID,
ADD COLUMN     "updatedById" UUID;

-- CreateTable
CREATE TABLE "ApiKey" (
    "id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "role" "ApiKeyRole" NOT NULL,
    "prefix" TEXT NOT NULL,
    "hash" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "revokedAt" TIMESTAMP(3),
    "lastUsedAt" TIMESTAMP(3),

    CONSTRAINT "ApiKey_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "ApiKey_prefix_key" ON "ApiKey"("prefix");

-- CreateIndex
CREATE UNIQUE INDEX "ApiKey_hash_key" ON "ApiKey"("hash");

-- Audit trigger (hand-written: Prisma's schema language cannot express triggers).
-- Every write path (the GraphQL API, ingestion, raw SQL in a merge) records who made it: the API
-- sets the transaction-local setting dossier.editor_id to the key's id; writes outside the API
-- leave it unset and record NULL. updatedAt is set here too, so raw-SQL updates keep it true.
CREATE FUNCTION "dossier_record_editor"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  editor uuid := nullif(current_setting('dossier.editor_id', true), '')::uuid;
BEGIN
  IF TG_OP = 'INSERT' THEN
    NEW."createdById" := editor;
  ELSE
    NEW."createdById" := OLD."createdById";
    NEW."updatedAt" := now();
  END IF;
  NEW."updatedById" := editor;
  RETURN NEW;
END
$$;

CREATE TRIGGER "Actor_record_editor" BEFORE INSERT OR UPDATE ON "Actor" FOR EACH ROW EXECUTE FUNCTION "dossier_record_editor"();
CREATE TRIGGER "Role_record_editor" BEFORE INSERT OR UPDATE ON "Role" FOR EACH ROW EXECUTE FUNCTION "dossier_record_editor"();
CREATE TRIGGER "Place_record_editor" BEFORE INSERT OR UPDATE ON "Place" FOR EACH ROW EXECUTE FUNCTION "dossier_record_editor"();
CREATE TRIGGER "Meeting_record_editor" BEFORE INSERT OR UPDATE ON "Meeting" FOR EACH ROW EXECUTE FUNCTION "dossier_record_editor"();
CREATE TRIGGER "Attendance_record_editor" BEFORE INSERT OR UPDATE ON "Attendance" FOR EACH ROW EXECUTE FUNCTION "dossier_record_editor"();
CREATE TRIGGER "Quote_record_editor" BEFORE INSERT OR UPDATE ON "Quote" FOR EACH ROW EXECUTE FUNCTION "dossier_record_editor"();
CREATE TRIGGER "Incident_record_editor" BEFORE INSERT OR UPDATE ON "Incident" FOR EACH ROW EXECUTE FUNCTION "dossier_record_editor"();
CREATE TRIGGER "IncidentParticipant_record_editor" BEFORE INSERT OR UPDATE ON "IncidentParticipant" FOR EACH ROW EXECUTE FUNCTION "dossier_record_editor"();
CREATE TRIGGER "Figure_record_editor" BEFORE INSERT OR UPDATE ON "Figure" FOR EACH ROW EXECUTE FUNCTION "dossier_record_editor"();
CREATE TRIGGER "Article_record_editor" BEFORE INSERT OR UPDATE ON "Article" FOR EACH ROW EXECUTE FUNCTION "dossier_record_editor"();
CREATE TRIGGER "Citation_record_editor" BEFORE INSERT OR UPDATE ON "Citation" FOR EACH ROW EXECUTE FUNCTION "dossier_record_editor"();
