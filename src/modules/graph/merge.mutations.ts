import { Arg, Authorized, Ctx, Field, ID, InputType, Mutation, Resolver } from "type-graphql";
import type { Context } from "../../context.js";
import { mutationOf } from "../../common/mutation.js";
import { existingId } from "../../common/references.js";
import { UserInputError } from "../../common/user-errors.js";
import { factTables, type FactType } from "../../graph/fact-types.js";
import { mergeFacts } from "../../graph/merge.js";
import type { UnitOfWork } from "../../write/unit.js";
import { Meeting } from "../meeting/meeting.type.js";
import { Quote } from "../quote/quote.type.js";
import { Figure, Incident } from "../incident/incident.type.js";
import { Role } from "../role/role.type.js";

@InputType({ description: "Two records of one fact: which stays and which goes." })
export class MergeFactsInput {
  @Field(() => ID, { description: "The fact that stays, and takes over everything of `merge`." })
  keep!: string;

  @Field(() => ID, { description: "The fact merged into `keep` and then deleted; its global id and refs name `keep` from then on." })
  merge!: string;
}

const CODES = ["INVALID", "NOT_FOUND", "SAME_FACT"] as const;
const mergeable = {
  MEETING: { name: "Meetings", field: "meeting", type: () => Meeting, what: "attendances (one per actor), quotes at it" },
  QUOTE: { name: "Quotes", field: "quote", type: () => Quote, what: "" },
  INCIDENT: { name: "Incidents", field: "incident", type: () => Incident, what: "participants, figures" },
  FIGURE: { name: "Figures", field: "figure", type: () => Figure, what: "" },
  ROLE: { name: "Roles", field: "role", type: () => Role, what: "" },
} as const;
const runners = Object.fromEntries(Object.entries(mergeable).map(([type, { name, field, type: objectType }]) =>
  [type, mutationOf(`Merge${name}`, field, objectType, CODES)])) as Record<keyof typeof mergeable, ReturnType<typeof mutationOf>>;

async function merge(unit: UnitOfWork, type: FactType, input: MergeFactsInput) {
  const { node } = factTables[type];
  const keepId = await existingId(unit.tx, node, input.keep, "input.keep");
  const mergeId = await existingId(unit.tx, node, input.merge, "input.merge");
  if (keepId === mergeId) throw new UserInputError("SAME_FACT", ["input", "merge"], "merge names the same fact as keep");
  return mergeFacts(unit, type, keepId, mergeId);
}

const description = (type: keyof typeof mergeable) => {
  const { field, what } = mergeable[type];
  return `Makes two records of one ${field} one (admin keys only): its citations, every source's version${what ? `, ${what}` : ""} and its refs move from \`merge\` to \`keep\`, and \`merge\` is deleted. The merge lasts: a later ingest naming either (by key, ref or id) lands on \`keep\`.`;
};
const inputArg = { description: "Which stays and which goes." };

@Resolver()
export class MergeMutations {
  @Authorized("ADMIN")
  @Mutation(() => runners.MEETING.Payload, { description: description("MEETING") })
  mergeMeetings(@Arg("input", inputArg) input: MergeFactsInput, @Ctx() ctx: Context) {
    return runners.MEETING.run(ctx, { input }, (unit) => merge(unit, "MEETING", input));
  }

  @Authorized("ADMIN")
  @Mutation(() => runners.QUOTE.Payload, { description: description("QUOTE") })
  mergeQuotes(@Arg("input", inputArg) input: MergeFactsInput, @Ctx() ctx: Context) {
    return runners.QUOTE.run(ctx, { input }, (unit) => merge(unit, "QUOTE", input));
  }

  @Authorized("ADMIN")
  @Mutation(() => runners.INCIDENT.Payload, { description: description("INCIDENT") })
  mergeIncidents(@Arg("input", inputArg) input: MergeFactsInput, @Ctx() ctx: Context) {
    return runners.INCIDENT.run(ctx, { input }, (unit) => merge(unit, "INCIDENT", input));
  }

  @Authorized("ADMIN")
  @Mutation(() => runners.FIGURE.Payload, { description: description("FIGURE") })
  mergeFigures(@Arg("input", inputArg) input: MergeFactsInput, @Ctx() ctx: Context) {
    return runners.FIGURE.run(ctx, { input }, (unit) => merge(unit, "FIGURE", input));
  }

  @Authorized("ADMIN")
  @Mutation(() => runners.ROLE.Payload, { description: description("ROLE") })
  mergeRoles(@Arg("input", inputArg) input: MergeFactsInput, @Ctx() ctx: Context) {
    return runners.ROLE.run(ctx, { input }, (unit) => merge(unit, "ROLE", input));
  }
}
