import { Arg, Ctx, Query, Resolver } from "type-graphql";
import type { Context } from "../../context.js";
import { FigureTotal, FigureTotalsFilter, TimeBucket } from "./figure-totals.type.js";
import { figureTotals } from "./figure-totals.lists.js";

@Resolver()
export class FigureTotalsResolver {
  @Query(() => [FigureTotal], {
    description: "Incident figures summed per metric and unit per period, e.g. drones launched against drones intercepted per month; periods in time order, then metrics by name. Periods without figures are left out; undated incidents only count when grouped by ALL.",
  })
  figureTotals(
    @Arg("filter", () => FigureTotalsFilter, { nullable: true, description: "Which figures to sum." }) filter: FigureTotalsFilter | null,
    @Arg("groupBy", () => TimeBucket, { defaultValue: TimeBucket.MONTH, description: "The periods to sum over." }) groupBy: TimeBucket,
    @Ctx() { prisma }: Context,
  ) {
    return figureTotals(prisma, filter, groupBy);
  }
}
