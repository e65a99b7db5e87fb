import { agencySource, ArticleDraft } from "./articles.js";
import { addDays, atTime, dayBetween, HISTORY_START, TODAY } from "./calendar.js";
import type { Random } from "./random.js";
import { sqlTimestamp, type GraphWriter } from "./writer.js";
import type { ActorRef, CountryRef, PlaceRef, World } from "./world.js";

interface MetricSpec {
  metric: string;
  unit: string;
  /** What a claimant says, with {v} for the value. */
  claim: string;
  range: [number, number];
}

type Kind = "DRONE_ATTACK" | "MISSILE_STRIKE" | "AIR_STRIKE" | "GROUND_ASSAULT" | "SANCTION" | "TARIFF" | "CYBER_ATTACK";

const killed: MetricSpec = { metric: "people_killed", unit: "people", claim: "{v} people were killed", range: [0, 60] };
const injured: MetricSpec = { metric: "people_injured", unit: "people", claim: "{v} people were injured", range: [0, 200] };

const kinds: Record<Kind, { weight: number; noun: string; metrics: MetricSpec[] }> = {
  DRONE_ATTACK: { weight: 30, noun: "drone attack", metrics: [
    { metric: "drones_launched", unit: "drones", claim: "{v} strike and decoy drones were launched", range: [20, 800] },
    { metric: "drones_intercepted_or_jammed", unit: "drones", claim: "{v} drones were shot down or jammed", range: [10, 600] }, injured] },
  MISSILE_STRIKE: { weight: 20, noun: "missile strike", metrics: [
    { metric: "missiles_launched", unit: "missiles", claim: "{v} missiles were fired", range: [1, 80] },
    { metric: "missiles_intercepted", unit: "missiles", claim: "{v} missiles were intercepted", range: [0, 60] }, killed, injured] },
  AIR_STRIKE: { weight: 12, noun: "air strike", metrics: [killed, injured,
    { metric: "buildings_damaged", unit: "buildings", claim: "{v} buildings were damaged", range: [1, 150] }] },
  GROUND_ASSAULT: { weight: 12, noun: "ground assault", metrics: [
    { metric: "soldiers_killed", unit: "soldiers", claim: "{v} soldiers were killed", range: [10, 2000] },
    { metric: "area_captured", unit: "square kilometres", claim: "{v} square kilometres changed hands", range: [1, 50] }] },
  SANCTION: { weight: 10, noun: "sanctions package", metrics: [
    { metric: "entities_sanctioned", unit: "entities", claim: "{v} companies and individuals were listed", range: [5, 400] },
    { metric: "assets_frozen", unit: "US dollars", claim: "assets worth {v} US dollars were frozen", range: [1_000_000, 50_000_000_000] }] },
  TARIFF: { weight: 8, noun: "tariff increase", metrics: [
    { metric: "tariff_rate", unit: "percent", claim: "the tariff rate rose to {v} percent", range: [5, 50] },
    { metric: "trade_affected", unit: "US dollars", claim: "trade worth {v} US dollars was affected", range: [100_000_000, 100_000_000_000] }] },
  CYBER_ATTACK: { weight: 8, noun: "cyber attack", metrics: [
    { metric: "systems_affected", unit: "systems", claim: "{v} computer systems were affected", range: [10, 20_000] }] },
};

const weekdays = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];
const economic = (kind: Kind) => kind === "SANCTION" || kind === "TARIFF";

/** Who claims figures about an incident: the target's forces, the other side's ministry, and an outside observer. */
function claimants(random: Random, world: World, kind: Kind, actor: CountryRef, target: CountryRef): ActorRef[] {
  const own = economic(kind) ? actor.foreignMinistry : kind === "DRONE_ATTACK" || kind === "MISSILE_STRIKE" ? target.airForce : target.armedForces;
  const other = economic(kind) ? target.foreignMinistry : actor.defenceMinistry;
  const observer = random.chance(0.5) ? random.pick(world.organizations) : random.pick(world.media);
  return [own, other, observer];
}

/** Incidents with their participants and competing figures (the same metric by several claimants), one article each. */
export async function createIncidents(writer: GraphWriter, random: Random, world: World, count: number): Promise<void> {
  const placesByCountry = new Map<CountryRef, PlaceRef[]>();
  for (const place of world.places) placesByCountry.set(place.country, [...(placesByCountry.get(place.country) ?? []), place]);
  const kindWeights = Object.entries(kinds).map(([kind, spec]) => [kind as Kind, spec.weight] as const);
  for (let i = 0; i < count; i++) {
    const kind = random.weighted(kindWeights);
    const spec = kinds[kind];
    const actor = world.countries[random.skewedIndex(world.countries.length)];
    let target = random.pick(world.countries);
    if (target === actor) target = world.countries[(world.countries.indexOf(actor) + 1) % world.countries.length];
    const place = random.pick(placesByCountry.get(target) ?? world.places);
    const day = dayBetween(random, HISTORY_START, TODAY);
    const timeSpan = economic(kind) ? null : random.chance(0.5) ? `overnight ${weekdays[day.getUTCDay()]}` : `on ${weekdays[day.getUTCDay()]} morning`;
    const title = `${actor.spec.demonym} ${spec.noun} ${economic(kind) ? `against ${target.name}` : `on ${place.name}`}`;
    const id = random.uuid();
    const timed = !economic(kind) && random.chance(0.4);
    await writer.add("Incident", {
      id, kind, title, description: `${title}, as reported.`, startsAt: sqlTimestamp(timed ? atTime(random, day) : day),
      startPrecision: timed ? "TIME" : "DAY", timeSpan, placeId: economic(kind) ? null : place.id,
    });
    const roles = economic(kind)
      ? [[actor, "INITIATOR"], [target, "TARGET"]] as const
      : [[actor, "PERPETRATOR"], [target, "TARGET"], ...(random.chance(0.6) ? [[target.airForce, "RESPONDER"] as const] : [])] as const;
    for (const [participant, role] of roles) {
      await writer.add("IncidentParticipant", { id: random.uuid(), incidentId: id, actorId: participant.id, role });
    }
    const draft = new ArticleDraft(title, random.pick(world.media), addDays(day, 1));
    draft.cite(`${actor.name} carried out a ${spec.noun} ${economic(kind) ? `against ${target.name}` : `on ${place.name} ${timeSpan}`}`, "incidentId", id).write(". ");
    const metrics = spec.metrics.filter((_, index) => index === 0 || random.chance(0.6));
    const sources = claimants(random, world, kind, actor, target);
    for (const metric of metrics) {
      const base = random.int(...metric.range);
      // The first claimant always speaks; the others often give a competing number.
      for (const [index, claimant] of sources.entries()) {
        if (index > 0 && !random.chance(0.45)) continue;
        const value = index === 0 ? base : Math.max(0, Math.round(base * (0.4 + random.float() * 1.2)));
        const figureId = random.uuid();
        await writer.add("Figure", { id: figureId, incidentId: id, metric: metric.metric, value, unit: metric.unit, claimantId: claimant.id });
        const source = agencySource(random, world.media, draft.publisher);
        draft.cite(`${claimant.name} said ${metric.claim.replace("{v}", String(value))}`, "figureId", figureId, source);
        draft.write(`${source ? `, ${source.attribution}` : ""}. `);
      }
    }
    await draft.publish(writer, random, i);
  }
}
