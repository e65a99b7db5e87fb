import type { Transaction } from "../../common/mutation.js";
import { writtenThroughApi } from "../../graph/support.js";
import { checkOrder, existingId, optionalId } from "../../common/references.js";
import type { RoleInput } from "./role.inputs.js";

async function roleData(tx: Transaction, input: RoleInput) {
  checkOrder(input.startDate, input.endDate, "endDate", "startDate");
  return {
    holderId: await existingId(tx, "Actor", input.holder, "input.holder"),
    title: input.title,
    ofId: await optionalId(tx, "Actor", input.of, "input.of"),
    startDate: input.startDate ?? null,
    startPrecision: input.startPrecision ?? null,
    endDate: input.endDate ?? null,
    endPrecision: input.endPrecision ?? null,
  };
}

export async function createRole(tx: Transaction, input: RoleInput) {
  return writtenThroughApi(tx, "ROLE", await tx.role.create({ data: await roleData(tx, input) }));
}

export async function updateRole(tx: Transaction, globalId: string, input: RoleInput) {
  const id = await existingId(tx, "Role", globalId, "id");
  return writtenThroughApi(tx, "ROLE", await tx.role.update({ where: { id }, data: await roleData(tx, input) }));
}
