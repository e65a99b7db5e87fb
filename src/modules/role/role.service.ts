import type { Transaction } from "../../common/mutation.js";
import { writtenThroughApi } from "../../graph/support.js";
import { existingId, optionalId } from "../../common/references.js";
import type { UnitOfWork } from "../../write/unit.js";
import { roles } from "../../write/commands.js";
import type { RoleInput } from "./role.inputs.js";

async function roleData(tx: Transaction, input: RoleInput) {
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

export async function createRole(unit: UnitOfWork, input: RoleInput) {
  return writtenThroughApi(unit, "ROLE", await roles.create(unit, await roleData(unit.tx, input)));
}

export async function updateRole(unit: UnitOfWork, globalId: string, input: RoleInput) {
  const id = await existingId(unit.tx, "Role", globalId, "id");
  return writtenThroughApi(unit, "ROLE", await roles.update(unit, id, await roleData(unit.tx, input)));
}
