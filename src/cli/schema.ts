import fs from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { printSchemaFile, schemaFile } from "../schema.js";

await fs.writeFile(schemaFile, await printSchemaFile());
console.log(`Wrote ${fileURLToPath(schemaFile)}`);
