import fs from "node:fs";
import { describe, expect, it } from "vitest";
import { buildSchema, isEnumType, isInputObjectType, isInterfaceType, isObjectType, isSpecifiedScalarType, type GraphQLNamedType } from "graphql";
import { printSchemaFile, schemaFile } from "../src/schema.js";

const rootTypes = new Set(["Query", "Mutation", "Subscription"]);

/** Every type, field, argument and enum value of `type` that has no description (users read them in Sandbox). */
function undescribed(type: GraphQLNamedType): string[] {
  const missing = !type.description && !rootTypes.has(type.name) && !isSpecifiedScalarType(type) ? [type.name] : [];
  if (isObjectType(type) || isInterfaceType(type) || isInputObjectType(type)) {
    for (const field of Object.values(type.getFields())) {
      if (!field.description) missing.push(`${type.name}.${field.name}`);
      for (const argument of "args" in field ? field.args : []) {
        if (!argument.description) missing.push(`${type.name}.${field.name}(${argument.name})`);
      }
    }
  }
  if (isEnumType(type)) missing.push(...type.getValues().filter((value) => !value.description).map((value) => `${type.name}.${value.name}`));
  return missing;
}

describe("schema.graphql", () => {
  it("is the schema the code serves", async () => {
    const committed = fs.existsSync(schemaFile) ? fs.readFileSync(schemaFile, "utf8") : "";
    expect(committed, "schema.graphql is stale: run npm run schema").toBe(await printSchemaFile());
  });

  it("describes every type, field, argument and enum value", async () => {
    const schema = buildSchema(await printSchemaFile());
    const types = Object.values(schema.getTypeMap()).filter((type) => !type.name.startsWith("__"));
    expect(types.flatMap(undescribed)).toEqual([]);
  });
});
