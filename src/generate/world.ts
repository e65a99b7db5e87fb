import { countries, type CountrySpec } from "./vocabulary.js";

/** What later parts of the graph refer to, kept in memory while generating (ids and the words to write about them). */
export interface ActorRef {
  id: string;
  name: string;
}

export interface MediaRef extends ActorRef {
  short: string;
}

export interface CountryRef extends ActorRef {
  spec: CountrySpec;
  office: ActorRef;
  foreignMinistry: ActorRef;
  defenceMinistry: ActorRef;
  armedForces: ActorRef;
  airForce: ActorRef;
}

export interface PersonRef extends ActorRef {
  country: CountryRef;
}

export interface PlaceRef {
  id: string;
  name: string;
  country: CountryRef;
}

export interface World {
  countries: CountryRef[];
  /** People, most quoted first (speakers and attendees are drawn with a skew towards the start). */
  persons: PersonRef[];
  organizations: ActorRef[];
  coalitions: ActorRef[];
  media: MediaRef[];
  places: PlaceRef[];
}

/** How many of each thing a graph of `quotes` quotes holds; everything scales from the quote count. */
export interface GraphSize {
  quotes: number;
  persons: number;
  organizations: number;
  places: number;
  meetings: number;
  incidents: number;
}

export const MIN_QUOTES = 1_000;
export const MAX_QUOTES = 5_000_000;

export function sizeFor(quotes: number): GraphSize {
  return {
    quotes,
    persons: Math.max(100, Math.round(quotes / 60)),
    organizations: Math.max(10, Math.round(quotes / 2000)),
    places: Math.max(countries.length, Math.round(quotes / 500)),
    meetings: Math.max(20, Math.round(quotes / 25)),
    incidents: Math.max(20, Math.round(quotes / 50)),
  };
}
