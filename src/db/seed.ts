import fs from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { PrismaClient } from "../generated/prisma/client.js";
import type { ArticleDocument } from "../ingest/document.js";
import { ingestDocument, type IngestResult } from "../ingest/ingest.js";

const seedDir = fileURLToPath(new URL("../../prisma/seed/", import.meta.url));

/** Ingests every document in prisma/seed; articles already present are left as they are. */
export async function seed(prisma: PrismaClient): Promise<IngestResult[]> {
  const files = (await fs.readdir(seedDir)).filter((name) => name.endsWith(".json")).sort();
  const results: IngestResult[] = [];
  for (const file of files) {
    const doc = JSON.parse(await fs.readFile(path.join(seedDir, file), "utf8")) as ArticleDocument;
    results.push(await ingestDocument(prisma, doc));
  }
  return results;
}

/** Seeds a database that holds no article yet, so a first `npm start` shows the seed graph. */
export async function seedIfEmpty(prisma: PrismaClient): Promise<void> {
  if ((await prisma.article.count()) === 0) await seed(prisma);
}
