import type { SqlDriverAdapter, SqlDriverAdapterFactory, Transaction } from "@prisma/driver-adapter-utils";

/** How many SQL statements the Prisma client has sent, counted at the driver adapter so `$queryRaw` counts too. */
export class StatementCounter {
  count = 0;
}

const statementMethods = new Set<PropertyKey>(["queryRaw", "executeRaw", "executeScript"]);

function counting<T extends SqlDriverAdapter | Transaction>(target: T, counter: StatementCounter, onError: (error: unknown) => void): T {
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
            onError(error);
            throw error;
          }
        };
      }
      if (property === "startTransaction") {
        return async (...args: unknown[]) => counting((await value.apply(object, args)) as Transaction, counter, onError);
      }
      return value.bind(object);
    },
  });
}

/** Wraps a driver adapter factory so every statement of its connections and transactions is counted, and its errors seen by `onError`. */
export function countStatements(factory: SqlDriverAdapterFactory, counter: StatementCounter, onError: (error: unknown) => void = () => {}): SqlDriverAdapterFactory {
  return new Proxy(factory, {
    get(object, property) {
      if (property === "connect") return async () => counting(await object.connect(), counter, onError);
      const value = Reflect.get(object, property, object) as unknown;
      return typeof value === "function" ? value.bind(object) : value;
    },
  });
}
