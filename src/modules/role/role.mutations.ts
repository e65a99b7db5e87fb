import { Arg, Authorized, Ctx, ID, Mutation, Resolver } from "type-graphql";
import type { Context } from "../../context.js";
import { mutationOf } from "../../common/mutation.js";
import { DeleteMutationResolver } from "../../common/delete-mutation.js";
import { Role } from "./role.type.js";
import { RoleInput } from "./role.inputs.js";
import { createRole, updateRole } from "./role.service.js";

const CreateRole = mutationOf("CreateRole", "role", () => Role, ["BLANK", "TOO_LONG", "INVALID", "NOT_FOUND", "END_BEFORE_START"]);
const UpdateRole = mutationOf("UpdateRole", "role", () => Role, ["BLANK", "TOO_LONG", "INVALID", "NOT_FOUND", "END_BEFORE_START"]);

@Resolver()
export class RoleMutations {
  @Authorized("EDITOR")
  @Mutation(() => CreateRole.Payload, { description: "Records a role: a position one actor holds in or for another." })
  createRole(@Arg("input", { description: "The role's fields." }) input: RoleInput, @Ctx() ctx: Context) {
    return CreateRole.run(ctx, { input }, (unit) => createRole(unit, input));
  }

  @Authorized("EDITOR")
  @Mutation(() => UpdateRole.Payload, { description: "Replaces a role's fields." })
  updateRole(
    @Arg("id", () => ID, { description: "The role to change." }) id: string,
    @Arg("input", { description: "The role's new fields." }) input: RoleInput,
    @Ctx() ctx: Context,
  ) {
    return UpdateRole.run(ctx, { input }, (unit) => updateRole(unit, id, input));
  }
}

export const DeleteRole = DeleteMutationResolver("Role", "Its citations go with it.");
