import type { PGlite } from "@electric-sql/pglite";
import type { PGLiteSocketServer } from "@electric-sql/pglite-socket";

// Message types that end an extended-protocol sequence (Sync), or are one on their own (Query, Terminate).
const SYNC = 0x53;
const QUERY = 0x51;
const TERMINATE = 0x58;

/**
 * pglite-socket 0.2.17 queues each protocol message on its own and keeps one connection's
 * messages together only inside a transaction. Outside one, two connections' Parse/Bind/Execute
 * sequences interleave and one loses its unnamed portal ("portal "" does not exist") — seen under
 * 50 concurrent clients. Reporting "in a transaction" to its queue until the connection's Sync
 * keeps every sequence together, as PostgreSQL's one backend per connection would.
 */
export function keepSequencesTogether(server: PGLiteSocketServer): void {
  const queue = (server as unknown as { queryQueue: { db: PGlite } }).queryQueue;
  const db = queue.db;
  let midSequence = false;
  queue.db = new Proxy(db, {
    get(target, property) {
      if (property === "isInTransaction") return () => target.isInTransaction() || midSequence;
      if (property === "execProtocolRawStream") {
        return async (message: Uint8Array, options: Parameters<PGlite["execProtocolRawStream"]>[1]) => {
          // A startup message begins with its length, not a type: not part of a sequence.
          midSequence = message[0] >= 0x41 && ![SYNC, QUERY, TERMINATE].includes(message[0]);
          return target.execProtocolRawStream(message, options);
        };
      }
      // The queue's ROLLBACK for a connection that went away mid-transaction also ends its sequence.
      if (property === "exec") {
        midSequence = false;
      }
      const value = Reflect.get(target, property, target) as unknown;
      return typeof value === "function" ? value.bind(target) : value;
    },
  });
}
