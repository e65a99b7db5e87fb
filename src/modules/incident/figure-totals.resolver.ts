import { Arg, Ctx, FieldResolver, Query, Resolver, Root } from "type-graphql";
import type { Context } from "../../context.js";
import { Actor } from "../actor/actor.type.js";
import { ClaimantFigureTotal, FigureTotal, FigureTotalsFilter, TimeBucket } from "./figure-totals.type.js";
import { figureTotals } from "./figure-totals.lists.js";

@Resolver()
export class FigureTotalsResolver {
  @Query(() => [FigureTotal], {
    description: "Incident figures totalled per metric and unit per period, e.g. drones launched against drones intercepted per month: each claim once however many articles report it, competing claimants apart (per claimant, and the lowest and highest over claimants). Periods in time order, then metrics by name. Periods without figures are left out; undated incidents only count when grouped by ALL.",
  })
  figureTotals(
    @Arg("filter", () => FigureTotalsFilter, { nullable: true, description: "Which figures to sum." }) filter: FigureTotalsFilter | null,
    @Arg("groupBy", () => TimeBucket, { defaultValue: TimeBucket.MONTH, description: "The periods to sum over." }) groupBy: TimeBucket,
    @Ctx() { prisma }: Context,
  ) {
    return figureTotals(prisma, filter, groupBy);
  }
}

@Resolver(() => ClaimantFigureTotal)
export class ClaimantFigureTotalResolver {
  @FieldResolver(() => Actor, { nullable: true, description: "The claimant; null for figures nobody is named for." })
  claimant(@Root() total: ClaimantFigureTotal, @Ctx() { loaders }: Context) {
    return loaders.optional<Actor>("Actor", total.claimantId);
  }
}
