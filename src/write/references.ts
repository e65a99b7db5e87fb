import { Prisma } from "../generated/prisma/client.js";
import { checkCountry } from "../common/domain-rules.js";
import type { UnitOfWork } from "./unit.js";

/** A column of a table that refers to a row of another: ["Quote", "speakerId"]. */
export type Reference = readonly [table: string, column: string];

/**
 * The merges' command: moves every reference to `fromId` in these columns onto `toId`, one
 * statement per column (a merged actor may be referred to by thousands of rows). A moved
 * `countryId` must still name a COUNTRY.
 */
export async function moveReferences(unit: UnitOfWork, references: readonly Reference[], fromId: string, toId: string): Promise<void> {
  for (const [table, column] of references) {
    const moved = await unit.tx.$executeRaw`
      UPDATE ${Prisma.raw(`"${table}"`)} SET ${Prisma.raw(`"${column}"`)} = CAST(${toId} AS uuid)
      WHERE ${Prisma.raw(`"${column}"`)} = CAST(${fromId} AS uuid)`;
    if (moved > 0 && column === "countryId") await checkCountry(unit.tx, toId);
  }
}
