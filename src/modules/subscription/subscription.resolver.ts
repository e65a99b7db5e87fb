import { Arg, Ctx, Field, ID, ObjectType, Resolver, Root, Subscription, registerEnumType, type SubscriptionHandlerData } from "type-graphql";
import type { Context } from "../../context.js";
import { Loaders } from "../../common/loaders.js";
import { parseIdOf, toGlobalId } from "../../common/node-id.js";
import { topics, type FactRecorded, type MeetingChanged, type MeetingChangeKind } from "../../events.js";
import { Quote } from "../quote/quote.type.js";
import { Incident } from "../incident/incident.type.js";
import { Meeting } from "../meeting/meeting.type.js";

const MeetingChangeKinds: Record<MeetingChangeKind, MeetingChangeKind> = { CREATED: "CREATED", UPDATED: "UPDATED", DELETED: "DELETED" };
registerEnumType(MeetingChangeKinds, {
  name: "MeetingChangeKind",
  description: "What happened to a meeting.",
  valuesConfig: {
    CREATED: { description: "It was recorded." },
    UPDATED: { description: "Its fields or its attendees changed." },
    DELETED: { description: "It was deleted." },
  },
});

@ObjectType({ description: "A change to a meeting or to who attends it." })
class MeetingChange {
  @Field(() => MeetingChangeKinds, { description: "What happened." })
  change!: MeetingChangeKind;

  @Field(() => ID, { description: "The meeting's id (still given when it was deleted)." })
  meetingId!: string;

  @Field(() => Meeting, { nullable: true, description: "The meeting as it is now; null when it was deleted." })
  meeting!: Meeting | null;
}

type Args = { actor?: string | null };

/** Subscribes to `topic`, after checking the `actor` argument once, up front. */
const topicFor = (topic: string) => ({ args }: { args: Args }) => {
  if (args.actor) parseIdOf("Actor", args.actor, "actor");
  return topic;
};

/** Lets an event through when no actor is asked for, or when it concerns the actor asked for. */
const concernsActor = ({ payload, args }: SubscriptionHandlerData<{ actorIds: string[] }, Args>) =>
  !args.actor || payload.actorIds.includes(parseIdOf("Actor", args.actor, "actor"));

/** Each event is read afresh: a subscription's context lives as long as the subscription. */
function freshLoaders(ctx: Context): Loaders {
  ctx.loaders = new Loaders(ctx.prisma);
  return ctx.loaders;
}

const actorArgument = (what: string) => ({ nullable: true, description: `Only ${what} concerning this actor.` });

@Resolver()
export class SubscriptionResolver {
  @Subscription(() => Quote, { nullable: true, topics: topicFor(topics.quoteRecorded), filter: concernsActor, description: "Each quote as it is recorded (by `createQuote` or `ingestArticle`); with `actor`, only that actor's (as speaker or the unnamed speaker's affiliation). Null if the quote is gone by the time it is read." })
  quoteRecorded(@Root() event: FactRecorded, @Arg("actor", () => ID, actorArgument("quotes")) _actor: string | null, @Ctx() ctx: Context) {
    return freshLoaders(ctx).byId<Quote>("Quote").load(event.id);
  }

  @Subscription(() => Incident, { nullable: true, topics: topicFor(topics.incidentRecorded), filter: concernsActor, description: "Each incident as it is recorded (by `createIncident` or `ingestArticle`); with `actor`, only those it took part in. Null if the incident is gone by the time it is read." })
  incidentRecorded(@Root() event: FactRecorded, @Arg("actor", () => ID, actorArgument("incidents")) _actor: string | null, @Ctx() ctx: Context) {
    return freshLoaders(ctx).byId<Incident>("Incident").load(event.id);
  }

  @Subscription(() => MeetingChange, { topics: topicFor(topics.meetingChanged), filter: concernsActor, description: "Each meeting recorded, changed or deleted, and each change to who attends one; with `actor`, only meetings that actor attends (or attended before the change)." })
  async meetingChanged(@Root() event: MeetingChanged, @Arg("actor", () => ID, actorArgument("meetings")) _actor: string | null, @Ctx() ctx: Context): Promise<MeetingChange> {
    const meeting = await freshLoaders(ctx).byId<Meeting>("Meeting").load(event.meetingId);
    return { change: event.change, meetingId: toGlobalId("Meeting", event.meetingId), meeting };
  }
}
