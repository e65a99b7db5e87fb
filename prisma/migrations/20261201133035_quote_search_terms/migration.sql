-- CreateTable
CREATE TABLE "QuoteSearchTerm" (
    "quoteId" UUID NOT NULL,
    "lexeme" TEXT NOT NULL,
    "rank" DOUBLE PRECISION NOT NULL,

    CONSTRAINT "QuoteSearchTerm_pkey" PRIMARY KEY ("quoteId","lexeme")
);

-- Hand-written: what Prisma's schema language cannot express (Prisma's diff leaves it alone). The terms
-- are derived data, like the stored search document they come from: PostgreSQL keeps them (the triggers
-- at the end), the application never writes them. They are filled for the existing quotes before the
-- rank index is built, which is faster than growing the index row by row.

-- A lexeme as a one-word tsquery, written as tsquery input (quoted, with ' and \ escaped) so that no
-- character of it is read as an operator; the input is taken as it is, not normalised again.
CREATE FUNCTION dossier_lexeme_query(lexeme text) RETURNS tsquery
  LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
  RETURN ('''' || replace(replace(lexeme, '\', '\\'), '''', '''''') || '''')::tsquery;

-- The one lexeme of a one-word query (no weight, no prefix: its text is one quoted lexeme), null for any
-- other query: words combined by operators, or no word at all.
CREATE FUNCTION dossier_single_lexeme(query tsquery) RETURNS text
  LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
  RETURN CASE WHEN numnode(query) = 1 AND right(query::text, 1) = '''' THEN (tsvector_to_array(query::text::tsvector))[1] END;

-- A quote's terms: every lexeme of its document, with the document's rank for that lexeme alone
-- (ts_rank with its default weights, as `quotes(filter: { search })` ranks).
CREATE FUNCTION dossier_quote_terms(quote_id uuid, document tsvector)
  RETURNS TABLE ("quoteId" uuid, "lexeme" text, "rank" double precision)
  LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
  BEGIN ATOMIC
    SELECT quote_id, lexeme, ts_rank(document, dossier_lexeme_query(lexeme)) FROM unnest(tsvector_to_array(document)) AS lexeme;
  END;

INSERT INTO "QuoteSearchTerm" ("quoteId", "lexeme", "rank")
SELECT term.* FROM "Quote" q CROSS JOIN LATERAL dossier_quote_terms(q.id, q."searchDocument") AS term;

-- CreateIndex
CREATE INDEX "QuoteSearchTerm_lexeme_rank_quoteId_idx" ON "QuoteSearchTerm"("lexeme", "rank", "quoteId");

-- AddForeignKey
ALTER TABLE "QuoteSearchTerm" ADD CONSTRAINT "QuoteSearchTerm_quoteId_fkey" FOREIGN KEY ("quoteId") REFERENCES "Quote"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Hand-written: the triggers that keep the terms in step with the quotes' text, once per statement (a
-- bulk insert of quotes inserts all their terms in one statement). A deleted quote loses its terms by the
-- foreign key's cascade.
CREATE FUNCTION dossier_index_quote_terms() RETURNS trigger
  LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'UPDATE' THEN
    DELETE FROM "QuoteSearchTerm" term USING old_quotes o JOIN new_quotes n ON n.id = o.id
      WHERE term."quoteId" = n.id AND n."text" IS DISTINCT FROM o."text";
    INSERT INTO "QuoteSearchTerm" ("quoteId", "lexeme", "rank")
      SELECT term.* FROM old_quotes o JOIN new_quotes n ON n.id = o.id
      CROSS JOIN LATERAL dossier_quote_terms(n.id, n."searchDocument") AS term
      WHERE n."text" IS DISTINCT FROM o."text";
  ELSE
    INSERT INTO "QuoteSearchTerm" ("quoteId", "lexeme", "rank")
      SELECT term.* FROM new_quotes n CROSS JOIN LATERAL dossier_quote_terms(n.id, n."searchDocument") AS term;
  END IF;
  RETURN NULL;
END
$$;

CREATE TRIGGER "Quote_searchTerms_insert" AFTER INSERT ON "Quote"
  REFERENCING NEW TABLE AS new_quotes FOR EACH STATEMENT EXECUTE FUNCTION dossier_index_quote_terms();
CREATE TRIGGER "Quote_searchTerms_update" AFTER UPDATE ON "Quote"
  REFERENCING OLD TABLE AS old_quotes NEW TABLE AS new_quotes FOR EACH STATEMENT EXECUTE FUNCTION dossier_index_quote_terms();
