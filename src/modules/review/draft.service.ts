import type { Prisma, ExtractionDraft as DraftRow } from "../../generated/prisma/client.js";
import type { Transaction } from "../../common/mutation.js";
import { UserInputError } from "../../common/user-errors.js";
import { toGlobalId } from "../../common/node-id.js";
import { quoted } from "../../common/errors.js";
import type { ArticleDocument, CandidateDoc } from "../../ingest/document.js";
import { validateDocument } from "../../ingest/validate.js";
import { extractArticle } from "../../extract/extract.js";
import { ExtractError, type ArticleInput } from "../../extract/input.js";
import { ingestArticle } from "../article/ingest.service.js";
import type { UnitOfWork } from "../../write/unit.js";
import { loadKnownActors } from "./known-actors.service.js";
import { namesEntry, selectEntries, selectedCandidates } from "./draft-selection.js";
import type { ExtractionDraft } from "./draft.type.js";

export interface AcceptChoice {
  /** The draft document after the editor's edits; the stored draft when absent. */
  document?: Record<string, unknown>;
  /** The candidate paths to accept; every candidate when absent. */
  candidates?: string[];
  note?: string;
}

const candidatesOf = (doc: ArticleDocument): CandidateDoc[] => doc.extraction?.candidates ?? [];

/** The row as the GraphQL type shows it. */
export function toDraft(row: DraftRow): ExtractionDraft {
  const document = row.document as unknown as ArticleDocument;
  return {
    ...row,
    document: row.document as Record<string, unknown>,
    acceptedDocument: row.acceptedDocument as Record<string, unknown> | null,
    candidates: candidatesOf(document).map((candidate) => ({ ...candidate, match: candidate.match ?? null, bound: candidate.bound ?? null })),
    articleGlobalId: row.articleId ? toGlobalId("Article", row.articleId) : null,
  };
}

/** Drafts an article document from the article against the graph's known actors and queues it for review. */
export async function createDraft(tx: Transaction, article: ArticleInput, editorId: string | undefined): Promise<DraftRow> {
  let document: ArticleDocument;
  try {
    document = extractArticle(article, await loadKnownActors(tx));
  } catch (error) {
    if (error instanceof ExtractError) throw new UserInputError(error.code, ["input", error.field], error.message);
    throw error;
  }
  return tx.extractionDraft.create({
    data: { url: article.url, title: article.title, document: document as unknown as Prisma.InputJsonValue, createdById: editorId },
  });
}

async function pendingDraft(tx: Transaction, id: string): Promise<DraftRow> {
  const row = await tx.extractionDraft.findUnique({ where: { id } });
  if (!row) throw new UserInputError("NOT_FOUND", ["id"], `no draft has the id ${quoted(id)}`);
  if (row.status !== "PENDING") throw new UserInputError("ALREADY_DECIDED", ["id"], `the draft was already ${row.status.toLowerCase()} on ${row.decidedAt?.toISOString()}`);
  return row;
}

/** Code points `start`–`end` of `text`, as the candidate offsets count them. */
function codePointSlice(text: string, start: number, end: number): string {
  return Array.from(text).slice(start, end).join("");
}

/**
 * Refuses the accept when a selected candidate's excerpt is no longer at its offsets in the
 * article text the graph has now (an article edited since the draft was made), naming the candidate.
 */
function checkCandidates(candidates: CandidateDoc[], text: string): void {
  for (const candidate of candidates) {
    if (codePointSlice(text, candidate.start, candidate.end) !== candidate.excerpt) {
      throw new UserInputError("STALE_CANDIDATE", ["input", "candidates", candidate.path],
        `candidate ${candidate.path} (${candidate.kind.toLowerCase()} ${quoted(candidate.excerpt, 60)}) no longer matches the article text at ${candidate.start}–${candidate.end}`);
    }
  }
}

/**
 * Accepts a draft whole or in part, after edits: the selected entries (with the actors and places
 * they need) go through the normal ingestion into the graph, and the decision is kept.
 */
export async function acceptDraft(unit: UnitOfWork, id: string, choice: AcceptChoice, editorId: string | undefined) {
  const { tx } = unit;
  const row = await pendingDraft(tx, id);
  // An edited document is checked whole first (IngestError: INVALID, naming the field), so that selecting from it is safe.
  const draft = choice.document ? validateDocument(choice.document) : (row.document as unknown as ArticleDocument);
  const candidates = candidatesOf(draft).length ? candidatesOf(draft) : candidatesOf(row.document as unknown as ArticleDocument);
  const paths = choice.candidates ?? candidates.map((candidate) => candidate.path);
  if (!paths.length) throw new UserInputError("INVALID", ["input", "candidates"], "select at least one candidate, or reject the draft");
  paths.forEach((path, i) => {
    if (!namesEntry(draft, path)) throw new UserInputError("INVALID", ["input", "candidates", String(i)], `${quoted(path)} names no entry of the draft`);
  });
  const stored = typeof draft.article?.url === "string" ? await tx.article.findUnique({ where: { url: draft.article.url }, select: { text: true } }) : null;
  const text = stored?.text ?? draft.article?.text ?? "";
  checkCandidates(selectedCandidates(candidates, paths), text);
  const { extraction: _extraction, ...document } = selectEntries({ ...draft, article: { ...draft.article, text } }, paths);
  const result = await ingestArticle(unit, document);
  const decided = await tx.extractionDraft.update({
    where: { id },
    data: {
      status: "ACCEPTED", decidedAt: new Date(), decidedById: editorId, decisionNote: choice.note, acceptedPaths: paths,
      acceptedDocument: document as unknown as Prisma.InputJsonValue, articleId: result.article.id,
    },
  });
  return decided;
}

/** Rejects a draft; nothing of it is ingested, and the decision is kept. */
export async function rejectDraft(tx: Transaction, id: string, note: string | undefined, editorId: string | undefined): Promise<DraftRow> {
  await pendingDraft(tx, id);
  return tx.extractionDraft.update({ where: { id }, data: { status: "REJECTED", decidedAt: new Date(), decidedById: editorId, decisionNote: note } });
}
