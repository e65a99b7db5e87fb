import fs from "node:fs";
import { describe, expect, it } from "vitest";
import { printSchemaFile, schemaFile } from "../src/schema.js";

describe("schema.graphql", () => {
  it("is the schema the code serves", async () => {
    const committed = fs.existsSync(schemaFile) ? fs.readFileSync(schemaFile, "utf8") : "";
    expect(committed, "schema.graphql is stale: run npm run schema").toBe(await printSchemaFile());
  });
});
