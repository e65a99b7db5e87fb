import type { FactType } from "../graph/fact-types.js";

/**
 * How one entry of a document was resolved: created, or matched to a known actor or fact — by its
 * global `id`, its `ref`, its document `key` (an earlier version of the same article), an actor's
 * `wikidataId`, `slug`, `name`, `alias` or spelling `variant`, or an automatic rule ("meeting:…").
 */
export interface Resolution {
  /** The entry's path in the document: "meetings[0]". */
  path: string;
  type: FactType;
  key: string;
  outcome: "created" | "matched";
  by: string;
  /** The database id of the actor or fact. */
  id: string;
}
