/**
 * Names for the SQL texts the Prisma clients send, so node-postgres prepares each repeated text
 * once per connection (Parse once, then only Bind/Execute) instead of PostgreSQL parsing and
 * planning an unnamed statement on every execution.
 *
 * Bounded: at most `limit` texts ever get a name, so no connection holds more than `limit`
 * prepared statements (PostgreSQL keeps them until the connection closes, and node-postgres
 * remembers each one's text). A text is named from its second sighting on, so one-off texts do
 * not take the places; past the limit, new texts run unnamed, as without names.
 */
export class StatementNames {
  private readonly names = new Map<string, string>();
  private sightings = new Set<string>();
  private generation = 0;

  constructor(private readonly limit: number) {}

  /** The statement's name, or undefined to send it unnamed. */
  nameOf(sql: string): string | undefined {
    const name = this.names.get(sql);
    if (name !== undefined || this.names.size >= this.limit) return name;
    if (!this.sightings.has(sql)) {
      // Seen once: remembered (boundedly) until a second sighting names it.
      if (this.sightings.size >= this.limit * 4) this.sightings = new Set();
      this.sightings.add(sql);
      return undefined;
    }
    this.sightings.delete(sql);
    const named = `dossier_${this.generation}_${this.names.size}`;
    this.names.set(sql, named);
    return named;
  }

  /**
   * After a schema change PostgreSQL refuses a prepared statement whose result type changed
   * ("cached plan must not change result type"): every text gets a new name, parsed afresh (the
   * failed statement runs once more, see database.ts). The old statements are never used again
   * and go with their connections.
   */
  retire(): void {
    this.generation += 1;
    this.names.clear();
  }
}

/**
 * Whether an error is PostgreSQL refusing a prepared statement planned before a schema change: as the
 * driver adapter wraps it (Prisma's route) or as node-postgres throws it (`Database.read`).
 */
export function isStalePlan(error: unknown): boolean {
  if (!error || typeof error !== "object") return false;
  const { cause } = error as { cause?: { originalCode?: string; originalMessage?: string } };
  const { code, message } = cause?.originalCode ? { code: cause.originalCode, message: cause.originalMessage } : (error as { code?: unknown; message?: unknown });
  return code === "0A000" && typeof message === "string" && /cached plan must not change result type/.test(message);
}
