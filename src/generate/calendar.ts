import type { Random } from "./random.js";

const DAY_MS = 86_400_000;

/** The generated history runs from here… */
export const HISTORY_START = new Date(Date.UTC(2019, 0, 1));
/** …to "today": later meetings are still planned. */
export const TODAY = new Date(Date.UTC(2026, 2, 1));
/** The last day a planned meeting may be set for. */
export const PLANNING_HORIZON = new Date(Date.UTC(2026, 11, 31));

const months = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

export function addDays(date: Date, days: number): Date {
  return new Date(date.getTime() + days * DAY_MS);
}

/** A midnight-UTC day in [from, to]. */
export function dayBetween(random: Random, from: Date, to: Date): Date {
  const days = Math.floor((to.getTime() - from.getTime()) / DAY_MS);
  return addDays(from, random.int(0, days));
}

/** A time of day (whole minutes, office hours) on the given day. */
export function atTime(random: Random, day: Date): Date {
  return new Date(day.getTime() + random.int(7 * 60, 21 * 60) * 60_000);
}

/** "4 September 2025", or "September 2025" for a month-precise date. */
export function formatDate(date: Date, precision: "DAY" | "MONTH" | "TIME" = "DAY"): string {
  const monthYear = `${months[date.getUTCMonth()]} ${date.getUTCFullYear()}`;
  return precision === "MONTH" ? monthYear : `${date.getUTCDate()} ${monthYear}`;
}
