import { ArticleDraft } from "./articles.js";
import { addDays, atTime, dayBetween, formatDate, HISTORY_START, PLANNING_HORIZON, TODAY } from "./calendar.js";
import type { Random } from "./random.js";
import { topic } from "./sentences.js";
import { meetingFormats } from "./vocabulary.js";
import { sqlTimestamp, type GraphWriter } from "./writer.js";
import { saidWhen, writeQuote } from "./quotes.js";
import type { ActorRef, PersonRef, World } from "./world.js";

type Status = "PLANNED" | "HELD" | "CANCELLED";
type AttendanceRole = "HOST" | "CHAIR" | "PARTICIPANT" | "INVITED" | "OBSERVER";

const roleWords: Record<AttendanceRole, string> = {
  HOST: "hosted the meeting", CHAIR: "chaired the talks", PARTICIPANT: "took part", INVITED: "was invited", OBSERVER: "attended as an observer",
};

/** 2–30 attendees, mostly small meetings: half are bilateral or trilateral. */
function attendeeCount(random: Random): number {
  const [min, max] = random.weighted([[[2, 3], 50], [[4, 12], 35], [[13, 30], 15]] as const);
  return random.int(min, max);
}

function attendees(random: Random, world: World, count: number): PersonRef[] {
  const chosen = new Set<PersonRef>();
  while (chosen.size < Math.min(count, world.persons.length)) chosen.add(world.persons[random.skewedIndex(world.persons.length, 1.5)]);
  return [...chosen];
}

function title(random: Random, world: World, people: PersonRef[], city: string): string {
  const format = people.length <= 3 ? random.pick(meetingFormats.slice(0, 4)) : random.pick(meetingFormats.slice(1));
  const [a, b] = format.startsWith("Call") ? [people[0].name, people[1].name] : [people[0].country.name, people[1].country.name];
  return format.replace("{a}", a).replace("{b}", a === b ? "partners" : b).replace("{topic}", topic(random))
    .replace("{city}", city).replace("{org}", random.pick(world.coalitions).name);
}

/**
 * Meetings over the whole history and the months ahead (later than "today" they are PLANNED), each
 * with its attendances, what was said around it, and an article that cites all of it. Returns the
 * number of quotes written, at most `quoteBudget`.
 */
export async function createMeetings(writer: GraphWriter, random: Random, world: World, count: number, quoteBudget: number): Promise<number> {
  let quotes = 0;
  for (let i = 0; i < count; i++) {
    const day = dayBetween(random, HISTORY_START, PLANNING_HORIZON);
    const status: Status = day > TODAY ? "PLANNED" : random.chance(0.06) ? "CANCELLED" : "HELD";
    const place = random.pick(world.places);
    const people = attendees(random, world, attendeeCount(random));
    const meetingTitle = title(random, world, people, place.name);
    const timed = random.chance(0.5);
    const startsAt = timed ? atTime(random, day) : day;
    const id = random.uuid();
    await writer.add("Meeting", {
      id, title: meetingTitle, description: `Talks on ${topic(random)} and ${topic(random)}.`, status,
      startsAt: sqlTimestamp(startsAt), startPrecision: timed ? "TIME" : "DAY",
      endsAt: status === "HELD" && timed ? sqlTimestamp(new Date(startsAt.getTime() + random.int(1, 8) * 3_600_000)) : null, placeId: place.id,
    });
    const draft = new ArticleDraft(meetingTitle, random.pick(world.media), addDays(day, status === "PLANNED" ? -7 : 1));
    const when = formatDate(day);
    const summary = {
      HELD: `${meetingTitle} took place in ${place.name} on ${when}`,
      PLANNED: `${meetingTitle} is scheduled to take place in ${place.name} on ${when}`,
      CANCELLED: `${meetingTitle}, planned in ${place.name} for ${when}, was called off`,
    }[status];
    draft.cite(summary, "meetingId", id).write(". ");
    const present: ActorRef[] = [...people];
    if (random.chance(0.1)) present.push(random.pick(world.coalitions));
    for (const [index, actor] of present.entries()) {
      const role: AttendanceRole = index >= people.length ? "OBSERVER" : index === 0 ? "HOST"
        : status === "PLANNED" ? "INVITED" : index === 1 && people.length > 4 ? "CHAIR" : "PARTICIPANT";
      const attendanceId = random.uuid();
      await writer.add("Attendance", { id: attendanceId, meetingId: id, actorId: actor.id, role });
      draft.cite(`${actor.name} ${roleWords[role]}`, "attendanceId", attendanceId).write(". ");
    }
    const statements = Math.min(quoteBudget - quotes, status === "HELD" ? random.int(0, 14) : random.int(0, 3));
    for (let s = 0; s < statements; s++) {
      const timing = status === "HELD" ? random.weighted([["DURING", 6], ["AFTER", 2.5], ["BEFORE", 1.5]] as const) : "BEFORE";
      const offset = timing === "BEFORE" ? -random.int(1, 5) : timing === "AFTER" ? random.int(0, 2) : 0;
      await writeQuote(writer, random, world, draft, {
        speaker: random.pick(people), ...saidWhen(random, addDays(day, offset)), meetingId: id, timing, placeId: place.id,
      });
    }
    quotes += statements;
    await draft.publish(writer, random, i);
  }
  return quotes;
}
