import { ArticleDraft } from "./articles.js";
import { addDays, dayBetween, formatDate, TODAY } from "./calendar.js";
import type { Random } from "./random.js";
import { roleTitles } from "./vocabulary.js";
import { sqlDate, type GraphWriter } from "./writer.js";
import type { ActorRef, PersonRef, World } from "./world.js";

type Precision = "DAY" | "MONTH";

/** A position a person could hold: its title and whom it is held in or for. */
function positionFor(random: Random, world: Omit<World, "places">, person: PersonRef, leader: boolean): { title: string; of: ActorRef } {
  const country = person.country;
  if (leader) return { title: random.pick(roleTitles.head), of: country };
  const kind = random.weighted([["foreign", 4], ["defence", 2], ["military", 2], ["envoy", 2], ["organization", 2]] as const);
  switch (kind) {
    case "foreign": return { title: random.pick(roleTitles.foreign), of: country.foreignMinistry };
    case "defence": return { title: random.pick(roleTitles.defence), of: country.defenceMinistry };
    case "military": return { title: random.pick(roleTitles.military), of: country.armedForces };
    case "envoy": return { title: random.pick(roleTitles.envoy), of: world.persons[random.skewedIndex(Math.min(world.persons.length, world.countries.length))] };
    case "organization": return { title: random.pick(roleTitles.organization), of: random.pick(world.organizations) };
  }
}

/**
 * Gives every person one to three consecutive positions (the last one may still be held), and writes
 * a profile article per person that cites each appointment.
 */
export async function createRoles(writer: GraphWriter, random: Random, world: Omit<World, "places">): Promise<void> {
  for (const [index, person] of world.persons.entries()) {
    const count = random.int(1, 3);
    let start = dayBetween(random, new Date(Date.UTC(2008, 0, 1)), new Date(Date.UTC(2022, 0, 1)));
    const draft = new ArticleDraft(`Profile: ${person.name}`, random.pick(world.media), addDays(start, random.int(1, 30)));
    draft.write(`${person.name} is a ${person.country.spec.demonym} official. `);
    for (let i = 0; i < count; i++) {
      const isLast = i === count - 1;
      const { title, of } = positionFor(random, world, person, isLast && index < world.countries.length);
      const end = isLast && random.chance(0.7) ? null : addDays(start, random.int(300, 2000));
      const startKnown = random.chance(0.95);
      const precision: Precision = random.chance(0.75) ? "DAY" : "MONTH";
      const roleId = random.uuid();
      await writer.add("Role", {
        id: roleId, holderId: person.id, title, ofId: of.id,
        startDate: startKnown ? sqlDate(start) : null, startPrecision: startKnown ? precision : null,
        endDate: end && end < TODAY ? sqlDate(end) : null, endPrecision: end && end < TODAY ? "DAY" : null,
      });
      draft.write(startKnown ? `In ${formatDate(start, precision === "DAY" ? "DAY" : "MONTH")}, ` : "At some point, ");
      draft.cite(`${person.name} became ${title} of ${of.name}`, "roleId", roleId).write(". ");
      if (!end || end >= TODAY) break;
      start = addDays(end, random.int(1, 90));
    }
    await draft.publish(writer, random, index);
  }
}
