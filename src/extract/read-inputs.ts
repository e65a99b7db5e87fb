import { readFile, readdir, stat } from "node:fs/promises";
import { basename, extname, join, resolve } from "node:path";
import { ExtractError, type ArticleInput } from "./input.js";

/** One input file of `npm run extract`: the article it holds, or why it holds none. */
export interface InputFile {
  file: string;
  article?: ArticleInput;
  error?: ExtractError;
}

const decoder = new TextDecoder("utf-8", { fatal: true });

/** The file's text; binary data (NUL bytes, invalid UTF-8) is an error, not text. */
function textOf(bytes: Buffer): string {
  if (bytes.includes(0)) throw new ExtractError("NOT_TEXT", "text", "the file holds binary data (NUL bytes), not text");
  try {
    return decoder.decode(bytes);
  } catch {
    throw new ExtractError("NOT_TEXT", "text", "the file is not valid UTF-8 text");
  }
}

/**
 * An article from a file: a JSON object `{ url, title, publisher?, publishedAt?, text }` (the
 * `article` part of an article document, or a whole document), or a plain `.txt` file holding the text alone, titled by
 * its first line and named by a URN of its file name.
 */
function articleOf(file: string, content: string): ArticleInput {
  if (extname(file) === ".txt") {
    const title = content.split("\n").find((line) => line.trim())?.trim().slice(0, 500) ?? basename(file);
    return { url: `urn:dossier:file:${encodeURIComponent(basename(file, ".txt"))}`, title, text: content };
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(content);
  } catch (error) {
    throw new ExtractError("INVALID", "file", `the file is not JSON: ${(error as Error).message}`);
  }
  // A whole article document (a gold file, an export) gives its `article` part.
  const article = ((parsed as { article?: unknown } | null)?.article ?? parsed) as Partial<ArticleInput> | null;
  if (!article || typeof article !== "object" || Array.isArray(article) || typeof article.text !== "string") {
    throw new ExtractError("INVALID", "file", "the JSON must be an object { url, title, publisher?, publishedAt?, text }");
  }
  return { url: article.url ?? "", title: article.title ?? "", publisher: article.publisher, publishedAt: article.publishedAt, text: article.text };
}

async function read(file: string): Promise<InputFile> {
  try {
    return { file, article: articleOf(file, textOf(await readFile(file))) };
  } catch (error) {
    if (error instanceof ExtractError) return { file, error };
    throw error;
  }
}

/** Every .json and .txt file of the paths (directories are read in name order, not recursively). */
export async function readInputs(paths: string[]): Promise<InputFile[]> {
  const files: string[] = [];
  for (const path of paths.map((path) => resolve(path))) {
    const info = await stat(path).catch(() => undefined);
    if (!info) return [{ file: path, error: new ExtractError("INVALID", "file", "no such file or directory") }];
    if (info.isDirectory()) {
      files.push(...(await readdir(path)).filter((name) => /\.(json|txt)$/.test(name)).sort().map((name) => join(path, name)));
    } else files.push(path);
  }
  return Promise.all(files.map(read));
}
