import type { Random } from "./random.js";
import { adjectives, timeframes, topics, verbs } from "./vocabulary.js";
import type { CountryRef } from "./world.js";

/** Cumulative Zipf weights (exponent 1.7) over the topics: "ceasefire" is everywhere, the last topics are rare. */
const topicCdf = (() => {
  const weights = topics.map((_, rank) => 1 / (rank + 1) ** 1.7);
  const total = weights.reduce((sum, weight) => sum + weight, 0);
  let running = 0;
  return weights.map((weight) => (running += weight / total));
})();

export function topic(random: Random): string {
  const target = random.float();
  const index = topicCdf.findIndex((bound) => target < bound);
  return topics[index < 0 ? topics.length - 1 : index];
}

/** Two different topics. */
function topicPair(random: Random): [string, string] {
  const first = topic(random);
  let second = topic(random);
  for (let tries = 0; second === first && tries < 5; tries++) second = topic(random);
  return [first, second];
}

/** What a speaker of `country` says, in the first person, about relations with `other`. */
export function directQuote(random: Random, country: CountryRef, other: CountryRef): string {
  const [a, b] = topicPair(random);
  const adjective = random.pick(adjectives);
  const verb = random.pick(verbs);
  const when = random.pick(timeframes);
  switch (random.int(0, 5)) {
    case 0: return `We are ready to ${verb} ${adjective} ${a} ${when}.`;
    case 1: return `There can be no ${a} without ${adjective} ${b}.`;
    case 2: return `${country.name} will not accept any deal on ${a} that ignores ${b}.`;
    case 3: return `Our partners in ${other.name} understand that ${a} is ${adjective} for the whole region.`;
    case 4: return `I discussed ${a} with my ${other.spec.demonym} counterpart, and we agreed to ${verb} ${b} ${when}.`;
    default: return `The question of ${a} must be settled ${when}, and we will ${verb} ${b} together with ${other.name}.`;
  }
}

/** The article's rendering of what was said, as a clause that follows "said". */
export function paraphrase(random: Random, country: CountryRef, other: CountryRef): string {
  const [a, b] = topicPair(random);
  switch (random.int(0, 2)) {
    case 0: return `${country.name} would ${random.pick(verbs)} ${random.pick(adjectives)} ${a} ${random.pick(timeframes)}`;
    case 1: return `talks with ${other.name} on ${a} had made progress but ${b} remained open`;
    default: return `${country.spec.demonym} officials expected ${a} to dominate the agenda`;
  }
}
