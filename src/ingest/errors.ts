/** A document that cannot be ingested; `path` names the offending field, e.g. `quotes[2].speaker`. */
export class IngestError extends Error {
  constructor(
    readonly path: string,
    readonly reason: string,
  ) {
    super(`${path} ${reason}`);
  }
}
