// Writes docs/article-document.schema.json from the format's definition in src/ingest/document.ts:
//   npm run ingest:schema
import fs from "node:fs/promises";
import { documentJsonSchema } from "../src/ingest/document.js";

await fs.writeFile(new URL("../docs/article-document.schema.json", import.meta.url), documentJsonSchema());
console.log("Wrote docs/article-document.schema.json");
