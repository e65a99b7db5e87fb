import { createUnionType } from "type-graphql";
import { connectionOf } from "../../common/pagination.js";
import { typenameOf } from "../../common/node.js";
import { Incident } from "../incident/incident.type.js";
import { Meeting } from "../meeting/meeting.type.js";
import { Quote } from "../quote/quote.type.js";

export const TimelineEvent = createUnionType({
  name: "TimelineEvent",
  description: "Something in an actor's timeline: a meeting they attended, a quote of theirs, or an incident they took part in.",
  types: () => [Meeting, Quote, Incident] as const,
  resolveType: typenameOf,
});

export const TimelineConnection = connectionOf(TimelineEvent, "Timeline");
