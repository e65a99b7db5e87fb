import { Prisma } from "../generated/prisma/client.js";
import type { Transaction } from "./mutation.js";
import { parseIdOf, type NodeType } from "./node-id.js";
import { UserInputError } from "./user-errors.js";

/**
 * The database id behind a global id the client sent in `field` ("input.speaker"), checked to
 * exist inside the mutation's transaction: an unknown id is the client's error, not a 500.
 */
export async function existingId(tx: Transaction, type: NodeType, globalId: string, field: string): Promise<string> {
  const id = parseIdOf(type, globalId, field);
  const found = await tx.$queryRaw<unknown[]>`SELECT 1 FROM ${Prisma.raw(`"${type}"`)} WHERE id = CAST(${id} AS uuid)`;
  if (!found.length) throw new UserInputError("NOT_FOUND", field.split("."), `${field.split(".").at(-1)} names no ${type}: "${globalId}"`);
  return id;
}

/** As `existingId`, for an optional reference: null stays null. */
export function optionalId(tx: Transaction, type: NodeType, globalId: string | null | undefined, field: string): Promise<string | null> {
  return globalId == null ? Promise.resolve(null) : existingId(tx, type, globalId, field);
}
