-- DropIndex
DROP INDEX "Actor_countryId_idx";

-- DropIndex
DROP INDEX "Actor_kind_name_idx";

-- DropIndex
DROP INDEX "Incident_kind_startsAt_idx";

-- DropIndex
DROP INDEX "Incident_startsAt_id_idx";

-- DropIndex
DROP INDEX "Meeting_startsAt_id_idx";

-- DropIndex
DROP INDEX "Quote_saidAt_id_idx";

-- CreateIndex
CREATE INDEX "Actor_name_id_idx" ON "Actor"("name", "id");

-- CreateIndex
CREATE INDEX "Actor_kind_name_id_idx" ON "Actor"("kind", "name", "id");

-- CreateIndex
CREATE INDEX "Actor_countryId_name_id_idx" ON "Actor"("countryId", "name", "id");

-- Hand-written below: what Prisma's schema language cannot express (Prisma's diff leaves it alone).

-- Accent-insensitive name search and trigram indexes (both are trusted contrib extensions).
CREATE EXTENSION IF NOT EXISTS unaccent;
CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- unaccent() is only STABLE (its dictionary could change), so an index needs an IMMUTABLE wrapper
-- that names the dictionary.
CREATE FUNCTION dossier_fold(value text) RETURNS text
  LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
  RETURN lower(public.unaccent('public.unaccent'::regdictionary, value));

-- An actor's name and aliases, folded, each on a line of its own: "\nvolodymyr zelenskyy\nzelenskyy".
CREATE FUNCTION dossier_actor_names(name text, aliases text[]) RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  RETURN dossier_fold(E'\n' || name || E'\n' || array_to_string(aliases, E'\n'));

-- actors(filter: { namePrefix }) and search(query) over names and aliases.
CREATE INDEX "Actor_names_trgm_idx" ON "Actor" USING gin (dossier_actor_names("name", "aliases") gin_trgm_ops);

-- Full-text search: quotes(filter: { search }) and search(query).
CREATE INDEX "Quote_text_fts_idx" ON "Quote" USING gin (to_tsvector('english'::regconfig, "text"));
CREATE INDEX "Meeting_title_fts_idx" ON "Meeting" USING gin (to_tsvector('english'::regconfig, "title"));

-- Chronological lists sort on COALESCE(time, end of time) then id (src/common/sort.ts), alone and
-- under each equality filter, so every page is an index range scan however deep.
CREATE INDEX "Meeting_startsAt_order_idx" ON "Meeting" ((COALESCE("startsAt", TIMESTAMP '9999-12-31')), "id");
CREATE INDEX "Meeting_placeId_startsAt_order_idx" ON "Meeting" ("placeId", (COALESCE("startsAt", TIMESTAMP '9999-12-31')), "id");
CREATE INDEX "Meeting_status_startsAt_order_idx" ON "Meeting" ("status", (COALESCE("startsAt", TIMESTAMP '9999-12-31')), "id");
CREATE INDEX "Quote_saidAt_order_idx" ON "Quote" ((COALESCE("saidAt", TIMESTAMP '9999-12-31')), "id");
CREATE INDEX "Quote_speakerId_saidAt_order_idx" ON "Quote" ("speakerId", (COALESCE("saidAt", TIMESTAMP '9999-12-31')), "id");
CREATE INDEX "Quote_meetingId_saidAt_order_idx" ON "Quote" ("meetingId", (COALESCE("saidAt", TIMESTAMP '9999-12-31')), "id");
CREATE INDEX "Incident_startsAt_order_idx" ON "Incident" ((COALESCE("startsAt", TIMESTAMP '9999-12-31')), "id");
CREATE INDEX "Incident_kind_startsAt_order_idx" ON "Incident" ("kind", (COALESCE("startsAt", TIMESTAMP '9999-12-31')), "id");
CREATE INDEX "Incident_placeId_startsAt_order_idx" ON "Incident" ("placeId", (COALESCE("startsAt", TIMESTAMP '9999-12-31')), "id");
