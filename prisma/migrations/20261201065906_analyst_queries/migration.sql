-- DropIndex
DROP INDEX "Place_countryId_idx";

-- AlterTable
-- Hand-written, as for the quotes' search document (quote_search_document): PostgreSQL keeps the column
-- itself, title first (weight A), then description (weight B), so a word of the title ranks higher.
ALTER TABLE "Incident" ADD COLUMN     "searchDocument" tsvector GENERATED ALWAYS AS (setweight(to_tsvector('english'::regconfig, "title"), 'A') || setweight(to_tsvector('english'::regconfig, coalesce("description", '')), 'B')) STORED;

-- AlterTable
-- Hand-written, the same for meetings.
ALTER TABLE "Meeting" ADD COLUMN     "searchDocument" tsvector GENERATED ALWAYS AS (setweight(to_tsvector('english'::regconfig, "title"), 'A') || setweight(to_tsvector('english'::regconfig, coalesce("description", '')), 'B')) STORED;

-- CreateIndex
CREATE INDEX "Incident_searchDocument_idx" ON "Incident" USING GIN ("searchDocument");

-- CreateIndex
CREATE INDEX "Meeting_searchDocument_idx" ON "Meeting" USING GIN ("searchDocument");

-- CreateIndex
CREATE INDEX "Place_countryId_name_id_idx" ON "Place"("countryId", "name", "id");

-- Hand-written below: what Prisma's schema language cannot express (Prisma's diff leaves it alone).

-- places(filter: { namePrefix }), meetings and incidents (filter: { placeName }): a place's name folded
-- as actors' names are (dossier_actor_names), on a line of its own, trigram-indexed.
CREATE FUNCTION dossier_place_name(name text) RETURNS text
  LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
  RETURN dossier_fold(E'\n' || name);
CREATE INDEX "Place_name_trgm_idx" ON "Place" USING gin (dossier_place_name("name") gin_trgm_ops);

-- quotes, meetings and incidents (filter: { attribution }): the words of a citation's attribution.
CREATE INDEX "Citation_attribution_fts_idx" ON "Citation" USING gin (to_tsvector('english'::regconfig, "attribution"));

-- quotes(filter: { unnamedSpeaker: true }): the few quotes of unnamed speakers, in time order.
CREATE INDEX "Quote_unnamed_saidAt_order_idx" ON "Quote" ((COALESCE("saidAt", TIMESTAMP '9999-12-31')), "id")
  WHERE "speakerId" IS NULL AND "speakerDescription" IS NOT NULL;
-- quotes(filter: { speakerAffiliation }), in time order.
CREATE INDEX "Quote_speakerAffiliationId_saidAt_order_idx" ON "Quote" ("speakerAffiliationId", (COALESCE("saidAt", TIMESTAMP '9999-12-31')), "id");
-- quotes(filter: { speakerDescription }): the words of how an article describes an unnamed speaker.
CREATE INDEX "Quote_speakerDescription_fts_idx" ON "Quote" USING gin (to_tsvector('english'::regconfig, "speakerDescription"));
