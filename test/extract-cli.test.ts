import { describe, expect, it } from "vitest";
import { mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runEntryPoint } from "./helpers/cli.js";
import { validateDocument } from "../src/ingest/validate.js";

describe("npm run extract", () => {
  it("drafts JSON articles and plain text files as ndjson, reports bad files with a code, and shows progress on stderr", async () => {
    const dir = await mkdtemp(join(tmpdir(), "dossier-extract-"));
    await writeFile(join(dir, "a.json"), JSON.stringify({ url: "https://example.org/a", title: "A", publishedAt: "2025-09-04", text: "Emmanuel Macron said on Thursday that the talks in Paris had gone well." }));
    await writeFile(join(dir, "b.txt"), "Talks in Rome\n\n“We are close to a deal,” Italian Prime Minister Giorgia Meloni told reporters.");
    await writeFile(join(dir, "c.txt"), Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0x00, 0x01]));
    await writeFile(join(dir, "d.txt"), "Le président a dit que les négociations avançaient bien à Paris.");
    const out = join(dir, "drafts.ndjson");
    const result = await runEntryPoint("src/cli/extract.ts", {}, [dir, "--out", out]);
    expect(result.code).toBe(1);
    const drafts = (await readFile(out, "utf8")).trim().split("\n").map((line) => JSON.parse(line));
    expect(drafts.map((draft) => draft.article.url)).toEqual(["https://example.org/a", "urn:dossier:file:b"]);
    for (const draft of drafts) expect(() => validateDocument(draft)).not.toThrow();
    expect(drafts[1].quotes[0]).toMatchObject({ kind: "DIRECT", text: "We are close to a deal" });
    expect(result.stderr).toContain("c.txt: NOT_TEXT");
    expect(result.stderr).toContain("d.txt: UNSUPPORTED_LANGUAGE");
    expect(result.stderr).toMatch(/Extracting.*4\/4 articles/);
    expect(result.stderr).toContain("Drafted 2 of 4 article(s)");
  });

  it("writes to stdout without --out and exits 2 without arguments", async () => {
    const dir = await mkdtemp(join(tmpdir(), "dossier-extract-"));
    await writeFile(join(dir, "a.txt"), "Chancellor Friedrich Merz said Germany would send more air defence systems to Ukraine.");
    const result = await runEntryPoint("src/cli/extract.ts", {}, [join(dir, "a.txt")]);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout).quotes[0]).toMatchObject({ kind: "PARAPHRASE" });
    expect((await runEntryPoint("src/cli/extract.ts", {}, [])).code).toBe(2);
  });
});
