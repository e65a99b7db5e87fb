import { Arg, Authorized, Ctx, ID, Mutation, Resolver } from "type-graphql";
import type { Context } from "../context.js";
import { mutationOf } from "./mutation.js";
import { existingId } from "./references.js";
import type { NodeType } from "./node-id.js";
import { deleteOf } from "../write/commands.js";

/** `delete<Type>(id)`: admin keys only, through the type's delete command; returns the deleted id. `effect` says what goes with it. */
export function DeleteMutationResolver(type: keyof typeof deleteOf & NodeType, effect: string) {
  const a = /^[AEIOU]/.test(type) ? "an" : "a";
  const Delete = mutationOf(`Delete${type}`, "deletedId", () => ID, ["INVALID", "NOT_FOUND"]);
  const remove = deleteOf[type]!;

  @Resolver()
  class DeleteResolver {
    @Authorized("ADMIN")
    @Mutation(() => Delete.Payload, { name: `delete${type}`, description: `Deletes ${a} ${type} (admin keys only). ${effect}` })
    async delete(@Arg("id", () => ID, { description: `The ${type} to delete.` }) globalId: string, @Ctx() ctx: Context) {
      return Delete.run(ctx, {}, async (unit) => {
        await remove(unit, await existingId(unit.tx, type, globalId, "id"));
        return globalId;
      });
    }
  }
  return DeleteResolver;
}
