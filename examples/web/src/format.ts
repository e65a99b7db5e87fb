import type { DatePrecision } from "./generated/graphql.js";

const formats: Record<DatePrecision, Intl.DateTimeFormatOptions> = {
  YEAR: { year: "numeric" },
  MONTH: { year: "numeric", month: "long" },
  // A week is shown by its first day; formatDate prefixes "week of".
  WEEK: { year: "numeric", month: "long", day: "numeric" },
  DAY: { year: "numeric", month: "long", day: "numeric" },
  TIME: { year: "numeric", month: "long", day: "numeric", hour: "2-digit", minute: "2-digit" },
};

/** A date only as precisely as it is known: "September 2025" for a month. */
export function formatDate(value: string | null, precision: DatePrecision | null): string {
  if (!value) return "undated";
  const date = new Intl.DateTimeFormat("en-GB", { timeZone: "UTC", ...formats[precision ?? "DAY"] }).format(new Date(value));
  return precision === "WEEK" ? `week of ${date}` : date;
}

/** "drones_intercepted_or_jammed" → "drones intercepted or jammed". */
export function metricLabel(metric: string): string {
  return metric.replaceAll("_", " ");
}

export function lowerCase(value: string): string {
  return value.toLowerCase().replaceAll("_", " ");
}
