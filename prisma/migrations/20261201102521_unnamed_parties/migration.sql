-- AlterEnum
-- This migration adds more than one value to an enum.
-- With PostgreSQL versions 11 and earlier, this is not possible
-- in a single migration. This can be worked around by creating
-- multiple migrations, each migration adding only one value to
-- the enum.


ALTER TYPE "FactType" ADD VALUE 'UNNAMED_ATTENDANCE';
ALTER TYPE "FactType" ADD VALUE 'UNNAMED_PARTICIPANT';

-- AlterTable
ALTER TABLE "Citation" ADD COLUMN     "unnamedAttendanceId" UUID;

-- AlterTable
ALTER TABLE "Mention" ADD COLUMN     "unnamedAttendanceId" UUID,
ADD COLUMN     "unnamedParticipantId" UUID;

-- CreateTable
CREATE TABLE "UnnamedAttendance" (
    "id" UUID NOT NULL,
    "meetingId" UUID NOT NULL,
    "description" TEXT NOT NULL,
    "affiliationId" UUID,
    "role" "AttendanceRole" NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "createdById" UUID,
    "updatedById" UUID,

    CONSTRAINT "UnnamedAttendance_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "UnnamedParticipant" (
    "id" UUID NOT NULL,
    "incidentId" UUID NOT NULL,
    "description" TEXT NOT NULL,
    "affiliationId" UUID,
    "role" "IncidentRole" NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "createdById" UUID,
    "updatedById" UUID,

    CONSTRAINT "UnnamedParticipant_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "UnnamedAttendance_meetingId_idx" ON "UnnamedAttendance"("meetingId");

-- CreateIndex
CREATE INDEX "UnnamedAttendance_affiliationId_idx" ON "UnnamedAttendance"("affiliationId");

-- CreateIndex
CREATE INDEX "UnnamedParticipant_incidentId_idx" ON "UnnamedParticipant"("incidentId");

-- CreateIndex
CREATE INDEX "UnnamedParticipant_affiliationId_idx" ON "UnnamedParticipant"("affiliationId");

-- CreateIndex
CREATE INDEX "Citation_unnamedAttendanceId_idx" ON "Citation"("unnamedAttendanceId");

-- CreateIndex
CREATE INDEX "Mention_unnamedAttendanceId_idx" ON "Mention"("unnamedAttendanceId");

-- CreateIndex
CREATE INDEX "Mention_unnamedParticipantId_idx" ON "Mention"("unnamedParticipantId");

-- AddForeignKey
ALTER TABLE "UnnamedAttendance" ADD CONSTRAINT "UnnamedAttendance_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "Meeting"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "UnnamedAttendance" ADD CONSTRAINT "UnnamedAttendance_affiliationId_fkey" FOREIGN KEY ("affiliationId") REFERENCES "Actor"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "UnnamedParticipant" ADD CONSTRAINT "UnnamedParticipant_incidentId_fkey" FOREIGN KEY ("incidentId") REFERENCES "Incident"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "UnnamedParticipant" ADD CONSTRAINT "UnnamedParticipant_affiliationId_fkey" FOREIGN KEY ("affiliationId") REFERENCES "Actor"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Citation" ADD CONSTRAINT "Citation_unnamedAttendanceId_fkey" FOREIGN KEY ("unnamedAttendanceId") REFERENCES "UnnamedAttendance"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Mention" ADD CONSTRAINT "Mention_unnamedAttendanceId_fkey" FOREIGN KEY ("unnamedAttendanceId") REFERENCES "UnnamedAttendance"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Mention" ADD CONSTRAINT "Mention_unnamedParticipantId_fkey" FOREIGN KEY ("unnamedParticipantId") REFERENCES "UnnamedParticipant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AlterCheckConstraint (hand-written: Prisma's schema language cannot express CHECK constraints)
ALTER TABLE "Citation" DROP CONSTRAINT "Citation_exactly_one_fact";
ALTER TABLE "Citation" ADD CONSTRAINT "Citation_exactly_one_fact" CHECK (num_nonnulls("roleId", "meetingId", "attendanceId", "unnamedAttendanceId", "quoteId", "incidentId", "figureId") = 1);
ALTER TABLE "Mention" DROP CONSTRAINT "Mention_exactly_one_fact";
ALTER TABLE "Mention" ADD CONSTRAINT "Mention_exactly_one_fact" CHECK (num_nonnulls("roleId", "meetingId", "attendanceId", "unnamedAttendanceId", "quoteId", "incidentId", "participantId", "unnamedParticipantId", "figureId", "actorId", "placeId") = 1);

-- CreateTrigger (hand-written): the audit columns, as on every other fact table.
CREATE TRIGGER "UnnamedAttendance_record_editor" BEFORE INSERT OR UPDATE ON "UnnamedAttendance" FOR EACH ROW EXECUTE FUNCTION "dossier_record_editor"();
CREATE TRIGGER "UnnamedParticipant_record_editor" BEFORE INSERT OR UPDATE ON "UnnamedParticipant" FOR EACH ROW EXECUTE FUNCTION "dossier_record_editor"();
