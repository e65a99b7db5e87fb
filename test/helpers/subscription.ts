import { createClient, type Client } from "graphql-ws";
import WebSocket from "ws";

/** One subscription's results as they arrive, for a test to wait on. */
export interface Subscription {
  /** The next result not yet taken; fails after `timeoutMs`. */
  next(timeoutMs?: number): Promise<any>;
  /** Results received and not yet taken. */
  pending(): number;
}

/** A graphql-ws client of a server's /graphql endpoint. */
export function wsClient(httpUrl: string): Client {
  return createClient({ url: httpUrl.replace(/^http/, "ws"), webSocketImpl: WebSocket, lazy: false, retryAttempts: 0 });
}

export function subscribe(client: Client, query: string, variables?: Record<string, unknown>): Subscription {
  const results: any[] = [];
  const waiting: ((value: any) => void)[] = [];
  client.subscribe({ query, variables }, {
    next: (result) => (waiting.length ? waiting.shift()!(result) : results.push(result)),
    error: (error) => (waiting.length ? waiting.shift()!({ errors: [error] }) : results.push({ errors: [error] })),
    complete: () => {},
  });
  return {
    pending: () => results.length,
    next: (timeoutMs = 10_000) => {
      if (results.length) return Promise.resolve(results.shift());
      return new Promise((resolve, reject) => {
        const waiter = (value: any) => {
          clearTimeout(timer);
          resolve(value);
        };
        // A waiter that gave up leaves the queue, so that the next result goes to the next caller.
        const timer = setTimeout(() => {
          waiting.splice(waiting.indexOf(waiter), 1);
          reject(new Error("No subscription result arrived in time"));
        }, timeoutMs);
        waiting.push(waiter);
      });
    },
  };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Repeats `probe` (a change the subscription hears of) until the subscription has heard one, so
 * that it surely listens, then drops what it heard so far.
 */
export async function untilListening(subscription: Subscription, probe: () => Promise<unknown>, settleMs = 300): Promise<void> {
  for (let attempt = 0; attempt < 50 && !subscription.pending(); attempt++) {
    await probe();
    await sleep(100);
  }
  await sleep(settleMs);
  while (subscription.pending()) await subscription.next();
}
