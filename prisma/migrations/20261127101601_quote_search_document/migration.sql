-- AlterTable
-- Prisma writes `ADD COLUMN "searchDocument" tsvector`; its schema language cannot say that PostgreSQL
-- keeps the column itself (a stored generated column: written on every insert and update of the text,
-- never by the application), so this one line is hand-written. The schema declares the column with an
-- empty `dbgenerated()` default, which makes Prisma's diff leave the expression alone.
ALTER TABLE "Quote" ADD COLUMN     "searchDocument" tsvector GENERATED ALWAYS AS (to_tsvector('english'::regconfig, "text")) STORED;

-- CreateIndex
CREATE INDEX "Quote_searchDocument_idx" ON "Quote" USING GIN ("searchDocument");

-- Hand-written below: what Prisma's schema language cannot express (Prisma's diff leaves it alone).

-- Full-text search now reads the stored document (its GIN index above): the expression index on the
-- text has no reader left and would only cost every write.
DROP INDEX "Quote_text_fts_idx";
