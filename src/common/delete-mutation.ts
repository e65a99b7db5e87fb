import { Arg, Authorized, Ctx, ID, Mutation, Resolver } from "type-graphql";
import { Prisma } from "../generated/prisma/client.js";
import type { Context } from "../context.js";
import type { Events } from "../events.js";
import { mutationOf, type Transaction } from "./mutation.js";
import { existingId } from "./references.js";
import type { NodeType } from "./node-id.js";

interface DeleteHooks<Collected> {
  /** Reads, before the delete, what the announcement needs (rows that cascade away with it). */
  collect(tx: Transaction, id: string): Promise<Collected>;
  /** Announces the delete once it has committed. */
  publish?(events: Events, collected: Collected, id: string): void;
  /** Runs after the delete, in its transaction: what the deleted row's going settles. */
  settle?(tx: Transaction, collected: Collected): Promise<void>;
}

/** `delete<Type>(id)`: admin keys only; returns the deleted id. `effect` says what goes with it. */
export function DeleteMutationResolver<Collected>(type: NodeType, effect: string, hooks?: DeleteHooks<Collected>) {
  const a = /^[AEIOU]/.test(type) ? "an" : "a";
  const Delete = mutationOf(`Delete${type}`, "deletedId", () => ID, ["INVALID", "NOT_FOUND"]);

  @Resolver()
  class DeleteResolver {
    @Authorized("ADMIN")
    @Mutation(() => Delete.Payload, { name: `delete${type}`, description: `Deletes ${a} ${type} (admin keys only). ${effect}` })
    async delete(@Arg("id", () => ID, { description: `The ${type} to delete.` }) globalId: string, @Ctx() ctx: Context) {
      let id = "";
      let collected: Collected;
      return Delete.run(ctx, {}, async (tx) => {
        id = await existingId(tx, type, globalId, "id");
        if (hooks) collected = await hooks.collect(tx, id);
        await tx.$executeRaw`DELETE FROM ${Prisma.raw(`"${type}"`)} WHERE id = CAST(${id} AS uuid)`;
        await hooks?.settle?.(tx, collected);
        return globalId;
      }, { afterCommit: () => hooks?.publish?.(ctx.events, collected, id) });
    }
  }
  return DeleteResolver;
}
