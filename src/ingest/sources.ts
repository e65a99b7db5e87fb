import fs from "node:fs/promises";
import path from "node:path";
import { problem, type IngestProblem } from "./errors.js";

/** One document read from a file: its parsed JSON, or why it could not be parsed. */
export interface SourceDocument {
  file: string;
  /** Line of an .ndjson file the document is on. */
  line?: number;
  document?: unknown;
  problem?: IngestProblem;
}

const documentFile = /\.(json|ndjson|jsonl)$/i;
const isLineDelimited = (file: string) => /\.(ndjson|jsonl)$/i.test(file);

/** The error of JSON.parse with the position given as line and column (both 1-based). */
function malformed(text: string, error: unknown): IngestProblem {
  let message = (error as Error).message;
  const position = /in JSON at position (\d+)/.exec(message);
  if (position) {
    const before = text.slice(0, Number(position[1]));
    const line = before.split("\n").length;
    const column = before.length - before.lastIndexOf("\n");
    message = `${message.slice(0, position.index)}at line ${line} column ${column}`;
  }
  return problem([], "MALFORMED_JSON", `malformed JSON: ${message}`);
}

function parse(text: string): { document?: unknown; problem?: IngestProblem } {
  try {
    return { document: JSON.parse(text) };
  } catch (error) {
    return { problem: malformed(text, error) };
  }
}

async function filesIn(target: string): Promise<string[]> {
  const stat = await fs.stat(target);
  if (!stat.isDirectory()) return [target];
  const entries = await fs.readdir(target, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile() && documentFile.test(entry.name))
    .map((entry) => path.join(entry.parentPath, entry.name))
    .sort();
}

/**
 * Reads the documents of a .json file (one document), an .ndjson file (one document per line;
 * blank lines are skipped) or a directory (every such file in it, recursively, in path order).
 */
export async function readSources(target: string): Promise<SourceDocument[]> {
  const documents: SourceDocument[] = [];
  for (const file of await filesIn(target)) {
    const text = await fs.readFile(file, "utf8");
    if (!isLineDelimited(file)) {
      documents.push({ file, ...parse(text) });
      continue;
    }
    text.split("\n").forEach((line, index) => {
      if (line.trim() !== "") documents.push({ file, line: index + 1, ...parse(line) });
    });
  }
  return documents;
}
