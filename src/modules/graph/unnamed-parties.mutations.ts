import { Arg, Authorized, Ctx, Mutation, Resolver } from "type-graphql";
import type { Context } from "../../context.js";
import { mutationOf } from "../../common/mutation.js";
import { DeleteMutationResolver } from "../../common/delete-mutation.js";
import { UnnamedAttendance } from "../meeting/unnamed-attendance.type.js";
import { UnnamedAttendanceInput } from "../meeting/unnamed-attendance.inputs.js";
import { UnnamedParticipant } from "../incident/unnamed-participant.type.js";
import { UnnamedParticipantInput } from "../incident/unnamed-participant.inputs.js";
import { createUnnamedParty, unnamedAttendance, unnamedParticipant } from "./unnamed-parties.service.js";

const CODES = ["BLANK", "TOO_LONG", "INVALID", "NOT_FOUND", "DUPLICATE"] as const;
const CreateUnnamedAttendance = mutationOf("CreateUnnamedAttendance", "unnamedAttendance", () => UnnamedAttendance, CODES);
const CreateUnnamedParticipant = mutationOf("CreateUnnamedParticipant", "unnamedParticipant", () => UnnamedParticipant, CODES);

// meetingChanged subscribers hear of an unnamed attendee added or removed once it has committed (src/write/facts.ts).
@Resolver()
export class UnnamedPartyMutations {
  @Authorized("EDITOR")
  @Mutation(() => CreateUnnamedAttendance.Payload, { description: "Records an attendee of a meeting that the reports do not name (\"European leaders\"); `meetingChanged` subscribers hear of it." })
  createUnnamedAttendance(@Arg("input", { description: "The attendee's description, affiliation and part." }) input: UnnamedAttendanceInput, @Ctx() ctx: Context) {
    return CreateUnnamedAttendance.run(ctx, { input }, (unit) => createUnnamedParty(unit, unnamedAttendance, input));
  }

  @Authorized("EDITOR")
  @Mutation(() => CreateUnnamedParticipant.Payload, { description: "Records a participant in an incident that the reports do not name (\"the governor of Magadan\")." })
  createUnnamedParticipant(@Arg("input", { description: "The participant's description, affiliation and part." }) input: UnnamedParticipantInput, @Ctx() ctx: Context) {
    return CreateUnnamedParticipant.run(ctx, { input }, (unit) => createUnnamedParty(unit, unnamedParticipant, input));
  }
}

export const DeleteUnnamedAttendance = DeleteMutationResolver("UnnamedAttendance", "Its citations and every source's mention go with it.");
export const DeleteUnnamedParticipant = DeleteMutationResolver("UnnamedParticipant", "Every source's mention of it goes with it.");
