-- AlterTable
ALTER TABLE "Figure" ADD COLUMN     "sourceArticleId" UUID,
ADD COLUMN     "sourceKey" TEXT;

-- AlterTable
ALTER TABLE "Incident" ADD COLUMN     "sourceArticleId" UUID,
ADD COLUMN     "sourceKey" TEXT;

-- AlterTable
ALTER TABLE "Meeting" ADD COLUMN     "sourceArticleId" UUID,
ADD COLUMN     "sourceKey" TEXT;

-- AlterTable
ALTER TABLE "Quote" ADD COLUMN     "sourceArticleId" UUID,
ADD COLUMN     "sourceKey" TEXT;

-- AlterTable
ALTER TABLE "Role" ADD COLUMN     "sourceArticleId" UUID,
ADD COLUMN     "sourceKey" TEXT;

-- CreateIndex
CREATE UNIQUE INDEX "Figure_sourceArticleId_sourceKey_key" ON "Figure"("sourceArticleId", "sourceKey");

-- CreateIndex
CREATE UNIQUE INDEX "Incident_sourceArticleId_sourceKey_key" ON "Incident"("sourceArticleId", "sourceKey");

-- CreateIndex
CREATE UNIQUE INDEX "Meeting_sourceArticleId_sourceKey_key" ON "Meeting"("sourceArticleId", "sourceKey");

-- CreateIndex
CREATE UNIQUE INDEX "Quote_sourceArticleId_sourceKey_key" ON "Quote"("sourceArticleId", "sourceKey");

-- CreateIndex
CREATE UNIQUE INDEX "Role_sourceArticleId_sourceKey_key" ON "Role"("sourceArticleId", "sourceKey");

-- AddForeignKey
ALTER TABLE "Role" ADD CONSTRAINT "Role_sourceArticleId_fkey" FOREIGN KEY ("sourceArticleId") REFERENCES "Article"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Meeting" ADD CONSTRAINT "Meeting_sourceArticleId_fkey" FOREIGN KEY ("sourceArticleId") REFERENCES "Article"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Quote" ADD CONSTRAINT "Quote_sourceArticleId_fkey" FOREIGN KEY ("sourceArticleId") REFERENCES "Article"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Incident" ADD CONSTRAINT "Incident_sourceArticleId_fkey" FOREIGN KEY ("sourceArticleId") REFERENCES "Article"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Figure" ADD CONSTRAINT "Figure_sourceArticleId_fkey" FOREIGN KEY ("sourceArticleId") REFERENCES "Article"("id") ON DELETE SET NULL ON UPDATE CASCADE;
