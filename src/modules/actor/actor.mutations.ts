import { Arg, Authorized, Ctx, ID, Mutation, Resolver } from "type-graphql";
import type { Context } from "../../context.js";
import { mutationOf } from "../../common/mutation.js";
import { DeleteMutationResolver } from "../../common/delete-mutation.js";
import { Actor } from "./actor.type.js";
import { ActorInput, MergeActorsInput } from "./actor.inputs.js";
import { createActor, updateActor } from "./actor.service.js";
import { mergeActors } from "./actor-merge.service.js";

const CreateActor = mutationOf("CreateActor", "actor", () => Actor, ["BLANK", "TOO_LONG", "INVALID", "NOT_FOUND", "DUPLICATE"]);
const UpdateActor = mutationOf("UpdateActor", "actor", () => Actor, ["BLANK", "TOO_LONG", "INVALID", "NOT_FOUND", "DUPLICATE"]);
const MergeActors = mutationOf("MergeActors", "actor", () => Actor, ["INVALID", "NOT_FOUND", "SAME_ACTOR"]);

@Resolver()
export class ActorMutations {
  @Authorized("EDITOR")
  @Mutation(() => CreateActor.Payload, { description: "Records an actor." })
  createActor(@Arg("input", { description: "The actor's fields." }) input: ActorInput, @Ctx() ctx: Context) {
    return CreateActor.run(ctx, { input }, (unit) => createActor(unit, input));
  }

  @Authorized("EDITOR")
  @Mutation(() => UpdateActor.Payload, { description: "Replaces an actor's fields." })
  updateActor(
    @Arg("id", () => ID, { description: "The actor to change." }) id: string,
    @Arg("input", { description: "The actor's new fields." }) input: ActorInput,
    @Ctx() ctx: Context,
  ) {
    return UpdateActor.run(ctx, { input }, (unit) => updateActor(unit, id, input));
  }

  @Authorized("ADMIN")
  @Mutation(() => MergeActors.Payload, {
    description: "Makes two records of one actor one (admin keys only): everything that refers to `merge` moves to `keep`, `merge`'s name, slug and aliases become aliases of `keep`, and `merge` is deleted. All in one transaction.",
  })
  mergeActors(@Arg("input", { description: "Which actor stays and which goes." }) input: MergeActorsInput, @Ctx() ctx: Context) {
    return MergeActors.run(ctx, { input }, (unit) => mergeActors(unit, input));
  }
}

export const DeleteActor = DeleteMutationResolver("Actor", "Its roles, attendances, quotes and incident parts go with it; references to it elsewhere are cleared.");
