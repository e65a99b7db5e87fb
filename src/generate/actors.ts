import { slugify } from "./articles.js";
import type { Random } from "./random.js";
import { coalitions, countries, firstNames, lastNames, media, organizationKinds, organizationStems, stateBodies } from "./vocabulary.js";
import type { GraphWriter } from "./writer.js";
import type { ActorRef, CountryRef, GraphSize, MediaRef, PersonRef, World } from "./world.js";

type ActorKind = "PERSON" | "ORGANIZATION" | "GOVERNMENT_BODY" | "COUNTRY" | "COALITION" | "MILITARY_UNIT" | "MEDIA" | "OTHER";

/** Hands out slugs, numbering repeats ("anna-kovalenko-2"), since slugs are unique. */
export class Slugs {
  private readonly used = new Map<string, number>();

  next(name: string): string {
    const base = slugify(name);
    const count = (this.used.get(base) ?? 0) + 1;
    this.used.set(base, count);
    return count === 1 ? base : `${base}-${count}`;
  }
}

export class ActorFactory {
  private readonly slugs = new Slugs();

  constructor(private readonly writer: GraphWriter, private readonly random: Random) {}

  async create(kind: ActorKind, name: string, extra: { aliases?: readonly string[]; description?: string; country?: ActorRef } = {}): Promise<ActorRef> {
    const actor = { id: this.random.uuid(), name };
    await this.writer.add("Actor", {
      id: actor.id, kind, name, slug: this.slugs.next(name), aliases: extra.aliases ?? [],
      description: extra.description, countryId: extra.country?.id,
    });
    return actor;
  }
}

async function createCountries(actors: ActorFactory): Promise<CountryRef[]> {
  const created: CountryRef[] = [];
  for (const spec of countries) {
    const country = await actors.create("COUNTRY", spec.name, { aliases: spec.aliases, description: `Country; capital ${spec.cities[0]}` });
    const bodies: ActorRef[] = [];
    for (const [kind, pattern] of stateBodies) bodies.push(await actors.create(kind, pattern.replace("{c}", spec.name), { country }));
    const [office, foreignMinistry, defenceMinistry, armedForces, airForce] = bodies;
    created.push({ ...country, spec, office, foreignMinistry, defenceMinistry, armedForces, airForce });
  }
  return created;
}

function personName(random: Random, index: number): { name: string; aliases: string[] } {
  const first = random.pick(firstNames);
  const last = random.pick(lastNames);
  // Past the number of distinct pairs, a middle initial keeps most names apart.
  const middle = index >= firstNames.length * lastNames.length / 4 ? ` ${String.fromCharCode(65 + random.int(0, 25))}.` : "";
  const name = `${first}${middle} ${last}`;
  return { name, aliases: random.chance(0.5) ? [`${first[0]}. ${last}`] : [] };
}

/** Writes every actor: countries with their state bodies, coalitions, media, organizations and people. */
export async function createActors(writer: GraphWriter, random: Random, size: GraphSize): Promise<Omit<World, "places">> {
  const actors = new ActorFactory(writer, random);
  const countryRefs = await createCountries(actors);
  const coalitionRefs: ActorRef[] = [];
  for (const [name, aliases] of coalitions) {
    coalitionRefs.push(await actors.create(name.includes("Union") || name === "BRICS" || name.includes("Coalition") ? "COALITION" : "ORGANIZATION", name, { aliases }));
  }
  const mediaRefs: MediaRef[] = [];
  for (const [name, short] of media) {
    mediaRefs.push({ ...(await actors.create("MEDIA", name, { aliases: short === name ? [] : [short.replace(/^the /, "")] })), short });
  }
  const organizations: ActorRef[] = [];
  for (let i = 0; i < size.organizations; i++) {
    const base = `${organizationStems[i % organizationStems.length]} ${organizationKinds[Math.floor(i / organizationStems.length) % organizationKinds.length]}`;
    const country = random.pick(countryRefs);
    const name = i < organizationStems.length * organizationKinds.length ? base : `${base} ${random.pick(country.spec.cities)}`;
    organizations.push(await actors.create("ORGANIZATION", name, { country, description: `Organization based in ${country.name}` }));
  }
  for (const country of countryRefs) {
    for (const city of country.spec.cities) await actors.create("OTHER", `${city} Regional Administration`, { country });
  }
  const persons: PersonRef[] = [];
  for (let i = 0; i < size.persons; i++) {
    // The first people lead their countries; the rest come from countries drawn with a skew.
    const country = i < countryRefs.length ? countryRefs[i] : countryRefs[random.skewedIndex(countryRefs.length, 1.5)];
    const { name, aliases } = personName(random, i);
    const person = await actors.create("PERSON", name, { aliases, country, description: `${country.spec.demonym} official` });
    persons.push({ ...person, country });
  }
  return { countries: countryRefs, persons, organizations, coalitions: coalitionRefs, media: mediaRefs };
}
