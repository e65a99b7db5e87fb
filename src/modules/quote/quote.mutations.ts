import { Arg, Authorized, Ctx, ID, Mutation, Resolver } from "type-graphql";
import type { Context } from "../../context.js";
import { mutationOf } from "../../common/mutation.js";
import { DeleteMutationResolver } from "../../common/delete-mutation.js";
import { Quote } from "./quote.type.js";
import { QuoteInput } from "./quote.inputs.js";
import { createQuote, updateQuote } from "./quote.service.js";

const CreateQuote = mutationOf("CreateQuote", "quote", () => Quote, ["BLANK", "TOO_LONG", "INVALID", "NOT_FOUND"]);
const UpdateQuote = mutationOf("UpdateQuote", "quote", () => Quote, ["BLANK", "TOO_LONG", "INVALID", "NOT_FOUND"]);

@Resolver()
export class QuoteMutations {
  @Authorized("EDITOR")
  @Mutation(() => CreateQuote.Payload, { description: "Records a quote; `quoteRecorded` subscribers hear of it." })
  createQuote(@Arg("input", { description: "The quote's fields." }) input: QuoteInput, @Ctx() ctx: Context) {
    return CreateQuote.run(ctx, { input }, (unit) => createQuote(unit, input));
  }

  @Authorized("EDITOR")
  @Mutation(() => UpdateQuote.Payload, { description: "Replaces a quote's fields." })
  updateQuote(
    @Arg("id", () => ID, { description: "The quote to change." }) id: string,
    @Arg("input", { description: "The quote's new fields." }) input: QuoteInput,
    @Ctx() ctx: Context,
  ) {
    return UpdateQuote.run(ctx, { input }, (unit) => updateQuote(unit, id, input));
  }
}

export const DeleteQuote = DeleteMutationResolver("Quote", "Its citations go with it.");
