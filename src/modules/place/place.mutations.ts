import { Arg, Authorized, Ctx, ID, Mutation, Resolver } from "type-graphql";
import type { Context } from "../../context.js";
import { mutationOf } from "../../common/mutation.js";
import { DeleteMutationResolver } from "../../common/delete-mutation.js";
import { Place } from "./place.type.js";
import { PlaceInput } from "./place.inputs.js";
import { createPlace, updatePlace } from "./place.service.js";

const CreatePlace = mutationOf("CreatePlace", "place", () => Place, ["BLANK", "TOO_LONG", "INVALID", "NOT_FOUND", "DUPLICATE"]);
const UpdatePlace = mutationOf("UpdatePlace", "place", () => Place, ["BLANK", "TOO_LONG", "INVALID", "NOT_FOUND", "DUPLICATE"]);

@Resolver()
export class PlaceMutations {
  @Authorized("EDITOR")
  @Mutation(() => CreatePlace.Payload, { description: "Records a place." })
  createPlace(@Arg("input", { description: "The place's fields." }) input: PlaceInput, @Ctx() ctx: Context) {
    return CreatePlace.run(ctx, { input }, (unit) => createPlace(unit, input));
  }

  @Authorized("EDITOR")
  @Mutation(() => UpdatePlace.Payload, { description: "Replaces a place's fields." })
  updatePlace(
    @Arg("id", () => ID, { description: "The place to change." }) id: string,
    @Arg("input", { description: "The place's new fields." }) input: PlaceInput,
    @Ctx() ctx: Context,
  ) {
    return UpdatePlace.run(ctx, { input }, (unit) => updatePlace(unit, id, input));
  }
}

export const DeletePlace = DeleteMutationResolver("Place", "Meetings, quotes and incidents there lose their place.");
