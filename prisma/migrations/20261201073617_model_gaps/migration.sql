-- CreateEnum
CREATE TYPE "FigureBound" AS ENUM ('EXACT', 'AT_LEAST', 'AT_MOST', 'APPROXIMATE');

-- AlterEnum
ALTER TYPE "DatePrecision" ADD VALUE 'WEEK' BEFORE 'DAY';

-- AlterTable
ALTER TABLE "Article" ADD COLUMN     "authors" TEXT[];

-- AlterTable
ALTER TABLE "Figure" ADD COLUMN     "bound" "FigureBound" NOT NULL DEFAULT 'EXACT';

-- AlterTable
ALTER TABLE "Quote" ADD COLUMN     "aboutIncidentId" UUID,
ADD COLUMN     "aboutMeetingId" UUID;

-- CreateIndex
CREATE INDEX "Quote_aboutIncidentId_idx" ON "Quote"("aboutIncidentId");

-- CreateIndex
CREATE INDEX "Quote_aboutMeetingId_idx" ON "Quote"("aboutMeetingId");

-- AddForeignKey
ALTER TABLE "Quote" ADD CONSTRAINT "Quote_aboutIncidentId_fkey" FOREIGN KEY ("aboutIncidentId") REFERENCES "Incident"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Quote" ADD CONSTRAINT "Quote_aboutMeetingId_fkey" FOREIGN KEY ("aboutMeetingId") REFERENCES "Meeting"("id") ON DELETE SET NULL ON UPDATE CASCADE;
