/** The kinds of rows an article document writes, in the order the summary lists them. */
export const entityNames = [
  "article", "actor", "place", "role", "meeting", "attendance", "quote", "incident", "participant", "figure", "citation",
] as const;
export type EntityName = (typeof entityNames)[number];

export const outcomes = ["created", "updated", "unchanged", "deleted"] as const;
export type Outcome = (typeof outcomes)[number];

/** How many rows of each kind an ingest created, updated, left unchanged and deleted. */
export type IngestSummary = Record<EntityName, Record<Outcome, number>>;

export function emptySummary(): IngestSummary {
  return Object.fromEntries(
    entityNames.map((name) => [name, Object.fromEntries(outcomes.map((outcome) => [outcome, 0]))]),
  ) as IngestSummary;
}

/** Adds `from` into `into`, for totals over several documents. */
export function addSummary(into: IngestSummary, from: IngestSummary): void {
  for (const name of entityNames) for (const outcome of outcomes) into[name][outcome] += from[name][outcome];
}
