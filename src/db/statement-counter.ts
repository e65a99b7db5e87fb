import type { SqlDriverAdapter, SqlDriverAdapterFactory, Transaction } from "@prisma/driver-adapter-utils";

/** How many SQL statements have been sent: the Prisma clients', counted at the driver adapter so `$queryRaw` counts too, and `Database.read`'s. */
export class StatementCounter {
  count = 0;
}

const statementMethods = new Set<PropertyKey>(["queryRaw", "executeRaw", "executeScript"]);

/** Decides, seeing a statement's error, whether the statement runs once more (and may prepare for it). */
export type RetryPolicy = (error: unknown) => boolean;

function counting<T extends SqlDriverAdapter | Transaction>(target: T, counter: StatementCounter, retry: RetryPolicy, inTransaction: boolean): T {
  return new Proxy(target, {
    get(object, property) {
      const value = Reflect.get(object, property, object) as unknown;
      if (typeof value !== "function") return value;
      if (statementMethods.has(property)) {
        return async (...args: unknown[]) => {
          counter.count += 1;
          try {
            return await value.apply(object, args);
          } catch (error) {
            // Inside a transaction the error has aborted it: no second try there.
            if (!retry(error) || inTransaction) throw error;
            counter.count += 1;
            return await value.apply(object, args);
          }
        };
      }
      if (property === "startTransaction") {
        return async (...args: unknown[]) => counting((await value.apply(object, args)) as Transaction, counter, retry, true);
      }
      return value.bind(object);
    },
  });
}

/**
 * Wraps a driver adapter factory so every statement of its connections and transactions is
 * counted; a statement outside a transaction whose error `retry` accepts runs once more.
 */
export function countStatements(factory: SqlDriverAdapterFactory, counter: StatementCounter, retry: RetryPolicy = () => false): SqlDriverAdapterFactory {
  return new Proxy(factory, {
    get(object, property) {
      if (property === "connect") return async () => counting(await object.connect(), counter, retry, false);
      const value = Reflect.get(object, property, object) as unknown;
      return typeof value === "function" ? value.bind(object) : value;
    },
  });
}
