-- CreateEnum
CREATE TYPE "DraftStatus" AS ENUM ('PENDING', 'ACCEPTED', 'REJECTED');

-- CreateTable
CREATE TABLE "ExtractionDraft" (
    "id" UUID NOT NULL,
    "url" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "status" "DraftStatus" NOT NULL DEFAULT 'PENDING',
    "document" JSONB NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "createdById" UUID,
    "decidedAt" TIMESTAMP(3),
    "decidedById" UUID,
    "decisionNote" TEXT,
    "acceptedPaths" TEXT[],
    "acceptedDocument" JSONB,
    "articleId" UUID,

    CONSTRAINT "ExtractionDraft_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ExtractionDraft_status_createdAt_id_idx" ON "ExtractionDraft"("status", "createdAt", "id");

-- CreateIndex
CREATE INDEX "ExtractionDraft_createdAt_id_idx" ON "ExtractionDraft"("createdAt", "id");
